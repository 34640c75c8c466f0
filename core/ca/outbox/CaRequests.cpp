#include "ca/outbox/CaRequests.h"

#include "ca/CmpClient.h"
#include "ca/outbox/CsrCheck.h"
#include "common/Clock.h"
#include "domain/ProductCatalogue.h"
#include "storage/Database.h"

#include <QUuid>
#include <array>

namespace guichet {
namespace {

const QString kDossier = QStringLiteral("dossier");

struct ReasonName {
    RevocationReason reason;
    const char* name;
};

// RFC 5280 5.3.1 CRLReason names (those the training CA and the desk use).
constexpr std::array kReasons{
    ReasonName{RevocationReason::Unspecified, "unspecified"},
    ReasonName{RevocationReason::KeyCompromise, "keyCompromise"},
    ReasonName{RevocationReason::AffiliationChanged, "affiliationChanged"},
    ReasonName{RevocationReason::Superseded, "superseded"},
    ReasonName{RevocationReason::CessationOfOperation, "cessationOfOperation"},
    ReasonName{RevocationReason::CertificateHold, "certificateHold"},
};

} // namespace

CaRequests::CaRequests(Database& db, const Clock& clock, const ProductCatalogue& catalogue,
                       OperatorIdentity actor)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_actor(std::move(actor)), m_outbox(db),
      m_dossiers(db), m_audit(db, clock)
{
}

std::optional<RevocationReason> CaRequests::reasonFromName(const QString& name)
{
    for (const ReasonName& entry : kReasons) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            return entry.reason;
        }
    }
    return std::nullopt;
}

QString CaRequests::reasonName(RevocationReason reason)
{
    for (const ReasonName& entry : kReasons) {
        if (entry.reason == reason) {
            return QString::fromLatin1(entry.name);
        }
    }
    return QStringLiteral("unspecified");
}

Status CaRequests::audit(const QString& action, qint64 dossierId, QJsonObject details)
{
    auto event = m_audit.append(m_actor.id, action, kDossier, QString::number(dossierId), details);
    return event ? Status::success() : Status(event.error());
}

Status CaRequests::moveDossier(qint64 dossierId, DossierStatus to, const QString& reason)
{
    auto stored = m_dossiers.find(dossierId, false);
    if (!stored) {
        return stored.error();
    }
    Dossier dossier = std::move(stored).value();
    if (Status allowed = StatusMachine::check(dossier.status, to, reason); !allowed) {
        return allowed;
    }
    const StatusChange change{dossier.status, to, m_clock.nowUtc(), m_actor.id, reason};
    dossier.status = to;
    dossier.updatedAtUtc = change.atUtc;
    dossier.updatedBy = m_actor.id;
    if (Status done = m_dossiers.updateStatus(dossier); !done) {
        return done;
    }
    if (Status done = m_dossiers.appendStatusChange(dossierId, change); !done) {
        return done;
    }
    return audit(QStringLiteral("dossier.status"), dossierId,
                 {{QStringLiteral("from"), StatusMachine::key(*change.from)},
                  {QStringLiteral("to"), StatusMachine::key(to)},
                  {QStringLiteral("reason"), reason}});
}

Result<OutboxItem> CaRequests::queueEnrolment(qint64 dossierId, const QByteArray& csrDer)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto item = enqueueEnrolment(dossierId, csrDer, {});
    if (!item) {
        return item.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    return item;
}

