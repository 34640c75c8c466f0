#pragma once

#include "identity/MrzResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace guichet {

// What the operator typed from the visual inspection zone of the document.
struct VisualZone {
    QString surnames;
    QString givenNames;
    QString documentNumber;
    QDate birthDate;
    QDate expiryDate;
};

// One field of the visual zone against the MRZ, for display: differences are shown, never
// hidden (issue 3).
struct MrzFieldComparison {
    Q_DECLARE_TR_FUNCTIONS(MrzFieldComparison)
public:
    enum class Outcome {
        Match,
        MatchTruncated, // the MRZ holds the start of a name too long for its zone
        Differs,
        NotInMrz,   // this layout has no such field (the French 1988 card has no expiry)
        NotEntered, // the operator left the visual field empty
    };

    MrzField field = MrzField::Structure;
    Outcome outcome = Outcome::NotEntered;
    QString mrzValue;    // as the MRZ reads, interpreted (names with spaces, ISO dates)
    QString visualValue; // as typed
    // Where the two differ only by letters and digits that look alike (O and 0, I and 1).
    bool lookAlikeOnly = false;

    bool differs() const { return outcome == Outcome::Differs; }
    QString message() const; // translated, for display beside the field
};

class MrzComparison {
public:
    // Surnames, given names, document number, birth date, expiry date, in that order.
    static QList<MrzFieldComparison> compare(const MrzResult& mrz, const VisualZone& visual);
    static QList<MrzFieldComparison> differences(const MrzResult& mrz, const VisualZone& visual);
};

} // namespace guichet
