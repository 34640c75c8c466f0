#include "ca/outbox/OutboxRepository.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>
#include <utility>

namespace guichet {
namespace {

const QString kColumns = QStringLiteral(
    "id, dossier_id, kind, idempotency_key, ca_profile_id, payload, params, state, attempts, "
    "next_attempt_at, lease_until, claimed_by, last_error, transaction_id, result, created_at, "
    "updated_at");

QDateTime fromMs(const QVariant& value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

OutboxItem read(const QSqlQuery& q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.dossierId = q.value(1).toLongLong();
    item.kind = OutboxNames::kindFromKey(q.value(2).toString()).value_or(OutboxKind::Enrol);
    item.idempotencyKey = q.value(3).toString();
    item.caProfileId = q.value(4).toString();
    item.payload = q.value(5).toByteArray();
    item.params = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    item.state = OutboxNames::stateFromKey(q.value(7).toString()).value_or(OutboxState::Failed);
    item.attempts = q.value(8).toInt();
    item.nextAttemptUtc = fromMs(q.value(9));
    item.leaseUntilUtc = fromMs(q.value(10));
    item.claimedBy = q.value(11).toString();
    item.lastError = q.value(12).toString();
    item.transactionId = q.value(13).toString();
    item.result = q.value(14).toByteArray();
    item.createdUtc = fromMs(q.value(15));
    item.updatedUtc = fromMs(q.value(16));
    return item;
}

} // namespace

Status OutboxRepository::insert(OutboxItem& item)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO outbox_item (dossier_id, kind, idempotency_key, "
                       "ca_profile_id, payload, params, state, attempts, next_attempt_at, "
                       "lease_until, claimed_by, last_error, transaction_id, result, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 0, '', '', ?, ?, ?, ?) "
                       "RETURNING id"));
    q.addBindValue(item.dossierId);
    q.addBindValue(OutboxNames::key(item.kind));
    q.addBindValue(item.idempotencyKey);
    q.addBindValue(item.caProfileId);
    q.addBindValue(item.payload.isNull() ? QByteArray("") : item.payload);
    q.addBindValue(QString::fromUtf8(QJsonDocument(item.params).toJson(QJsonDocument::Compact)));
    q.addBindValue(OutboxNames::key(item.state));
    q.addBindValue(item.nextAttemptUtc.toMSecsSinceEpoch());
    q.addBindValue(sqlText(item.transactionId));
    q.addBindValue(QByteArray(""));
    q.addBindValue(item.createdUtc.toMSecsSinceEpoch());
    q.addBindValue(item.updatedUtc.toMSecsSinceEpoch());
    if (!q.exec()) {
        const Error error = m_db.storageError(q, tr("queueing the request to the CA"));
        q.finish();
        return error;
    }
    if (!q.next()) {
        q.finish();
        return Error{ErrorCode::Storage, tr("The outbox did not return the new item's id.")};
    }
    item.id = q.value(0).toLongLong();
    q.finish();
    return Status::success();
}

