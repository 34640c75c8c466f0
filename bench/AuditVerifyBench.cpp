// Issue 7: verifying the audit trail at >= 1,000,000 events per second. Writes EVENTS events
// (and a signed checkpoint every CHECKPOINT_EVERY) to SQLite in a temporary folder, then times
// in the same run, each figure the median of RUNS:
//   - the baselines: SHA-256 of the same canonical bytes already in memory; stepping the rows
//     alone, without hashing (what reading costs on one thread);
//   - AuditVerifier::verify as `audit verify` and the window run it: ranges verified side by
//     side on their own connections, one per core (AuditVerifierRanges);
//   - the same in one walk (as before ranges, and as on PostgreSQL);
//   - the critical path: the longest range walked alone, in CPU time, i.e. the wall time with a
//     free core per range whatever the machine's load;
//   - the one walk through Qt Sql (QSqlQuery::value per column) for comparison.
//   guichet_audit_verify_bench [EVENTS [RUNS [CHECKPOINT_EVERY]]]
#include "TestSigners.h"
#include "audit/AuditChainCheck.h"
#include "audit/AuditCheckpoints.h"
#include "audit/AuditEventReader.h"
#include "audit/AuditVerifier.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <limits>
#include <string>
#include <thread>
#include <vector>

using namespace guichet;

namespace {

struct Times {
    qint64 wallNs = 0;
    qint64 cpuNs = 0;        // this thread
    qint64 processCpuNs = 0; // every thread of the process
};

qint64 clockNs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Wall-clock time (what a user waits, inflated on a machine shared with other builds), CPU
// time of this thread (what one walk costs, however loaded the machine) and of the process
// (every range's thread).
class Stopwatch {
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall = clockNs(CLOCK_MONOTONIC);
        m_cpu = clockNs(CLOCK_THREAD_CPUTIME_ID);
        m_process = clockNs(CLOCK_PROCESS_CPUTIME_ID);
    }
    Times elapsed() const
    {
        return Times{clockNs(CLOCK_MONOTONIC) - m_wall, clockNs(CLOCK_THREAD_CPUTIME_ID) - m_cpu,
                     clockNs(CLOCK_PROCESS_CPUTIME_ID) - m_process};
    }

private:
    qint64 m_wall = 0;
    qint64 m_cpu = 0;
    qint64 m_process = 0;
};

double perSecond(qint64 count, qint64 ns)
{
    return ns > 0 ? double(count) * 1e9 / double(ns) : 0.0;
}

void report(const char* what, qint64 count, const Times& times, double baseline)
{
    const double rate = perSecond(count, times.cpuNs);
    std::printf("%-56s %7.0f ms wall %9.0f events/s wall | %7.0f ms CPU %9.0f events/s CPU | "
                "process CPU %6.0f ms",
                what, double(times.wallNs) / 1e6, perSecond(count, times.wallNs),
                double(times.cpuNs) / 1e6, rate, double(times.processCpuNs) / 1e6);
    if (baseline > 0) {
        std::printf("  (CPU %.2fx SHA-256's)", baseline / rate);
    }
    std::printf("\n");
}

