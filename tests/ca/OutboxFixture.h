#pragma once

#include "CaFixture.h"
#include "ca/CmpClient.h"
#include "ca/CmpHttpServer.h"
#include "ca/TrainingCmpServer.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxDelivery.h"
#include "ca/outbox/QtCmpTransport.h"
#include "core/EngineFixture.h"
#include "support/Samples.h"

#include <QTcpServer>

namespace guichet::test {

// The outbox on the engine under test; the training CA on its own SQLite database, served
// over loopback HTTP on this thread (the transport's local event loop serves it).
class OutboxTest : public EngineTest {
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto opened = Database::open(m_caDb.config());
        ASSERT_TRUE(opened.ok()) << text(opened.error());
        caDb = std::move(opened).value();
        QByteArray key = CaFixture::masterKeyBytes();
        encryption = std::make_unique<EncryptionService>(
            std::make_unique<FixedMasterKeySource>(SecretBytes::takeFrom(key)));
        ca = std::make_unique<TrainingCa>(*caDb, *encryption, caClock, ProductCatalogue::builtIn());
        ASSERT_TRUE(ca->ensureReady().ok());
        cmp = std::make_unique<TrainingCmpServer>(*ca, QByteArrayLiteral("guichet-ra"),
                                                  SecretBytes::copyOf(kSecret));
        ASSERT_TRUE(cmp->start().ok());
        http = std::make_unique<CmpHttpServer>(*cmp);
        requests = std::make_unique<CaRequests>(
            *db, clock, ProductCatalogue::builtIn(),
            OperatorIdentity{QStringLiteral("op-alice"), QStringLiteral("Alice")});
        // A port nobody listens on yet: the CA is "down" until startCa().
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }

    void TearDown() override
    {
        inProcess.reset();
        requests.reset();
        http.reset();
        cmp.reset();
        ca.reset();
        caDb.reset();
        EngineTest::TearDown();
    }

    void startCa() { ASSERT_TRUE(http->listen(port).ok()); }

    qint64 readyDossier(const QString& surnames = QStringLiteral("Dupont"))
    {
        auto created = service->create(sampleDossier(surnames));
        EXPECT_TRUE(created.ok()) << text(created.error());
        if (!created) {
            return 0;
        }
        auto meeting = service->changeStatus(created->id, created->version,
                                             DossierStatus::ReadyForMeeting, QString());
        EXPECT_TRUE(meeting.ok()) << text(meeting.error());
        auto verified = service->changeStatus(created->id, meeting->version,
                                              DossierStatus::IdentityVerified, QString());
        EXPECT_TRUE(verified.ok()) << text(verified.error());
        return created->id;
    }

    static QByteArray csr(const QString& name = QStringLiteral("Jean Dupont"))
    {
        openssl::PKey key = CaFixture::newKey();
        return CaFixture::csrFor(key.get(), name, {}, QStringLiteral("FR"));
    }

    std::unique_ptr<OutboxDelivery> delivery(QtCmpTransport& transport)
    {
        CmpEndpoint endpoint;
        endpoint.transport = &transport;
        CmpCredentials credentials;
        credentials.reference = "guichet-ra";
        credentials.secret = SecretBytes::copyOf(kSecret);
        OutboxOptions options;
        options.leaseSeconds = 60;
        return std::make_unique<OutboxDelivery>(*requests, clock, QStringLiteral("training"),
                                                std::move(endpoint), std::move(credentials),
                                                options);
    }

    std::unique_ptr<QtCmpTransport> transport(int timeoutMs = 5000)
    {
        auto made = QtCmpTransport::create(
            {QUrl(QStringLiteral("http://127.0.0.1:%1/pkix/").arg(port)), {}, timeoutMs});
        EXPECT_TRUE(made.ok());
        return made ? std::move(made).value() : nullptr;
    }

    // The training CA in process (a new transport in inProcess), its answers signed by the
    // issuing CA, which the trust anchors name.
    CmpEndpoint inProcessEndpoint()
    {
        inProcess = std::make_unique<InProcessCmpTransport>(*cmp);
        CmpEndpoint endpoint;
        endpoint.transport = inProcess.get();
        endpoint.trustAnchorsDer = {openssl::toDer(ca->rootCertificate(), i2d_X509),
                                    openssl::toDer(ca->issuingCertificate(), i2d_X509)};
        return endpoint;
    }

    // The sender as the desk and the window in training mode run it, on inProcessEndpoint().
    std::unique_ptr<OutboxDelivery> inProcessDelivery()
    {
        CmpCredentials credentials;
        credentials.reference = "guichet-ra";
        credentials.secret = SecretBytes::copyOf(kSecret);
        return std::make_unique<OutboxDelivery>(*requests, clock, QStringLiteral("training"),
                                                inProcessEndpoint(), std::move(credentials),
                                                OutboxOptions{});
    }

    static inline const QByteArray kSecret = QByteArrayLiteral("outbox-shared-secret");
    FixedClock caClock{QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> caDb;
    std::unique_ptr<EncryptionService> encryption;
    std::unique_ptr<TrainingCa> ca;
    std::unique_ptr<TrainingCmpServer> cmp;
    std::unique_ptr<CmpHttpServer> http;
    std::unique_ptr<CaRequests> requests;
    std::unique_ptr<InProcessCmpTransport> inProcess; // the last inProcessDelivery()'s
    quint16 port = 0;

private:
    TestDatabase m_caDb{Engine::Sqlite};
};

} // namespace guichet::test
