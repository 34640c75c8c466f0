#pragma once

#include "audit/AuditChainCheck.h"
#include "audit/AuditEventReader.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <atomic>
#include <optional>
#include <vector>

namespace guichet {

// How AuditVerifier splits a SQLite log to verify it on several cores.
struct AuditVerifyOptions {
    // Ranges verified side by side; 0: one per core (QThread::idealThreadCount), at most 8.
    int ranges = 0;
    // No range shorter than this: a thread and a connection cost more than they save on a
    // short log, which is verified in one walk on the database's own connection.
    qint64 minEventsPerRange = 50'000;
};

// Verifies a SQLite audit log in K contiguous ranges of sequence numbers, each walked on its
// own thread with its own read-only connection, then joins the walks in order
// (AuditChainCheck::join): each event's hash depends only on its own row, and the links
// between ranges are checked where they meet. The report is the one a single walk gives: the
// first bad entry in log order, with the same message and counts (issue 7: >= 1,000,000
// events/s). PostgreSQL keeps the single walk.
class AuditVerifierRanges {
public:
    struct Range {
        qint64 fromSeq = 1;
        qint64 toSeq = 1;
    };
    // One range's walk and how its reading went.
    struct Walk {
        Status read = Status::success();
        std::optional<AuditChainCheck> check;
    };

    // The ranges for a log whose head names `headSeq`, with these options: one range when
    // splitting would not pay. The last range is open-ended, so events appended meanwhile
    // and events past the head are read, as a single walk reads them.
    static QList<Range> split(qint64 headSeq, const AuditVerifyOptions& options);

    AuditVerifierRanges(QString sqlitePath, int busyTimeoutMs, QList<AuditCheckpoint> checkpoints,
                        QList<QByteArray> trustAnchorsDer)
        : m_path(std::move(sqlitePath)), m_busyTimeoutMs(busyTimeoutMs),
          m_checkpoints(std::move(checkpoints)), m_trustAnchorsDer(std::move(trustAnchorsDer))
    {
    }

    // Walks every range on its own thread (the first on the calling one) and joins them; the
    // head record is read with the last range, in its read transaction.
    Result<AuditVerification> verify(const QList<Range>& ranges);

    // One range on the calling thread (the benchmark times each range on its own). Stops
    // early once a range before it (index below `index`) has failed, per `firstFailed`.
    Walk walk(const Range& range, qsizetype index, std::atomic<qsizetype>& firstFailed,
              AuditEventReader::Head* head);

private:
    QString m_path;
    int m_busyTimeoutMs;
    QList<AuditCheckpoint> m_checkpoints;
    QList<QByteArray> m_trustAnchorsDer;
};

} // namespace guichet
