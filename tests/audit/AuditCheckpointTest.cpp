#include "EngineFixture.h"
#include "TestSigners.h"
#include "audit/AuditCheckpoints.h"
#include "audit/AuditVerifier.h"

#include <QSqlQuery>

using namespace guichet;
using namespace guichet::test;

namespace {

// Checkpoints as an auditor relies on them, and the attacks a database administrator can
// make: rewriting the whole chain, forging or pointing a checkpoint elsewhere, cutting the end.
class AuditCheckpointTest : public EngineTest {
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
    }

    void TearDown() override
    {
        checkpoints.reset();
        audit.reset();
        EngineTest::TearDown();
    }

    void append(int count)
    {
        for (int i = 0; i < count; ++i) {
            clock.advanceMs(1000);
            Transaction transaction(*db);
            ASSERT_TRUE(transaction.begun().ok());
            ASSERT_TRUE(audit
                            ->append(QStringLiteral("op-alice"), QStringLiteral("dossier.updated"),
                                     QStringLiteral("dossier"), QString::number(i % 3 + 1),
                                     QJsonObject{{QStringLiteral("changed"), i}})
                            .ok());
            ASSERT_TRUE(transaction.commit().ok());
        }
    }

    AuditCheckpoint sign()
    {
        auto made = checkpoints->checkpoint(*signer, QStringLiteral("op-alice"),
                                            QStringLiteral("session-end"));
        EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message.toStdString());
        return made.ok() ? *made : AuditCheckpoint{};
    }

    AuditVerification verify(const QList<QByteArray>& anchors = {})
    {
        auto report = AuditVerifier(*db).verify(anchors);
        EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().message.toStdString());
        return report.ok() ? *report : AuditVerification{};
    }

    void exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q = db->query();
        if (values.isEmpty()) { // PostgreSQL cannot prepare DDL such as CREATE TABLE AS
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
            return;
        }
        ASSERT_TRUE(q.prepare(sql)) << sql.toStdString();
        for (const QVariant& v : values) {
            q.addBindValue(v);
        }
        ASSERT_TRUE(q.exec()) << sql.toStdString();
    }

    QList<AuditEvent> allEvents()
    {
        QSqlQuery q = db->query();
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT seq, at, operator, action, object_type, "
                                          "object_id, details, prev_hash, hash FROM audit_event "
                                          "ORDER BY seq")));
        QList<AuditEvent> events;
        while (q.next()) {
            AuditEvent e;
            e.seq = q.value(0).toLongLong();
            e.atUtc = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
            e.operatorId = q.value(2).toString();
            e.action = q.value(3).toString();
            e.objectType = q.value(4).toString();
            e.objectId = q.value(5).toString();
            e.detailsJson = q.value(6).toString().toUtf8();
            e.prevHash = QByteArray::fromHex(q.value(7).toString().toLatin1());
            e.hash = QByteArray::fromHex(q.value(8).toString().toLatin1());
            events.append(e);
        }
        return events;
    }

    // What someone with write access to the database can do: change an event and recompute
    // every hash after it, and the head, so that the chain alone holds.
    void rewriteFrom(qint64 seq)
    {
        QList<AuditEvent> events = allEvents();
        QByteArray previous(32, '\0');
        for (AuditEvent& e : events) {
            if (e.seq == seq) {
                e.operatorId = QStringLiteral("op-mallory");
            }
            e.prevHash = previous;
            e.hash = e.computeHash();
            previous = e.hash;
            exec(QStringLiteral("UPDATE audit_event SET operator = ?, prev_hash = ?, hash = ? "
                                "WHERE seq = ?"),
                 {e.operatorId, QString::fromLatin1(e.prevHash.toHex()),
                  QString::fromLatin1(e.hash.toHex()), e.seq});
        }
        exec(QStringLiteral("UPDATE audit_head SET hash = ? WHERE id = 1"),
             {QString::fromLatin1(previous.toHex())});
    }

    TestOperatorCa ca;
    FixedTimeSource timeSource{QStringLiteral("system clock, UTC; NTP synchronised: yes")};
    std::unique_ptr<KeySigner> signer;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AuditCheckpoints> checkpoints;
};
GUICHET_ON_BOTH_ENGINES(AuditCheckpointTest);

} // namespace

