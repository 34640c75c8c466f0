#include "CaFixture.h"
#include "CmpServers.h"
#include "ca/CmpClient.h"
#include "ca/CmpHttpServer.h"
#include "ca/TrainingCmpServer.h"

namespace guichet::test {
namespace {

const QByteArray kReference("guichet-ra");
const QByteArray kSecret("training-secret-1234");

SecretBytes secret(const QByteArray& value)
{
    return SecretBytes::copyOf(value);
}

class CmpTest : public CaFixture {
protected:
    void SetUp() override
    {
        CaFixture::SetUp();
        server = std::make_unique<TrainingCmpServer>(*ca, kReference, secret(kSecret));
        const Status started = server->start();
        ASSERT_TRUE(started.ok()) << text(started.error());
        transport = std::make_unique<InProcessCmpTransport>(*server);
    }

    void TearDown() override
    {
        transport.reset();
        server.reset();
        CaFixture::TearDown();
    }

    CmpEndpoint inProcess() const
    {
        CmpEndpoint endpoint;
        endpoint.transport = transport.get();
        endpoint.trustAnchorsDer = {openssl::toDer(ca->rootCertificate(), i2d_X509)};
        return endpoint;
    }

    static CmpEndpoint http(quint16 port, const QList<QByteArray>& anchors)
    {
        CmpEndpoint endpoint;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = port;
        endpoint.path = QStringLiteral("pkix/");
        endpoint.messageTimeoutSeconds = 5;
        endpoint.totalTimeoutSeconds = 10;
        endpoint.trustAnchorsDer = anchors;
        return endpoint;
    }

    static CmpCredentials sharedSecret(const QByteArray& value = kSecret)
    {
        CmpCredentials credentials;
        credentials.protection = CmpProtection::SharedSecret;
        credentials.reference = kReference;
        credentials.secret = secret(value);
        return credentials;
    }

    // An operator credential issued by the training CA (authentication: digitalSignature).
    CmpCredentials operatorCredential()
    {
        CmpCredentials credentials;
        credentials.protection = CmpProtection::Signature;
        credentials.key = newKey();
        auto der = ca->issue(
            csrFor(credentials.key.get(), QStringLiteral("Operator Alice")),
            IssueRequest{
                QStringLiteral("rgs2"), QStringLiteral("authentication"), {}, {}, {}, {}, {}, {}});
        EXPECT_TRUE(der.ok());
        credentials.certificate = openssl::certificateFromDer(der.ok() ? *der : QByteArray());
        return credentials;
    }

    static CmpEnrolment p10cr(const QByteArray& csr, const QString& key = {})
    {
        CmpEnrolment request;
        request.type = CmpRequestType::P10cr;
        request.csrDer = csr;
        request.certificateProfile = QStringLiteral("rgs2");
        request.usage = QStringLiteral("authentication");
        request.idempotencyKey = key;
        return request;
    }

