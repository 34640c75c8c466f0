// guichet-cli operator against a private SoftHSM2 and a SQLite file: PINs and the master-key
// passphrase on standard input (descriptor 0), never as arguments.
#include "support/CliProcess.h"
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

const QByteArray kPassphrase = "operators cli passphrase\n";

class OperatorCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        requireSoftHsm(softHsm);
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        ASSERT_EQ(cli({QStringLiteral("keychain"), QStringLiteral("use-passphrase"),
                       QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                      kPassphrase)
                      .exitCode,
                  0);
    }

    CliRun cli(QStringList arguments, const QByteArray& input = {})
    {
        return runCliAt(QStringLiteral(GUICHET_CLI), home, softHsm.configPath(),
                        std::move(arguments), input);
    }

    // A training card and its account; returns the token serial and the account id.
    std::pair<QString, QString> trainingCard(const QString& name, const QString& role,
                                             const QByteArray& cardPin,
                                             const QStringList& login = {},
                                             const QByteArray& loginPin = {})
    {
        QStringList arguments{QStringLiteral("operator"),        QStringLiteral("training-card"),
                              QStringLiteral("--name"),          name,
                              QStringLiteral("--role"),          role,
                              QStringLiteral("--pin-fd"),        QStringLiteral("0"),
                              QStringLiteral("--passphrase-fd"), QStringLiteral("0")};
        arguments << login;
        // Read in this order: the supervisor's PIN, the new card's PIN, the passphrase.
        const CliRun run = cli(arguments, loginPin + cardPin + "\n" + kPassphrase);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_FALSE(run.out.contains(QString::fromLatin1(cardPin)));
        EXPECT_FALSE(run.err.contains(QString::fromLatin1(cardPin)));
        const QString serial =
            QRegularExpression(QStringLiteral("serial: (\\S+)")).match(run.out).captured(1);
        const QString id = QRegularExpression(QStringLiteral("^(op-[0-9a-f]+)\\t"),
                                              QRegularExpression::MultilineOption)
                               .match(run.out)
                               .captured(1);
        EXPECT_FALSE(serial.isEmpty()) << run.out.toStdString();
        return {serial, id};
    }

    static QStringList loginWith(const QString& serial)
    {
        return {QStringLiteral("--operator-token"), serial, QStringLiteral("--operator-pin-fd"),
                QStringLiteral("0")};
    }

    QJsonArray listed()
    {
        const CliRun run =
            cli({QStringLiteral("operator"), QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    SoftHsmToken softHsm;
    QTemporaryDir home;
};

} // namespace

TEST_F(OperatorCliTest, BootstrapCardLoginAndSupervisorOnlyChanges)
{
    EXPECT_TRUE(listed().isEmpty());
    // The bootstrap: no login needed while there is no account; it becomes a supervisor.
    const auto [aliceCard, alice] =
        trainingCard(QStringLiteral("Alice Martin"), QStringLiteral("dra-operator"), "246813");
    ASSERT_FALSE(alice.isEmpty());
    QJsonArray accounts = listed();
    ASSERT_EQ(accounts.size(), 1);
    EXPECT_EQ(accounts.at(0)[QStringLiteral("role")].toString(), QStringLiteral("supervisor"));

    // whoami logs in with the card and the PIN (descriptor 0), prints, logs out.
    CliRun whoami = cli(QStringList{QStringLiteral("operator"), QStringLiteral("whoami"),
                                    QStringLiteral("--json")} +
                            loginWith(aliceCard),
                        "246813\n");
    ASSERT_EQ(whoami.exitCode, 0) << whoami.err.toStdString();
    EXPECT_EQ(
        QJsonDocument::fromJson(whoami.out.toUtf8()).object()[QStringLiteral("id")].toString(),
        alice);
    whoami = cli(QStringList{QStringLiteral("operator"), QStringLiteral("whoami")} +
                     loginWith(aliceCard),
                 "999999\n");
    EXPECT_EQ(whoami.exitCode, 1);
    EXPECT_TRUE(whoami.err.contains(QStringLiteral("Wrong PIN"))) << whoami.err.toStdString();
    EXPECT_FALSE(whoami.err.contains(QStringLiteral("999999")));

    // After the bootstrap, changes need a supervisor's card.
    const CliRun anonymous =
        cli({QStringLiteral("operator"), QStringLiteral("training-card"), QStringLiteral("--name"),
             QStringLiteral("Bob Leroy"), QStringLiteral("--pin-fd"), QStringLiteral("0")},
            "135790\n");
    EXPECT_EQ(anonymous.exitCode, 2) << anonymous.err.toStdString();
    EXPECT_TRUE(anonymous.err.contains(QStringLiteral("--operator-token")));
    const auto [bobCard, bob] =
        trainingCard(QStringLiteral("Bob Leroy"), QStringLiteral("dra-operator"), "135790",
                     loginWith(aliceCard), "246813\n");
    ASSERT_FALSE(bob.isEmpty());

    // Bob, an operator, may not change roles: refused (1).
    CliRun byBob = cli(QStringList{QStringLiteral("operator"), QStringLiteral("set-role"), bob,
                                   QStringLiteral("supervisor")} +
                           loginWith(bobCard),
                       "135790\n");
    EXPECT_EQ(byBob.exitCode, 1);
    EXPECT_TRUE(byBob.err.contains(QStringLiteral("supervisor"))) << byBob.err.toStdString();
    // Usage errors (2): an unknown role, a bad date, no ID, no card.
    EXPECT_EQ(cli(QStringList{QStringLiteral("operator"), QStringLiteral("set-role"), bob,
                              QStringLiteral("emperor")} +
                      loginWith(aliceCard),
                  "246813\n")
                  .exitCode,
              2);
    EXPECT_EQ(cli(QStringList{QStringLiteral("operator"), QStringLiteral("set-training"), bob,
                              QStringLiteral("yesterday")} +
                      loginWith(aliceCard),
                  "246813\n")
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("operator"), QStringLiteral("deactivate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("operator"), QStringLiteral("deactivate"), bob}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("operator"), QStringLiteral("fly")}).exitCode, 2);

    // Alice, the supervisor, may.
    CliRun training = cli(QStringList{QStringLiteral("operator"), QStringLiteral("set-training"),
                                      bob, QStringLiteral("2026-01-15"), QStringLiteral("--json")} +
                              loginWith(aliceCard),
                          "246813\n");
    ASSERT_EQ(training.exitCode, 0) << training.err.toStdString();
    const CliRun shown =
        cli({QStringLiteral("operator"), QStringLiteral("show"), bob, QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0);
    const QJsonObject bobJson = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    EXPECT_EQ(bobJson[QStringLiteral("trainingDate")].toString(), QStringLiteral("2026-01-15"));
    EXPECT_EQ(bobJson[QStringLiteral("role")].toString(), QStringLiteral("dra-operator"));
    EXPECT_EQ(cli({QStringLiteral("operator"), QStringLiteral("show"), QStringLiteral("op-none")})
                  .exitCode,
              1);

    ASSERT_EQ(cli(QStringList{QStringLiteral("operator"), QStringLiteral("deactivate"), bob} +
                      loginWith(aliceCard),
                  "246813\n")
                  .exitCode,
              0);
    const CliRun bobAgain =
        cli(QStringList{QStringLiteral("operator"), QStringLiteral("whoami")} + loginWith(bobCard),
            "135790\n");
    EXPECT_EQ(bobAgain.exitCode, 1);
    EXPECT_TRUE(bobAgain.err.contains(QStringLiteral("deactivated"))) << bobAgain.err.toStdString();

    // The audit trail holds the logins, logouts, refusals and changes, and is intact.
    const CliRun verified = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
}

TEST_F(OperatorCliTest, AddsAnAccountFromACertificateFile)
{
    const auto [aliceCard, alice] =
        trainingCard(QStringLiteral("Alice Martin"), QStringLiteral("supervisor"), "246813");
    // A certificate made by the openssl command (the CA is not checked at creation; the
    // login checks the chain).
    QProcess openssl;
    openssl.setWorkingDirectory(home.path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QStringLiteral("agent.key"), QStringLiteral("-out"),
                   QStringLiteral("agent.pem"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=Agnes Roux"), QStringLiteral("-addext"),
                   QStringLiteral("keyUsage=critical,digitalSignature")});
    ASSERT_TRUE(openssl.waitForFinished(30'000));
    ASSERT_EQ(openssl.exitCode(), 0);
    const QString pem = home.filePath(QStringLiteral("agent.pem"));

    // An agent needs its organisation (refused, 1); a missing file is refused too.
    EXPECT_EQ(cli(QStringList{QStringLiteral("operator"), QStringLiteral("add"),
                              QStringLiteral("--certificate"), pem, QStringLiteral("--role"),
                              QStringLiteral("certification-agent")} +
                      loginWith(aliceCard),
                  "246813\n")
                  .exitCode,
              1);
    EXPECT_EQ(cli(QStringList{QStringLiteral("operator"), QStringLiteral("add"),
                              QStringLiteral("--certificate"), home.filePath(QStringLiteral("no")),
                              QStringLiteral("--role"), QStringLiteral("dra-operator")} +
                      loginWith(aliceCard),
                  "246813\n")
                  .exitCode,
              1);
    const CliRun added = cli(
        QStringList{QStringLiteral("operator"), QStringLiteral("add"),
                    QStringLiteral("--certificate"), pem, QStringLiteral("--role"),
                    QStringLiteral("certification-agent"), QStringLiteral("--organisation"),
                    QStringLiteral("Boulangerie Ducros"), QStringLiteral("--registration-number"),
                    QStringLiteral("RA-7"), QStringLiteral("--training-date"),
                    QStringLiteral("2026-10-01"), QStringLiteral("--json")} +
            loginWith(aliceCard),
        "246813\n");
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QJsonObject agent = QJsonDocument::fromJson(added.out.toUtf8()).object();
    EXPECT_EQ(agent[QStringLiteral("displayName")].toString(), QStringLiteral("Agnes Roux"));
    EXPECT_EQ(agent[QStringLiteral("role")].toString(), QStringLiteral("certification-agent"));
    EXPECT_EQ(agent[QStringLiteral("organisationName")].toString(),
              QStringLiteral("Boulangerie Ducros"));
    EXPECT_EQ(agent[QStringLiteral("caRegistrationNumber")].toString(), QStringLiteral("RA-7"));
    EXPECT_EQ(listed().size(), 2);
    // Alice's role can change only while another supervisor remains.
    EXPECT_EQ(cli(QStringList{QStringLiteral("operator"), QStringLiteral("set-role"), alice,
                              QStringLiteral("dra-operator")} +
                      loginWith(aliceCard),
                  "246813\n")
                  .exitCode,
              1);
}
