#include "audit/AuditVerifierRanges.h"

#include <QThread>
#include <algorithm>
#include <limits>
#include <system_error>
#include <thread>

namespace guichet {
namespace {

constexpr int kMaxRanges = 8;

void lowerTo(std::atomic<qsizetype>& firstFailed, qsizetype index)
{
    qsizetype current = firstFailed.load();
    while (index < current && !firstFailed.compare_exchange_weak(current, index)) {
    }
}

} // namespace

QList<AuditVerifierRanges::Range> AuditVerifierRanges::split(qint64 headSeq,
                                                             const AuditVerifyOptions& options)
{
    const qint64 wanted = options.ranges > 0 ? options.ranges : QThread::idealThreadCount();
    const qint64 byLength = headSeq / std::max<qint64>(1, options.minEventsPerRange);
    const qint64 count = std::clamp<qint64>(std::min<qint64>(wanted, byLength), 1, kMaxRanges);
    QList<Range> ranges;
    ranges.reserve(count);
    for (qint64 k = 0; k < count; ++k) {
        ranges.append(Range{1 + k * headSeq / count, 0});
    }
    for (qsizetype k = 1; k < ranges.size(); ++k) {
        ranges[k - 1].toSeq = ranges[k].fromSeq - 1;
    }
    // Open-ended: whatever a single walk would read after the head is read here too.
    ranges.last().toSeq = std::numeric_limits<qint64>::max();
    return ranges;
}

AuditVerifierRanges::Walk AuditVerifierRanges::walk(const Range& range, qsizetype index,
                                                    std::atomic<qsizetype>& firstFailed,
                                                    AuditEventReader::Head* head)
{
    Walk walk;
    walk.check.emplace(AuditChainCheck::forRange(m_checkpoints, m_trustAnchorsDer, range.fromSeq));
    AuditChainCheck& check = *walk.check;
    walk.read = AuditEventReader::readSqliteFile(
        m_path, m_busyTimeoutMs, range.fromSeq, range.toSeq,
        [&check, &firstFailed, index](const StoredEventView& event) {
            // A problem in a range before this one is reported first: this one is moot.
            if (firstFailed.load(std::memory_order_relaxed) < index) {
                return false;
            }
            if (!check.feed(event)) {
                lowerTo(firstFailed, index);
                return false;
            }
            return true;
        },
        head);
    if (!walk.read) {
        lowerTo(firstFailed, index);
    }
    return walk;
}

Result<AuditVerification> AuditVerifierRanges::verify(const QList<Range>& ranges)
{
    const qsizetype count = ranges.size();
    std::vector<Walk> walks(static_cast<size_t>(count));
    std::atomic<qsizetype> firstFailed{count};
    AuditEventReader::Head head;
    auto run = [&](qsizetype k) {
        walks[size_t(k)] = walk(ranges[k], k, firstFailed, k + 1 == count ? &head : nullptr);
    };
    std::vector<std::thread> threads;
    threads.reserve(size_t(count));
    for (qsizetype k = 1; k < count; ++k) {
        try {
            threads.emplace_back(run, k);
        } catch (const std::system_error&) {
            run(k); // no thread to be had: the same walk, on this one
        }
    }
    if (count > 0) {
        run(0);
    }
    for (std::thread& thread : threads) {
        thread.join();
    }

    AuditChainCheck joined(m_checkpoints, m_trustAnchorsDer);
    for (Walk& part : walks) {
        if (!part.read) {
            return part.read.error();
        }
        if (!joined.join(*part.check)) {
            return joined.report();
        }
    }
    joined.checkHead(head.present, head.seq, head.hash);
    joined.finish();
    return joined.report();
}

} // namespace guichet
