#include "common/Clock.h"
#include "domain/ProductCatalogue.h"
#include "service/DossierService.h"
#include "storage/Database.h"
#include "support/Samples.h"
#include "support/SoftHsmToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace guichet::test;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// guichet-cli token against a private SoftHSM2 and a SQLite file, PINs on standard input
// (--pin-fd 0), the certificate issued by the openssl command from a throwaway CA.
class TokenCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        requireSoftHsm(softHsm);
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
    }

    CliRun cli(QStringList arguments, const QByteArray& input = {})
    {
        arguments.prepend(home.filePath(QStringLiteral("cli.sqlite")));
        arguments.prepend(QStringLiteral("--db"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("SOFTHSM2_CONF"), softHsm.configPath());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: a passphrase
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GUICHET_CLI), arguments);
        EXPECT_TRUE(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60'000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    bool openssl(const QStringList& arguments)
    {
        QProcess process;
        process.setWorkingDirectory(home.path());
        process.start(QStringLiteral("openssl"), arguments);
        return process.waitForFinished(30'000) && process.exitCode() == 0;
    }

    QString file(const char* name) { return home.filePath(QString::fromLatin1(name)); }

    SoftHsmToken softHsm;
    QTemporaryDir home;
};

} // namespace

TEST_F(TokenCliTest, PersonalisesThroughTheCommandLine)
{
    const QByteArray passphrase = "cli test passphrase\n";
    ASSERT_EQ(cli({QStringLiteral("keychain"), QStringLiteral("use-passphrase"),
                   QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                  passphrase)
                  .exitCode,
              0);

    const CliRun listed =
        cli({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--module"),
             SoftHsmToken::modulePath(), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray tokens = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_FALSE(tokens.isEmpty());
    QString blankSlot;
    for (const QJsonValue& token : tokens) {
        if (!token[QStringLiteral("initialised")].toBool()) {
            blankSlot = QString::number(token[QStringLiteral("slot")].toInteger());
        }
    }
    ASSERT_FALSE(blankSlot.isEmpty());

    // A PIN given as an argument is not even an option.
    EXPECT_EQ(cli({QStringLiteral("token"), QStringLiteral("personalise"), QStringLiteral("--pin"),
                   QStringLiteral("483920")})
                  .exitCode,
              2);

    const CliRun personalised =
        cli({QStringLiteral("token"), QStringLiteral("personalise"), QStringLiteral("--slot"),
             blankSlot, QStringLiteral("--label"), QStringLiteral("CLI token"),
             QStringLiteral("--cn"), QStringLiteral("Jean Dupont"), QStringLiteral("--country"),
             QStringLiteral("FR"), QStringLiteral("--qscd"), QStringLiteral("--csr-out"),
             file("req.pem"), QStringLiteral("--pin-fd"), QStringLiteral("0"),
             QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
            "483920\n483920\n" + passphrase);
    ASSERT_EQ(personalised.exitCode, 0) << personalised.err.toStdString();
    const QString serial =
        QRegularExpression(QStringLiteral("serial: (\\S+)")).match(personalised.out).captured(1);
    ASSERT_FALSE(serial.isEmpty()) << personalised.out.toStdString();
    EXPECT_FALSE(personalised.out.contains(QStringLiteral("483920")));
    EXPECT_FALSE(personalised.err.contains(QStringLiteral("483920")));

    // The CA, played by the openssl command.
    ASSERT_TRUE(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), file("ca.key"), QStringLiteral("-out"),
                         file("ca.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=Test CA"),
                         QStringLiteral("-days"), QStringLiteral("2")}));
    ASSERT_TRUE(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                         file("req.pem"), QStringLiteral("-CA"), file("ca.pem"),
                         QStringLiteral("-CAkey"), file("ca.key"), QStringLiteral("-set_serial"),
                         QStringLiteral("7"), QStringLiteral("-days"), QStringLiteral("2"),
                         QStringLiteral("-out"), file("cert.pem")}));

    // A certificate for another key is refused.
    const CliRun foreign =
        cli({QStringLiteral("token"), QStringLiteral("import-cert"), QStringLiteral("--serial"),
             serial, QStringLiteral("--cert"), file("ca.pem"), QStringLiteral("--pin-fd"),
             QStringLiteral("0"), QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
            "483920\n" + passphrase);
    EXPECT_EQ(foreign.exitCode, 1);

    const CliRun imported =
        cli({QStringLiteral("token"), QStringLiteral("import-cert"), QStringLiteral("--serial"),
             serial, QStringLiteral("--cert"), file("cert.pem"), QStringLiteral("--pin-fd"),
             QStringLiteral("0"), QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
            "483920\n" + passphrase);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    const CliRun inspected = cli({QStringLiteral("token"), QStringLiteral("inspect"),
                                  QStringLiteral("--serial"), serial, QStringLiteral("--json")});
    ASSERT_EQ(inspected.exitCode, 0) << inspected.err.toStdString();
    const QJsonObject info = QJsonDocument::fromJson(inspected.out.toUtf8()).object();
    EXPECT_TRUE(info[QStringLiteral("user_pin_initialised")].toBool());
    bool certificate = false;
    for (const QJsonValue& object : info[QStringLiteral("objects")].toArray()) {
        certificate |= object[QStringLiteral("kind")].toString() == u"certificate";
    }
    EXPECT_TRUE(certificate);

    const CliRun changed =
        cli({QStringLiteral("token"), QStringLiteral("change-pin"), QStringLiteral("--serial"),
             serial, QStringLiteral("--pin-fd"), QStringLiteral("0"),
             QStringLiteral("--new-pin-fd"), QStringLiteral("0")},
            "483920\n590312\n590312\n");
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();

    const CliRun unblocked =
        cli({QStringLiteral("token"), QStringLiteral("unblock"), QStringLiteral("--serial"), serial,
             QStringLiteral("--new-pin-fd"), QStringLiteral("0"), QStringLiteral("--passphrase-fd"),
             QStringLiteral("0")},
            "720485\n720485\n" + passphrase);
    ASSERT_EQ(unblocked.exitCode, 0) << unblocked.err.toStdString();
    // The new PIN works: the old one no longer does.
    const CliRun withOld =
        cli({QStringLiteral("token"), QStringLiteral("change-pin"), QStringLiteral("--serial"),
             serial, QStringLiteral("--pin-fd"), QStringLiteral("0"),
             QStringLiteral("--new-pin-fd"), QStringLiteral("0")},
            "590312\n619284\n619284\n");
    EXPECT_EQ(withOld.exitCode, 1);
    EXPECT_TRUE(withOld.err.contains(QStringLiteral("Wrong PIN"))) << withOld.err.toStdString();
}

TEST_F(TokenCliTest, PersonalisesWithTheTrainingCaInOneCommand)
{
    const QByteArray passphrase = "cli test passphrase\n";
    ASSERT_EQ(cli({QStringLiteral("keychain"), QStringLiteral("use-passphrase"),
                   QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                  passphrase)
                  .exitCode,
              0);
    const CliRun listed =
        cli({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--module"),
             SoftHsmToken::modulePath(), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray tokens = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_FALSE(tokens.isEmpty());
    const QString slot = QString::number(tokens.first()[QStringLiteral("slot")].toInteger());
    const CliRun done =
        cli({QStringLiteral("token"), QStringLiteral("personalise"), QStringLiteral("--slot"), slot,
             QStringLiteral("--label"), QStringLiteral("Training"), QStringLiteral("--cn"),
             QStringLiteral("Jean Dupont"), QStringLiteral("--country"), QStringLiteral("FR"),
             QStringLiteral("--product"), QStringLiteral("qcp-n-qscd"), QStringLiteral("--qscd"),
             QStringLiteral("--training-ca"), QStringLiteral("--pin-fd"), QStringLiteral("0"),
             QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
            "483920\n483920\n" + passphrase);
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("verified"))) << done.out.toStdString();
}

TEST_F(TokenCliTest, MissingModuleIsRefusedClearly)
{
    const CliRun run = cli({QStringLiteral("token"), QStringLiteral("inspect"),
                            QStringLiteral("--module"), QStringLiteral("/nonexistent/pkcs11.so"),
                            QStringLiteral("--slot"), QStringLiteral("0")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("/nonexistent/pkcs11.so")))
        << run.err.toStdString();
}

// Issue 6 from the command line: the personalisation of a dossier keeps its request with the
// dossier; `ca enroll --dossier ID` without a file queues it, exactly once; nothing is written
// to the token before the CA has answered.
TEST_F(TokenCliTest, ADossiersRequestIsKeptThenQueuedOnceByCaEnrol)
{
    const QByteArray passphrase = "cli test passphrase\n";
    ASSERT_EQ(cli({QStringLiteral("keychain"), QStringLiteral("use-passphrase"),
                   QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                  passphrase)
                  .exitCode,
              0);
    qint64 dossierId = 0;
    {
        // The dossier as the meeting leaves it (identity verified), in the CLI's database.
        auto config = guichet::DatabaseConfig::fromUrl(file("cli.sqlite"));
        ASSERT_TRUE(config.ok());
        auto db = guichet::Database::open(*config);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        guichet::FixedClock clock(QDateTime::currentDateTimeUtc());
        guichet::DossierService dossiers(**db, clock, guichet::ProductCatalogue::builtIn(),
                                         {QStringLiteral("op-alice"), QStringLiteral("Alice")});
        auto created = dossiers.create(sampleDossier());
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        auto ready = dossiers.changeStatus(created->id, created->version,
                                           guichet::DossierStatus::ReadyForMeeting, QString());
        ASSERT_TRUE(ready.ok());
        ASSERT_TRUE(dossiers
                        .changeStatus(created->id, ready->version,
                                      guichet::DossierStatus::IdentityVerified, QString())
                        .ok());
        dossierId = created->id;
    }
    const QString id = QString::number(dossierId);
    const CliRun listed =
        cli({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--module"),
             SoftHsmToken::modulePath(), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray tokens = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_FALSE(tokens.isEmpty());
    const QString slot = QString::number(tokens.first()[QStringLiteral("slot")].toInteger());

    // No request kept yet.
    const CliRun nothing =
        cli({QStringLiteral("ca"), QStringLiteral("enroll"), QStringLiteral("--dossier"), id});
    EXPECT_EQ(nothing.exitCode, 1) << nothing.out.toStdString();

    // The subject and the product come from the dossier; --csr-out: kept, not queued.
    const CliRun personalised =
        cli({QStringLiteral("token"), QStringLiteral("personalise"), QStringLiteral("--slot"), slot,
             QStringLiteral("--dossier"), id, QStringLiteral("--csr-out"), file("req.pem"),
             QStringLiteral("--pin-fd"), QStringLiteral("0"), QStringLiteral("--passphrase-fd"),
             QStringLiteral("0")},
            "483920\n483920\n" + passphrase);
    ASSERT_EQ(personalised.exitCode, 0) << personalised.err.toStdString();
    EXPECT_TRUE(personalised.out.contains(QStringLiteral("ca enroll --dossier")))
        << personalised.out.toStdString();
    const QString serial =
        QRegularExpression(QStringLiteral("serial: (\\S+)")).match(personalised.out).captured(1);
    ASSERT_FALSE(serial.isEmpty()) << personalised.out.toStdString();

    const CliRun first =
        cli({QStringLiteral("ca"), QStringLiteral("enroll"), QStringLiteral("--dossier"), id});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(serial)) << first.out.toStdString();
    const CliRun second =
        cli({QStringLiteral("ca"), QStringLiteral("enroll"), QStringLiteral("--dossier"), id});
    EXPECT_EQ(second.exitCode, 1) << second.out.toStdString();
    EXPECT_TRUE(second.err.contains(QStringLiteral("not queued twice")))
        << second.err.toStdString();
    // Personalising again for the same dossier is refused before the token is touched.
    const CliRun again =
        cli({QStringLiteral("token"), QStringLiteral("personalise"), QStringLiteral("--slot"), slot,
             QStringLiteral("--dossier"), id, QStringLiteral("--pin-fd"), QStringLiteral("0"),
             QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
            "483920\n483920\n" + passphrase);
    EXPECT_EQ(again.exitCode, 1) << again.out.toStdString();

    const CliRun items =
        cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(items.exitCode, 0) << items.err.toStdString();
    const QJsonArray outbox = QJsonDocument::fromJson(items.out.toUtf8()).array();
    ASSERT_EQ(outbox.size(), 1);
    EXPECT_EQ(outbox.first()[QStringLiteral("state")].toString(), QStringLiteral("queued"));
    EXPECT_EQ(outbox.first()[QStringLiteral("dossier")].toInteger(), dossierId);

    // Nothing to write before the CA has answered.
    const CliRun early =
        cli({QStringLiteral("token"), QStringLiteral("write-certificate"),
             QStringLiteral("--dossier"), id, QStringLiteral("--pin-fd"), QStringLiteral("0"),
             QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
            "483920\n" + passphrase);
    EXPECT_EQ(early.exitCode, 1);
    EXPECT_TRUE(early.err.contains(QStringLiteral("not issued"))) << early.err.toStdString();
}
