// CMP over Qt Network against the training CA's loopback HTTP server, and against a server
// that is down, one that answers garbage, one that answers an HTTP error, and one that never
// answers (cancelled mid-request).
#include "ca/outbox/QtCmpTransport.h"

#include "CaFixture.h"
#include "ca/CmpClient.h"
#include "ca/CmpHttpServer.h"
#include "ca/TrainingCmpServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace guichet::test {
namespace {

// A loopback server that answers every request with the same raw bytes, or never.
class RawServer {
public:
    explicit RawServer(QByteArray answer) : m_answer(std::move(answer))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (!m_answer.isEmpty()) {
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QByteArray m_answer;
    QTcpServer m_server;
};

class QtCmpTransportTest : public CaFixture {
protected:
    std::unique_ptr<QtCmpTransport> transport(quint16 port, int timeoutMs = 5000)
    {
        auto made = QtCmpTransport::create(
            {QUrl(QStringLiteral("http://127.0.0.1:%1/pkix/").arg(port)), {}, timeoutMs});
        EXPECT_TRUE(made.ok());
        return made ? std::move(made).value() : nullptr;
    }

    static CmpClient client(QtCmpTransport& network)
    {
        CmpEndpoint endpoint;
        endpoint.transport = &network;
        CmpCredentials credentials;
        credentials.reference = "guichet-ra";
        credentials.secret = SecretBytes::copyOf(QByteArrayLiteral("qt-transport-secret"));
        return CmpClient(endpoint, std::move(credentials));
    }

    static CmpEnrolment enrolment(EVP_PKEY* key)
    {
        CmpEnrolment request;
        request.csrDer = csrFor(key, QStringLiteral("Jean Dupont"));
        request.certificateProfile = QStringLiteral("rgs2");
        request.idempotencyKey = QStringLiteral("qt-transport/1");
        return request;
    }
};

TEST_F(QtCmpTransportTest, EnrolsThroughTheTrainingCaOverHttp)
{
    TrainingCmpServer cmp(*ca, "guichet-ra", SecretBytes::copyOf("qt-transport-secret"));
    ASSERT_TRUE(cmp.start().ok());
    CmpHttpServer http(cmp);
    auto port = http.listen(0);
    ASSERT_TRUE(port.ok());
    auto network = transport(*port);
    qint64 lastReceived = 0;
    QObject::connect(
        network.get(), &QtCmpTransport::progress, network.get(),
        [&](qint64, qint64 received) { lastReceived = std::max(lastReceived, received); });
    CmpClient cmpClient = client(*network);
    openssl::PKey key = newKey();
    auto issued = cmpClient.enrol(enrolment(key.get()));
    ASSERT_TRUE(issued.ok()) << text(issued.error());
    EXPECT_EQ(
        EVP_PKEY_eq(X509_get0_pubkey(openssl::certificateFromDer(issued->certificateDer).get()),
                    key.get()),
        1);
    EXPECT_GT(lastReceived, 0) << "progress was reported";
}

TEST_F(QtCmpTransportTest, ServerDownIsUnreachable)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    auto network = transport(port);
    auto answer = network->exchange("anything");
    ASSERT_FALSE(answer.ok());
    EXPECT_TRUE(answer.error().message.contains(QStringLiteral("not reachable")))
        << text(answer.error());
    CmpClient cmpClient = client(*network);
    openssl::PKey key = newKey();
    EXPECT_FALSE(cmpClient.enrol(enrolment(key.get())).ok());
    EXPECT_EQ(cmpClient.lastFailure(), CmpFailure::Unreachable);
}

TEST_F(QtCmpTransportTest, GarbageAndHttpErrorsAreNamed)
{
    RawServer garbage("HTTP/1.1 200 OK\r\nContent-Type: application/pkixcmp\r\n"
                      "Content-Length: 5\r\nConnection: close\r\n\r\nhello");
    auto network = transport(garbage.port());
    CmpClient cmpClient = client(*network);
    openssl::PKey key = newKey();
    auto garbled = cmpClient.enrol(enrolment(key.get()));
    ASSERT_FALSE(garbled.ok());
    EXPECT_EQ(cmpClient.lastFailure(), CmpFailure::UnexpectedMessage) << text(garbled.error());

    RawServer failing("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                      "Connection: close\r\n\r\n");
    auto failingNetwork = transport(failing.port());
    auto answer = failingNetwork->exchange("anything");
    ASSERT_FALSE(answer.ok());
    EXPECT_TRUE(answer.error().message.contains(QStringLiteral("503"))) << text(answer.error());
}

TEST_F(QtCmpTransportTest, CancelMidRequestAndTimeout)
{
    RawServer silent({});
    auto network = transport(silent.port(), 30000);
    QTimer::singleShot(200, network.get(), [&] { network->abort(); });
    auto cancelled = network->exchange("anything");
    ASSERT_FALSE(cancelled.ok());
    EXPECT_TRUE(cancelled.error().message.contains(QStringLiteral("cancelled")))
        << text(cancelled.error());

    auto impatient = transport(silent.port(), 300);
    auto timedOut = impatient->exchange("anything");
    ASSERT_FALSE(timedOut.ok());
    EXPECT_TRUE(timedOut.error().message.contains(QStringLiteral("did not answer")))
        << text(timedOut.error());
}

TEST_F(QtCmpTransportTest, PlainHttpOnlyToLoopbackAndHttpsNeedsAnchors)
{
    auto remote =
        QtCmpTransport::create({QUrl(QStringLiteral("http://ca.example.org/pkix/")), {}, 1000});
    ASSERT_FALSE(remote.ok());
    EXPECT_EQ(remote.error().code, ErrorCode::Refused);
    auto noAnchors =
        QtCmpTransport::create({QUrl(QStringLiteral("https://ca.example.org/pkix/")), {}, 1000});
    ASSERT_FALSE(noAnchors.ok());
    auto notHttp = QtCmpTransport::create({QUrl(QStringLiteral("ftp://127.0.0.1/")), {}, 1000});
    EXPECT_FALSE(notHttp.ok());
}

} // namespace
} // namespace guichet::test
