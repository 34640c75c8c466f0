#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QString>
#include <optional>

namespace guichet {

class AtrCatalogue;
class Database;

// The token personalised for a dossier, as the audit trail records it (SDP-6.4.5-10): model,
// serial, and what the token said about the key it generated (SDP-6.5.1-04).
struct PersonalisedToken {
    QString serial;
    QString model;
    QString manufacturer;
    bool keyGeneratedOnDevice = false; // CKA_LOCAL, never extractable, always sensitive
    bool certifiedQscd = false;        // the model is a certified QSCD in the catalogue
    QString qscdReference;
};

// Links a personalised token to its dossier in the audit trail, and reads the link back for
// the intervention form.
class PersonalisedTokens {
public:
    static constexpr const char* LinkAction = "dossier.token_personalised";

    // One audit event on the dossier naming the token's serial, in a transaction of its own.
    static Status link(Database& db, const Clock& clock, const QString& operatorId,
                       qint64 dossierId, const QString& serial);

    // The token last linked to the dossier, with the facts of its key generation;
    // nullopt when none was linked.
    static Result<std::optional<PersonalisedToken>>
    forDossier(Database& db, const Clock& clock, qint64 dossierId, const AtrCatalogue& catalogue);
};

} // namespace guichet
