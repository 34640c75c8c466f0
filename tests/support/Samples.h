#pragma once

#include "domain/Dossier.h"

namespace guichet::test {

// A valid RGS** dossier for a private person.
Dossier sampleDossier(const QString& surnames = QStringLiteral("Dupont"),
                      const QString& givenNames = QStringLiteral("Jean"));
// A valid QCP-l dossier for someone acting for a company (SIRET of a real public company
// format, Luhn-valid).
Dossier sampleOrganisationDossier();

} // namespace guichet::test