TEST_P(AuditCheckpointTest, SignedCheckpointVerifiesWithAndWithoutTrustAnchors)
{
    append(5);
    const AuditCheckpoint made = sign();
    EXPECT_EQ(made.seq, 5);
    EXPECT_EQ(made.operatorId, QStringLiteral("op-alice"));
    EXPECT_EQ(made.timeSource, QStringLiteral("system clock, UTC; NTP synchronised: yes"));
    EXPECT_EQ(made.certificateDer, signer->certificateDer());
    EXPECT_GT(made.id, 0);
    append(2);

    AuditVerification report = verify({ca.certificateDer()});
    EXPECT_TRUE(report.intact) << report.problem.toStdString();
    EXPECT_EQ(report.eventsChecked, 7);
    EXPECT_EQ(report.checkpointsChecked, 1);
    EXPECT_EQ(report.coveredUpToSeq, 5);

    // AuditLog::verify (what DossierService and the crash test call) checks checkpoints too.
    auto plain = audit->verify();
    ASSERT_TRUE(plain.ok());
    EXPECT_TRUE(plain->intact);
    EXPECT_EQ(plain->checkpointsChecked, 1);

    // Signed by a certificate that does not chain to the anchors the auditor trusts.
    TestOperatorCa other(QStringLiteral("Some Other CA"));
    report = verify({other.certificateDer()});
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadCheckpoint, made.id);
    EXPECT_EQ(report.firstBadSeq, 5);
    EXPECT_TRUE(report.problem.contains(QStringLiteral("not trusted")))
        << report.problem.toStdString();
}

TEST_P(AuditCheckpointTest, P384KeySignsWithSha384)
{
    signer = ca.issueOperator(QStringLiteral("Bob Operator"), true);
    append(3);
    const AuditCheckpoint made = sign();
    EXPECT_EQ(made.digest, QCryptographicHash::Sha384);
    const AuditVerification report = verify({ca.certificateDer()});
    EXPECT_TRUE(report.intact) << report.problem.toStdString();
    EXPECT_EQ(report.checkpointsChecked, 1);
}

TEST_P(AuditCheckpointTest, RewriteOfTheWholeChainIsCaughtAtTheCheckpoint)
{
    append(6);
    const AuditCheckpoint made = sign();
    append(3);
    rewriteFrom(2);

    // The chain alone is consistent again: that is the attack checkpoints exist for.
    exec(QStringLiteral("CREATE TABLE saved_checkpoint AS SELECT * FROM audit_checkpoint"));
    exec(QStringLiteral("DELETE FROM audit_checkpoint"));
    EXPECT_TRUE(verify().intact);
    exec(db->isSqlite()
             ? QStringLiteral("INSERT INTO audit_checkpoint SELECT * FROM saved_checkpoint")
             : QStringLiteral("INSERT INTO audit_checkpoint OVERRIDING SYSTEM VALUE "
                              "SELECT * FROM saved_checkpoint"));

    const AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 6);
    EXPECT_EQ(report.firstBadCheckpoint, made.id);
    EXPECT_TRUE(report.problem.contains(QStringLiteral("rewritten")))
        << report.problem.toStdString();
}

