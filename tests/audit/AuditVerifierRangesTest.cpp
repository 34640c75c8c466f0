#include "audit/AuditVerifierRanges.h"

#include "EngineFixture.h"
#include "TestSigners.h"
#include "audit/AuditCheckpoints.h"
#include "audit/AuditVerifier.h"

#include <QSqlQuery>
#include <algorithm>
#include <limits>

using namespace guichet;
using namespace guichet::test;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

// A log of 300 events with signed checkpoints at 50, 150, 250 and 300, verified in three
// ranges ([1, 100], [101, 200], [201, ...]) and in one walk: whatever is wrong, both name the
// same first bad entry with the same message and counts. On PostgreSQL the verifier keeps the
// single walk; the same expectations hold.
class AuditVerifierRangesTest : public EngineTest {
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        signer = ca.issueOperator(QStringLiteral("Alice Operator"));
        ASSERT_TRUE(signer);
        audit = std::make_unique<AuditLog>(*db, clock);
        checkpoints = std::make_unique<AuditCheckpoints>(*db, clock, timeSource);
        for (const int upTo : {50, 150, 250, 300}) {
            append(upTo - appended);
            sign();
        }
    }

    void TearDown() override
    {
        checkpoints.reset();
        audit.reset();
        EngineTest::TearDown();
    }

    void append(int count)
    {
        Transaction transaction(*db);
        ASSERT_TRUE(transaction.begun().ok());
        for (int i = 0; i < count; ++i) {
            clock.advanceMs(1000);
            ASSERT_TRUE(audit
                            ->append(QStringLiteral("op-alice"), QStringLiteral("dossier.updated"),
                                     QStringLiteral("dossier"), QString::number(i % 7 + 1),
                                     QJsonObject{{QStringLiteral("changed"), appended + i}})
                            .ok());
        }
        ASSERT_TRUE(transaction.commit().ok());
        appended += count;
    }

    void sign()
    {
        auto made = checkpoints->checkpoint(*signer, QStringLiteral("op-alice"),
                                            QStringLiteral("session-end"));
        ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
        checkpointIds.append(made->id);
    }

    static AuditVerification unwrap(const Result<AuditVerification>& report)
    {
        EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().message.toStdString());
        return report.ok() ? *report : AuditVerification{};
    }

    static void expectSame(const AuditVerification& a, const AuditVerification& b)
    {
        EXPECT_EQ(a.intact, b.intact);
        EXPECT_EQ(a.firstBadSeq, b.firstBadSeq);
        EXPECT_EQ(a.problem.toStdString(), b.problem.toStdString());
        EXPECT_EQ(a.eventsChecked, b.eventsChecked);
        EXPECT_EQ(a.checkpointsChecked, b.checkpointsChecked);
        EXPECT_EQ(a.coveredUpToSeq, b.coveredUpToSeq);
        EXPECT_EQ(a.firstBadCheckpoint, b.firstBadCheckpoint);
    }

    // Verified in three ranges (through AuditVerifier, and on SQLite straight through
    // AuditVerifierRanges, so the parallel walk is surely the one tested) and in one walk;
    // all must agree. Returns the three-range report.
    AuditVerification verify()
    {
        const QList<QByteArray> anchors{ca.certificateDer()};
        const AuditVerification inRanges =
            unwrap(AuditVerifier(*db, AuditVerifyOptions{3, 1}).verify(anchors));
        const AuditVerification oneWalk =
            unwrap(AuditVerifier(*db, AuditVerifyOptions{1, 1}).verify(anchors));
        expectSame(inRanges, oneWalk);
        if (db->isSqlite()) {
            auto all = checkpoints->all();
            EXPECT_TRUE(all.ok());
            const QList<AuditVerifierRanges::Range> ranges =
                AuditVerifierRanges::split(appended, AuditVerifyOptions{3, 1});
            EXPECT_EQ(ranges.size(), 3);
            const AuditVerification direct =
                unwrap(AuditVerifierRanges(db->config().sqlitePath, 5000,
                                           all.ok() ? *all : QList<AuditCheckpoint>{}, anchors)
                           .verify(ranges));
            expectSame(direct, oneWalk);
        }
        return inRanges;
    }

    void exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q = db->query();
        ASSERT_TRUE(q.prepare(sql)) << sql.toStdString();
        for (const QVariant& v : values) {
            q.addBindValue(v);
        }
        ASSERT_TRUE(q.exec()) << sql.toStdString();
    }

    AuditEvent event(qint64 seq)
    {
        QSqlQuery q = db->query();
        q.prepare(QStringLiteral("SELECT at, operator, action, object_type, object_id, details, "
                                 "prev_hash, hash FROM audit_event WHERE seq = ?"));
        q.addBindValue(seq);
        EXPECT_TRUE(q.exec() && q.next()) << seq;
        AuditEvent e;
        e.seq = seq;
        e.atUtc = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
        e.operatorId = q.value(1).toString();
        e.action = q.value(2).toString();
        e.objectType = q.value(3).toString();
        e.objectId = q.value(4).toString();
        e.detailsJson = q.value(5).toString().toUtf8();
        e.prevHash = QByteArray::fromHex(q.value(6).toString().toLatin1());
        e.hash = QByteArray::fromHex(q.value(7).toString().toLatin1());
        return e;
    }

    // Stores `e` with its hash recomputed: the event is sound on its own, only its links
    // (to the event before, from the event after) can be wrong.
    void storeResealed(AuditEvent e)
    {
        e.hash = e.computeHash();
        exec(QStringLiteral("UPDATE audit_event SET operator = ?, details = ?, prev_hash = ?, "
                            "hash = ? WHERE seq = ?"),
             {e.operatorId, QString::fromUtf8(e.detailsJson),
              QString::fromLatin1(e.prevHash.toHex()), QString::fromLatin1(e.hash.toHex()), e.seq});
    }

    void changeDetails(qint64 seq)
    {
        exec(QStringLiteral("UPDATE audit_event SET details = ? WHERE seq = ?"),
             {QStringLiteral("{\"changed\":-1}"), seq});
    }

    TestOperatorCa ca;
    FixedTimeSource timeSource{QStringLiteral("system clock, UTC; NTP synchronised: yes")};
    std::unique_ptr<KeySigner> signer;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AuditCheckpoints> checkpoints;
    QList<qint64> checkpointIds;
    int appended = 0;
};
GUICHET_ON_BOTH_ENGINES(AuditVerifierRangesTest);

} // namespace

