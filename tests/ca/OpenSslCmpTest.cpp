// Guichet's CMP client against OpenSSL's own CMP server (`openssl cmp -port`, TESTING.md
// "CMP"), started and stopped by each test, plus a CA that is down and one that answers
// nonsense.
#include "CaFixture.h"
#include "CmpServers.h"
#include "ca/CmpClient.h"

#include <QFile>
#include <QTemporaryDir>

namespace guichet::test {
namespace {

const QByteArray kSecret("mock-ca-secret");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray keyPem(EVP_PKEY* key)
{
    openssl::Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

// A certificate for `key` signed by `issuerKey` (self-signed CA when issuer is null).
openssl::X509Ptr makeCert(EVP_PKEY* key, const char* cn, X509* issuer, EVP_PKEY* issuerKey)
{
    openssl::X509Ptr cert(X509_new());
    X509_set_version(cert.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()),
                     static_cast<long>(QDateTime::currentMSecsSinceEpoch() % 100000));
    X509_NAME_add_entry_by_txt(X509_get_subject_name(cert.get()), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cn), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer != nullptr ? X509_get_subject_name(issuer)
                                                       : X509_get_subject_name(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 86400);
    X509_set_pubkey(cert.get(), key);
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer != nullptr ? issuer : cert.get(), cert.get(), nullptr, nullptr,
                   0);
    openssl::X509ExtPtr constraints(
        X509V3_EXT_conf_nid(nullptr, &context, NID_basic_constraints,
                            issuer != nullptr ? "CA:FALSE" : "critical,CA:TRUE"));
    X509_add_ext(cert.get(), constraints.get(), -1);
    if (issuer != nullptr) {
        openssl::X509ExtPtr san(
            X509V3_EXT_conf_nid(nullptr, &context, NID_subject_alt_name, "IP:127.0.0.1"));
        X509_add_ext(cert.get(), san.get(), -1);
    }
    X509_sign(cert.get(), issuerKey, EVP_sha256());
    return cert;
}

class OpenSslCmpTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_caKey = openssl::PKey(EVP_EC_gen("P-256"));
        m_caCert = makeCert(m_caKey.get(), "Mock CA", nullptr, m_caKey.get());
        m_holderKey = openssl::PKey(EVP_EC_gen("P-256"));
        m_strangerKey = openssl::PKey(EVP_EC_gen("P-256"));
        m_issued = makeCert(m_holderKey.get(), "Jean Dupont", m_caCert.get(), m_caKey.get());
        m_stranger = makeCert(m_strangerKey.get(), "Someone Else", m_caCert.get(), m_caKey.get());
        ASSERT_TRUE(writeFile(path("ca.crt"), openssl::certificatePem(m_caCert.get())));
        ASSERT_TRUE(writeFile(path("ca.key"), keyPem(m_caKey.get())));
        ASSERT_TRUE(writeFile(path("issued.crt"), openssl::certificatePem(m_issued.get())));
        ASSERT_TRUE(writeFile(path("stranger.crt"), openssl::certificatePem(m_stranger.get())));
    }

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QStringList serverArguments(const char* responseCert) const
    {
        return {
            QStringLiteral("-srv_ref"),    QStringLiteral("srv"),
            QStringLiteral("-srv_secret"), QStringLiteral("pass:") + QString::fromLatin1(kSecret),
            QStringLiteral("-srv_cert"),   path("ca.crt"),
            QStringLiteral("-srv_key"),    path("ca.key"),
            QStringLiteral("-rsp_cert"),   path(responseCert),
            QStringLiteral("-rsp_capubs"), path("ca.crt")};
    }

    CmpEndpoint endpoint(quint16 port) const
    {
        CmpEndpoint endpoint;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = port;
        endpoint.path = QStringLiteral("pkix/");
        endpoint.messageTimeoutSeconds = 2;
        endpoint.totalTimeoutSeconds = 5;
        endpoint.trustAnchorsDer = {openssl::toDer(m_caCert.get(), i2d_X509)};
        return endpoint;
    }

    static CmpCredentials credentials()
    {
        CmpCredentials credentials;
        credentials.protection = CmpProtection::SharedSecret;
        credentials.reference = "cli";
        credentials.secret = SecretBytes::copyOf(kSecret);
        return credentials;
    }

    CmpEnrolment request() const
    {
        CmpEnrolment request;
        request.type = CmpRequestType::P10cr;
        request.csrDer = CaFixture::csrFor(m_holderKey.get(), QStringLiteral("Jean Dupont"));
        request.certificateProfile = QStringLiteral("rgs2");
        request.idempotencyKey = QStringLiteral("dossier-7/enrol");
        return request;
    }

    QTemporaryDir m_dir;
    openssl::PKey m_caKey, m_holderKey, m_strangerKey;
    openssl::X509Ptr m_caCert, m_issued, m_stranger;
};

TEST_F(OpenSslCmpTest, EnrolmentWithSharedSecret)
{
    OpenSslServer server;
    const quint16 port = server.start(serverArguments("issued.crt"));
    ASSERT_NE(port, 0) << server.output().toStdString();
    CmpClient client(endpoint(port), credentials());
    auto issued = client.enrol(request());
    ASSERT_TRUE(issued.ok()) << text(issued.error());
    EXPECT_EQ(issued->certificateDer, openssl::toDer(m_issued.get(), i2d_X509));
}

