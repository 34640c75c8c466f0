// guichet-cli scan against the SANE test backend: devices, a feeder batch stored encrypted,
// a refused resolution, usage errors and Ctrl+C.
#include "SaneTestRig.h"
#include "domain/ProductCatalogue.h"
#include "service/DossierService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <gtest/gtest.h>

using namespace guichet;
using namespace guichet::test;

namespace {

const QByteArray kPassphrase = "scan test passphrase\n";

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class ScanCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        DatabaseConfig config;
        config.sqlitePath = dbPath();
        {
            auto db = Database::open(config);
            ASSERT_TRUE(db) << db.error().message.toStdString();
            SystemClock clock;
            DossierService dossiers(**db, clock, ProductCatalogue::builtIn(),
                                    {QStringLiteral("op1"), QStringLiteral("Op")});
            Dossier draft;
            draft.productId = QStringLiteral("rgs2");
            draft.usage = QStringLiteral("signature");
            draft.holder.surnames = QStringLiteral("Durand");
            draft.holder.givenNames = QStringLiteral("Paul");
            draft.holder.birthDate = QDate(1975, 8, 9);
            draft.holder.email = QStringLiteral("paul@example.org");
            draft.holder.address.country = QStringLiteral("FR");
            draft.orderReference = QStringLiteral("SCAN-CLI-1");
            auto created = dossiers.create(draft);
            ASSERT_TRUE(created) << created.error().message.toStdString();
            m_dossier = QString::number(created->id);
        }
        // No keychain in tests: this database's master key is protected by a passphrase.
        const CliRun protect = cli({QStringLiteral("keychain"), QStringLiteral("use-passphrase"),
                                    QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                                   kPassphrase);
        ASSERT_EQ(protect.exitCode, 0) << protect.err.toStdString();
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("guichet.sqlite")); }

    void prepare(QProcess& process, QStringList arguments) const
    {
        arguments.prepend(dbPath());
        arguments.prepend(QStringLiteral("--db"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // SANE_CONFIG_DIR
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GUICHET_CLI), arguments);
    }

    CliRun cli(const QStringList& arguments, const QByteArray& input = {}) const
    {
        QProcess process;
        prepare(process, arguments);
        EXPECT_TRUE(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(120'000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList scan(QStringList more) const
    {
        return QStringList{QStringLiteral("scan"),
                           QStringLiteral("--dossier"),
                           m_dossier,
                           QStringLiteral("--passphrase-fd"),
                           QStringLiteral("0"),
                           QStringLiteral("--device"),
                           SaneTestRig::device()} +
               more;
    }

    QTemporaryDir m_dir;
    QString m_dossier;
};

TEST_F(ScanCliTest, ListsDevices)
{
    SaneTestRig rig({.devices = 2});
    const CliRun run =
        cli({QStringLiteral("scan"), QStringLiteral("devices"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray devices = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(devices.size(), 2);
    EXPECT_EQ(devices.at(0).toObject().value(u"name").toString(), QStringLiteral("test:0"));
}

TEST_F(ScanCliTest, StoresAFeederBatchAsOneEncryptedDocument)
{
    SaneTestRig rig;
    const CliRun run =
        cli(scan({QStringLiteral("--type"), QStringLiteral("request"), QStringLiteral("--adf"),
                  QStringLiteral("--resolution"), QStringLiteral("100"), QStringLiteral("--json")}),
            kPassphrase);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject stored = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(stored.value(u"pages").toInt(), 10); // the test backend's feeder holds 10 sheets
    EXPECT_TRUE(run.err.contains(QStringLiteral("Page 10 scanned.")));

    const CliRun verify = cli({QStringLiteral("document"), QStringLiteral("verify"),
                               QString::number(stored.value(u"id").toInteger()),
                               QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                              kPassphrase);
    EXPECT_EQ(verify.exitCode, 0) << verify.err.toStdString();
}

TEST_F(ScanCliTest, RefusesAResolutionTheScannerDoesNotOffer)
{
    SaneTestRig rig;
    const CliRun run = cli(scan({QStringLiteral("--type"), QStringLiteral("id-front"),
                                 QStringLiteral("--resolution"), QStringLiteral("2400")}),
                           kPassphrase);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("does not offer 2400 dpi")))
        << run.err.toStdString();
}

TEST_F(ScanCliTest, UsageErrorsExitWith2)
{
    SaneTestRig rig;
    EXPECT_EQ(
        cli({QStringLiteral("scan"), QStringLiteral("--type"), QStringLiteral("request")}).exitCode,
        2);
    EXPECT_EQ(cli(scan({QStringLiteral("--type"), QStringLiteral("nonsense")})).exitCode, 2);
    EXPECT_EQ(cli(scan({QStringLiteral("--type"), QStringLiteral("request"),
                        QStringLiteral("--mode"), QStringLiteral("sepia")}))
                  .exitCode,
              2);
}

TEST_F(ScanCliTest, CtrlCStopsTheScannerAndStoresNothing)
{
    SaneTestRig rig({.delayMicroseconds = 20'000});
    QProcess process;
    prepare(process,
            scan({QStringLiteral("--type"), QStringLiteral("request"), QStringLiteral("--adf"),
                  QStringLiteral("--resolution"), QStringLiteral("100")}));
    ASSERT_TRUE(process.waitForStarted());
    process.write(kPassphrase);
    process.closeWriteChannel();
    QByteArray err;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            err += process.readAllStandardError();
            return err.contains("Page 1 scanned.") || process.state() != QProcess::Running;
        },
        60'000));
    ASSERT_EQ(process.state(), QProcess::Running) << err.toStdString();
    ::kill(pid_t(process.processId()), SIGINT);
    ASSERT_TRUE(process.waitForFinished(30'000));
    err += process.readAllStandardError();
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(err.contains("Cancelled:")) << err.toStdString();
    EXPECT_TRUE(err.contains("nothing stored")) << err.toStdString();

    const CliRun list = cli({QStringLiteral("document"), QStringLiteral("list"),
                             QStringLiteral("--dossier"), m_dossier, QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
}

} // namespace