TEST(AuditVerifierRangesSplit, ContiguousRangesTheLastOpenEnded)
{
    const auto three = AuditVerifierRanges::split(300, AuditVerifyOptions{3, 1});
    ASSERT_EQ(three.size(), 3);
    EXPECT_EQ(three[0].fromSeq, 1);
    EXPECT_EQ(three[0].toSeq, 100);
    EXPECT_EQ(three[1].fromSeq, 101);
    EXPECT_EQ(three[1].toSeq, 200);
    EXPECT_EQ(three[2].fromSeq, 201);
    EXPECT_EQ(three[2].toSeq, kMax);

    // A short log is one walk; never more than 8 ranges; never ranges of nothing.
    EXPECT_EQ(AuditVerifierRanges::split(99'999, AuditVerifyOptions{4, 50'000}).size(), 1);
    EXPECT_EQ(AuditVerifierRanges::split(1'000'000, AuditVerifyOptions{64, 1}).size(), 8);
    EXPECT_EQ(AuditVerifierRanges::split(2, AuditVerifyOptions{3, 1}).size(), 2);
    const auto none = AuditVerifierRanges::split(0, AuditVerifyOptions{3, 1});
    ASSERT_EQ(none.size(), 1);
    EXPECT_EQ(none[0].fromSeq, 1);
    EXPECT_EQ(none[0].toSeq, kMax);
}

