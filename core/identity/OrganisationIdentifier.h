#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace guichet {

// French organisation identifiers (REFERENCE.md, "Organisation identifiers").
class OrganisationIdentifier {
    Q_DECLARE_TR_FUNCTIONS(OrganisationIdentifier)
public:
    enum class Kind { Siren, Siret, Vat, Rna };

    // Removes spaces, dots and dashes that people type between digit groups.
    static QString normalise(const QString& input);

    static Status checkSiren(const QString& input);
    static Status checkSiret(const QString& input);
    // A SIREN or a SIRET, recognised by length.
    static Status checkSirenOrSiret(const QString& input);

    static bool luhnValid(QStringView digits);

    // French intra-community VAT number: FR + 2-digit key + SIREN.
    static Status checkVat(const QString& input);
    // The key of a SIREN's VAT number, (12 + 3 x (SIREN mod 97)) mod 97; -1 when `siren` is
    // not 9 ASCII digits.
    static int vatKey(QStringView siren);
    // "FR" + key + SIREN, or an empty string when `siren` is not 9 digits.
    static QString vatNumber(QStringView siren);

    // Association number in the Répertoire national des associations: W + 9 characters.
    static Status checkRna(const QString& input);

    // The kind an identifier has by its shape: FR... is a VAT number, W... an RNA number,
    // 9 digits a SIREN, 14 a SIRET. Nothing when the shape fits none.
    static std::optional<Kind> detect(const QString& input);
    static Status check(const QString& input, Kind kind);
    // detect() then check(); the error says which shapes are accepted when none fits.
    static Status checkAny(const QString& input);
    static QString kindKey(Kind kind);  // "siren", "siret", "vat", "rna"
    static QString kindName(Kind kind); // translated
};

} // namespace guichet
