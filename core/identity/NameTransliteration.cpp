#include "identity/NameTransliteration.h"

#include <QList>

namespace guichet {
namespace {

// Letters Unicode does not decompose into a base letter and an accent (ICAO 9303 part 3,
// section 6, table of transliterations).
QStringView special(char32_t c)
{
    switch (c) {
    case U'ß':
    case U'ẞ':
        return u"SS";
    case U'Æ':
    case U'æ':
        return u"AE";
    case U'Œ':
    case U'œ':
        return u"OE";
    case U'Ø':
    case U'ø':
        return u"O";
    case U'Ð':
    case U'ð':
    case U'Đ':
    case U'đ':
        return u"D";
    case U'Þ':
    case U'þ':
        return u"TH";
    case U'Ł':
    case U'ł':
        return u"L";
    case U'Ħ':
    case U'ħ':
        return u"H";
    case U'ı':
        return u"I";
    default:
        return {};
    }
}

QStringView expanded(char32_t c)
{
    switch (c) {
    case U'Ä':
    case U'ä':
        return u"AE";
    case U'Ö':
    case U'ö':
        return u"OE";
    case U'Ü':
    case U'ü':
        return u"UE";
    case U'Å':
    case U'å':
        return u"AA";
    case U'Ø':
    case U'ø':
        return u"OE";
    default:
        return {};
    }
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'’' || c == U'‘' || c == U'`' || c == U'ʼ';
}

} // namespace

QString NameTransliteration::forComparison(QStringView name, Variant variant)
{
    QString out;
    out.reserve(name.size());
    bool separator = false;
    const auto append = [&](QStringView letters) {
        if (separator && !out.isEmpty()) {
            out.append(u' ');
        }
        separator = false;
        out.append(letters);
    };
    for (const char32_t c : name.toUcs4()) {
        if (isApostrophe(c)) {
            continue; // ICAO: O'NEIL -> ONEIL
        }
        QStringView replacement = variant == Variant::Expanded ? expanded(c) : QStringView();
        if (replacement.isEmpty()) {
            replacement = special(c);
        }
        if (!replacement.isEmpty()) {
            append(replacement);
            continue;
        }
        // Decompose (É -> E + combining accent) and keep the base letters and digits.
        const QString decomposed =
            QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
        bool kept = false;
        for (const QChar part : decomposed) {
            const char16_t u = part.toUpper().unicode();
            if ((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')) {
                append(QStringView(&u, 1));
                kept = true;
            } else if (part.category() == QChar::Mark_NonSpacing) {
                kept = true; // an accent: dropped, the letter stays joined to its word
            }
        }
        if (!kept) {
            separator = true; // spaces, hyphens, fillers, commas, unknown scripts
        }
    }
    return out;
}

QString NameTransliteration::toMrz(QStringView name, Variant variant)
{
    QString mrz = forComparison(name, variant);
    mrz.replace(u' ', u'<');
    return mrz;
}

} // namespace guichet