TEST_P(AuditVerifierRangesTest, AnIntactLogVerifiesInRangesAsInOneWalk)
{
    const AuditVerification report = verify();
    EXPECT_TRUE(report.intact) << report.problem.toStdString();
    EXPECT_EQ(report.eventsChecked, 300);
    EXPECT_EQ(report.checkpointsChecked, 4);
    EXPECT_EQ(report.coveredUpToSeq, 300);

    // Events appended after the last checkpoint are read by the open-ended last range.
    append(5);
    const AuditVerification longer = verify();
    EXPECT_TRUE(longer.intact) << longer.problem.toStdString();
    EXPECT_EQ(longer.eventsChecked, 305);
    EXPECT_EQ(longer.coveredUpToSeq, 300);
}

TEST_P(AuditVerifierRangesTest, AChangeInTheSecondRangeIsTheFirstBadEntry)
{
    changeDetails(280); // the last range finds this one first, on its own thread
    changeDetails(170);
    const AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 170);
    EXPECT_EQ(report.problem.toStdString(),
              AuditLog::tr("Event %1 was changed after it was written.").arg(170).toStdString());
    EXPECT_EQ(report.eventsChecked, 169);
    EXPECT_EQ(report.checkpointsChecked, 2);
    EXPECT_EQ(report.coveredUpToSeq, 150);
}

TEST_P(AuditVerifierRangesTest, AChangeInTheLastRangeIsTheFirstBadEntry)
{
    changeDetails(299);
    const AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 299);
    EXPECT_EQ(report.eventsChecked, 298);
    EXPECT_EQ(report.checkpointsChecked, 3);
}

TEST_P(AuditVerifierRangesTest, AChangedEventIsNamedWhereverItIsInTheRanges)
{
    // The log's first event, one inside the first range, each side of both boundaries
    // ([1, 100], [101, 200], [201, ...]) and the log's last event: each is named, with the
    // counts of a single walk, and the log verifies again once it is put back.
    const QList<qint64> checkpointed{50, 150, 250, 300};
    for (const qint64 seq : {1, 40, 100, 101, 200, 201, 300}) {
        SCOPED_TRACE(seq);
        const AuditEvent original = event(seq);
        changeDetails(seq);
        const AuditVerification report = verify();
        EXPECT_FALSE(report.intact);
        EXPECT_EQ(report.firstBadSeq, seq);
        EXPECT_EQ(
            report.problem.toStdString(),
            AuditLog::tr("Event %1 was changed after it was written.").arg(seq).toStdString());
        EXPECT_EQ(report.eventsChecked, seq - 1);
        EXPECT_EQ(report.checkpointsChecked, std::count_if(checkpointed.begin(), checkpointed.end(),
                                                           [seq](qint64 at) { return at < seq; }));
        exec(QStringLiteral("UPDATE audit_event SET details = ? WHERE seq = ?"),
             {QString::fromUtf8(original.detailsJson), seq});
        EXPECT_TRUE(verify().intact);
    }
}

TEST_P(AuditVerifierRangesTest, ABrokenLinkAtARangeBoundaryIsCaught)
{
    // Event 201 opens the last range: it is resealed to follow a made-up predecessor, so its
    // own hash holds and only the link between the ranges is wrong.
    AuditEvent first = event(201);
    first.prevHash = QByteArray(32, '\x5a');
    storeResealed(first);
    AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 201);
    EXPECT_EQ(report.problem.toStdString(),
              AuditLog::tr("Event %1 does not follow the event before it: an event was removed, "
                           "inserted or moved.")
                  .arg(201)
                  .toStdString());
    EXPECT_EQ(report.eventsChecked, 200);

    // The other side: event 100 closes the first range, changed and resealed on its own link,
    // so the first range alone is sound and event 101 no longer follows it.
    AuditEvent last = event(100);
    last.operatorId = QStringLiteral("op-mallory");
    storeResealed(last);
    report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 101);
    EXPECT_EQ(report.eventsChecked, 100);
    EXPECT_EQ(report.checkpointsChecked, 1);
}

