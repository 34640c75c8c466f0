// CMP over HTTPS through Qt Network (issue 6, "HTTPS with the profile's trust anchors"): the
// training CA's loopback CMP server behind a real TLS endpoint (QSslServer with OpenSSL), with
// certificates made by the `openssl` command for this test. Only the CA profile's anchors are
// trusted, and a server they do not vouch for, or one named otherwise, receives nothing.
#include "CaFixture.h"
#include "ca/CmpClient.h"
#include "ca/CmpHttpServer.h"
#include "ca/TrainingCmpServer.h"
#include "ca/outbox/QtCmpTransport.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>

namespace guichet::test {
namespace {

// A TLS front for a plain loopback server: decrypts, forwards the bytes both ways.
class TlsFront {
public:
    TlsFront(const QSslCertificate& certificate, const QSslKey& key, quint16 backendPort)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the client has no certificate
        m_server.setSslConfiguration(tls);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server,
                         [this, backendPort] {
                             while (QTcpSocket* client = m_server.nextPendingConnection()) {
                                 forward(client, backendPort);
                             }
                         });
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0))
            << m_server.errorString().toStdString();
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    static void forward(QTcpSocket* client, quint16 backendPort)
    {
        auto* backend = new QTcpSocket(client);
        backend->connectToHost(QHostAddress::LocalHost, backendPort);
        QObject::connect(client, &QTcpSocket::readyRead, backend,
                         [client, backend] { backend->write(client->readAll()); });
        QObject::connect(backend, &QTcpSocket::readyRead, client,
                         [client, backend] { client->write(backend->readAll()); });
        QObject::connect(backend, &QTcpSocket::disconnected, client, [client, backend] {
            client->write(backend->readAll());
            client->disconnectFromHost();
        });
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

    QSslServer m_server;
};

class QtCmpTransportTlsTest : public CaFixture {
protected:
    void SetUp() override
    {
        CaFixture::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        if (!QSslSocket::supportsSsl()) {
            if (qEnvironmentVariableIntValue("GUICHET_REQUIRE_TLS") == 1) {
                FAIL() << "Qt has no TLS backend";
            }
            GTEST_SKIP() << "Qt has no TLS backend (qt6 openssl TLS plugin missing)";
        }
        ASSERT_TRUE(m_dir.isValid());
        m_cmp = std::make_unique<TrainingCmpServer>(*ca, "guichet-ra",
                                                    SecretBytes::copyOf("qt-transport-secret"));
        ASSERT_TRUE(m_cmp->start().ok());
        m_http = std::make_unique<CmpHttpServer>(*m_cmp);
        auto port = m_http->listen(0);
        ASSERT_TRUE(port.ok());
        m_httpPort = *port;
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void openssl(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(GUICHET_OPENSSL), arguments);
        ASSERT_TRUE(process.waitForFinished(30000));
        ASSERT_EQ(process.exitCode(), 0) << process.readAll().toStdString();
    }

    // A self-signed TLS root named `name` (files name.crt, name.key).
    void makeRoot(const QString& name)
    {
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                 QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
                 QStringLiteral("-out"), path(name + QStringLiteral(".crt")),
                 QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-days"),
                 QStringLiteral("2"), QStringLiteral("-addext"),
                 QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                 QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    }

