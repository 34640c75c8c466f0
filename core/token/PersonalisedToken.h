#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace guichet {

class AtrCatalogue;
class AuditLog;
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

// What the dossier's link to its token names: the token, the key generated on it (CKA_ID)
// and the certificate request signed with that key (SHA-256, hex).
struct TokenLink {
    QString serial;
    QByteArray keyId;
    QString requestSha256;
};

// Links a personalised token to its dossier in the audit trail, and reads the link back for
// the intervention form and the checklist. The one writer of the link is
// CaRequests::recordTokenRequest, which keeps the request in the same transaction.
class PersonalisedTokens {
public:
    static constexpr const char* LinkAction = "dossier.token_personalised";

    // One audit event on the dossier naming the token, inside the caller's transaction.
    static Status link(AuditLog& log, const QString& operatorId, qint64 dossierId,
                       const TokenLink& link);

    // The token last linked to the dossier, with the facts of its key generation;
    // nullopt when none was linked.
    static Result<std::optional<PersonalisedToken>>
    forDossier(Database& db, const Clock& clock, qint64 dossierId, const AtrCatalogue& catalogue);
};

} // namespace guichet
