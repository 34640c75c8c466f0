#pragma once

#include "identity/MrzResult.h"

#include <QDate>
#include <QStringView>

namespace guichet {

// Reads and validates a machine-readable zone (ICAO 9303 parts 3 to 6, and the French
// national ID card 1988-2021) as typed or OCR'd. It never corrects silently: what it cannot
// read is reported, with a suggested correction where one is likely.
class MrzParser {
public:
    struct Options {
        // Birth dates are in the past of this date; expired documents are reported
        // against it (VAL-8.3.1-07: the document is valid on the meeting date). Injected so
        // tests and replays are reproducible.
        QDate referenceDate;
        // Two-digit expiry years are read within this many years after the reference date.
        int expiryWindowYears = 20;
        // Report an expiry before the reference date as an error. Off for documents whose
        // validity is extended past the printed date (IdentityDocumentCatalogue).
        bool reportExpired = true;
        // The layout the selected document type uses; Unknown accepts every layout.
        MrzFormat expectedFormat = MrzFormat::Unknown;
    };

    MrzParser() : MrzParser(Options()) {}
    // An invalid reference date means the day the parser is made.
    explicit MrzParser(Options options);

    MrzResult parse(QStringView text) const;

    static MrzResult parse(QStringView text, const Options& options)
    {
        return MrzParser(options).parse(text);
    }

private:
    Options m_options;
    int m_referenceKey = 0; // YYYYMMDD
};

} // namespace guichet