    // A server certificate for `subjectAltName` (e.g. "IP:127.0.0.1") issued by `root`.
    void makeServer(const QString& root, const QString& subjectAltName)
    {
        QFile extensions(path(QStringLiteral("server.ext")));
        ASSERT_TRUE(extensions.open(QIODevice::WriteOnly | QIODevice::Truncate));
        extensions.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                         "extendedKeyUsage=serverAuth\nsubjectAltName=" +
                         subjectAltName.toLatin1() + "\n");
        extensions.close();
        openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 path(QStringLiteral("server.key")), QStringLiteral("-out"),
                 path(QStringLiteral("server.csr")), QStringLiteral("-subj"),
                 QStringLiteral("/CN=Test CMP endpoint")});
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 path(QStringLiteral("server.csr")), QStringLiteral("-CA"),
                 path(root + QStringLiteral(".crt")), QStringLiteral("-CAkey"),
                 path(root + QStringLiteral(".key")), QStringLiteral("-set_serial"),
                 QStringLiteral("7"), QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-extfile"), path(QStringLiteral("server.ext")),
                 QStringLiteral("-out"), path(QStringLiteral("server.crt"))});
    }

    QByteArray der(const QString& certificateFile) const
    {
        const auto certificates = QSslCertificate::fromPath(path(certificateFile));
        return certificates.isEmpty() ? QByteArray() : certificates.first().toDer();
    }

    std::unique_ptr<TlsFront> front()
    {
        QFile keyFile(path(QStringLiteral("server.key")));
        EXPECT_TRUE(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(keyFile.readAll(), QSsl::Ec);
        const auto certificates = QSslCertificate::fromPath(path(QStringLiteral("server.crt")));
        EXPECT_EQ(certificates.size(), 1);
        return std::make_unique<TlsFront>(certificates.value(0), key, m_httpPort);
    }

    // Enrols over https://127.0.0.1:port/pkix/ trusting only `anchorFile`.
    Result<CmpCertificate> enrolOverHttps(quint16 port, const QString& anchorFile,
                                          openssl::PKey& key)
    {
        auto network =
            QtCmpTransport::create({QUrl(QStringLiteral("https://127.0.0.1:%1/pkix/").arg(port)),
                                    {der(anchorFile)},
                                    10000});
        if (!network) {
            return network.error();
        }
        CmpEndpoint endpoint;
        endpoint.transport = network->get();
        CmpCredentials credentials;
        credentials.reference = "guichet-ra";
        credentials.secret = SecretBytes::copyOf(QByteArrayLiteral("qt-transport-secret"));
        CmpClient client(endpoint, std::move(credentials));
        CmpEnrolment request;
        request.csrDer = csrFor(key.get(), QStringLiteral("Jean Dupont"));
        request.certificateProfile = QStringLiteral("rgs2");
        request.idempotencyKey = QStringLiteral("qt-tls/1");
        return client.enrol(request);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TrainingCmpServer> m_cmp;
    std::unique_ptr<CmpHttpServer> m_http;
    quint16 m_httpPort = 0;
};

TEST_F(QtCmpTransportTlsTest, EnrolsOverHttpsTrustingOnlyTheProfilesAnchor)
{
    makeRoot(QStringLiteral("tls-root"));
    makeServer(QStringLiteral("tls-root"), QStringLiteral("IP:127.0.0.1"));
    auto tls = front();
    openssl::PKey key = newKey();
    auto issued = enrolOverHttps(tls->port(), QStringLiteral("tls-root.crt"), key);
    ASSERT_TRUE(issued.ok()) << text(issued.error());
    EXPECT_EQ(
        EVP_PKEY_eq(X509_get0_pubkey(openssl::certificateFromDer(issued->certificateDer).get()),
                    key.get()),
        1);
    EXPECT_GE(m_http->requestsAnswered(), 1);
}

TEST_F(QtCmpTransportTlsTest, AServerTheAnchorsDoNotVouchForReceivesNothing)
{
    makeRoot(QStringLiteral("tls-root"));
    makeRoot(QStringLiteral("other-root"));
    makeServer(QStringLiteral("tls-root"), QStringLiteral("IP:127.0.0.1"));
    auto tls = front();
    openssl::PKey key = newKey();
    auto refused = enrolOverHttps(tls->port(), QStringLiteral("other-root.crt"), key);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not trusted")))
        << text(refused.error());
    EXPECT_EQ(m_http->requestsAnswered(), 0);
}

TEST_F(QtCmpTransportTlsTest, ACertificateForAnotherNameIsRefused)
{
    makeRoot(QStringLiteral("tls-root"));
    makeServer(QStringLiteral("tls-root"), QStringLiteral("DNS:ca.example.org"));
    auto tls = front();
    openssl::PKey key = newKey();
    auto refused = enrolOverHttps(tls->port(), QStringLiteral("tls-root.crt"), key);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("secure connection")))
        << text(refused.error());
    EXPECT_EQ(m_http->requestsAnswered(), 0);
}

} // namespace
} // namespace guichet::test
