#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace guichet {

// French organisation identifiers (REFERENCE.md, "Organisation identifiers").
class OrganisationIdentifier {
    Q_DECLARE_TR_FUNCTIONS(OrganisationIdentifier)
public:
    enum class Kind { Siren, Siret };

    // Removes spaces, dots and dashes that people type between digit groups.
    static QString normalise(const QString& input);

    static Status checkSiren(const QString& input);
    static Status checkSiret(const QString& input);
    // A SIREN or a SIRET, recognised by length.
    static Status checkSirenOrSiret(const QString& input);

    static bool luhnValid(QStringView digits);
};

} // namespace guichet
