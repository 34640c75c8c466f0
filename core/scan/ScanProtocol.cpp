#include "scan/ScanProtocol.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>
#include <cstring>

namespace guichet::ScanProtocol {
namespace {

// Both ends are built from the same sources; the version is fixed so that Qt's own default
// never changes the bytes.
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

struct Writer : QDataStream {
    explicit Writer(QByteArray* bytes) : QDataStream(bytes, QIODevice::WriteOnly)
    {
        setVersion(kStreamVersion);
    }
};

struct Reader : QDataStream {
    explicit Reader(const QByteArray& bytes) : QDataStream(bytes) { setVersion(kStreamVersion); }
};

void writeError(QDataStream& out, const Error& error)
{
    out << qint32(error.code) << error.message;
}

std::optional<Error> readError(QDataStream& in)
{
    qint32 code = 0;
    QString message;
    in >> code >> message;
    if (in.status() != QDataStream::Ok || code < 0 || code > qint32(ErrorCode::Internal)) {
        return std::nullopt;
    }
    return Error{ErrorCode(code), message};
}

template <typename E> bool inRange(qint32 value, E last)
{
    return value >= 0 && value <= qint32(last);
}

template <typename E> QList<qint32> toInts(const QList<E>& values)
{
    QList<qint32> ints;
    for (E value : values) {
        ints.append(qint32(value));
    }
    return ints;
}

template <typename E> std::optional<QList<E>> fromInts(const QList<qint32>& ints, E last)
{
    QList<E> values;
    for (qint32 value : ints) {
        if (!inRange(value, last)) {
            return std::nullopt;
        }
        values.append(E(value));
    }
    return values;
}

bool supportedFormat(qint32 format)
{
    return format == QImage::Format_Mono || format == QImage::Format_Grayscale8 ||
           format == QImage::Format_RGB888;
}

} // namespace

QByteArray header(quint32 payloadSize)
{
    QByteArray bytes(kHeaderSize, Qt::Uninitialized);
    qToBigEndian(payloadSize, bytes.data());
    return bytes;
}

QByteArray frame(Kind kind, const QByteArray& body)
{
    QByteArray bytes = header(quint32(body.size() + 1));
    bytes.append(char(kind));
    bytes.append(body);
    return bytes;
}

std::optional<quint32> payloadLength(const char* bytes)
{
    const quint32 length = qFromBigEndian<quint32>(bytes);
    if (length < 1 || length > kMaxPayload) {
        return std::nullopt;
    }
    return length;
}

std::optional<Frame> split(const QByteArray& payload)
{
    if (payload.isEmpty()) {
        return std::nullopt;
    }
    const auto kind = quint8(payload.at(0));
    if (!(kind >= quint8(Kind::Devices) && kind <= quint8(Kind::Quit)) &&
        !(kind >= quint8(Kind::Hello) && kind <= quint8(Kind::Stopping))) {
        return std::nullopt;
    }
    // payload's buffer is shared (implicitly), never written again: the view stays valid as
    // long as a copy of the frame holds it.
    return Frame{Kind(kind), payload,
                 QByteArray::fromRawData(payload.constData() + 1, payload.size() - 1)};
}

QByteArray encodeHello()
{
    QByteArray bytes;
    Writer out(&bytes);
    out << kVersion;
    return bytes;
}

std::optional<quint32> decodeHello(const QByteArray& body)
{
    quint32 version = 0;
    Reader in(body);
    in >> version;
    return in.status() == QDataStream::Ok ? std::optional(version) : std::nullopt;
}

QByteArray encodeDevice(const QString& device)
{
    QByteArray bytes;
    Writer out(&bytes);
    out << device;
    return bytes;
}

std::optional<QString> decodeDevice(const QByteArray& body)
{
    QString device;
    Reader in(body);
    in >> device;
    return in.status() == QDataStream::Ok ? std::optional(device) : std::nullopt;
}

QByteArray encodeSettings(const ScanSettings& s)
{
    QByteArray bytes;
    Writer out(&bytes);
    out << s.device << qint32(s.source) << qint32(s.mode) << qint32(s.resolution) << s.preview
        << qint32(s.maxPages) << s.widthMm << s.heightMm;
    return bytes;
}

std::optional<ScanSettings> decodeSettings(const QByteArray& body)
{
    ScanSettings s;
    qint32 source = 0;
    qint32 mode = 0;
    qint32 resolution = 0;
    qint32 maxPages = 0;
    Reader in(body);
    in >> s.device >> source >> mode >> resolution >> s.preview >> maxPages >> s.widthMm >>
        s.heightMm;
    if (in.status() != QDataStream::Ok || !inRange(source, ScanSource::FeederDuplex) ||
        !inRange(mode, ColourMode::Lineart)) {
        return std::nullopt;
    }
    s.source = ScanSource(source);
    s.mode = ColourMode(mode);
    s.resolution = resolution;
    s.maxPages = maxPages;
    return s;
}

QByteArray encodeDevices(const Result<QList<ScannerDevice>>& devices)
{
    QByteArray bytes;
    Writer out(&bytes);
    out << devices.ok();
    if (!devices) {
        writeError(out, devices.error());
        return bytes;
    }
    out << qint32(devices->size());
    for (const ScannerDevice& d : *devices) {
        out << d.name << d.vendor << d.model << d.type;
    }
    return bytes;
}

std::optional<Result<QList<ScannerDevice>>> decodeDevices(const QByteArray& body)
{
    Reader in(body);
    bool ok = false;
    in >> ok;
    if (!ok) {
        auto error = readError(in);
        return error ? std::optional<Result<QList<ScannerDevice>>>(*error) : std::nullopt;
    }
    qint32 count = 0;
    in >> count;
    QList<ScannerDevice> devices;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        ScannerDevice d;
        in >> d.name >> d.vendor >> d.model >> d.type;
        devices.append(d);
    }
    if (in.status() != QDataStream::Ok || count < 0) {
        return std::nullopt;
    }
    return Result<QList<ScannerDevice>>(devices);
}

