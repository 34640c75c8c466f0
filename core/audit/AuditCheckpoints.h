#pragma once

#include "audit/AuditCheckpoint.h"
#include "audit/TimeSource.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace guichet {

class Database;
class KeySigner;

// Signs the audit chain's head with an operator's key and keeps the checkpoints beside the
// chain (table audit_checkpoint). Called at the end of every operator session (logout) and
// every N events.
//
// Why no "audit.checkpoint" event in the chain: the event would move the head the checkpoint
// has just signed, so the newest event would never be covered and "every N events" would
// count its own checkpoints. The checkpoint row is itself the signed, dated, attributed
// record. Deleting checkpoint rows is not detectable from the database alone: that is what
// exported copies (audit export) are for.
class AuditCheckpoints {
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpoints)
public:
    AuditCheckpoints(Database& db, const Clock& clock, const TimeSource& timeSource)
        : m_db(db), m_clock(clock), m_timeSource(timeSource)
    {
    }

    // Signs the current head in its own transaction. Refused on an empty log (nothing to
    // sign) and when the head is already covered by a checkpoint (nothing new).
    Result<AuditCheckpoint> checkpoint(KeySigner& signer, const QString& operatorId,
                                       const QString& reason);
    // Signs only when `everyN` or more events were appended since the last checkpoint;
    // nullopt when not due.
    Result<std::optional<AuditCheckpoint>>
    checkpointIfDue(KeySigner& signer, const QString& operatorId, qint64 everyN);

    // All checkpoints ordered by the event they cover.
    Result<QList<AuditCheckpoint>> all();
    // Those covering events in [fromSeq, toSeq], and the first one after toSeq.
    Result<QList<AuditCheckpoint>> covering(qint64 fromSeq, qint64 toSeq);
    // The sequence number of the newest checkpointed event (0 when none).
    Result<qint64> lastCheckpointedSeq();

private:
    Result<QList<AuditCheckpoint>> read(const QString& where, const QVariantList& values);

    Database& m_db;
    const Clock& m_clock;
    const TimeSource& m_timeSource;
};

} // namespace guichet
