// The key update from the desk through the command line (issue 6, "Renewal"), as an operator
// runs it: `ca renew --token SERIAL --key-update` against `ca serve-training` on loopback, with
// the holder's token in SoftHSM2; then revocation by serial (`ca revoke --serial`), checked in
// the training CA's CRL.
#include "CaFixture.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxDelivery.h"
#include "ca/outbox/QtCmpTransport.h"
#include "ca/renewal/CertificateRevocations.h"
#include "ca/renewal/KeyUpdateRequests.h"
#include "ca/renewal/TokenCertificates.h"
#include "service/DossierService.h"
#include "support/CliProcess.h"
#include "support/Samples.h"
#include "support/SoftHsmToken.h"
#include "token/CertificateRequest.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <openssl/x509.h>

namespace guichet::test {
namespace {

const QByteArray kPassphrase("correct horse battery staple");
const QByteArray kPin("483920");
const QByteArray kOldKeyId = QByteArrayLiteral("\x01");

class KeyUpdateCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_softHsm = std::make_unique<SoftHsmToken>();
        if (!m_softHsm->available()) {
            if (qEnvironmentVariableIntValue("GUICHET_REQUIRE_SOFTHSM") == 1) {
                FAIL() << "SoftHSM2 is not installed";
            }
            GTEST_SKIP() << "SoftHSM2 is not installed (apt-get install softhsm2)";
        }
        QProcess init;
        init.start(QStringLiteral("softhsm2-util"),
                   {QStringLiteral("--init-token"), QStringLiteral("--free"),
                    QStringLiteral("--label"), QStringLiteral("holder"), QStringLiteral("--so-pin"),
                    QStringLiteral("12345678"), QStringLiteral("--pin"),
                    QString::fromLatin1(kPin)});
        ASSERT_TRUE(init.waitForFinished(30000));
        ASSERT_EQ(init.exitCode(), 0) << init.readAllStandardError().toStdString();
        // No keychain in tests: this database's master key is protected by a passphrase.
        const CliRun protect = cli({QStringLiteral("keychain"), QStringLiteral("use-passphrase"),
                                    QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                                   kPassphrase);
        ASSERT_EQ(protect.exitCode, 0) << protect.err.toStdString();
        QFile secret(path("secret"));
        ASSERT_TRUE(secret.open(QIODevice::WriteOnly));
        secret.write("cli-shared-secret\n");
        secret.close();
        m_port = serve(m_server, 0);
        ASSERT_NE(m_port, 0);
        DatabaseConfig config;
        config.sqlitePath = path("cli.sqlite");
        auto opened = Database::open(config);
        ASSERT_TRUE(opened.ok()) << text(opened.error());
        m_db = std::move(opened).value();
        m_service = std::make_unique<DossierService>(
            *m_db, m_clock, ProductCatalogue::builtIn(),
            OperatorIdentity{QStringLiteral("op-alice"), QStringLiteral("Alice")});
    }

    void TearDown() override
    {
        stop(m_server);
        m_session.reset();
        m_module.reset();
        m_service.reset();
        m_db.reset();
        m_softHsm.reset();
    }