TEST_P(AuditVerifierRangesTest, MissingEventsAtARangeStartAreNamed)
{
    exec(QStringLiteral("DELETE FROM audit_event WHERE seq = 101"));
    AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 101);
    EXPECT_EQ(report.problem.toStdString(),
              AuditLog::tr("Event %1 is missing: the log jumps to event %2.")
                  .arg(101)
                  .arg(102)
                  .toStdString());

    // A whole range gone: the next range's first event is the jump.
    exec(QStringLiteral("DELETE FROM audit_event WHERE seq BETWEEN 101 AND 200"));
    report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 101);
    EXPECT_EQ(report.problem.toStdString(),
              AuditLog::tr("Event %1 is missing: the log jumps to event %2.")
                  .arg(101)
                  .arg(201)
                  .toStdString());
}

TEST_P(AuditVerifierRangesTest, ARewrittenChainIsCaughtAtTheNextCheckpointAcrossRanges)
{
    // Someone with write access changes event 120 and recomputes every hash after it.
    QByteArray previous = event(119).hash;
    for (qint64 seq = 120; seq <= 300; ++seq) {
        AuditEvent e = event(seq);
        if (seq == 120) {
            e.operatorId = QStringLiteral("op-mallory");
        }
        e.prevHash = previous;
        storeResealed(e);
        previous = event(seq).hash;
    }
    exec(QStringLiteral("UPDATE audit_head SET hash = ? WHERE id = 1"),
         {QString::fromLatin1(previous.toHex())});
    const AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 150);
    EXPECT_EQ(report.firstBadCheckpoint, checkpointIds.at(1));
    EXPECT_TRUE(report.problem.contains(QStringLiteral("rewritten")))
        << report.problem.toStdString();
}

TEST_P(AuditVerifierRangesTest, AForgedCheckpointSignatureInTheLastRangeIsNamed)
{
    exec(QStringLiteral("UPDATE audit_checkpoint SET signature = ? WHERE id = ?"),
         {QByteArray(72, '\x30'), checkpointIds.at(2)});
    const AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 250);
    EXPECT_EQ(report.firstBadCheckpoint, checkpointIds.at(2));
    EXPECT_TRUE(report.problem.contains(QStringLiteral("signature")))
        << report.problem.toStdString();
}

TEST_P(AuditVerifierRangesTest, TheEndCutIsCaughtByTheHeadAndByTheLastCheckpoint)
{
    exec(QStringLiteral("DELETE FROM audit_event WHERE seq > 280"));
    AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 281);
    EXPECT_EQ(report.eventsChecked, 280);
    EXPECT_TRUE(report.problem.contains(QStringLiteral("head"))) << report.problem.toStdString();

    // The head repaired too: the checkpoint at event 300 still names what was cut.
    exec(QStringLiteral("UPDATE audit_head SET seq = 280, hash = ? WHERE id = 1"),
         {QString::fromLatin1(event(280).hash.toHex())});
    report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 281);
    EXPECT_EQ(report.firstBadCheckpoint, checkpointIds.at(3));
}

TEST_P(AuditVerifierRangesTest, InsideAnOpenTransactionItsOwnEventsAreVerified)
{
    // Other connections cannot see uncommitted events: the verifier reads on the caller's.
    Transaction transaction(*db);
    ASSERT_TRUE(transaction.begun().ok());
    ASSERT_TRUE(audit
                    ->append(QStringLiteral("op-alice"), QStringLiteral("dossier.updated"),
                             QStringLiteral("dossier"), QStringLiteral("1"), QJsonObject{})
                    .ok());
    auto report = AuditVerifier(*db, AuditVerifyOptions{3, 1}).verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->intact) << report->problem.toStdString();
    EXPECT_EQ(report->eventsChecked, 301);
}

TEST_P(AuditVerifierRangesTest, ACheckpointSignedAfterItsCertificateExpiredIsNamed)
{
    // The same signer for every checkpoint: its chain is checked once per range, then each
    // checkpoint's own time against the chain's validity (the certificate ends in 2040).
    clock.advanceMs(qint64(15) * 365 * 24 * 3600 * 1000);
    append(10);
    sign();
    const AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 310);
    EXPECT_EQ(report.firstBadCheckpoint, checkpointIds.at(4));
    EXPECT_EQ(report.checkpointsChecked, 4);
    EXPECT_TRUE(report.problem.contains(QStringLiteral("expired"))) << report.problem.toStdString();
}