TEST_P(AuditCheckpointTest, ForgedSignatureIsDetected)
{
    append(4);
    const AuditCheckpoint made = sign();
    QByteArray forged = made.signature;
    forged[forged.size() / 2] = char(forged[forged.size() / 2] ^ 0x01);
    exec(QStringLiteral("UPDATE audit_checkpoint SET signature = ? WHERE id = ?"),
         {forged, made.id});
    AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadCheckpoint, made.id);
    EXPECT_TRUE(report.problem.contains(QStringLiteral("signature")))
        << report.problem.toStdString();

    // A valid signature by a key that is not the stored certificate's.
    auto mallory = ca.issueOperator(QStringLiteral("Mallory"));
    auto other = mallory->signDigest(QCryptographicHash::Sha256, made.signedDigest());
    ASSERT_TRUE(other.ok());
    exec(QStringLiteral("UPDATE audit_checkpoint SET signature = ? WHERE id = ?"),
         {*other, made.id});
    report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadCheckpoint, made.id);

    // Moving the checkpoint to another event without re-signing.
    exec(QStringLiteral("UPDATE audit_checkpoint SET signature = ?, seq = 3 WHERE id = ?"),
         {made.signature, made.id});
    report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 3);
}

TEST_P(AuditCheckpointTest, CheckpointNamingAnotherHashIsDetected)
{
    append(4);
    AuditCheckpoint made = sign();
    // Re-signed by a legitimate key over a wrong head hash: signature fine, hash wrong.
    made.headHash = allEvents().at(1).hash;
    auto signature = signer->signDigest(made.digest, made.signedDigest());
    ASSERT_TRUE(signature.ok());
    exec(QStringLiteral("UPDATE audit_checkpoint SET head_hash = ?, signature = ? WHERE id = ?"),
         {QString::fromLatin1(made.headHash.toHex()), *signature, made.id});
    const AuditVerification report = verify({ca.certificateDer()});
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 4);
    EXPECT_EQ(report.firstBadCheckpoint, made.id);
}

TEST_P(AuditCheckpointTest, EventsCutAfterACheckpointAreDetected)
{
    append(5);
    const AuditCheckpoint made = sign();
    const QList<AuditEvent> events = allEvents();
    // Remove the last two events and repair the head: the chain alone would hold.
    exec(QStringLiteral("DELETE FROM audit_event WHERE seq > 3"));
    exec(QStringLiteral("UPDATE audit_head SET seq = 3, hash = ? WHERE id = 1"),
         {QString::fromLatin1(events.at(2).hash.toHex())});
    const AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadCheckpoint, made.id);
    EXPECT_TRUE(report.problem.contains(QStringLiteral("removed"))) << report.problem.toStdString();
}

TEST_P(AuditCheckpointTest, CheckpointIfDueCountsEventsSinceTheLastOne)
{
    auto empty =
        checkpoints->checkpoint(*signer, QStringLiteral("op-alice"), QStringLiteral("manual"));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::Refused);

    append(2);
    auto due = checkpoints->checkpointIfDue(*signer, QStringLiteral("op-alice"), 3);
    ASSERT_TRUE(due.ok());
    EXPECT_FALSE(due->has_value());
    append(1);
    due = checkpoints->checkpointIfDue(*signer, QStringLiteral("op-alice"), 3);
    ASSERT_TRUE(due.ok());
    ASSERT_TRUE(due->has_value());
    EXPECT_EQ((*due)->seq, 3);
    EXPECT_EQ((*due)->reason, QStringLiteral("every-n-events"));

    // Nothing new since: a second checkpoint of the same head is refused.
    auto again =
        checkpoints->checkpoint(*signer, QStringLiteral("op-alice"), QStringLiteral("manual"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Refused);

    append(3);
    due = checkpoints->checkpointIfDue(*signer, QStringLiteral("op-alice"), 3);
    ASSERT_TRUE(due.ok());
    ASSERT_TRUE(due->has_value());
    EXPECT_EQ((*due)->seq, 6);
    auto all = checkpoints->all();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 2);
    const AuditVerification report = verify({ca.certificateDer()});
    EXPECT_TRUE(report.intact) << report.problem.toStdString();
    EXPECT_EQ(report.checkpointsChecked, 2);
}