    QString path(const char* name) const { return m_home.filePath(QString::fromLatin1(name)); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/pkix/").arg(m_port); }

    CliRun cli(const QStringList& arguments, const QByteArray& input = {}) const
    {
        return runCliAt(QStringLiteral(GUICHET_CLI), m_home, m_softHsm->configPath(), arguments,
                        input);
    }

    quint16 serve(QProcess& process, quint16 port) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path("config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path("data"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GUICHET_CLI),
                      {QStringLiteral("--db"), path("cli.sqlite"), QStringLiteral("ca"),
                       QStringLiteral("serve-training"), QStringLiteral("--port"),
                       QString::number(port), QStringLiteral("--secret-file"), path("secret"),
                       QStringLiteral("--passphrase-fd"), QStringLiteral("0"),
                       QStringLiteral("--crl"), path("training.crl")});
        process.write(kPassphrase);
        process.closeWriteChannel();
        static const QRegularExpression listening(QStringLiteral("127\\.0\\.0\\.1:(\\d+)/pkix/"));
        QByteArray output;
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(100);
            output += process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                return static_cast<quint16>(match.captured(1).toUInt());
            }
        }
        ADD_FAILURE() << "serve-training did not start: "
                      << process.readAllStandardError().toStdString();
        return 0;
    }

    static void stop(QProcess& process)
    {
        if (process.state() == QProcess::NotRunning) {
            return;
        }
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    // The holder's token, opened in this process (closed before the CLI uses it).
    void openToken(bool login)
    {
        auto loaded = Pkcs11Module::load(SoftHsmToken::modulePath());
        ASSERT_TRUE(loaded.ok()) << text(loaded.error());
        m_module = std::move(loaded).value();
        auto present = m_module->slotList(true);
        ASSERT_TRUE(present.ok() && !present->isEmpty());
        for (CK_SLOT_ID slot : *present) {
            auto info = TokenSlot::inspect(*m_module, slot);
            if (info.ok() && info->label.trimmed() == u"holder") {
                m_tokenSerial = info->serial;
                auto opened = TokenSession::open(*m_module, slot);
                ASSERT_TRUE(opened.ok()) << text(opened.error());
                m_session = std::move(opened).value();
            }
        }
        ASSERT_TRUE(m_session);
        if (login) {
            ASSERT_TRUE(m_session->login(CKU_USER, SecretBytes::copyOf(kPin)).ok());
        }
    }

    void closeToken()
    {
        m_session.reset();
        m_module.reset();
    }

    // A dossier met face to face at this desk whose certificate (key generated on the holder's
    // token) the training CA issued through the outbox; the certificate is on the token.
    QByteArray holderWithCertificate()
    {
        auto created = m_service->create(sampleDossier(QStringLiteral("Dupont")));
        EXPECT_TRUE(created.ok());
        auto meeting = m_service->changeStatus(created->id, created->version,
                                               DossierStatus::ReadyForMeeting, QString());
        auto verified = m_service->changeStatus(created->id, meeting->version,
                                                DossierStatus::IdentityVerified, QString());
        EXPECT_TRUE(verified.ok());
        m_previousDossier = created->id;
        openToken(true);
        EXPECT_TRUE(
            m_session->generateKeyPair(KeyAlgorithm::EcP256, kOldKeyId, QStringLiteral("old"))
                .ok());
        CertificateSubject subject;
        subject.commonName = QStringLiteral("Jean Dupont");
        subject.givenName = QStringLiteral("Jean");
        subject.surname = QStringLiteral("Dupont");
        subject.country = QStringLiteral("FR");
        auto csr = CertificateRequest::build(
            subject, *m_session->publicKeyInfo(kOldKeyId), KeyAlgorithm::EcP256,
            [this](const QByteArray& data) { return m_session->sign(kOldKeyId, data); });
        EXPECT_TRUE(csr.ok());
        CaRequests requests(*m_db, m_clock, ProductCatalogue::builtIn(), m_service->actor());
        auto queued = requests.queueEnrolment(created->id, *csr);
        EXPECT_TRUE(queued.ok()) << (queued ? "" : text(queued.error()));
        auto transport = QtCmpTransport::create({QUrl(url()), {}, 15000});
        EXPECT_TRUE(transport.ok());
        CmpEndpoint endpoint;
        endpoint.transport = transport->get();
        CmpCredentials credentials;
        credentials.reference = "guichet-ra";
        credentials.secret = SecretBytes::copyOf(QByteArrayView("cli-shared-secret"));
        OutboxDelivery delivery(requests, m_clock, QStringLiteral("training"), std::move(endpoint),
                                std::move(credentials), OutboxOptions{});
        auto sent = delivery.sendOne();
        EXPECT_TRUE(sent.ok() && sent->outcome == OutboxDelivery::Outcome::Delivered)
            << (sent ? sent->message.toStdString() : text(sent.error()));
        auto certificates = requests.certificates(created->id);
        const QByteArray der =
            certificates.ok() && !certificates->isEmpty() ? certificates->last().der : QByteArray();
        EXPECT_TRUE(m_session->importCertificate(kOldKeyId, QStringLiteral("old"), der).ok());
        closeToken();
        return der;
    }

    QList<OutboxItem> outboxOf(qint64 dossierId)
    {
        auto items = OutboxRepository(*m_db).forDossier(dossierId);
        EXPECT_TRUE(items.ok());
        return items ? *items : QList<OutboxItem>();
    }

    static QString serialOf(const QByteArray& der)
    {
        auto facts = PreviousCertificates::read(der);
        return facts ? facts->serialHex : QString();
    }

    QTemporaryDir m_home;
    std::unique_ptr<SoftHsmToken> m_softHsm;
    QProcess m_server;
    quint16 m_port = 0;
    SystemClock m_clock; // the CLI's clock: the renewal decision compares both
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierService> m_service;
    std::unique_ptr<Pkcs11Module> m_module;
    std::unique_ptr<TokenSession> m_session;
    QString m_tokenSerial;
    qint64 m_previousDossier = 0;
};