// Why claiming a batch keeps "delivered once, never lost" (issue 6, "Outbox"):
// - Claiming is what makes an item this sender's: every item of the batch is marked sending,
//   with this claimer and a lease, in one committed transaction, before any network call,
//   exactly as a single claim is; the UPDATE re-checks that each is still due, so two senders
//   never both get one.
// - Answers are still stored one item at a time, each in its own transaction
//   (CaRequests::record*), before the next exchange starts: an answer is never held in memory
//   across another exchange, so a crash loses at most the exchange in flight, as before.
// - An item is handed out only while at least half its lease is left, so the exchange ends
//   well before another sender may take it over; otherwise the reserve is given back.
// - A crash with items still reserved leaves them sending until their lease ends; the next
//   sender then sends them again and records a resend (ca.request.resent), which errs on the
//   side of reporting a repeat that did not happen rather than hiding one that did.
Result<std::optional<OutboxItem>> OutboxRepository::claimNext(const QString& profileId,
                                                              const QString& claimer,
                                                              const QDateTime& nowUtc,
                                                              int leaseSeconds)
{
    if (auto reserved = takeReserved(profileId, claimer, nowUtc, leaseSeconds)) {
        return reserved;
    }
    if (!m_reserved.isEmpty()) {
        if (Status released = releaseReserved(nowUtc, nowUtc); !released) {
            return released.error();
        }
    }
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const QString due =
        QStringLiteral("ca_profile_id = ? AND ((state = 'queued' AND next_attempt_at <= ?) OR "
                       "(state = 'sending' AND lease_until < ?))");
    QSqlQuery pick = m_db.query();
    pick.prepare(QStringLiteral("SELECT %1 FROM outbox_item WHERE %2 "
                                "ORDER BY next_attempt_at, id LIMIT ?")
                     .arg(kColumns, due));
    pick.addBindValue(profileId);
    pick.addBindValue(now);
    pick.addBindValue(now);
    pick.addBindValue(m_claimBatch);
    if (Status done = m_db.exec(pick, tr("looking for a request to send")); !done) {
        return done.error();
    }
    QList<OutboxItem> picked;
    while (pick.next()) {
        picked.append(read(pick));
    }
    pick.finish();
    if (picked.isEmpty()) {
        return std::optional<OutboxItem>{};
    }
    QSqlQuery claim = m_db.query();
    claim.prepare(QStringLiteral("UPDATE outbox_item SET state = 'sending', attempts = "
                                 "attempts + 1, lease_until = ?, claimed_by = ?, updated_at = ? "
                                 "WHERE id = ? AND %1")
                      .arg(due));
    const QDateTime leaseEnd = nowUtc.addSecs(leaseSeconds);
    QList<OutboxItem> claimed;
    for (OutboxItem& item : picked) {
        item.resumedAfterInterruption = item.state == OutboxState::Sending;
        claim.addBindValue(leaseEnd.toMSecsSinceEpoch());
        claim.addBindValue(claimer);
        claim.addBindValue(now);
        claim.addBindValue(item.id);
        claim.addBindValue(profileId);
        claim.addBindValue(now);
        claim.addBindValue(now);
        if (Status done = m_db.exec(claim, tr("claiming a request to send")); !done) {
            return done.error();
        }
        if (claim.numRowsAffected() != 1) {
            continue; // another sender took it first
        }
        item.state = OutboxState::Sending;
        item.attempts += 1;
        item.leaseUntilUtc = leaseEnd;
        item.claimedBy = claimer;
        item.updatedUtc = nowUtc;
        claimed.append(std::move(item));
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    if (claimed.isEmpty()) {
        return std::optional<OutboxItem>{};
    }
    OutboxItem first = claimed.takeFirst();
    m_reserved = std::move(claimed);
    return std::optional<OutboxItem>(std::move(first));
}

std::optional<OutboxItem> OutboxRepository::takeReserved(const QString& profileId,
                                                         const QString& claimer,
                                                         const QDateTime& nowUtc, int leaseSeconds)
{
    if (m_reserved.isEmpty()) {
        return std::nullopt;
    }
    const OutboxItem& next = m_reserved.constFirst();
    const bool fresh = nowUtc.msecsTo(next.leaseUntilUtc) > 1000LL * leaseSeconds / 2;
    if (!fresh || next.caProfileId != profileId || next.claimedBy != claimer) {
        return std::nullopt;
    }
    return m_reserved.takeFirst();
}

Status OutboxRepository::releaseReserved(const QDateTime& nextAttemptUtc, const QDateTime& nowUtc)
{
    if (m_reserved.isEmpty()) {
        return Status::success();
    }
    const QList<OutboxItem> reserved = std::exchange(m_reserved, {});
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    // Never sent: the claim's attempt is taken back.
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "UPDATE outbox_item SET state = 'queued', attempts = attempts - 1, next_attempt_at = ?, "
        "lease_until = 0, claimed_by = '', updated_at = ? "
        "WHERE id = ? AND state = 'sending' AND claimed_by = ?"));
    for (const OutboxItem& item : reserved) {
        q.addBindValue(std::max(nextAttemptUtc, item.nextAttemptUtc).toMSecsSinceEpoch());
        q.addBindValue(nowUtc.toMSecsSinceEpoch());
        q.addBindValue(item.id);
        q.addBindValue(item.claimedBy);
        if (Status done = m_db.exec(q, tr("putting a request back in the outbox")); !done) {
            return done;
        }
    }
    return tx.commit();
}

Status OutboxRepository::refuseUnlessHeld(const QSqlQuery& query, qint64 id)
{
    if (query.numRowsAffected() == 1) {
        return Status::success();
    }
    return Error{ErrorCode::Conflict,
                 tr("Outbox item %1 is no longer held by this sender (another sender took it "
                    "over); its answer was left to that sender.")
                     .arg(id)};
}

Status OutboxRepository::markDelivered(qint64 id, const QString& claimer, const QByteArray& result,
                                       const QString& transactionId, const QDateTime& nowUtc)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "UPDATE outbox_item SET state = 'delivered', result = ?, transaction_id = ?, "
        "last_error = '', updated_at = ? WHERE id = ? AND state = 'sending' AND claimed_by = ?"));
    q.addBindValue(result.isNull() ? QByteArray("") : result);
    q.addBindValue(sqlText(transactionId));
    q.addBindValue(nowUtc.toMSecsSinceEpoch());
    q.addBindValue(id);
    q.addBindValue(claimer);
    if (Status done = m_db.exec(q, tr("recording the CA's answer")); !done) {
        return done;
    }
    return refuseUnlessHeld(q, id);
}

Status OutboxRepository::markFailed(qint64 id, const QString& claimer, const QString& error,
                                    const QString& transactionId, const QDateTime& nowUtc)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "UPDATE outbox_item SET state = 'failed', last_error = ?, transaction_id = ?, "
        "updated_at = ? WHERE id = ? AND state = 'sending' AND claimed_by = ?"));
    q.addBindValue(sqlText(error));
    q.addBindValue(sqlText(transactionId));
    q.addBindValue(nowUtc.toMSecsSinceEpoch());
    q.addBindValue(id);
    q.addBindValue(claimer);
    if (Status done = m_db.exec(q, tr("recording the CA's refusal")); !done) {
        return done;
    }
    return refuseUnlessHeld(q, id);
}