QByteArray encodeCapabilities(const Result<ScannerCapabilities>& caps)
{
    QByteArray bytes;
    Writer out(&bytes);
    out << caps.ok();
    if (!caps) {
        writeError(out, caps.error());
        return bytes;
    }
    QList<qint32> resolutions(caps->resolutions.begin(), caps->resolutions.end());
    out << toInts(caps->sources) << toInts(caps->modes) << resolutions
        << qint32(caps->resolutionMin) << qint32(caps->resolutionMax)
        << qint32(caps->resolutionStep) << caps->hasPreview << caps->maxWidthMm
        << caps->maxHeightMm;
    return bytes;
}

std::optional<Result<ScannerCapabilities>> decodeCapabilities(const QByteArray& body)
{
    Reader in(body);
    bool ok = false;
    in >> ok;
    if (!ok) {
        auto error = readError(in);
        return error ? std::optional<Result<ScannerCapabilities>>(*error) : std::nullopt;
    }
    QList<qint32> sources;
    QList<qint32> modes;
    QList<qint32> resolutions;
    qint32 min = 0;
    qint32 max = 0;
    qint32 step = 0;
    ScannerCapabilities caps;
    in >> sources >> modes >> resolutions >> min >> max >> step >> caps.hasPreview >>
        caps.maxWidthMm >> caps.maxHeightMm;
    auto sourceList = fromInts(sources, ScanSource::FeederDuplex);
    auto modeList = fromInts(modes, ColourMode::Lineart);
    if (in.status() != QDataStream::Ok || !sourceList || !modeList) {
        return std::nullopt;
    }
    caps.sources = *sourceList;
    caps.modes = *modeList;
    caps.resolutions = QList<int>(resolutions.begin(), resolutions.end());
    caps.resolutionMin = min;
    caps.resolutionMax = max;
    caps.resolutionStep = step;
    return Result<ScannerCapabilities>(caps);
}

QByteArray encodeProgress(int page, int percent)
{
    QByteArray bytes;
    Writer out(&bytes);
    out << qint32(page) << qint32(percent);
    return bytes;
}

std::optional<std::pair<int, int>> decodeProgress(const QByteArray& body)
{
    qint32 page = 0;
    qint32 percent = 0;
    Reader in(body);
    in >> page >> percent;
    return in.status() == QDataStream::Ok ? std::optional(std::pair<int, int>(page, percent))
                                          : std::nullopt;
}

QByteArray encodePageFields(int number, const QImage& image)
{
    QByteArray bytes;
    Writer out(&bytes);
    out << qint32(number) << qint32(image.width()) << qint32(image.height())
        << qint32(image.format()) << qint64(image.bytesPerLine()) << qint32(image.dotsPerMeterX())
        << qint32(image.dotsPerMeterY()) << image.colorTable();
    return bytes;
}

std::optional<Page> decodePage(const QByteArray& body)
{
    qint32 number = 0;
    qint32 width = 0;
    qint32 height = 0;
    qint32 format = 0;
    qint64 bytesPerLine = 0;
    qint32 dpmX = 0;
    qint32 dpmY = 0;
    QList<QRgb> colours;
    Reader in(body);
    in >> number >> width >> height >> format >> bytesPerLine >> dpmX >> dpmY >> colours;
    if (in.status() != QDataStream::Ok || width <= 0 || height <= 0 || !supportedFormat(format)) {
        return std::nullopt;
    }
    const qint64 fieldsSize = in.device()->pos();
    QImage image(width, height, QImage::Format(format));
    if (image.isNull() || bytesPerLine < image.bytesPerLine() || bytesPerLine > body.size() ||
        body.size() - fieldsSize != bytesPerLine * height) {
        return std::nullopt;
    }
    const char* pixels = body.constData() + fieldsSize;
    if (bytesPerLine == image.bytesPerLine()) {
        std::memcpy(image.bits(), pixels, size_t(image.sizeInBytes()));
    } else {
        for (int y = 0; y < height; ++y) {
            std::memcpy(image.scanLine(y), pixels + qsizetype(y) * bytesPerLine,
                        size_t(image.bytesPerLine()));
        }
    }
    if (image.format() == QImage::Format_Mono) {
        image.setColorTable(colours);
    }
    image.setDotsPerMeterX(dpmX);
    image.setDotsPerMeterY(dpmY);
    return Page{number, image};
}

QByteArray encodeOutcome(const ScanOutcome& outcome)
{
    QByteArray bytes;
    Writer out(&bytes);
    out << outcome.cancelled << outcome.error.has_value();
    if (outcome.error) {
        writeError(out, *outcome.error);
    }
    return bytes;
}

std::optional<ScanOutcome> decodeOutcome(const QByteArray& body)
{
    ScanOutcome outcome;
    bool failed = false;
    Reader in(body);
    in >> outcome.cancelled >> failed;
    if (in.status() != QDataStream::Ok) {
        return std::nullopt;
    }
    if (failed) {
        outcome.error = readError(in);
        if (!outcome.error) {
            return std::nullopt;
        }
    }
    return outcome;
}

} // namespace guichet::ScanProtocol
