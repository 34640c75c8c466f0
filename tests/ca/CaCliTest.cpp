// guichet-cli ca profile ... and ca serve-training, as a user runs them.
#include "CaFixture.h"
#include "CmpServers.h"
#include "ca/CmpClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace guichet::test {
namespace {

const QByteArray kPassphrase("correct horse battery staple");

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CaCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // No keychain in tests: this database's master key is protected by a passphrase.
        const CliRun protect = run({QStringLiteral("keychain"), QStringLiteral("use-passphrase"),
                                    QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                                   kPassphrase);
        ASSERT_EQ(protect.exitCode, 0) << protect.err.toStdString();
        QFile secret(path("secret"));
        ASSERT_TRUE(secret.open(QIODevice::WriteOnly));
        secret.write("cli-shared-secret\n");
        secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QStringList global() const { return {QStringLiteral("--db"), path("guichet.sqlite")}; }

    CliRun run(const QStringList& arguments, const QByteArray& input = {}) const
    {
        QProcess process;
        process.start(QStringLiteral(GUICHET_CLI), global() + arguments);
        process.write(input);
        process.closeWriteChannel();
        CliRun result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // Starts serve-training; returns the port it listens on, 0 if it did not start.
    quint16 serve(QProcess& process, quint16 port) const
    {
        return startServeTraining(
            process, QStringLiteral(GUICHET_CLI),
            global() + QStringList{QStringLiteral("ca"), QStringLiteral("serve-training"),
                                   QStringLiteral("--port"), QString::number(port),
                                   QStringLiteral("--secret-file"), path("secret"),
                                   QStringLiteral("--passphrase-fd"), QStringLiteral("0"),
                                   QStringLiteral("--crl"), path("training.crl")},
            kPassphrase, 15000);
    }

    static void stop(QProcess& process)
    {
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    static CmpClient client(quint16 port)
    {
        CmpEndpoint endpoint;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = port;
        endpoint.path = QStringLiteral("pkix/");
        endpoint.messageTimeoutSeconds = 2;
        endpoint.totalTimeoutSeconds = 5;
        CmpCredentials credentials;
        credentials.reference = "guichet-ra";
        credentials.secret = SecretBytes::copyOf(QByteArrayLiteral("cli-shared-secret"));
        return CmpClient(endpoint, std::move(credentials));
    }

    QTemporaryDir m_dir;
};

TEST_F(CaCliTest, ProfileImportListShow)
{
    const CliRun list = run({QStringLiteral("ca"), QStringLiteral("profile"),
                             QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray profiles = QJsonDocument::fromJson(list.out).array();
    ASSERT_EQ(profiles.size(), 1);
    EXPECT_EQ(profiles.at(0).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("training"));

    QFile bad(path("bad.json"));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(
        R"({"format": 1, "id": "acme", "name": "ACME", "trustAnchors": ["not a certificate"]})");
    bad.close();
    const CliRun refused = run({QStringLiteral("ca"), QStringLiteral("profile"),
                                QStringLiteral("import"), path("bad.json")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains("Trust anchor 1 is not a readable PEM certificate"))
        << refused.err.toStdString();

    const CliRun usage =
        run({QStringLiteral("ca"), QStringLiteral("profile"), QStringLiteral("show")});
    EXPECT_EQ(usage.exitCode, 2);
    const CliRun missing = run({QStringLiteral("ca"), QStringLiteral("profile"),
                                QStringLiteral("show"), QStringLiteral("nobody")});
    EXPECT_EQ(missing.exitCode, 1);
    const CliRun shown = run({QStringLiteral("ca"), QStringLiteral("profile"),
                              QStringLiteral("show"), QStringLiteral("training")});
    EXPECT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.contains("0.4.0.194112.1.2")) << shown.out.toStdString();
}

TEST_F(CaCliTest, ServeTrainingGoesAwayAndComesBackRememberingRepeats)
{
    QProcess server;
    const quint16 port = serve(server, 0);
    ASSERT_NE(port, 0);
    EXPECT_TRUE(QFile::exists(path("training.crl")));

    openssl::PKey key = CaFixture::newKey();
    CmpEnrolment request;
    request.csrDer = CaFixture::csrFor(key.get(), QStringLiteral("Jean Dupont"));
    request.certificateProfile = QStringLiteral("qcp-n");
    request.idempotencyKey = QStringLiteral("dossier-3/enrol-1");
    CmpClient cmp = client(port);
    auto first = cmp.enrol(request);
    ASSERT_TRUE(first.ok()) << text(first.error());

    stop(server);
    auto whileDown = cmp.enrol(request);
    ASSERT_FALSE(whileDown.ok());
    EXPECT_EQ(cmp.lastFailure(), CmpFailure::Unreachable) << text(whileDown.error());

    QProcess again;
    ASSERT_EQ(serve(again, port), port);
    auto repeated = cmp.enrol(request);
    ASSERT_TRUE(repeated.ok()) << text(repeated.error());
    EXPECT_EQ(repeated->certificateDer, first->certificateDer)
        << "the repeat is recognised across a restart";
    stop(again);
}

} // namespace
} // namespace guichet::test
