// Issue 6, "Message protection by signature with the operator's credential": the operator's
// key stays on a SoftHSM2 token (Pkcs11KeySigner), OpenSSL's CMP protects with it through
// KeySignerPkey, and OpenSSL's own CMP server (`openssl cmp -port`, TESTING.md "CMP") checks
// the protection against the operator CA it trusts (-srv_trusted).
#include "../crypto/TestPki.h"
#include "CaFixture.h"
#include "CmpServers.h"
#include "ca/CmpClient.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxSender.h"
#include "ca/protection/KeySignerPkey.h"
#include "service/DossierService.h"
#include "support/Samples.h"
#include "support/SoftHsmCard.h"
#include "support/TestDatabase.h"
#include "token/Pkcs11KeySigner.h"

#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

namespace guichet::test {
namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

class CmpSignatureProtectionTest : public ::testing::TestWithParam<KeyAlgorithm> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        card.startLoggedIn(QStringLiteral("Operator card"), "12345678", "246810");
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto facts = card.session->generateKeyPair(GetParam(), kKeyId, QStringLiteral("Operator"));
        ASSERT_TRUE(facts.ok()) << text(facts.error());
        auto spki = card.session->publicKeyInfo(kKeyId);
        ASSERT_TRUE(spki.ok());
        operatorCert = operatorPki.issueFor(*spki, QStringLiteral("Opératrice Carte"));

        // The CA's side: its own certificate and key protect its answers; the certificate it
        // returns is made beforehand for the holder's key (the mock answers every request with it).
        holderKey = CaFixture::newKey();
        auto holderSpki = openssl::toDer(holderKey.get(), i2d_PUBKEY);
        const TestPki::Issued issued = caPki.issueFor(holderSpki, QStringLiteral("Jean Dupont"));
        issuedDer = issued.certificateDer;
        // The CA signs its answers with a certificate for that (digitalSignature) under its root.
        const TestPki::Issued server =
            caPki.issue(TestPki::KeyType::EcP256, QStringLiteral("Mock CMP server"));
        ASSERT_TRUE(writeFile(path("server.crt"), server.certificatePem));
        ASSERT_TRUE(writeFile(path("server.key"), server.keyPem));
        ASSERT_TRUE(writeFile(path("ca.crt"), caPki.rootPem()));
        ASSERT_TRUE(writeFile(path("issued.crt"), issued.certificatePem));
        ASSERT_TRUE(writeFile(path("operators.crt"), operatorPki.rootPem()));
    }

    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }

    // No shared secret at all: the only way in is a signature the operator CA vouches for.
    quint16 startCa()
    {
        const quint16 port =
            ca.start({QStringLiteral("-srv_cert"), path("server.crt"), QStringLiteral("-srv_key"),
                      path("server.key"), QStringLiteral("-srv_trusted"), path("operators.crt"),
                      QStringLiteral("-rsp_cert"), path("issued.crt"),
                      QStringLiteral("-rsp_capubs"), path("ca.crt")});
        EXPECT_NE(port, 0) << ca.output().toStdString();
        return port;
    }

    CmpEndpoint endpoint(quint16 port) const
    {
        CmpEndpoint endpoint;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = port;
        endpoint.path = QStringLiteral("pkix/");
        endpoint.messageTimeoutSeconds = 5;
        endpoint.totalTimeoutSeconds = 10;
        endpoint.trustAnchorsDer = {caPki.rootDer()};
        return endpoint;
    }

    // The operator's card as the window gives it to the sender: a signer shared with the key.
    std::shared_ptr<KeySigner> cardSigner(const QByteArray& keyId, const QByteArray& certificate)
    {
        return std::make_shared<Pkcs11KeySigner>(*card.session, keyId, GetParam(), certificate);
    }

    CmpCredentials signedBy(std::shared_ptr<KeySigner> signer)
    {
        CmpCredentials credentials;
        credentials.protection = CmpProtection::Signature;
        credentials.certificate = openssl::certificateFromDer(signer->certificateDer());
        auto key = KeySignerPkey::make(std::move(signer));
        EXPECT_TRUE(key.ok()) << text(key.error());
        if (key) {
            credentials.key = std::move(key).value();
        }
        return credentials;
    }

    CmpEnrolment request() const
    {
        CmpEnrolment request;
        request.csrDer = CaFixture::csrFor(holderKey.get(), QStringLiteral("Jean Dupont"));
        request.certificateProfile = QStringLiteral("rgs2");
        request.idempotencyKey = QStringLiteral("dossier-9/enrol");
        return request;
    }

    static inline const QByteArray kKeyId = QByteArray::fromHex("0c0d");
    QTemporaryDir dir;
    TestPki operatorPki{QStringLiteral("Operator CA")};
    TestPki caPki{QStringLiteral("Mock CMP CA")};
    TestPki::Issued operatorCert;
    openssl::PKey holderKey;
    QByteArray issuedDer;
    OpenSslServer ca; // `openssl cmp` as the CA
    SoftHsmCard card; // the operator's card; closed first (C_Finalize before its folder goes)
};