    std::unique_ptr<TrainingCmpServer> server;
    std::unique_ptr<InProcessCmpTransport> transport;
};

void expectCertificateFor(const QByteArray& der, EVP_PKEY* key)
{
    openssl::X509Ptr cert = openssl::certificateFromDer(der);
    ASSERT_TRUE(cert);
    EXPECT_EQ(EVP_PKEY_eq(X509_get0_pubkey(cert.get()), key), 1);
}

TEST_F(CmpTest, InProcessP10crWithSharedSecret)
{
    openssl::PKey key = newKey();
    CmpClient client(inProcess(), sharedSecret());
    auto issued = client.enrol(p10cr(csrFor(key.get(), QStringLiteral("Jean Dupont"))));
    ASSERT_TRUE(issued.ok()) << text(issued.error());
    expectCertificateFor(issued->certificateDer, key.get());
    openssl::X509Ptr cert = openssl::certificateFromDer(issued->certificateDer);
    EXPECT_EQ(X509_get_extended_key_usage(cert.get()), static_cast<uint32_t>(XKU_SSL_CLIENT));
    EXPECT_EQ(X509_verify(cert.get(), X509_get0_pubkey(ca->issuingCertificate())), 1);
    EXPECT_EQ(*ca->issuedCount(), 1);
}

TEST_F(CmpTest, InProcessIrAndKurWithSignatureThenRevocation)
{
    CmpCredentials credentials = operatorCredential();
    ASSERT_TRUE(credentials.certificate);
    openssl::PKey holderKey = newKey();
    CmpEnrolment ir;
    ir.type = CmpRequestType::Ir;
    ir.csrDer = csrFor(holderKey.get(), QStringLiteral("Marie Curie"), {}, QStringLiteral("FR"));
    ir.newKey = holderKey.get();
    ir.certificateProfile = QStringLiteral("qcp-n-qscd");
    ir.usage = QStringLiteral("signature");
    CmpClient client(inProcess(), std::move(credentials));
    auto issued = client.enrol(ir);
    ASSERT_TRUE(issued.ok()) << text(issued.error());
    expectCertificateFor(issued->certificateDer, holderKey.get());
    // RFC 4210 5.3.2: an ip publishes the CA certificates.
    ASSERT_EQ(issued->caPublicationsDer.size(), 1);
    EXPECT_EQ(issued->caPublicationsDer.first(), openssl::toDer(ca->rootCertificate(), i2d_X509));

    // Renewal: key update signed with the certificate being renewed and its key.
    CmpCredentials old;
    old.protection = CmpProtection::Signature;
    old.certificate = openssl::certificateFromDer(issued->certificateDer);
    old.key = openssl::PKey(holderKey.release());
    openssl::PKey renewedKey = newKey();
    CmpEnrolment kur;
    kur.type = CmpRequestType::Kur;
    kur.newKey = renewedKey.get();
    kur.oldCertificateDer = issued->certificateDer;
    kur.certificateProfile = QStringLiteral("qcp-n-qscd");
    kur.usage = QStringLiteral("signature");
    CmpClient renewal(inProcess(), std::move(old));
    auto renewed = renewal.enrol(kur);
    ASSERT_TRUE(renewed.ok()) << text(renewed.error());
    expectCertificateFor(renewed->certificateDer, renewedKey.get());
    openssl::X509Ptr renewedCert = openssl::certificateFromDer(renewed->certificateDer);
    openssl::X509Ptr oldCert = openssl::certificateFromDer(issued->certificateDer);
    EXPECT_EQ(X509_NAME_cmp(X509_get_subject_name(renewedCert.get()),
                            X509_get_subject_name(oldCert.get())),
              0);

    // Revocation of the old one, by the operator.
    CmpClient revoker(inProcess(), operatorCredential());
    const Status revoked = revoker.revoke(issued->certificateDer, RevocationReason::Superseded);
    ASSERT_TRUE(revoked.ok()) << text(revoked.error());
    auto crl = ca->crl();
    ASSERT_TRUE(crl.ok());
    const auto* in = reinterpret_cast<const unsigned char*>(crl->constData());
    openssl::X509CrlPtr parsed(d2i_X509_CRL(nullptr, &in, static_cast<long>(crl->size())));
    X509_REVOKED* entry = nullptr;
    ASSERT_EQ(X509_CRL_get0_by_cert(parsed.get(), &entry, oldCert.get()), 1);
    auto* reason = static_cast<ASN1_ENUMERATED*>(
        X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, nullptr, nullptr));
    ASSERT_NE(reason, nullptr);
    EXPECT_EQ(ASN1_ENUMERATED_get(reason), static_cast<long>(RevocationReason::Superseded));
    ASN1_ENUMERATED_free(reason);
    EXPECT_EQ(X509_CRL_get0_by_cert(parsed.get(), &entry, renewedCert.get()), 0);
}

TEST_F(CmpTest, RepeatedRequestIsAnsweredWithoutIssuingTwice)
{
    openssl::PKey key = newKey();
    const QByteArray csr = csrFor(key.get(), QStringLiteral("Jean Dupont"));
    CmpClient client(inProcess(), sharedSecret());
    auto first = client.enrol(p10cr(csr, QStringLiteral("outbox-item-17")));
    auto again = client.enrol(p10cr(csr, QStringLiteral("outbox-item-17")));
    ASSERT_TRUE(first.ok() && again.ok());
    EXPECT_EQ(first->certificateDer, again->certificateDer);
    EXPECT_EQ(first->transactionId, again->transactionId);
    EXPECT_EQ(server->repeatsAnswered(), 1);
    EXPECT_EQ(*ca->issuedCount(), 1);
    auto other = client.enrol(p10cr(csr, QStringLiteral("outbox-item-18")));
    ASSERT_TRUE(other.ok());
    EXPECT_NE(other->certificateDer, first->certificateDer);
    EXPECT_EQ(*ca->issuedCount(), 2);
}

TEST_F(CmpTest, RejectionCarriesTheCaReason)
{
    openssl::PKey key = newKey();
    CmpEnrolment request = p10cr(csrFor(key.get(), QStringLiteral("Jean Dupont")));
    request.certificateProfile = QStringLiteral("gold");
    CmpClient client(inProcess(), sharedSecret());
    auto issued = client.enrol(request);
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(client.lastFailure(), CmpFailure::Rejected);
    EXPECT_NE(client.lastFailInfo() & (1 << OSSL_CMP_PKIFAILUREINFO_badCertTemplate), 0);
    EXPECT_TRUE(issued.error().message.contains(u"gold")) << text(issued.error());
    EXPECT_TRUE(issued.error().message.contains(u"badCertTemplate")) << text(issued.error());
    EXPECT_FALSE(CmpClient::isTransient(client.lastFailure()));
}

TEST_F(CmpTest, WrongSharedSecretIsAProtectionFailure)
{
    openssl::PKey key = newKey();
    CmpClient client(inProcess(), sharedSecret("not-the-secret"));
    auto issued = client.enrol(p10cr(csrFor(key.get(), QStringLiteral("Jean Dupont"))));
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(client.lastFailure(), CmpFailure::ProtectionInvalid) << text(issued.error());
    EXPECT_EQ(*ca->issuedCount(), 0);
}

TEST_F(CmpTest, LoopbackHttpWithBothProtections)
{
    TrainingCaServerThread http(databaseConfig(), masterKeyBytes(), kReference, kSecret);
    const quint16 port = http.begin();
    ASSERT_NE(port, 0) << http.problem().toStdString();
    const QList<QByteArray> anchors{openssl::toDer(ca->rootCertificate(), i2d_X509)};

    openssl::PKey key = newKey();
    CmpClient bySecret(this->http(port, anchors), sharedSecret());
    auto issued = bySecret.enrol(
        p10cr(csrFor(key.get(), QStringLiteral("Jean Dupont")), QStringLiteral("k1")));
    ASSERT_TRUE(issued.ok()) << text(issued.error());
    expectCertificateFor(issued->certificateDer, key.get());
    auto repeated = bySecret.enrol(
        p10cr(csrFor(key.get(), QStringLiteral("Jean Dupont")), QStringLiteral("k1")));
    ASSERT_TRUE(repeated.ok()) << text(repeated.error());
    EXPECT_EQ(repeated->certificateDer, issued->certificateDer);

    CmpClient bySignature(this->http(port, anchors), operatorCredential());
    openssl::PKey other = newKey();
    CmpEnrolment cr;
    cr.type = CmpRequestType::Cr;
    cr.csrDer = csrFor(other.get(), QStringLiteral("Paul Martin"));
    cr.newKey = other.get();
    cr.certificateProfile = QStringLiteral("rgs3");
    cr.usage = QStringLiteral("signature-authentication");
    auto signedOne = bySignature.enrol(cr);
    ASSERT_TRUE(signedOne.ok()) << text(signedOne.error());
    expectCertificateFor(signedOne->certificateDer, other.get());
    http.stop();
    EXPECT_EQ(http.repeats(), 1);
    EXPECT_EQ(*ca->issuedCount(), 3); // the operator's credential and two, not three
}

TEST_F(CmpTest, CaThatGoesAwayAndComesBack)
{
    const QList<QByteArray> anchors{openssl::toDer(ca->rootCertificate(), i2d_X509)};
    const quint16 port = closedPort();
    openssl::PKey key = newKey();
    const CmpEnrolment request =
        p10cr(csrFor(key.get(), QStringLiteral("Jean Dupont")), QStringLiteral("k9"));
    CmpClient client(http(port, anchors), sharedSecret());
    auto down = client.enrol(request);
    ASSERT_FALSE(down.ok());
    EXPECT_EQ(client.lastFailure(), CmpFailure::Unreachable) << text(down.error());
    EXPECT_TRUE(CmpClient::isTransient(client.lastFailure()));

    TrainingCaServerThread back(databaseConfig(), masterKeyBytes(), kReference, kSecret, port);
    ASSERT_EQ(back.begin(), port) << back.problem().toStdString();
    auto up = client.enrol(request);
    ASSERT_TRUE(up.ok()) << text(up.error());
}

} // namespace
} // namespace guichet::test