Status OutboxRepository::reschedule(qint64 id, const QString& claimer, const QString& error,
                                    const QDateTime& nextAttemptUtc, const QDateTime& nowUtc)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "UPDATE outbox_item SET state = 'queued', last_error = ?, next_attempt_at = ?, "
        "lease_until = 0, claimed_by = '', updated_at = ? "
        "WHERE id = ? AND state = 'sending' AND claimed_by = ?"));
    q.addBindValue(sqlText(error));
    q.addBindValue(nextAttemptUtc.toMSecsSinceEpoch());
    q.addBindValue(nowUtc.toMSecsSinceEpoch());
    q.addBindValue(id);
    q.addBindValue(claimer);
    if (Status done = m_db.exec(q, tr("putting a request back in the outbox")); !done) {
        return done;
    }
    if (Status held = refuseUnlessHeld(q, id); !held) {
        return held;
    }
    // The CA is unreachable: the items claimed with this one wait as long as it does.
    return releaseReserved(nextAttemptUtc, nowUtc);
}

Status OutboxRepository::noteWaiting(const QString& profileId, const QString& reason,
                                     const QDateTime& nowUtc)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE outbox_item SET last_error = ?, updated_at = ? "
                             "WHERE ca_profile_id = ? AND state = 'queued' AND last_error <> ?"));
    q.addBindValue(sqlText(reason));
    q.addBindValue(nowUtc.toMSecsSinceEpoch());
    q.addBindValue(profileId);
    q.addBindValue(sqlText(reason));
    return m_db.exec(q, tr("noting why requests wait in the outbox"));
}

Result<OutboxItem> OutboxRepository::retry(qint64 id, const QDateTime& nowUtc)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "UPDATE outbox_item SET state = 'queued', next_attempt_at = ?, lease_until = 0, "
        "claimed_by = '', updated_at = ? WHERE id = ? AND state = 'failed'"));
    q.addBindValue(nowUtc.toMSecsSinceEpoch());
    q.addBindValue(nowUtc.toMSecsSinceEpoch());
    q.addBindValue(id);
    if (Status done = m_db.exec(q, tr("retrying a request")); !done) {
        return done.error();
    }
    auto item = find(id);
    if (item && q.numRowsAffected() != 1) {
        return Error{ErrorCode::Refused,
                     tr("Outbox item %1 is %2: only a failed item can be retried.")
                         .arg(id)
                         .arg(OutboxNames::displayName(item->state))};
    }
    return item;
}

Result<OutboxItem> OutboxRepository::cancel(qint64 id, const QDateTime& nowUtc)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE outbox_item SET state = 'cancelled', updated_at = ? "
                             "WHERE id = ? AND state IN ('queued', 'failed')"));
    q.addBindValue(nowUtc.toMSecsSinceEpoch());
    q.addBindValue(id);
    if (Status done = m_db.exec(q, tr("cancelling a request")); !done) {
        return done.error();
    }
    auto item = find(id);
    if (item && q.numRowsAffected() != 1) {
        return Error{ErrorCode::Refused,
                     tr("Outbox item %1 is %2: only a queued or failed item can be cancelled.")
                         .arg(id)
                         .arg(OutboxNames::displayName(item->state))};
    }
    return item;
}

Result<OutboxItem> OutboxRepository::find(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM outbox_item WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Status done = m_db.exec(q, tr("reading the outbox")); !done) {
        return done.error();
    }
    if (!q.next()) {
        return Error{ErrorCode::NotFound, tr("There is no outbox item %1.").arg(id)};
    }
    return read(q);
}

Result<QList<OutboxItem>> OutboxRepository::list(const QList<OutboxState>& states, int limit)
{
    QStringList keys;
    for (OutboxState state : states) {
        keys.append(QStringLiteral("'%1'").arg(OutboxNames::key(state)));
    }
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT %1 FROM outbox_item %2 ORDER BY id DESC LIMIT ?")
            .arg(kColumns,
                 keys.isEmpty()
                     ? QString()
                     : QStringLiteral("WHERE state IN (%1)").arg(keys.join(QLatin1Char(',')))));
    q.addBindValue(limit);
    if (Status done = m_db.exec(q, tr("reading the outbox")); !done) {
        return done.error();
    }
    QList<OutboxItem> items;
    while (q.next()) {
        items.append(read(q));
    }
    return items;
}

Result<QList<OutboxItem>> OutboxRepository::forDossier(qint64 dossierId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM outbox_item WHERE dossier_id = ? ORDER BY id")
                  .arg(kColumns));
    q.addBindValue(dossierId);
    if (Status done = m_db.exec(q, tr("reading the outbox")); !done) {
        return done.error();
    }
    QList<OutboxItem> items;
    while (q.next()) {
        items.append(read(q));
    }
    return items;
}

Result<int> OutboxRepository::pendingCount()
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM outbox_item WHERE state IN ('queued', 'sending')"));
    if (Status done = m_db.exec(q, tr("reading the outbox")); !done) {
        return done.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace guichet
