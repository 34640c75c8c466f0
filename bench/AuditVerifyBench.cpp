// Issue 7: verifying the audit trail at >= 1,000,000 events per second. Writes 1,000,000
// events (and a signed checkpoint every 100,000) to SQLite in a temporary folder, then times
// in the same run:
//   - AuditVerifier::verify: chain + checkpoints, SQLite's API on Qt's connection (the product);
//   - the same walk through Qt Sql (QSqlQuery::value per column) for comparison;
//   - stepping the rows alone, without hashing (what reading costs);
//   - the baseline: SHA-256 of the same canonical bytes, already in memory.
//   guichet_audit_verify_bench [EVENTS]
#include "TestSigners.h"
#include "audit/AuditChainCheck.h"
#include "audit/AuditCheckpoints.h"
#include "audit/AuditEventReader.h"
#include "audit/AuditVerifier.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <limits>

using namespace guichet;

namespace {

// CPU time of this thread: the figures hold on a machine shared with other builds, where
// wall-clock time mostly measures waiting for a core.
class CpuTimer {
public:
    void start() { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &m_start); }
    qint64 nsecsElapsed() const
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec - m_start.tv_sec) * 1'000'000'000 +
               (now.tv_nsec - m_start.tv_nsec);
    }

private:
    timespec m_start{};
};

double perSecond(qint64 count, qint64 ns)
{
    return ns > 0 ? double(count) * 1e9 / double(ns) : 0.0;
}

void report(const char* what, qint64 count, qint64 ns, double baseline)
{
    const double rate = perSecond(count, ns);
    std::printf("%-58s %9.0f ms CPU %12.0f events/s", what, double(ns) / 1e6, rate);
    if (baseline > 0) {
        std::printf("  (%.2fx the baseline's time)", baseline / rate);
    }
    std::printf("\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.info=false"));
    const qint64 total = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    auto config = DatabaseConfig::fromUrl(dir.filePath(QStringLiteral("audit-bench.sqlite")));
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
    CpuTimer timer;
    timer.start();
    QByteArray previous(32, '\0');
    const qint64 batch = 100'000;
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
                static_cast<long long>(timer.nsecsElapsed() / 1'000'000));
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    // Baseline: SHA-256 over the same bytes in memory, with the same reused context.
    openssl::Md md(EVP_MD_fetch(nullptr, "SHA256", nullptr));
    openssl::MdCtx ctx(EVP_MD_CTX_new());
    Digest32 digest{};
    unsigned int length = 0;
    timer.start();
    size_t start = 0;
    for (size_t end : ends) {
        EVP_DigestInit_ex2(ctx.get(), md.get(), nullptr);
        EVP_DigestUpdate(ctx.get(), canonical.data() + start, end - start);
        EVP_DigestFinal_ex(ctx.get(), digest.data(), &length);
        start = end;
    }
    const qint64 baselineNs = timer.nsecsElapsed();
    const double baseline = perSecond(total, baselineNs);
    report("baseline: SHA-256 of the canonical bytes in memory", total, baselineNs, 0);

    // The product: the whole verification, checkpoints included.
    timer.start();
    auto verified = AuditVerifier(db).verify({ca.certificateDer()});
    const qint64 verifyNs = timer.nsecsElapsed();
    if (!verified || !verified->intact || verified->eventsChecked != total) {
        std::fprintf(stderr, "verification failed: %s\n",
                     verified ? qPrintable(verified->problem)
                              : qPrintable(verified.error().message));
        return 1;
    }
    report("AuditVerifier::verify (SQLite API, checkpoints, anchors)", total, verifyNs, baseline);
    std::printf("  %lld checkpoints verified\n",
                static_cast<long long>(verified->checkpointsChecked));

    // The same walk through Qt Sql.
    {
        auto all = checkpoints.all();
        AuditChainCheck check(all ? *all : QList<AuditCheckpoint>{}, {});
        timer.start();
        const Status read = AuditEventReader(db).readThroughQtSql(
            1, std::numeric_limits<qint64>::max(),
            [&check](const StoredEventView& event) { return check.feed(event); });
        const qint64 ns = timer.nsecsElapsed();
        if (!read || !check.report().intact) {
            std::fprintf(stderr, "Qt Sql walk failed\n");
            return 1;
        }
        report("the same chain walk through Qt Sql (QSqlQuery::value)", total, ns, baseline);
    }

    // Reading alone: what stepping SQLite costs without hashing.
    {
        qint64 bytes = 0;
        timer.start();
        const Status read = AuditEventReader(db).read(
            1, std::numeric_limits<qint64>::max(), [&bytes](const StoredEventView& event) {
                bytes += qint64(event.details.size() + event.hashHex.size());
                return true;
            });
        const qint64 ns = timer.nsecsElapsed();
        report("reading rows only (SQLite API, no hashing)", total, ns, baseline);
        if (!read || bytes == 0) {
            return 1;
        }
    }
    return 0;
}