TEST_F(KeyUpdateCliTest, KeyUpdateOnTheHolderTokenThenRevocationBySerial)
{
    const QByteArray current = holderWithCertificate();
    ASSERT_FALSE(current.isEmpty());
    ASSERT_FALSE(m_tokenSerial.isEmpty());

    // A wrong PIN: the renewal dossier is opened, but nothing is queued and no key generated.
    const CliRun wrong =
        cli({QStringLiteral("ca"), QStringLiteral("renew"), QStringLiteral("--token"),
             m_tokenSerial, QStringLiteral("--key-update"), QStringLiteral("--pin-fd"),
             QStringLiteral("0"), QStringLiteral("--url"), url()},
            QByteArrayLiteral("000000\n"));
    EXPECT_EQ(wrong.exitCode, 1) << wrong.err.toStdString();
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("PIN"))) << wrong.err.toStdString();
    EXPECT_FALSE(wrong.err.contains(QStringLiteral("000000")));
    static const QRegularExpression openedLine(QStringLiteral("Renewal dossier (\\d+) opened"));
    const auto match = openedLine.match(wrong.out);
    ASSERT_TRUE(match.hasMatch()) << wrong.out.toStdString();
    const qint64 renewal = match.captured(1).toLongLong();
    EXPECT_TRUE(outboxOf(renewal).isEmpty()) << "nothing queued after a wrong PIN";
    auto draft = m_service->find(renewal);
    ASSERT_TRUE(draft.ok());
    EXPECT_EQ(draft->status, DossierStatus::Draft);
    openToken(true);
    const qsizetype objectsBefore = m_session->objects().size();
    closeToken();

    // The right PIN on the dossier just opened.
    const CliRun done =
        cli({QStringLiteral("ca"), QStringLiteral("renew"), QStringLiteral("--dossier"),
             QString::number(renewal), QStringLiteral("--token"), m_tokenSerial,
             QStringLiteral("--key-update"), QStringLiteral("--pin-fd"), QStringLiteral("0"),
             QStringLiteral("--url"), url(), QStringLiteral("--json")},
            kPin + '\n');
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_FALSE(done.err.contains(QString::fromLatin1(kPin)));
    const QJsonObject answer = QJsonDocument::fromJson(done.out.toUtf8()).object();
    const QString newSerial = answer.value(QStringLiteral("serial")).toString();
    const QByteArray newKeyId =
        QByteArray::fromHex(answer.value(QStringLiteral("keyId")).toString().toLatin1());
    ASSERT_FALSE(newSerial.isEmpty()) << done.out.toStdString();
    EXPECT_NE(newSerial, serialOf(current));

    // On the token: the new certificate beside the new key, which it certifies.
    openToken(true);
    EXPECT_EQ(m_session->objects().size(), objectsBefore + 3) << "key pair and certificate";
    auto onToken = TokenCertificates::all(*m_module, *m_session);
    ASSERT_TRUE(onToken.ok());
    QByteArray renewed;
    for (const QByteArray& der : *onToken) {
        if (serialOf(der) == newSerial) {
            renewed = der;
        }
    }
    ASSERT_FALSE(renewed.isEmpty()) << "the new certificate is on the token";
    auto keyId = TokenCertificates::keyIdOf(*m_module, *m_session, renewed);
    ASSERT_TRUE(keyId.ok());
    EXPECT_EQ(*keyId, newKeyId);
    openssl::X509Ptr cert = openssl::certificateFromDer(renewed);
    ASSERT_TRUE(cert);
    auto newKey = m_session->publicKeyInfo(newKeyId);
    ASSERT_TRUE(newKey.ok()) << text(newKey.error());
    EXPECT_EQ(openssl::toDer(X509_get0_pubkey(cert.get()), i2d_PUBKEY), *newKey);
    auto facts = m_session->keyFacts(newKeyId);
    ASSERT_TRUE(facts.ok());
    EXPECT_TRUE(facts->local && facts->neverExtractable);
    closeToken();

    // The dossier: certificate issued, with the new certificate.
    auto issued = m_service->find(renewal);
    ASSERT_TRUE(issued.ok());
    EXPECT_EQ(issued->status, DossierStatus::CertificateIssued);

    // Revocation by serial: two certificates now, so the serial is required.
    const QStringList revoke{QStringLiteral("ca"),        QStringLiteral("revoke"),
                             QStringLiteral("--dossier"), QString::number(renewal),
                             QStringLiteral("--reason"),  QStringLiteral("superseded")};
    const CliRun ambiguous = cli(revoke);
    EXPECT_EQ(ambiguous.exitCode, 1);
    EXPECT_TRUE(ambiguous.err.contains(newSerial)) << ambiguous.err.toStdString();
    const CliRun unknown =
        cli(revoke + QStringList{QStringLiteral("--serial"), QStringLiteral("DEADBEEF")});
    EXPECT_EQ(unknown.exitCode, 1);
    const CliRun queued =
        cli(revoke + QStringList{QStringLiteral("--serial"), serialOf(current).toLower()});
    ASSERT_EQ(queued.exitCode, 0) << queued.err.toStdString();
    const CliRun again = cli(revoke + QStringList{QStringLiteral("--serial"), serialOf(current)});
    EXPECT_EQ(again.exitCode, 1) << "already in the outbox";
    const CliRun send =
        cli({QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("--url"), url(),
             QStringLiteral("--secret-file"), path("secret"), QStringLiteral("--until-empty")});
    ASSERT_EQ(send.exitCode, 0) << send.err.toStdString();

    auto listed =
        CertificateRevocations(*m_db, m_clock, ProductCatalogue::builtIn(), m_service->actor())
            .list(renewal);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 2);
    EXPECT_TRUE(listed->at(0).renewed);
    EXPECT_TRUE(listed->at(0).revokedUtc.has_value());
    EXPECT_EQ(listed->at(0).recordedInDossier, m_previousDossier);
    EXPECT_FALSE(listed->at(1).revokedUtc.has_value());

    // The training CA's CRL (published when it starts) lists the old serial, not the new one.
    stop(m_server);
    QFile::remove(path("training.crl"));
    QProcess restarted;
    ASSERT_EQ(serve(restarted, m_port), m_port);
    QFile crlFile(path("training.crl"));
    ASSERT_TRUE(crlFile.open(QIODevice::ReadOnly));
    const QByteArray crlDer = crlFile.readAll();
    stop(restarted);
    const auto* in = reinterpret_cast<const unsigned char*>(crlDer.constData());
    std::unique_ptr<X509_CRL, decltype(&X509_CRL_free)> crl(
        d2i_X509_CRL(nullptr, &in, static_cast<long>(crlDer.size())), X509_CRL_free);
    ASSERT_TRUE(crl);
    QStringList revokedSerials;
    STACK_OF(X509_REVOKED)* entries = X509_CRL_get_REVOKED(crl.get());
    for (int i = 0; i < sk_X509_REVOKED_num(entries); ++i) {
        BIGNUM* serial = ASN1_INTEGER_to_BN(
            X509_REVOKED_get0_serialNumber(sk_X509_REVOKED_value(entries, i)), nullptr);
        char* hex = BN_bn2hex(serial);
        revokedSerials.append(QString::fromLatin1(hex));
        OPENSSL_free(hex);
        BN_free(serial);
    }
    EXPECT_TRUE(revokedSerials.contains(serialOf(current)))
        << revokedSerials.join(u' ').toStdString();
    EXPECT_FALSE(revokedSerials.contains(newSerial));
}

} // namespace
} // namespace guichet::test
