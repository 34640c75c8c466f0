// guichet-cli audit checkpoint with a real operator card: a training operator card in a
// private SoftHSM2 (made by `operator training-card`), the PIN on standard input, the
// checkpoint signed on the card; then `audit verify` holds it, and fails naming the first bad
// entry once an event it covers is changed or the whole chain is rewritten around it.
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "support/OperatorCardCliTest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace guichet;
using namespace guichet::test;

namespace {

class AuditCheckpointCardCliTest : public OperatorCardCliTest {
protected:
    AuditCheckpointCardCliTest() : OperatorCardCliTest("audit checkpoint passphrase\n", "135790\n")
    {
    }

    void SetUp() override
    {
        OperatorCardCliTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        // Some history for the checkpoint to cover: two dossiers.
        ASSERT_FALSE(createDossier(QStringLiteral("CMD-2026-80")).isEmpty());
        ASSERT_FALSE(createDossier(QStringLiteral("CMD-2026-81")).isEmpty());
    }

    CliRun checkpoint(const QByteArray& pin)
    {
        return cli(QStringList{QStringLiteral("audit"), QStringLiteral("checkpoint"),
                               QStringLiteral("--json")} +
                       operatorCard(),
                   pin);
    }

    QJsonObject verifyJson(int expectedExit)
    {
        const CliRun run =
            cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, expectedExit) << run.out.toStdString() << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    // The same SQLite file the CLI writes, opened as someone with database access would.
    std::unique_ptr<Database> openDatabase()
    {
        auto opened =
            Database::open(*DatabaseConfig::fromUrl(home.filePath(QStringLiteral("cli.sqlite"))));
        EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().message.toStdString());
        return opened.ok() ? std::move(opened).value() : nullptr;
    }
};

} // namespace

TEST_F(AuditCheckpointCardCliTest, CheckpointSignedWithTheCardVerifiesAndAChangedEventFails)
{
    const CliRun made = checkpoint(kPin);
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    EXPECT_FALSE(made.out.contains(QStringLiteral("135790")));
    EXPECT_FALSE(made.err.contains(QStringLiteral("135790")));
    const QJsonObject signedHead = QJsonDocument::fromJson(made.out.toUtf8()).object();
    const qint64 covered = signedHead.value(QStringLiteral("event")).toInteger();
    EXPECT_GE(covered, 3) << made.out.toStdString(); // the card, two dossiers, the login
    EXPECT_GT(signedHead.value(QStringLiteral("checkpoint")).toInteger(), 0);
    EXPECT_TRUE(signedHead.value(QStringLiteral("operator")).toString().startsWith(u"op-"));

    // The checkpoint holds: its signature by the card's key over the chain's head.
    const CliRun verified = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(
        QStringLiteral("events up to %1 are covered by a signature").arg(covered)))
        << verified.out.toStdString();
    QJsonObject report = verifyJson(0);
    EXPECT_TRUE(report.value(QStringLiteral("intact")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("checkpointsChecked")).toInt(), 1);
    EXPECT_EQ(report.value(QStringLiteral("coveredUpToEvent")).toInteger(), covered);

    // Someone changes an event the checkpoint covers: the first bad entry is named.
    {
        auto db = openDatabase();
        ASSERT_TRUE(db);
        QSqlQuery tamper = db->query();
        ASSERT_TRUE(
            tamper.exec(QStringLiteral("UPDATE audit_event SET details = '{}' WHERE seq = 2")));
    }
    const CliRun broken = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("BROKEN at event 2")))
        << broken.err.toStdString();
    report = verifyJson(1);
    EXPECT_FALSE(report.value(QStringLiteral("intact")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("firstBadEvent")).toInteger(), 2);
}

TEST_F(AuditCheckpointCardCliTest, RewritingTheWholeChainIsCaughtByTheCardsCheckpoint)
{
    const CliRun made = checkpoint(kPin);
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QJsonObject signedHead = QJsonDocument::fromJson(made.out.toUtf8()).object();
    const qint64 covered = signedHead.value(QStringLiteral("event")).toInteger();
    const qint64 checkpointId = signedHead.value(QStringLiteral("checkpoint")).toInteger();
    ASSERT_GE(covered, 3);

    // What someone with write access to the database can do without the card: change an
    // event, recompute every hash after it and the head, so that the chain alone holds.
    {
        auto db = openDatabase();
        ASSERT_TRUE(db);
        QSqlQuery q = db->query();
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT seq, at, operator, action, object_type, "
                                          "object_id, details FROM audit_event ORDER BY seq")));
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
            events.append(e);
        }
        ASSERT_GT(events.size(), covered);
        QByteArray previous(32, '\0');
        for (AuditEvent& e : events) {
            if (e.seq == 2) {
                e.operatorId = QStringLiteral("op-mallory");
            }
            e.prevHash = previous;
            e.hash = e.computeHash();
            previous = e.hash;
            QSqlQuery update = db->query();
            ASSERT_TRUE(update.prepare(QStringLiteral(
                "UPDATE audit_event SET operator = ?, prev_hash = ?, hash = ? WHERE seq = ?")));
            update.addBindValue(e.operatorId);
            update.addBindValue(QString::fromLatin1(e.prevHash.toHex()));
            update.addBindValue(QString::fromLatin1(e.hash.toHex()));
            update.addBindValue(e.seq);
            ASSERT_TRUE(update.exec());
        }
        QSqlQuery head = db->query();
        ASSERT_TRUE(head.prepare(QStringLiteral("UPDATE audit_head SET hash = ? WHERE id = 1")));
        head.addBindValue(QString::fromLatin1(previous.toHex()));
        ASSERT_TRUE(head.exec());
    }

    // The chain alone is consistent again; the checkpoint signed on the card is not.
    const CliRun broken = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("BROKEN at event %1").arg(covered)))
        << broken.err.toStdString();
    EXPECT_TRUE(broken.err.contains(QStringLiteral("rewritten"))) << broken.err.toStdString();
    const QJsonObject report = verifyJson(1);
    EXPECT_FALSE(report.value(QStringLiteral("intact")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("firstBadEvent")).toInteger(), covered);
    EXPECT_EQ(report.value(QStringLiteral("firstBadCheckpoint")).toInteger(), checkpointId);
}

TEST_F(AuditCheckpointCardCliTest, AWrongPinSignsNoCheckpoint)
{
    const CliRun refused = checkpoint("999999\n");
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_FALSE(refused.err.contains(QStringLiteral("999999")));
    EXPECT_FALSE(refused.out.contains(QStringLiteral("999999")));
    const QJsonObject report = verifyJson(0);
    EXPECT_TRUE(report.value(QStringLiteral("intact")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("checkpointsChecked")).toInt(), 0);
}