TEST_F(OpenSslCmpTest, RejectionIsReportedWithTheCaReason)
{
    OpenSslServer server;
    const quint16 port = server.start(
        serverArguments("issued.crt") +
        QStringList{QStringLiteral("-pkistatus"), QStringLiteral("2"), QStringLiteral("-failure"),
                    QStringLiteral("15"), QStringLiteral("-statusstring"),
                    QStringLiteral("policy not allowed for this RA")});
    ASSERT_NE(port, 0) << server.output().toStdString();
    CmpClient client(endpoint(port), credentials());
    auto issued = client.enrol(request());
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(client.lastFailure(), CmpFailure::Rejected) << text(issued.error());
    EXPECT_NE(client.lastFailInfo() & (1 << OSSL_CMP_PKIFAILUREINFO_unacceptedPolicy), 0);
    EXPECT_TRUE(issued.error().message.contains(u"policy not allowed for this RA"))
        << text(issued.error());
    EXPECT_TRUE(issued.error().message.contains(u"unacceptedPolicy")) << text(issued.error());
}

TEST_F(OpenSslCmpTest, WrongSecretIsAProtectionFailure)
{
    OpenSslServer server;
    const quint16 port = server.start(serverArguments("issued.crt"));
    ASSERT_NE(port, 0) << server.output().toStdString();
    CmpCredentials wrong = credentials();
    wrong.secret = SecretBytes::copyOf(QByteArrayLiteral("guessed"));
    CmpClient client(endpoint(port), std::move(wrong));
    auto issued = client.enrol(request());
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(client.lastFailure(), CmpFailure::ProtectionInvalid) << text(issued.error());
}

TEST_F(OpenSslCmpTest, CertificateForAnotherKeyIsRefused)
{
    OpenSslServer server;
    const quint16 port = server.start(serverArguments("stranger.crt"));
    ASSERT_NE(port, 0) << server.output().toStdString();
    CmpClient client(endpoint(port), credentials());
    auto issued = client.enrol(request());
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(client.lastFailure(), CmpFailure::WrongCertificate) << text(issued.error());
    EXPECT_TRUE(issued.error().message.contains(u"does not match")) << text(issued.error());
}

TEST_F(OpenSslCmpTest, ServerThatIsDown)
{
    CmpClient client(endpoint(closedPort()), credentials());
    auto issued = client.enrol(request());
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(client.lastFailure(), CmpFailure::Unreachable) << text(issued.error());
    EXPECT_EQ(issued.error().code, ErrorCode::Io);
    EXPECT_TRUE(issued.error().message.contains(u"could not be reached")) << text(issued.error());
}

TEST_F(OpenSslCmpTest, ServerThatAnswersGarbage)
{
    for (const QByteArray& nonsense :
         {QByteArrayLiteral("HTTP/1.0 200 OK\r\nContent-Type: "
                            "application/pkixcmp\r\nContent-Length: 8\r\n\r\nnonsense"),
          QByteArrayLiteral("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                            "13\r\n\r\n<h1>hello</h1>"),
          QByteArrayLiteral("SSH-2.0-OpenSSH_9.2\r\n")}) {
        SCOPED_TRACE(nonsense.toStdString());
        GarbageServerThread garbage(nonsense);
        const quint16 port = garbage.begin();
        ASSERT_NE(port, 0);
        CmpClient client(endpoint(port), credentials());
        auto issued = client.enrol(request());
        ASSERT_FALSE(issued.ok());
        EXPECT_EQ(client.lastFailure(), CmpFailure::UnexpectedMessage) << text(issued.error());
    }
}

TEST_F(OpenSslCmpTest, HttpsIsVerifiedAgainstTheProfileTrustAnchors)
{
    openssl::PKey tlsKey(EVP_EC_gen("P-256"));
    openssl::X509Ptr tlsCert = makeCert(tlsKey.get(), "cmp.example", m_caCert.get(), m_caKey.get());
    ASSERT_TRUE(writeFile(path("tls.crt"), openssl::certificatePem(tlsCert.get())));
    ASSERT_TRUE(writeFile(path("tls.key"), keyPem(tlsKey.get())));
    OpenSslServer server;
    const quint16 port = server.startTls(path("tls.crt"), path("tls.key"));
    ASSERT_NE(port, 0) << server.output().toStdString();

    // Trusted: the TLS handshake succeeds; what answers is not a CMP server.
    CmpEndpoint trusted = endpoint(port);
    trusted.tls = true;
    CmpClient client(trusted, credentials());
    auto answered = client.enrol(request());
    ASSERT_FALSE(answered.ok());
    EXPECT_EQ(client.lastFailure(), CmpFailure::UnexpectedMessage) << text(answered.error());

    // A CA certificate the profile does not trust: refused at the handshake.
    openssl::PKey otherKey(EVP_EC_gen("P-256"));
    openssl::X509Ptr otherCa = makeCert(otherKey.get(), "Other CA", nullptr, otherKey.get());
    CmpEndpoint untrusted = trusted;
    untrusted.trustAnchorsDer = {openssl::toDer(otherCa.get(), i2d_X509)};
    CmpClient refused(untrusted, credentials());
    auto failed = refused.enrol(request());
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(refused.lastFailure(), CmpFailure::Tls) << text(failed.error());

    // The right CA but another name than the certificate's.
    CmpEndpoint wrongName = trusted;
    wrongName.host = QStringLiteral("localhost");
    CmpClient misnamed(wrongName, credentials());
    auto mismatch = misnamed.enrol(request());
    ASSERT_FALSE(mismatch.ok());
    EXPECT_EQ(misnamed.lastFailure(), CmpFailure::Tls) << text(mismatch.error());
}

} // namespace
} // namespace guichet::test
