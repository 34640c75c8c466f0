#include "TestSigners.h"
#include "audit/AuditCheckpoints.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace guichet;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// guichet-cli audit verify|export|checkpoint as a script or an auditor runs it: exit codes
// 0 intact, 1 broken or refused, 2 usage; the first bad event or checkpoint named.
class AuditCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto opened = Database::open(*DatabaseConfig::fromUrl(dbPath));
        ASSERT_TRUE(opened.ok());
        db = std::move(opened).value();
        AuditLog audit(*db, clock);
        FixedTimeSource source(QStringLiteral("system clock, UTC; NTP synchronised: yes"));
        AuditCheckpoints checkpoints(*db, clock, source);
        auto signer = ca.issueOperator(QStringLiteral("Alice"));
        for (int i = 0; i < 12; ++i) {
            clock.advanceMs(6 * 3'600'000); // four events a day from 2026-11-23
            Transaction transaction(*db);
            ASSERT_TRUE(audit
                            .append(QStringLiteral("op-alice"), QStringLiteral("dossier.updated"),
                                    QStringLiteral("dossier"), QStringLiteral("1"),
                                    QJsonObject{{QStringLiteral("n"), i}})
                            .ok());
            ASSERT_TRUE(transaction.commit().ok());
            if (i == 5) {
                ASSERT_TRUE(checkpoints
                                .checkpoint(*signer, QStringLiteral("op-alice"),
                                            QStringLiteral("session-end"))
                                .ok());
            }
        }
        writeFile(QStringLiteral("ca.pem"), ca.certificatePem());
        writeFile(QStringLiteral("other.pem"), other.certificatePem());
    }

    QString path(const QString& name) const { return home.filePath(name); }
    void writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    CliRun cli(QStringList arguments)
    {
        arguments.prepend(dbPath);
        arguments.prepend(QStringLiteral("--db"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GUICHET_CLI), arguments);
        EXPECT_TRUE(process.waitForStarted());
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60'000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir home;
    QString dbPath = home.filePath(QStringLiteral("audit.sqlite"));
    FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(21, 0), Qt::UTC)};
    std::unique_ptr<Database> db;
    test::TestOperatorCa ca;
    test::TestOperatorCa other{QStringLiteral("Another CA")};
};

} // namespace

TEST_F(AuditCliTest, VerifyChecksChainAndCheckpoints)
{
    CliRun run = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("12 events checked"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("up to 6"))) << run.out.toStdString();

    run = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--trust"),
               path(QStringLiteral("ca.pem")), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_TRUE(json.value(QStringLiteral("intact")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("checkpointsChecked")).toInt(), 1);

    run = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--trust"),
               path(QStringLiteral("other.pem"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not trusted"))) << run.err.toStdString();

    QSqlQuery tamper = db->query();
    ASSERT_TRUE(tamper.exec(QStringLiteral("UPDATE audit_event SET details = '{}' WHERE seq = 4")));
    run = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("BROKEN at event 4"))) << run.err.toStdString();
}

TEST_F(AuditCliTest, ExportVerifiesOfflineAndAChangedLineFails)
{
    const QString file = path(QStringLiteral("audit.jsonl"));
    CliRun run = cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--from"),
                      QStringLiteral("2026-11-23"), QStringLiteral("--to"),
                      QStringLiteral("2026-11-23"), QStringLiteral("--out"), file});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    // The 23rd holds events 1-4; the export runs on to the checkpoint at event 6.
    // "6 events" once the English plural is in guichet_en.ts, "6 event(s)" before.
    EXPECT_TRUE(run.out.contains(QStringLiteral("6 event"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("exported"))) << run.out.toStdString();

    db.reset(); // offline: the database is not needed any more
    QFile::remove(dbPath);
    run = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--file"), file,
               QStringLiteral("--trust"), path(QStringLiteral("ca.pem"))});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();

    QFile in(file);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    in.close();
    bytes.replace("{\\\"n\\\":2}", "{\\\"n\\\":7}");
    writeFile(QStringLiteral("changed.jsonl"), bytes);
    run = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--file"),
               path(QStringLiteral("changed.jsonl"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("BROKEN at event 3"))) << run.err.toStdString();
}

TEST_F(AuditCliTest, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(cli({QStringLiteral("audit"), QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("audit"), QStringLiteral("export")}).exitCode, 2);
    EXPECT_EQ(
        cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--from"),
             QStringLiteral("yesterday"), QStringLiteral("--out"), path(QStringLiteral("x.jsonl"))})
            .exitCode,
        2);
    EXPECT_EQ(cli({QStringLiteral("audit"), QStringLiteral("checkpoint")}).exitCode, 2);
    const CliRun help = cli({QStringLiteral("audit"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("export"))) << help.out.toStdString();
}
