#include "ca/outbox/EvidenceSubmissions.h"

#include "common/Clock.h"
#include "security/EncryptionService.h"
#include "storage/Database.h"

#include <QCryptographicHash>

namespace guichet {
namespace {

const QString kDossier = QStringLiteral("dossier");

} // namespace

EvidenceSubmissions::EvidenceSubmissions(Database& db, const Clock& clock,
                                         EncryptionService& encryption, OperatorIdentity actor,
                                         EvidenceReceiver* receiver)
    : m_db(db), m_clock(clock), m_encryption(encryption), m_actor(std::move(actor)),
      m_receiver(receiver), m_outbox(db), m_dossiers(db), m_audit(db, clock)
{
}

QByteArray EvidenceSubmissions::associatedData(const OutboxItem& item)
{
    // Binds the sealed package to its item: a blob copied onto another item is refused.
    return QByteArrayLiteral("outbox-evidence:") + item.idempotencyKey.toUtf8();
}

Status EvidenceSubmissions::audit(const QString& action, qint64 dossierId,
                                  const QJsonObject& details)
{
    auto event = m_audit.append(m_actor.id, action, kDossier, QString::number(dossierId), details);
    return event ? Status::success() : Status(event.error());
}

Status EvidenceSubmissions::moveToSubmitted(Dossier& dossier)
{
    // Already with the CA (its certificate request went first, or the originals are posted):
    // the evidence follows without a status change.
    if (dossier.status == DossierStatus::SubmittedToCa ||
        dossier.status == DossierStatus::OriginalsPosted) {
        return Status::success();
    }
    if (Status allowed = StatusMachine::check(dossier.status, DossierStatus::SubmittedToCa, {});
        !allowed) {
        return allowed;
    }
    const StatusChange change{dossier.status, DossierStatus::SubmittedToCa, m_clock.nowUtc(),
                              m_actor.id, QString()};
    dossier.status = DossierStatus::SubmittedToCa;
    dossier.updatedAtUtc = change.atUtc;
    dossier.updatedBy = m_actor.id;
    if (Status done = m_dossiers.updateStatus(dossier); !done) {
        return done;
    }
    if (Status done = m_dossiers.appendStatusChange(dossier.id, change); !done) {
        return done;
    }
    return audit(QStringLiteral("dossier.status"), dossier.id,
                 {{QStringLiteral("from"), StatusMachine::key(*change.from)},
                  {QStringLiteral("to"), StatusMachine::key(change.to)},
                  {QStringLiteral("reason"), QString()}});
}

Result<OutboxItem> EvidenceSubmissions::queueSubmission(qint64 dossierId, const QByteArray& package)
{
    if (package.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("The evidence package is empty.")};
    }
    if (Status ready = m_encryption.ensureReady(); !ready) {
        return ready.error();
    }
    const QByteArray sha256 = QCryptographicHash::hash(package, QCryptographicHash::Sha256);
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto dossier = m_dossiers.find(dossierId, false);
    if (!dossier) {
        return dossier.error();
    }
    if (Status moved = moveToSubmitted(*dossier); !moved) {
        return moved.error();
    }
    const QDateTime now = m_clock.nowUtc();
    OutboxItem item;
    item.dossierId = dossierId;
    item.kind = OutboxKind::Submit;
    item.idempotencyKey = QStringLiteral("dossier-%1/evidence/%2")
                              .arg(dossierId)
                              .arg(QString::fromLatin1(sha256.toHex()));
    item.caProfileId = dossier->caProfileId;
    item.params = {{QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex())},
                   {QStringLiteral("size"), static_cast<qint64>(package.size())}};
    item.nextAttemptUtc = now;
    item.createdUtc = now;
    item.updatedUtc = now;
    auto sealed = m_encryption.seal(package, associatedData(item));
    if (!sealed) {
        return sealed.error();
    }
    item.payload = std::move(sealed).value();
    if (Status stored = m_outbox.insert(item); !stored) {
        if (stored.error().code == ErrorCode::Storage) {
            return Error{
                ErrorCode::Refused,
                tr("This evidence package of dossier %1 is already in the outbox.").arg(dossierId)};
        }
        return stored.error();
    }
    if (Status done = audit(QStringLiteral("ca.evidence.queued"), dossierId,
                            {{QStringLiteral("item"), item.id},
                             {QStringLiteral("idempotencyKey"), item.idempotencyKey},
                             {QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex())},
                             {QStringLiteral("caProfile"), item.caProfileId}});
        !done) {
        return done.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    return item;
}

Result<SubmissionReceipt> EvidenceSubmissions::send(const OutboxItem& item)
{
    if (m_receiver == nullptr) {
        return Error{ErrorCode::Io,
                     tr("No evidence receiver is set up for CA profile %1.").arg(item.caProfileId)};
    }
    auto package = m_encryption.open(item.payload, associatedData(item));
    if (!package) {
        return Error{ErrorCode::IncompatibleData, package.error().message};
    }
    return m_receiver->receive(item.idempotencyKey,
                               QStringLiteral("dossier-%1").arg(item.dossierId), *package);
}

Status EvidenceSubmissions::recordReceipt(const OutboxItem& item, const SubmissionReceipt& receipt)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (Status done = m_outbox.markDelivered(item.id, item.claimedBy, receipt.receiptId.toUtf8(),
                                             item.transactionId, m_clock.nowUtc());
        !done) {
        return done;
    }
    if (Status done =
            audit(QStringLiteral("dossier.evidence_delivered"), item.dossierId,
                  {{QStringLiteral("item"), item.id},
                   {QStringLiteral("receipt"), receipt.receiptId},
                   {QStringLiteral("sha256"), QString::fromLatin1(receipt.sha256.toHex())},
                   {QStringLiteral("receivedAt"), receipt.receivedUtc.toString(Qt::ISODate)},
                   {QStringLiteral("signatureTrusted"), receipt.signatureTrusted},
                   {QStringLiteral("repeat"), receipt.repeat}});
        !done) {
        return done;
    }
    return tx.commit();
}

Status EvidenceSubmissions::recordRefusal(const OutboxItem& item, const QString& reason,
                                          bool rejected)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (Status done = m_outbox.markFailed(item.id, item.claimedBy, reason, item.transactionId,
                                          m_clock.nowUtc());
        !done) {
        return done;
    }
    if (Status done =
            audit(rejected ? QStringLiteral("ca.evidence.rejected")
                           : QStringLiteral("ca.evidence.failed"),
                  item.dossierId,
                  {{QStringLiteral("item"), item.id}, {QStringLiteral("reason"), reason}});
        !done) {
        return done;
    }
    return tx.commit();
}

} // namespace guichet
