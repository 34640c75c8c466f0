#include "scan/SaneOptions.h"

#include "scan/SaneStatus.h"

#include <cmath>
#include <sane/saneopts.h>

namespace guichet {
namespace {

std::optional<ScanSource> sourceFor(const QByteArray& word)
{
    const QByteArray w = word.toLower();
    if (w.contains("duplex")) {
        return ScanSource::FeederDuplex;
    }
    if (w.contains("adf") || w.contains("feeder")) {
        return ScanSource::Feeder;
    }
    if (w.contains("flatbed") || w == "normal") {
        return ScanSource::Flatbed;
    }
    return std::nullopt;
}

std::optional<ColourMode> modeFor(const QByteArray& word)
{
    if (word == SANE_VALUE_SCAN_MODE_COLOR) {
        return ColourMode::Colour;
    }
    if (word == SANE_VALUE_SCAN_MODE_GRAY) {
        return ColourMode::Grey;
    }
    if (word == SANE_VALUE_SCAN_MODE_LINEART || word == "Binary") {
        return ColourMode::Lineart;
    }
    return std::nullopt;
}

int toInt(SANE_Word word, SANE_Value_Type type)
{
    return type == SANE_TYPE_FIXED ? int(std::lround(SANE_UNFIX(word))) : int(word);
}

} // namespace

SaneOptions::SaneOptions(SANE_Handle handle, QString device)
    : m_handle(handle), m_device(std::move(device))
{
    index();
}

void SaneOptions::index()
{
    m_index.clear();
    SANE_Int count = 0;
    if (sane_control_option(m_handle, 0, SANE_ACTION_GET_VALUE, &count, nullptr) !=
        SANE_STATUS_GOOD) {
        return;
    }
    for (SANE_Int i = 1; i < count; ++i) {
        const SANE_Option_Descriptor* d = sane_get_option_descriptor(m_handle, i);
        if (d != nullptr && d->name != nullptr && d->name[0] != '\0') {
            m_index.insert(QByteArray(d->name), i);
        }
    }
    m_sourceValues.clear();
    for (const QByteArray& word : stringList(SANE_NAME_SCAN_SOURCE)) {
        if (const auto source = sourceFor(word); source && !m_sourceValues.contains(int(*source))) {
            m_sourceValues.insert(int(*source), word);
        }
    }
    m_modeValues.clear();
    for (const QByteArray& word : stringList(SANE_NAME_SCAN_MODE)) {
        if (const auto mode = modeFor(word); mode && !m_modeValues.contains(int(*mode))) {
            m_modeValues.insert(int(*mode), word);
        }
    }
    // The test backend and some others express line art as 1-bit grey.
    m_lineartAsGreyDepth1 = !m_modeValues.contains(int(ColourMode::Lineart)) &&
                            m_modeValues.contains(int(ColourMode::Grey)) &&
                            wordList(SANE_NAME_BIT_DEPTH).contains(1);
}

const SANE_Option_Descriptor* SaneOptions::descriptor(const char* name) const
{
    const auto it = m_index.constFind(QByteArray(name));
    return it == m_index.constEnd() ? nullptr : sane_get_option_descriptor(m_handle, *it);
}

QList<QByteArray> SaneOptions::stringList(const char* name) const
{
    QList<QByteArray> values;
    const SANE_Option_Descriptor* d = descriptor(name);
    if (d != nullptr && d->constraint_type == SANE_CONSTRAINT_STRING_LIST) {
        for (const SANE_String_Const* s = d->constraint.string_list; *s != nullptr; ++s) {
            values.append(QByteArray(*s));
        }
    }
    return values;
}

QList<int> SaneOptions::wordList(const char* name) const
{
    QList<int> values;
    const SANE_Option_Descriptor* d = descriptor(name);
    if (d != nullptr && d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
        const SANE_Word* list = d->constraint.word_list;
        for (SANE_Word i = 1; i <= list[0]; ++i) {
            values.append(toInt(list[i], d->type));
        }
    }
    return values;
}

ScannerCapabilities SaneOptions::capabilities() const
{
    ScannerCapabilities caps;
    for (ScanSource source : {ScanSource::Flatbed, ScanSource::Feeder, ScanSource::FeederDuplex}) {
        if (m_sourceValues.contains(int(source))) {
            caps.sources.append(source);
        }
    }
    if (caps.sources.isEmpty()) {
        caps.sources.append(ScanSource::Flatbed); // no "source" option: a plain flatbed
    }
    for (ColourMode mode : {ColourMode::Colour, ColourMode::Grey, ColourMode::Lineart}) {
        if (m_modeValues.contains(int(mode)) ||
            (mode == ColourMode::Lineart && m_lineartAsGreyDepth1)) {
            caps.modes.append(mode);
        }
    }
    if (const SANE_Option_Descriptor* d = descriptor(SANE_NAME_SCAN_RESOLUTION)) {
        if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
            caps.resolutions = wordList(SANE_NAME_SCAN_RESOLUTION);
        } else if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
            caps.resolutionMin = toInt(d->constraint.range->min, d->type);
            caps.resolutionMax = toInt(d->constraint.range->max, d->type);
            caps.resolutionStep = toInt(d->constraint.range->quant, d->type);
        }
    }
    caps.hasPreview = descriptor(SANE_NAME_PREVIEW) != nullptr;
    for (auto [name, into] : {std::pair{SANE_NAME_SCAN_BR_X, &caps.maxWidthMm},
                              std::pair{SANE_NAME_SCAN_BR_Y, &caps.maxHeightMm}}) {
        const SANE_Option_Descriptor* d = descriptor(name);
        if (d != nullptr && d->unit == SANE_UNIT_MM &&
            d->constraint_type == SANE_CONSTRAINT_RANGE) {
            *into = d->type == SANE_TYPE_FIXED ? SANE_UNFIX(d->constraint.range->max)
                                               : double(d->constraint.range->max);
        }
    }
    return caps;
}

