#include "audit/AuditVerifier.h"

#include "audit/AuditChainCheck.h"
#include "audit/AuditCheckpoints.h"
#include "audit/AuditEventReader.h"
#include "common/Logging.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <limits>

namespace guichet {

Result<AuditVerification> AuditVerifier::verify(const QList<QByteArray>& trustAnchorsDer)
{
    // Checkpoints are read before the events: any checkpoint read names an event already
    // written, so a concurrent append cannot make a sound log look cut.
    SystemClock unusedClock;
    SystemTimeSource unusedSource;
    auto checkpoints = AuditCheckpoints(m_db, unusedClock, unusedSource).all();
    if (!checkpoints) {
        return checkpoints.error();
    }
    Result<AuditVerification> report = AuditVerification{};
    QList<AuditVerifierRanges::Range> ranges;
    if (AuditEventReader(m_db).canReadOnOwnConnections()) {
        // The head only sizes the ranges; the one checked is read with the last range.
        QSqlQuery head = m_db.query();
        if (head.exec(QStringLiteral("SELECT seq FROM audit_head WHERE id = 1")) && head.next()) {
            ranges = AuditVerifierRanges::split(head.value(0).toLongLong(), m_options);
        }
    }
    if (ranges.size() > 1) {
        report = AuditVerifierRanges(m_db.config().sqlitePath, m_db.config().busyTimeoutMs,
                                     std::move(checkpoints).value(), trustAnchorsDer)
                     .verify(ranges);
    } else {
        report = verifyInOneWalk(std::move(checkpoints).value(), trustAnchorsDer);
    }
    if (report && report->intact) {
        qCInfo(lcAudit) << "audit log verified:" << report->eventsChecked << "events,"
                        << report->checkpointsChecked << "checkpoints,"
                        << std::max<qsizetype>(1, ranges.size()) << "ranges";
    }
    return report;
}

Result<AuditVerification> AuditVerifier::verifyInOneWalk(QList<AuditCheckpoint> checkpoints,
                                                         const QList<QByteArray>& trustAnchorsDer)
{
    AuditChainCheck check(std::move(checkpoints), trustAnchorsDer);
    Status read = AuditEventReader(m_db).read(
        1, std::numeric_limits<qint64>::max(),
        [&check](const StoredEventView& event) { return check.feed(event); });
    if (!read) {
        return read.error();
    }
    QSqlQuery head = m_db.query();
    const bool present =
        head.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1")) && head.next();
    check.checkHead(present, present ? head.value(0).toLongLong() : 0,
                    present ? QByteArray::fromHex(head.value(1).toString().toLatin1())
                            : QByteArray());
    check.finish();
    return check.report();
}

} // namespace guichet
