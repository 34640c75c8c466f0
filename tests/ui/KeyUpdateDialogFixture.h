#pragma once

// The holder's token in a private SoftHSM2 with a certificate the training CA (in process)
// issued through the outbox, a renewal dossier opened from it, the dossier worker and the
// token worker: for the key update dialogs' tests (KeyUpdateDialogTest,
// KeyUpdateFinishDialogTest), offscreen.
#include "UiTestSupport.h"
#include "ca/TrainingCmpServer.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxDelivery.h"
#include "ca/renewal/KeyUpdateJob.h"
#include "ca/renewal/RenewalService.h"
#include "security/EncryptionService.h"
#include "security/MasterKeySource.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"
#include "support/SoftHsmCard.h"
#include "token/CertificateRequest.h"
#include "token/TokenWorker.h"

#include <QSignalSpy>
#include <QTemporaryDir>

namespace guichet::test {

class KeyUpdateDialogTest : public ::testing::Test {
protected:
    static inline const QByteArray kPin{"483920"};
    static inline const QByteArray kOldKeyId = QByteArrayLiteral("\x01");

    static std::unique_ptr<MasterKeySource> masterKey()
    {
        QByteArray key(32, '\x5a');
        return std::make_unique<FixedMasterKeySource>(SecretBytes::takeFrom(key));
    }

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_card.startLoggedIn(QStringLiteral("holder"), "12345678", kPin.constData());
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto config = DatabaseConfig::fromUrl(m_dir.filePath(QStringLiteral("guichet.sqlite")));
        ASSERT_TRUE(config.ok());
        m_config = *config;
        auto db = Database::open(m_config);
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        m_service =
            std::make_unique<DossierService>(*m_db, m_clock, ProductCatalogue::builtIn(), m_actor);
        m_worker = std::make_unique<DossierWorker>(m_config, m_clock, ProductCatalogue::builtIn(),
                                                   m_actor);
        QSignalSpy opened(m_worker.get(), &DossierWorker::opened);
        m_worker->start();
        ASSERT_TRUE(waitUntil([&opened] { return !opened.isEmpty(); }));
        prepareRenewal();
        if (HasFatalFailure()) {
            return;
        }
        m_card.unload(); // one PKCS#11 module at a time in this process: the token worker's
        m_tokens = std::make_unique<TokenWorker>(SoftHsmToken::modulePath());
        QSignalSpy loaded(m_tokens.get(), &TokenWorker::moduleLoaded);
        m_tokens->start();
        ASSERT_TRUE(waitUntil([&loaded] { return !loaded.isEmpty(); }));
        ASSERT_TRUE(loaded.at(0).at(0).toBool());
    }

    void TearDown() override
    {
        m_window.reset();
        m_tokens.reset();
        m_worker.reset();
        m_service.reset();
        m_db.reset();
        m_card.stop();
    }

    // A dossier met at this desk, its certificate on the holder's token (key generated there,
    // issued by the training CA through the outbox), and the renewal dossier opened from it.
    void prepareRenewal()
    {
        auto created = m_service->create(validDossier(
            QStringLiteral("Dupont"), QStringLiteral("Jean"), QStringLiteral("CMD-1")));
        ASSERT_TRUE(created.ok());
        auto ready = m_service->changeStatus(created->id, created->version,
                                             DossierStatus::ReadyForMeeting, {});
        ASSERT_TRUE(
            m_service
                ->changeStatus(created->id, ready->version, DossierStatus::IdentityVerified, {})
                .ok());
        EncryptionService encryption(masterKey());
        TrainingCa ca(*m_db, encryption, m_clock, ProductCatalogue::builtIn());
        ASSERT_TRUE(ca.ensureReady().ok());
        TrainingCmpServer server(ca, QByteArrayLiteral("ra"), SecretBytes::copyOf("secret"));
        ASSERT_TRUE(server.start().ok());
        InProcessCmpTransport transport(server);
        TokenSession& session = *m_card.session;
        ASSERT_TRUE(
            session.generateKeyPair(KeyAlgorithm::EcP256, kOldKeyId, QStringLiteral("old")).ok());
        CertificateSubject subject;
        subject.commonName = QStringLiteral("Jean Dupont");
        auto csr = CertificateRequest::build(
            subject, *session.publicKeyInfo(kOldKeyId), KeyAlgorithm::EcP256,
            [&session](const QByteArray& data) { return session.sign(kOldKeyId, data); });
        ASSERT_TRUE(csr.ok());
        CaRequests requests(*m_db, m_clock, ProductCatalogue::builtIn(), m_actor);
        ASSERT_TRUE(requests.queueEnrolment(created->id, *csr).ok());
        CmpEndpoint endpoint;
        endpoint.transport = &transport;
        CmpCredentials credentials;
        credentials.reference = "ra";
        credentials.secret = SecretBytes::copyOf("secret");
        OutboxDelivery delivery(requests, m_clock, QStringLiteral("training"), std::move(endpoint),
                                std::move(credentials), {});
        auto sent = delivery.sendOne();
        ASSERT_TRUE(sent.ok() && sent->outcome == OutboxDelivery::Outcome::Delivered);
        m_previous = requests.certificates(created->id)->value(0).der;
        ASSERT_TRUE(session.importCertificate(kOldKeyId, QStringLiteral("old"), m_previous).ok());
        auto certificate = PreviousCertificates::read(m_previous);
        ASSERT_TRUE(certificate.ok());
        RenewalService renewals(*m_db, m_clock, ProductCatalogue::builtIn(), m_actor);
        auto renewal = renewals.open(*certificate, {QStringLiteral("CMD-2"), {}, {}, {}, {}});
        ASSERT_TRUE(renewal.ok());
        ASSERT_EQ(renewal->second.path, RenewalPath::KeyUpdate);
        m_renewal = renewal->first.id;
    }

    KeyUpdateCaConfig caConfig() const
    {
        KeyUpdateCaConfig config;
        config.database = m_config;
        config.actor = m_actor;
        config.trainingCaKeys = [](Database&) -> Result<std::unique_ptr<MasterKeySource>> {
            return masterKey();
        };
        return config;
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    OperatorIdentity m_actor{QStringLiteral("op-alice"), QStringLiteral("Alice")};
    SoftHsmCard m_card; // the holder's token, opened here until the token worker starts
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierService> m_service;
    std::unique_ptr<DossierWorker> m_worker;
    std::unique_ptr<TokenWorker> m_tokens;
    std::unique_ptr<QWidget> m_window = std::make_unique<QWidget>();
    QByteArray m_previous;
    qint64 m_renewal = 0;
};

} // namespace guichet::test