TEST_P(CmpSignatureProtectionTest, TheOperatorsCardProtectsTheEnrolment)
{
    const quint16 port = startCa();
    ASSERT_NE(port, 0);
    auto signer = cardSigner(kKeyId, operatorCert.certificateDer);
    CmpClient client(endpoint(port), signedBy(signer));
    auto issued = client.enrol(request());
    ASSERT_TRUE(issued.ok()) << text(issued.error()) << "\nserver: " << ca.output().toStdString();
    EXPECT_EQ(issued->certificateDer, issuedDer);
    EXPECT_EQ(client.lastFailure(), CmpFailure::None);
}

TEST_P(CmpSignatureProtectionTest, AKeyNotMatchingTheCertificateIsRefusedBeforeSending)
{
    const quint16 port = startCa();
    ASSERT_NE(port, 0);
    // A certificate the operator CA issued, but for another key than the card's (of the same
    // kind, then of the other kind).
    for (const auto type : {GetParam() == KeyAlgorithm::Rsa2048 ? TestPki::KeyType::Rsa2048
                                                                : TestPki::KeyType::EcP256,
                            GetParam() == KeyAlgorithm::Rsa2048 ? TestPki::KeyType::EcP256
                                                                : TestPki::KeyType::Rsa2048}) {
        const TestPki::Issued other = operatorPki.issue(type, QStringLiteral("Opératrice Carte"));
        CmpClient client(endpoint(port), signedBy(cardSigner(kKeyId, other.certificateDer)));
        auto issued = client.enrol(request());
        ASSERT_FALSE(issued.ok());
        EXPECT_EQ(client.lastFailure(), CmpFailure::ProtectionInvalid) << text(issued.error());
        EXPECT_FALSE(CmpClient::isTransient(client.lastFailure()));
        EXPECT_TRUE(issued.error().message.contains(u"does not match its certificate"))
            << text(issued.error());
    }
    // Nothing reached the CA: it refuses before sending. The card with its own certificate
    // then enrols, which the CA sees as exactly two requests (p10cr and certConf).
    CmpClient client(endpoint(port), signedBy(cardSigner(kKeyId, operatorCert.certificateDer)));
    auto issued = client.enrol(request());
    ASSERT_TRUE(issued.ok()) << text(issued.error());
    EXPECT_EQ(ca.requestsReceived(2), 2) << ca.output().toStdString();
}

TEST_P(CmpSignatureProtectionTest, TheCaRefusesASignatureItsOperatorCaDoesNotVouchFor)
{
    // The card's key and certificate match, but the certificate comes from a CA the server
    // does not trust: the server cannot verify the protection and refuses the request.
    TestPki stranger(QStringLiteral("Unknown CA"));
    auto spki = card.session->publicKeyInfo(kKeyId);
    ASSERT_TRUE(spki.ok());
    const TestPki::Issued untrusted = stranger.issueFor(*spki, QStringLiteral("Opératrice Carte"));
    const quint16 port = startCa();
    ASSERT_NE(port, 0);
    CmpClient client(endpoint(port), signedBy(cardSigner(kKeyId, untrusted.certificateDer)));
    auto issued = client.enrol(request());
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(client.lastFailure(), CmpFailure::ProtectionInvalid) << text(issued.error());
    EXPECT_TRUE(issued.error().message.contains(u"could not verify the request's protection"))
        << text(issued.error());
    EXPECT_FALSE(CmpClient::isTransient(client.lastFailure()));
    EXPECT_EQ(ca.requestsReceived(1), 1) << ca.output().toStdString();
    std::cout << "[ refused  ] " << text(issued.error()) << "\n";
}