Status SaneOptions::apply(const ScanSettings& settings, int resolution)
{
    if (m_sourceValues.contains(int(settings.source))) {
        if (Status s = setString(SANE_NAME_SCAN_SOURCE, m_sourceValues.value(int(settings.source)));
            !s) {
            return s;
        }
    }
    const bool lineartByDepth = settings.mode == ColourMode::Lineart && m_lineartAsGreyDepth1;
    const QByteArray mode = lineartByDepth ? m_modeValues.value(int(ColourMode::Grey))
                                           : m_modeValues.value(int(settings.mode));
    if (!mode.isEmpty()) {
        if (Status s = setString(SANE_NAME_SCAN_MODE, mode); !s) {
            return s;
        }
    }
    if (descriptor(SANE_NAME_BIT_DEPTH) != nullptr) {
        // 8 bits per sample, except line art expressed as 1-bit grey.
        const int depth = lineartByDepth ? 1 : 8;
        if (wordList(SANE_NAME_BIT_DEPTH).contains(depth)) {
            if (Status s = setNumber(SANE_NAME_BIT_DEPTH, depth); !s) {
                return s;
            }
        }
    }
    if (Status s = setNumber(SANE_NAME_SCAN_RESOLUTION, resolution); !s) {
        return s;
    }
    if (descriptor(SANE_NAME_PREVIEW) != nullptr) {
        if (Status s = setBool(SANE_NAME_PREVIEW, settings.preview); !s) {
            return s;
        }
    }
    const ScannerCapabilities caps = capabilities();
    const double width =
        caps.maxWidthMm > 0 ? std::min(settings.widthMm, caps.maxWidthMm) : settings.widthMm;
    const double height =
        caps.maxHeightMm > 0 ? std::min(settings.heightMm, caps.maxHeightMm) : settings.heightMm;
    for (auto [name, value] :
         {std::pair{SANE_NAME_SCAN_TL_X, 0.0}, std::pair{SANE_NAME_SCAN_TL_Y, 0.0},
          std::pair{SANE_NAME_SCAN_BR_X, width}, std::pair{SANE_NAME_SCAN_BR_Y, height}}) {
        const SANE_Option_Descriptor* d = descriptor(name);
        if (d != nullptr && d->unit == SANE_UNIT_MM) {
            if (Status s = setNumber(name, value); !s) {
                return s;
            }
        }
    }
    return Status::success();
}

Status SaneOptions::setString(const char* name, const QByteArray& value)
{
    const SANE_Option_Descriptor* d = descriptor(name);
    if (d == nullptr) {
        return Status::success();
    }
    QByteArray buffer = value;
    buffer.resize(std::max<qsizetype>(d->size, value.size() + 1), '\0');
    return control(name, buffer.data());
}

Status SaneOptions::setNumber(const char* name, double value)
{
    const SANE_Option_Descriptor* d = descriptor(name);
    if (d == nullptr) {
        return Status::success();
    }
    SANE_Word word = d->type == SANE_TYPE_FIXED ? SANE_FIX(value) : SANE_Word(std::lround(value));
    return control(name, &word);
}

Status SaneOptions::setBool(const char* name, bool value)
{
    SANE_Bool word = value ? SANE_TRUE : SANE_FALSE;
    return control(name, &word);
}

Status SaneOptions::control(const char* name, void* value)
{
    const SANE_Option_Descriptor* d = descriptor(name);
    if (d == nullptr || !SANE_OPTION_IS_ACTIVE(d->cap) || !SANE_OPTION_IS_SETTABLE(d->cap)) {
        return Status::success(); // not offered in this configuration: nothing to set
    }
    SANE_Int info = 0;
    const SANE_Status status = sane_control_option(m_handle, m_index.value(QByteArray(name)),
                                                   SANE_ACTION_SET_VALUE, value, &info);
    if (status != SANE_STATUS_GOOD) {
        return SaneStatus::toError(status, m_device);
    }
    if ((info & SANE_INFO_RELOAD_OPTIONS) != 0) {
        index();
    }
    return Status::success();
}

} // namespace guichet
