#include "token/PersonalisedToken.h"

#include "audit/AuditLog.h"
#include "smartcard/AtrCatalogue.h"
#include "storage/Database.h"
#include "token/TokenModels.h"
#include "token/TokenTypes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {
namespace {

const QString kSerial = QStringLiteral("serial");

QJsonObject details(const AuditEvent& event)
{
    return QJsonDocument::fromJson(event.detailsJson).object();
}

} // namespace

Status PersonalisedTokens::link(AuditLog& log, const QString& operatorId, qint64 dossierId,
                                const TokenLink& link)
{
    // SDP-6.4.5-10: the dossier names the token (read back by forDossier).
    auto appended = log.append(operatorId, QString::fromLatin1(LinkAction),
                               QStringLiteral("dossier"), QString::number(dossierId),
                               {{kSerial, link.serial},
                                {QStringLiteral("key_id"), QString::fromLatin1(link.keyId.toHex())},
                                {QStringLiteral("request_sha256"), link.requestSha256}});
    return appended ? Status::success() : Status(appended.error());
}

Result<std::optional<PersonalisedToken>>
PersonalisedTokens::forDossier(Database& db, const Clock& clock, qint64 dossierId,
                               const AtrCatalogue& catalogue)
{
    AuditLog log(db, clock);
    auto dossierEvents = log.eventsFor(QStringLiteral("dossier"), QString::number(dossierId));
    if (!dossierEvents) {
        return dossierEvents.error();
    }
    QString serial;
    for (auto it = dossierEvents->crbegin(); it != dossierEvents->crend(); ++it) {
        if (it->action == QLatin1String(LinkAction)) {
            serial = details(*it).value(kSerial).toString();
            break;
        }
    }
    if (serial.isEmpty()) {
        return std::optional<PersonalisedToken>();
    }
    // The personaliser records each step on the token, by serial (TokenPersonaliser).
    auto tokenEvents = log.eventsFor(QStringLiteral("token"), serial);
    if (!tokenEvents) {
        return tokenEvents.error();
    }
    PersonalisedToken token;
    token.serial = serial;
    for (auto it = tokenEvents->crbegin(); it != tokenEvents->crend(); ++it) {
        if (it->action != u"token.key_generated") {
            continue;
        }
        const QJsonObject facts = details(*it);
        token.model = facts.value(QStringLiteral("model")).toString();
        token.manufacturer = facts.value(QStringLiteral("manufacturer")).toString();
        token.keyGeneratedOnDevice = facts.value(QStringLiteral("local")).toBool() &&
                                     facts.value(QStringLiteral("never_extractable")).toBool() &&
                                     facts.value(QStringLiteral("always_sensitive")).toBool();
        break;
    }
    TokenInfo info;
    info.model = token.model;
    info.manufacturer = token.manufacturer;
    if (const TokenModel* model = catalogueModelFor(catalogue, info)) {
        token.certifiedQscd = model->qscd;
        token.qscdReference = model->qscdReference;
    }
    return std::optional<PersonalisedToken>(token);
}

} // namespace guichet
