#pragma once

#include "ca/outbox/OutboxItem.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <algorithm>
#include <optional>

namespace guichet {

class Database;

// The outbox table. Inserts run inside the caller's transaction (with the dossier change
// that causes the request); the sender's steps each run in their own.
class OutboxRepository {
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)
public:
    explicit OutboxRepository(Database& db) : m_db(db) {}

    // Stores a new item; sets its id. The idempotency key is unique: a second item with the
    // same key is refused (the request is already in the outbox).
    Status insert(OutboxItem& item);

    // Claims the next item due for `profileId` for `claimer`: a queued item whose time has
    // come, or one whose sender stopped holding it (lease expired: crash, kill). Marked
    // sending, attempts + 1, before any network call. Two senders never get the same item:
    // the update re-checks the state and only one of them changes the row.
    Result<std::optional<OutboxItem>> claimNext(const QString& profileId, const QString& claimer,
                                                const QDateTime& nowUtc, int leaseSeconds);
    // With a batch above 1, claimNext claims up to that many due items in one transaction
    // (one commit instead of one per item) and hands them out one by one; see claimNext's
    // definition for why exactly-once still holds. 1 (the default) claims one at a time.
    void setClaimBatch(int batch) { m_claimBatch = std::max(1, batch); }
    // Gives the items claimed ahead and not handed out back to the queue (due at
    // `nextAttemptUtc`), as if never claimed: the sender stops, or the CA went away.
    Status releaseReserved(const QDateTime& nextAttemptUtc, const QDateTime& nowUtc);

    // The sender's outcomes; each only applies while `claimer` still holds the item (else
    // Conflict: another sender took it over after the lease expired).
    Status markDelivered(qint64 id, const QString& claimer, const QByteArray& result,
                         const QString& transactionId, const QDateTime& nowUtc);
    Status markFailed(qint64 id, const QString& claimer, const QString& error,
                      const QString& transactionId, const QDateTime& nowUtc);
    Status reschedule(qint64 id, const QString& claimer, const QString& error,
                      const QDateTime& nextAttemptUtc, const QDateTime& nowUtc);

    // Why the queued items of `profileId` wait when no sender can send them (a window whose
    // CA profile needs a shared secret it does not hold): shown as each item's last error;
    // their state and due time are unchanged, so `outbox send` takes them at once.
    Status noteWaiting(const QString& profileId, const QString& reason, const QDateTime& nowUtc);

    // The operator's actions: retry a failed item (queued, due now), cancel a queued or
    // failed one. Refused for any other state.
    Result<OutboxItem> retry(qint64 id, const QDateTime& nowUtc);
    Result<OutboxItem> cancel(qint64 id, const QDateTime& nowUtc);

    Result<OutboxItem> find(qint64 id);
    // Newest first; `states` empty for all.
    Result<QList<OutboxItem>> list(const QList<OutboxState>& states = {}, int limit = 1000);
    Result<QList<OutboxItem>> forDossier(qint64 dossierId);
    // Items still to deliver (queued or sending).
    Result<int> pendingCount();

private:
    Status refuseUnlessHeld(const QSqlQuery& query, qint64 id);
    std::optional<OutboxItem> takeReserved(const QString& profileId, const QString& claimer,
                                           const QDateTime& nowUtc, int leaseSeconds);

    Database& m_db;
    int m_claimBatch = 1;
    QList<OutboxItem> m_reserved; // claimed with the last batch, not yet handed out
};

} // namespace guichet