std::string loadAverage()
{
    double load[3] = {};
    if (getloadavg(load, 3) != 3) {
        return "unknown";
    }
    char text[64];
    std::snprintf(text, sizeof text, "%.2f %.2f %.2f", load[0], load[1], load[2]);
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.info=false"));
    const qint64 total = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    const int runs = std::max(1, argc > 2 ? QByteArray(argv[2]).toInt() : 3);
    const qint64 checkpointEvery =
        std::max<qint64>(1, argc > 3 ? QByteArray(argv[3]).toLongLong() : 100'000);
    std::printf("load average at the start: %s\n", loadAverage().c_str());
    QTemporaryDir dir;
    // GUICHET_AUDIT_BENCH_DB_URL: an empty PostgreSQL database instead of SQLite in a
    // temporary folder (postgresql://user@host:port/db); only the walks that apply there run.
    const QString url = qEnvironmentVariable("GUICHET_AUDIT_BENCH_DB_URL");
    auto config = DatabaseConfig::fromUrl(
        url.isEmpty() ? dir.filePath(QStringLiteral("audit-bench.sqlite")) : url);
    auto opened =
        config ? Database::open(*config) : Result<std::unique_ptr<Database>>(config.error());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database& db = **opened;
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC));
    FixedTimeSource timeSource(QStringLiteral("system clock, UTC; NTP synchronised: unknown"));
    test::TestOperatorCa ca;
    auto signer = ca.issueOperator(QStringLiteral("Bench Operator"));
    AuditCheckpoints checkpoints(db, clock, timeSource);

    // Generation: events as AuditLog::append writes them, inserted in large transactions.
    std::string canonical; // every event's canonical bytes, for the baseline
    std::vector<size_t> ends;
    ends.reserve(size_t(total));
    canonical.reserve(size_t(total) * 200);
    Stopwatch timer;
    QByteArray previous(32, '\0');
    const qint64 batch = checkpointEvery; // one transaction, then a checkpoint of its head
    for (qint64 first = 1; first <= total; first += batch) {
        Transaction transaction(db);
        QSqlQuery& insert = db.prepared(QStringLiteral(
            "INSERT INTO audit_event (seq, at, operator, action, object_type, object_id, details, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        AuditEvent event;
        for (qint64 seq = first; seq < std::min(first + batch, total + 1); ++seq) {
            clock.advanceMs(700);
            event.seq = seq;
            event.atUtc = clock.nowUtc();
            event.operatorId = seq % 3 ? QStringLiteral("op-alice") : QStringLiteral("op-bob");
            event.action =
                seq % 5 ? QStringLiteral("dossier.updated") : QStringLiteral("dossier.status");
            event.objectType = QStringLiteral("dossier");
            event.objectId = QString::number(seq / 7 + 1);
            event.detailsJson =
                QByteArrayLiteral(R"({"changed":["holder.email","holder.phone"],"version":)") +
                QByteArray::number(seq % 40 + 2) + '}';
            event.prevHash = previous;
            const QByteArray bytes = event.canonicalBytes();
            canonical.append(bytes.constData(), size_t(bytes.size()));
            ends.push_back(canonical.size());
            event.hash = event.computeHash();
            previous = event.hash;
            insert.addBindValue(event.seq);
            insert.addBindValue(event.atUtc.toMSecsSinceEpoch());
            insert.addBindValue(event.operatorId);
            insert.addBindValue(event.action);
            insert.addBindValue(event.objectType);
            insert.addBindValue(event.objectId);
            insert.addBindValue(QString::fromUtf8(event.detailsJson));
            insert.addBindValue(QString::fromLatin1(event.prevHash.toHex()));
            insert.addBindValue(QString::fromLatin1(event.hash.toHex()));
            if (!insert.exec()) {
                std::fprintf(stderr, "insert failed\n");
                return 1;
            }
        }
        QSqlQuery head = db.query();
        head.prepare(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"));
        head.addBindValue(std::min(first + batch - 1, total));
        head.addBindValue(QString::fromLatin1(previous.toHex()));
        if (!head.exec() || !transaction.commit()) {
            std::fprintf(stderr, "commit failed\n");
            return 1;
        }
        if (!checkpoints.checkpoint(*signer, QStringLiteral("op-alice"), QStringLiteral("bench"))) {
            std::fprintf(stderr, "checkpoint failed\n");
            return 1;
        }
    }
    std::printf("generated %lld events (%.0f bytes of canonical form each on average) in %lld ms\n",
                static_cast<long long>(total), double(canonical.size()) / double(total),
                static_cast<long long>(timer.elapsed().wallNs / 1'000'000));
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    // For profiling outside the bench (perf on a walk alone): a copy of the generated log.
    if (const QByteArray keep = qgetenv("GUICHET_AUDIT_BENCH_KEEP");
        !keep.isEmpty() && db.isSqlite()) {
        QFile::remove(QString::fromLocal8Bit(keep));
        QFile::copy(db.config().sqlitePath, QString::fromLocal8Bit(keep));
    }

    // Each figure is the median of `runs` measurements on the same log.
    const qint64 ideal = QThread::idealThreadCount();
    const QList<QByteArray> anchors{ca.certificateDer()};
    auto median = [runs](const std::function<Times()>& measure) {
        std::vector<Times> all;
        for (int run = 0; run < runs; ++run) {
            all.push_back(measure());
        }
        std::sort(all.begin(), all.end(),
                  [](const Times& a, const Times& b) { return a.wallNs < b.wallNs; });
        return all[all.size() / 2];
    };

    // Baseline: SHA-256 over the same bytes in memory, with the same reused context.
    openssl::Md md(EVP_MD_fetch(nullptr, "SHA256", nullptr));
    openssl::MdCtx ctx(EVP_MD_CTX_new());
    const Times sha = median([&] {
        Digest32 digest{};
        unsigned int length = 0;
        Stopwatch watch;
        size_t start = 0;
        for (size_t end : ends) {
            EVP_DigestInit_ex2(ctx.get(), md.get(), nullptr);
            EVP_DigestUpdate(ctx.get(), canonical.data() + start, end - start);
            EVP_DigestFinal_ex(ctx.get(), digest.data(), &length);
            start = end;
        }
        return watch.elapsed();
    });
    const double baseline = perSecond(total, sha.cpuNs);
    report("baseline: SHA-256 of the canonical bytes in memory", total, sha, 0);

    // Reading alone: what stepping SQLite costs without hashing, on one thread.
    const Times rows = median([&] {
        qint64 bytes = 0;
        Stopwatch watch;
        const Status read = AuditEventReader(db).read(
            1, std::numeric_limits<qint64>::max(), [&bytes](const StoredEventView& event) {
                bytes += qint64(event.details.size() + event.hashHex.size());
                return true;
            });
        const Times times = watch.elapsed();
        if (!read || bytes == 0) {
            std::fprintf(stderr, "reading failed\n");
            std::exit(1);
        }
        return times;
    });
    report(db.isSqlite() ? "baseline: reading rows only (SQLite API, one thread)"
                         : "baseline: reading rows only (Qt Sql, one thread)",
           total, rows, baseline);

    auto verifyWith = [&](AuditVerifyOptions options) {
        return median([&, options] {
            Stopwatch watch;
            auto verified = AuditVerifier(db, options).verify(anchors);
            const Times times = watch.elapsed();
            if (!verified || !verified->intact || verified->eventsChecked != total) {
                std::fprintf(stderr, "verification failed: %s\n",
                             verified ? qPrintable(verified->problem)
                                      : qPrintable(verified.error().message));
                std::exit(1);
            }
            return times;
        });
    };
    // The product, as `audit verify` and the window run it: ranges on every core.
    const Times product = verifyWith(AuditVerifyOptions{});
    std::printf(
        "AuditVerifier::verify, %lld ranges (one per core), checkpoints + anchors:\n",
        static_cast<long long>(db.isSqlite() ? AuditVerifierRanges::split(total, {}).size() : 1));
    report("  the product", total, product, baseline);
    // One walk on one thread, as before ranges (and as on PostgreSQL).
    const Times oneWalk = verifyWith(AuditVerifyOptions{1, 1});
    report("AuditVerifier::verify in one walk (ranges = 1)", total, oneWalk, baseline);

    if (!db.isSqlite()) {
        std::printf("PostgreSQL: one walk through Qt Sql; no ranges, so no critical path\n");
        std::printf("load average at the end: %s\n", loadAverage().c_str());
        return 0;
    }
    // The critical path: each range of the product's split walked alone on this thread; with
    // a free core per range, the wall time is the longest of them (the load does not count).
    {
        auto all = checkpoints.all();
        const auto ranges = AuditVerifierRanges::split(total, {});
        AuditVerifierRanges verifier(db.config().sqlitePath, 5000,
                                     all ? *all : QList<AuditCheckpoint>{}, anchors);
        // `perf record --control fifo:FIFO -D -1` profiles these walks alone when
        // GUICHET_AUDIT_BENCH_PERF_FIFO names its control FIFO.
        const QString perfFifo = qEnvironmentVariable("GUICHET_AUDIT_BENCH_PERF_FIFO");
        auto perfControl = [&perfFifo](const char* command) {
            QFile fifo(perfFifo);
            if (!perfFifo.isEmpty() && fifo.open(QIODevice::WriteOnly)) {
                fifo.write(command);
            }
        };
        perfControl("enable\n");
        const Times longest = median([&] {
            Times worst;
            for (qsizetype k = 0; k < ranges.size(); ++k) {
                std::atomic<qsizetype> firstFailed{ranges.size()};
                AuditEventReader::Head head;
                Stopwatch watch;
                const auto walk = verifier.walk(ranges[k], k, firstFailed, &head);
                const Times times = watch.elapsed();
                if (!walk.read || !walk.check->report().intact) {
                    std::fprintf(stderr, "range %lld failed\n", static_cast<long long>(k));
                    std::exit(1);
                }
                if (times.cpuNs > worst.cpuNs) {
                    worst = times;
                }
            }
            return worst;
        });
        perfControl("disable\n");
        report("  critical path: the longest range alone (CPU)", total,
               Times{longest.cpuNs, longest.cpuNs, longest.cpuNs}, baseline);
    }

    // Where the product's wall time goes, phase by phase (the same steps as
    // AuditVerifier::verify and AuditVerifierRanges::verify, timed from outside).
    for (int run = 0; run < runs; ++run) {
        Stopwatch whole;
        Stopwatch phase;
        auto all = checkpoints.all();
        const qint64 checkpointsNs = phase.elapsed().wallNs;
        phase.restart();
        QSqlQuery headQuery = db.query();
        headQuery.exec(QStringLiteral("SELECT seq FROM audit_head WHERE id = 1"));
        const qint64 headSeq = headQuery.next() ? headQuery.value(0).toLongLong() : 0;
        const auto ranges = AuditVerifierRanges::split(headSeq, {});
        const qint64 splitNs = phase.elapsed().wallNs;
        AuditVerifierRanges verifier(db.config().sqlitePath, 5000,
                                     all ? *all : QList<AuditCheckpoint>{}, anchors);
        // Opening a connection, preparing and reading the head, with no event to walk.
        phase.restart();
        {
            std::atomic<qsizetype> none{1};
            AuditEventReader::Head head;
            verifier.walk(AuditVerifierRanges::Range{headSeq + 1, headSeq}, 0, none, &head);
        }
        const qint64 openNs = phase.elapsed().wallNs;
        std::vector<AuditVerifierRanges::Walk> walks(size_t(ranges.size()));
        std::vector<Times> rangeTimes(size_t(ranges.size()));
        std::vector<qint64> startedNs(size_t(ranges.size()));
        std::atomic<qsizetype> firstFailed{ranges.size()};
        AuditEventReader::Head head;
        phase.restart();
        auto run1 = [&](qsizetype k) {
            startedNs[size_t(k)] = phase.elapsed().wallNs;
            Stopwatch watch;
            walks[size_t(k)] =
                verifier.walk(ranges[k], k, firstFailed, k + 1 == ranges.size() ? &head : nullptr);
            rangeTimes[size_t(k)] = watch.elapsed();
        };
        std::vector<std::thread> threads;
        for (qsizetype k = 1; k < ranges.size(); ++k) {
            threads.emplace_back(run1, k);
        }
        run1(0);
        for (std::thread& thread : threads) {
            thread.join();
        }
        const qint64 walksNs = phase.elapsed().wallNs;
        phase.restart();
        AuditChainCheck joined(all ? *all : QList<AuditCheckpoint>{}, anchors);
        bool intact = true;
        for (auto& part : walks) {
            intact = intact && part.read && joined.join(*part.check);
        }
        joined.checkHead(head.present, head.seq, head.hash);
        joined.finish();
        const qint64 joinNs = phase.elapsed().wallNs;
        const qint64 wholeNs = whole.elapsed().wallNs;
        if (!intact || !joined.report().intact || joined.report().eventsChecked != total) {
            std::fprintf(stderr, "phased verification failed\n");
            return 1;
        }
        std::printf("phases (run %d, wall ms): checkpoints read %.1f | head + split %.1f | an "
                    "empty range (open, prepare, head) %.1f | ranges %.0f [",
                    run + 1, double(checkpointsNs) / 1e6, double(splitNs) / 1e6,
                    double(openNs) / 1e6, double(walksNs) / 1e6);
        for (size_t k = 0; k < rangeTimes.size(); ++k) {
            std::printf("%s#%zu started +%.1f, %.0f wall / %.0f CPU", k ? "; " : "", k,
                        double(startedNs[k]) / 1e6, double(rangeTimes[k].wallNs) / 1e6,
                        double(rangeTimes[k].cpuNs) / 1e6);
        }
        std::printf("] | join %.2f | total %.0f (%.0f events/s)\n", double(joinNs) / 1e6,
                    double(wholeNs) / 1e6, perSecond(total, wholeNs));
    }

    // The same walk through Qt Sql.
    {
        auto all = checkpoints.all();
        AuditChainCheck check(all ? *all : QList<AuditCheckpoint>{}, {});
        Stopwatch watch;
        const Status read = AuditEventReader(db).readThroughQtSql(
            1, std::numeric_limits<qint64>::max(),
            [&check](const StoredEventView& event) { return check.feed(event); });
        const Times times = watch.elapsed();
        if (!read || !check.report().intact) {
            std::fprintf(stderr, "Qt Sql walk failed\n");
            return 1;
        }
        report("the one walk through Qt Sql (QSqlQuery::value), 1 run", total, times, baseline);
    }
    std::printf("idealThreadCount %lld; load average at the end: %s\n",
                static_cast<long long>(ideal), loadAverage().c_str());
    return 0;
}
