#pragma once

// `ca serve-training` on loopback against the CLI's own SQLite database (opened here too), the
// holder's token in a private SoftHSM2 with a certificate the training CA issued, for the
// key update tests through the command line (KeyUpdateCliTest, KeyUpdateFinishCliTest).
#include "CaFixture.h"
#include "CmpServers.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxDelivery.h"
#include "ca/outbox/QtCmpTransport.h"
#include "ca/renewal/PreviousCertificate.h"
#include "service/DossierService.h"
#include "support/CliProcess.h"
#include "support/Samples.h"
#include "support/SoftHsmCard.h"
#include "token/CertificateRequest.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace guichet::test {

class KeyUpdateCliTest : public ::testing::Test {
protected:
    static inline const QByteArray kPassphrase{"correct horse battery staple"};
    static inline const QByteArray kPin{"483920"};
    static inline const QByteArray kOldKeyId = QByteArrayLiteral("\x01");

    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        // The holder's token; the module is closed again while the CLI uses the token.
        m_card.start();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_card.initialise(QStringLiteral("holder"), "12345678", kPin.constData());
        if (HasFatalFailure()) {
            return;
        }
        m_card.unload();
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
        m_card.unload();
        m_service.reset();
        m_db.reset();
        m_card.stop();
    }

    QString path(const char* name) const { return m_home.filePath(QString::fromLatin1(name)); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/pkix/").arg(m_port); }

    CliRun cli(const QStringList& arguments, const QByteArray& input = {}) const
    {
        return runCliAt(QStringLiteral(GUICHET_CLI), m_home, m_card.softHsm->configPath(),
                        arguments, input);
    }

    quint16 serve(QProcess& process, quint16 port) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path("config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path("data"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        process.setProcessEnvironment(env);
        return startServeTraining(
            process, QStringLiteral(GUICHET_CLI),
            {QStringLiteral("--db"), path("cli.sqlite"), QStringLiteral("ca"),
             QStringLiteral("serve-training"), QStringLiteral("--port"), QString::number(port),
             QStringLiteral("--secret-file"), path("secret"), QStringLiteral("--passphrase-fd"),
             QStringLiteral("0"), QStringLiteral("--crl"), path("training.crl")},
            kPassphrase, 30000);
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
        m_card.load();
        if (HasFatalFailure()) {
            return;
        }
        if (login) {
            m_card.login(kPin.constData());
            return;
        }
        auto slot = TokenSlot::findBySerial(*m_card.module, m_card.serial);
        ASSERT_TRUE(slot.ok()) << text(slot.error());
        auto opened = TokenSession::open(*m_card.module, *slot);
        ASSERT_TRUE(opened.ok()) << text(opened.error());
        m_card.session = std::move(opened).value();
    }

    void closeToken() { m_card.unload(); }

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
            m_card.session->generateKeyPair(KeyAlgorithm::EcP256, kOldKeyId, QStringLiteral("old"))
                .ok());
        CertificateSubject subject;
        subject.commonName = QStringLiteral("Jean Dupont");
        subject.givenName = QStringLiteral("Jean");
        subject.surname = QStringLiteral("Dupont");
        subject.country = QStringLiteral("FR");
        auto csr = CertificateRequest::build(
            subject, *m_card.session->publicKeyInfo(kOldKeyId), KeyAlgorithm::EcP256,
            [this](const QByteArray& data) { return m_card.session->sign(kOldKeyId, data); });
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
        EXPECT_TRUE(m_card.session->importCertificate(kOldKeyId, QStringLiteral("old"), der).ok());
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
    SoftHsmCard m_card; // the holder's token
    QProcess m_server;
    quint16 m_port = 0;
    SystemClock m_clock; // the CLI's clock: the renewal decision compares both
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierService> m_service;
    qint64 m_previousDossier = 0;
};

} // namespace guichet::test