TEST_P(CmpSignatureProtectionTest, ACardThatCannotSignLeavesTheRequestWaiting)
{
    const quint16 port = startCa();
    ASSERT_NE(port, 0);
    // The key is not on the card (removed, or another card inserted): nothing is sent.
    CmpClient client(endpoint(port), signedBy(cardSigner(QByteArray::fromHex("ffff"),
                                                         operatorCert.certificateDer)));
    auto issued = client.enrol(request());
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(client.lastFailure(), CmpFailure::SignerUnavailable) << text(issued.error());
    EXPECT_TRUE(CmpClient::isTransient(client.lastFailure()));
    EXPECT_TRUE(issued.error().message.contains(u"operator's card did not sign"))
        << text(issued.error());
}

TEST_P(CmpSignatureProtectionTest, TheBackgroundSenderProtectsWithTheOperatorsCard)
{
    const quint16 port = startCa();
    ASSERT_NE(port, 0);
    TestDatabase testDb(Engine::Sqlite);
    auto opened = Database::open(testDb.config());
    ASSERT_TRUE(opened.ok()) << text(opened.error());
    std::unique_ptr<Database> db = std::move(opened).value();
    SystemClock clock;
    const OperatorIdentity actor{QStringLiteral("op-alice"), QStringLiteral("Alice")};
    DossierService service(*db, clock, ProductCatalogue::builtIn(), actor);
    CaRequests requests(*db, clock, ProductCatalogue::builtIn(), actor);
    auto created = service.create(sampleDossier());
    ASSERT_TRUE(created.ok()) << text(created.error());
    auto meeting = service.changeStatus(created->id, created->version,
                                        DossierStatus::ReadyForMeeting, QString());
    ASSERT_TRUE(meeting.ok());
    ASSERT_TRUE(
        service
            .changeStatus(created->id, meeting->version, DossierStatus::IdentityVerified, QString())
            .ok());
    auto queued = requests.queueEnrolment(
        created->id, CaFixture::csrFor(holderKey.get(), QStringLiteral("Jean Dupont"), {},
                                       QStringLiteral("FR")));
    ASSERT_TRUE(queued.ok()) << text(queued.error());

    OutboxSenderConfig config;
    config.database = testDb.config();
    config.actor = actor;
    config.profileId = QStringLiteral("training");
    config.url = QUrl(QStringLiteral("http://127.0.0.1:%1/pkix/").arg(port));
    config.trustAnchorsDer = {caPki.rootDer()};
    config.operatorSigner = cardSigner(kKeyId, operatorCert.certificateDer);
    config.timeoutMs = 10000;
    QThread thread;
    auto* sender = new OutboxSender(std::move(config));
    sender->moveToThread(&thread);
    QObject here;
    QString state, message, failure;
    bool stopped = false;
    QObject::connect(&thread, &QThread::started, sender, &OutboxSender::start);
    QObject::connect(sender, &OutboxSender::itemChanged, &here,
                     [&](qint64, const QString& newState, const QString& text) {
                         state = newState;
                         message = text;
                     });
    QObject::connect(sender, &OutboxSender::failed, &here,
                     [&](const QString& text) { failure = text; });
    QObject::connect(sender, &OutboxSender::stopped, &here, [&] { stopped = true; });
    QObject::connect(&thread, &QThread::finished, sender, &QObject::deleteLater);
    thread.start();
    // The card session belongs to this thread in the test; the sender's thread signs through
    // it while this one waits in the event loop below (one signature at a time).
    QDeadlineTimer deadline(60000);
    while (state != u"delivered" && state != u"failed" && failure.isEmpty() &&
           !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QMetaObject::invokeMethod(sender, &OutboxSender::stop, Qt::QueuedConnection);
    QDeadlineTimer stopping(30000);
    while (!stopped && !stopping.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    thread.quit();
    thread.wait();
    EXPECT_TRUE(failure.isEmpty()) << failure.toStdString();
    ASSERT_EQ(state, QStringLiteral("delivered"))
        << message.toStdString() << "\nserver: " << ca.output().toStdString();
    auto certificates = requests.certificates(created->id);
    ASSERT_TRUE(certificates.ok());
    ASSERT_EQ(certificates->size(), 1);
    EXPECT_EQ(certificates->at(0).der, issuedDer);
}

std::string algorithmName(const ::testing::TestParamInfo<KeyAlgorithm>& key)
{
    return keyAlgorithmName(key.param).remove(QLatin1Char('-')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Keys, CmpSignatureProtectionTest,
                         ::testing::Values(KeyAlgorithm::EcP256, KeyAlgorithm::Rsa2048),
                         algorithmName);

} // namespace
} // namespace guichet::test
