#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace guichet {

class Database;

// One recorded action. Details name what changed, never secrets and no personal data
// beyond identifiers: the log is kept for good (EN 319 401 REQ-7.10-06/08) while personal
// data must go at the end of retention (TS 119 461 ISS-8.5.2-08).
struct AuditEvent {
    qint64 seq = 0;
    QDateTime atUtc;
    QString operatorId;
    QString action;     // "dossier.created", "dossier.updated", "dossier.status", ...
    QString objectType; // "dossier"
    QString objectId;
    QByteArray detailsJson; // compact JSON, hashed as stored
    QByteArray prevHash;    // 32 bytes
    QByteArray hash;        // SHA-256 over the fields above

    // The exact bytes hashed; any change of any field changes them.
    QByteArray canonicalBytes() const;
    QByteArray computeHash() const;
    QJsonObject details() const;
};

struct AuditVerification {
    bool intact = true;
    qint64 eventsChecked = 0;
    std::optional<qint64> firstBadSeq; // set whenever intact is false
    QString problem;                   // translated, empty when intact
    // Signed checkpoints (AuditCheckpoints.h): how many held, the newest event they cover
    // (events after it are protected by the chain only), the one that failed if any.
    qint64 checkpointsChecked = 0;
    qint64 coveredUpToSeq = 0;
    std::optional<qint64> firstBadCheckpoint;
};

// An append-only, hash-chained log: each event carries the SHA-256 of the previous one, and
// a one-row head records the last sequence number and hash, so editing, deleting, inserting
// or reordering any event, or cutting the end of the log, breaks the chain.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    AuditLog(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Must run inside the caller's transaction, so the event commits with the change.
    Result<AuditEvent> append(const QString& operatorId, const QString& action,
                              const QString& objectType, const QString& objectId,
                              const QJsonObject& details);

    // Reads the whole log in order and checks every link and every signed checkpoint
    // (AuditVerifier, without trust anchors).
    Result<AuditVerification> verify();

    // The events of one object, oldest first.
    Result<QList<AuditEvent>> eventsFor(const QString& objectType, const QString& objectId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace guichet
