#pragma once

#include <QString>
#include <QStringView>

namespace guichet {

// Names as the MRZ writes them, so that what the operator typed from the visual zone can be
// compared with the MRZ (ICAO 9303 part 3, section 6: transliteration of Latin characters).
class NameTransliteration {
public:
    enum class Variant {
        // Accents removed: É -> E, Ç -> C, Ä -> A, Ø -> O, ß -> SS, Æ -> AE.
        Plain,
        // ICAO's alternative for some letters: Ä -> AE, Ö -> OE, Ü -> UE, Å -> AA, Ø -> OE.
        Expanded,
    };

    // Capitals A-Z and digits, words separated by one space: apostrophes dropped, hyphens,
    // fillers and other punctuation made separators. "Le Gall-O'Neil" -> "LE GALL ONEIL".
    static QString forComparison(QStringView name, Variant variant = Variant::Plain);

    // The MRZ spelling of one name zone: forComparison with '<' between words.
    static QString toMrz(QStringView name, Variant variant = Variant::Plain);
};

} // namespace guichet