Result<OutboxItem> CaRequests::enqueueEnrolment(qint64 dossierId, const QByteArray& csrDer,
                                                const QJsonObject& token)
{
    // Issue 6, "arrive once": a dossier's request is never queued twice.
    auto active = activeEnrolment(dossierId);
    if (!active) {
        return active.error();
    }
    if (*active) {
        return Error{ErrorCode::Refused,
                     tr("The certificate request of dossier %1 is already in the outbox (item "
                        "%2, %3): it is not queued twice.")
                         .arg(dossierId)
                         .arg((*active)->id)
                         .arg(OutboxNames::displayName((*active)->state))};
    }
    auto dossier = m_dossiers.find(dossierId, false);
    if (!dossier) {
        return dossier.error();
    }
    const Product* product = m_catalogue.product(dossier->productId);
    if (product == nullptr) {
        return Error{
            ErrorCode::InvalidInput,
            tr("The dossier's product %1 is not in the catalogue.").arg(dossier->productId)};
    }
    if (Status checked = CsrCheck::check(csrDer, *product, *dossier); !checked) {
        return checked.error();
    }
    // A request sent again after the operator cancelled the first leaves the dossier where it is.
    if (dossier->status != DossierStatus::SubmittedToCa) {
        if (Status moved = moveDossier(dossierId, DossierStatus::SubmittedToCa, QString());
            !moved) {
            return moved.error();
        }
    }
    const QDateTime now = m_clock.nowUtc();
    OutboxItem item;
    item.dossierId = dossierId;
    item.kind = OutboxKind::Enrol;
    item.idempotencyKey = QStringLiteral("dossier-%1/enroll/%2")
                              .arg(dossierId)
                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    item.caProfileId = dossier->caProfileId;
    item.payload = csrDer;
    item.params = token;
    item.params.insert(QStringLiteral("product"), dossier->productId);
    item.params.insert(QStringLiteral("usage"), dossier->usage);
    item.transactionId =
        QString::fromLatin1(CmpClient::transactionIdFor(item.idempotencyKey).toHex());
    item.nextAttemptUtc = now;
    item.createdUtc = now;
    item.updatedUtc = now;
    if (Status stored = m_outbox.insert(item); !stored) {
        return stored.error();
    }
    if (Status done = audit(QStringLiteral("ca.enrol.queued"), dossierId,
                            {{QStringLiteral("item"), item.id},
                             {QStringLiteral("idempotencyKey"), item.idempotencyKey},
                             {QStringLiteral("transactionId"), item.transactionId},
                             {QStringLiteral("caProfile"), item.caProfileId}});
        !done) {
        return done.error();
    }
    return item;
}

Result<OutboxItem> CaRequests::retry(qint64 itemId)
{
    return changeItem(itemId, QStringLiteral("ca.request.retried"),
                      [this](qint64 id, const QDateTime& now) { return m_outbox.retry(id, now); });
}

Result<OutboxItem> CaRequests::cancel(qint64 itemId)
{
    return changeItem(itemId, QStringLiteral("ca.request.cancelled"),
                      [this](qint64 id, const QDateTime& now) { return m_outbox.cancel(id, now); });
}

Result<OutboxItem>
CaRequests::changeItem(qint64 itemId, const QString& action,
                       const std::function<Result<OutboxItem>(qint64, const QDateTime&)>& change)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto item = change(itemId, m_clock.nowUtc());
    if (!item) {
        return item.error();
    }
    if (Status done = audit(action, item->dossierId, {{QStringLiteral("item"), itemId}}); !done) {
        return done.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    return item;
}

Result<QList<DossierCertificate>> CaRequests::certificates(qint64 dossierId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, outbox_item_id, serial, cert, issued_at, revoked_at "
                             "FROM dossier_certificate WHERE dossier_id = ? ORDER BY id"));
    q.addBindValue(dossierId);
    if (Status done = m_db.exec(q, tr("reading the dossier's certificates")); !done) {
        return done.error();
    }
    QList<DossierCertificate> list;
    while (q.next()) {
        DossierCertificate certificate;
        certificate.id = q.value(0).toLongLong();
        certificate.outboxItemId = q.value(1).toLongLong();
        certificate.serialHex = q.value(2).toString();
        certificate.der = q.value(3).toByteArray();
        certificate.issuedUtc = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        if (const qint64 revoked = q.value(5).toLongLong(); revoked != 0) {
            certificate.revokedUtc = QDateTime::fromMSecsSinceEpoch(revoked, Qt::UTC);
        }
        list.append(certificate);
    }
    return list;
}

} // namespace guichet
