// Renewal and revocation from the Dossier menu (ui/ca), driven through widgets found by
// objectName, against the real dossier worker, a SQLite file and the training CA in process.
#include "UiTestSupport.h"
#include "ca/CertificateActions.h"
#include "ca/CmpClient.h"
#include "ca/RenewalDialog.h"
#include "ca/RevocationDialog.h"
#include "ca/TrainingCmpServer.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxDelivery.h"
#include "ca/renewal/RenewalService.h"
#include "security/EncryptionService.h"
#include "security/MasterKeySource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>

namespace guichet::test {
namespace {

class CertificateDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto config = DatabaseConfig::fromUrl(m_dir.filePath(QStringLiteral("guichet.sqlite")));
        ASSERT_TRUE(config.ok());
        m_config = *config;
        auto db = Database::open(m_config);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        m_db = std::move(db).value();
        m_service =
            std::make_unique<DossierService>(*m_db, m_clock, ProductCatalogue::builtIn(), m_actor);
        m_worker = std::make_unique<DossierWorker>(m_config, m_clock, ProductCatalogue::builtIn(),
                                                   m_actor);
        QSignalSpy opened(m_worker.get(), &DossierWorker::opened);
        m_worker->start();
        ASSERT_TRUE(waitUntil([&opened] { return !opened.isEmpty(); }));
        ASSERT_TRUE(opened.at(0).at(0).toBool());
    }

    void TearDown() override
    {
        m_window.reset();
        m_worker.reset();
        m_service.reset();
        m_db.reset();
    }

    // A dossier whose identity was verified and whose certificate the training CA issued
    // through the outbox, as the desk does it.
    qint64 dossierWithCertificate()
    {
        auto created = m_service->create(validDossier(
            QStringLiteral("Dupont"), QStringLiteral("Jean"), QStringLiteral("CMD-1")));
        EXPECT_TRUE(created.ok());
        auto ready = m_service->changeStatus(created->id, created->version,
                                             DossierStatus::ReadyForMeeting, {});
        auto verified = m_service->changeStatus(created->id, ready->version,
                                                DossierStatus::IdentityVerified, {});
        EXPECT_TRUE(verified.ok());
        QByteArray masterKey(32, '\x5a');
        EncryptionService encryption(
            std::make_unique<FixedMasterKeySource>(SecretBytes::takeFrom(masterKey)));
        TrainingCa ca(*m_db, encryption, m_clock, ProductCatalogue::builtIn());
        EXPECT_TRUE(ca.ensureReady().ok());
        TrainingCmpServer server(ca, QByteArrayLiteral("ra"), SecretBytes::copyOf("secret"));
        EXPECT_TRUE(server.start().ok());
        InProcessCmpTransport transport(server);
        CaRequests requests(*m_db, m_clock, ProductCatalogue::builtIn(), m_actor);
        openssl::PKey key(EVP_EC_gen("P-256"));
        openssl::X509ReqPtr request(X509_REQ_new());
        X509_NAME_add_entry_by_txt(X509_REQ_get_subject_name(request.get()), "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>("Jean Dupont"), -1, -1,
                                   0);
        X509_REQ_set_pubkey(request.get(), key.get());
        X509_REQ_sign(request.get(), key.get(), EVP_sha256());
        auto queued =
            requests.queueEnrolment(created->id, openssl::toDer(request.get(), i2d_X509_REQ));
        EXPECT_TRUE(queued.ok()) << (queued ? "" : queued.error().message.toStdString());
        CmpEndpoint endpoint;
        endpoint.transport = &transport;
        CmpCredentials credentials;
        credentials.reference = "ra";
        credentials.secret = SecretBytes::copyOf("secret");
        OutboxDelivery delivery(requests, m_clock, QStringLiteral("training"), std::move(endpoint),
                                std::move(credentials), {});
        auto sent = delivery.sendOne();
        EXPECT_TRUE(sent.ok() && sent->outcome == OutboxDelivery::Outcome::Delivered);
        auto certificates = requests.certificates(created->id);
        EXPECT_TRUE(certificates.ok() && certificates->size() == 1);
        m_certificate = certificates->value(0).der;
        return created->id;
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    OperatorIdentity m_actor{QStringLiteral("op-alice"), QStringLiteral("Alice")};
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierService> m_service;
    std::unique_ptr<DossierWorker> m_worker;
    std::unique_ptr<QWidget> m_window = std::make_unique<QWidget>();
    QByteArray m_certificate;
};

TEST_F(CertificateDialogTest, RevocationNamesTheCertificateAndNeedsTheOperatorsConfirmation)
{
    const qint64 id = dossierWithCertificate();
    ASSERT_FALSE(m_certificate.isEmpty());
    QMenu menu;
    CertificateActions actions(*m_worker, menu, m_window.get());
    EXPECT_FALSE(actions.revokeAction()->isEnabled()) << "no dossier selected";
    actions.setDossier(id);
    ASSERT_TRUE(actions.revokeAction()->isEnabled());
    QSignalSpy changed(&actions, &CertificateActions::dossierChanged);
    actions.revokeAction()->trigger();

    auto* dialog = m_window->findChild<RevocationDialog*>(QStringLiteral("revocationDialog"));
    ASSERT_NE(dialog, nullptr);
    auto* confirm = dialog->findChild<QCheckBox*>(QStringLiteral("revocationConfirm"));
    auto* revoke = dialog->findChild<QPushButton*>(QStringLiteral("revocationRevoke"));
    auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("revocationReason"));
    ASSERT_TRUE(confirm && revoke && reason);
    ASSERT_TRUE(waitUntil([confirm] { return confirm->isEnabled(); }));
    auto facts = PreviousCertificates::read(m_certificate);
    ASSERT_TRUE(facts.ok());
    EXPECT_TRUE(confirm->text().contains(facts->serialHex)) << confirm->text().toStdString();
    EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("revocationCertificate"))
                    ->text()
                    .contains(facts->serialHex));
    EXPECT_FALSE(revoke->isEnabled()) << "nothing is revoked before the operator confirms";
    // RFC 5280 reasons offered; certificateHold is not (RFC 9483 has no removeFromCRL).
    EXPECT_EQ(reason->count(), 5);
    EXPECT_EQ(reason->findData(static_cast<int>(RevocationReason::CertificateHold)), -1);
    reason->setCurrentIndex(reason->findData(static_cast<int>(RevocationReason::KeyCompromise)));
    confirm->setChecked(true);
    ASSERT_TRUE(revoke->isEnabled());
    revoke->click();
    ASSERT_TRUE(waitUntil([&changed] { return !changed.isEmpty(); }));
    EXPECT_EQ(changed.at(0).at(0).toLongLong(), id);

    CaRequests requests(*m_db, m_clock, ProductCatalogue::builtIn(), m_actor);
    auto items = requests.outbox().list({}, 100);
    ASSERT_TRUE(items.ok());
    const auto queued = std::find_if(items->cbegin(), items->cend(), [](const OutboxItem& item) {
        return item.kind == OutboxKind::Revoke;
    });
    ASSERT_NE(queued, items->cend());
    EXPECT_EQ(queued->dossierId, id);
    EXPECT_EQ(queued->params.value(QStringLiteral("reason")).toString(),
              QStringLiteral("keyCompromise"));
    EXPECT_EQ(queued->payload, m_certificate);
}

TEST_F(CertificateDialogTest, RenewFromACertificateFileOpensALinkedDossierAndShowsTheDecision)
{
    const qint64 previous = dossierWithCertificate();
    ASSERT_FALSE(m_certificate.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("holder.pem"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        openssl::X509Ptr cert = openssl::certificateFromDer(m_certificate);
        file.write(openssl::certificatePem(cert.get()));
    }
    QMenu menu;
    CertificateActions actions(*m_worker, menu, m_window.get());
    EXPECT_TRUE(actions.renewAction()->isEnabled()) << "renewal needs no selected dossier";
    QSignalSpy changed(&actions, &CertificateActions::dossierChanged);
    actions.renewFromFile(path);
    RenewalDialog* dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        dialog = m_window->findChild<RenewalDialog*>(QStringLiteral("renewalDialog"));
        return dialog != nullptr;
    }));
    const QString decision = dialog->findChild<QLabel*>(QStringLiteral("renewalDecision"))->text();
    EXPECT_TRUE(decision.contains(QStringLiteral("Key update"))) << decision.toStdString();
    EXPECT_TRUE(decision.contains(QStringLiteral("REG-6.3.1")));
    EXPECT_EQ(dialog->findChild<QLineEdit*>(QStringLiteral("renewalEmail"))->text(),
              QStringLiteral("holder@example.fr"));
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("renewalOrder")),
             QStringLiteral("CMD-RENEW-1"));
    dialog->findChild<QPushButton*>(QStringLiteral("renewalOpen"))->click();
    ASSERT_TRUE(waitUntil([&changed] { return !changed.isEmpty(); }));
    const qint64 renewal = changed.at(0).at(0).toLongLong();
    EXPECT_NE(renewal, previous);

    RenewalService renewals(*m_db, m_clock, ProductCatalogue::builtIn(), m_actor);
    auto link = renewals.renewalOf(renewal);
    ASSERT_TRUE(link.ok());
    ASSERT_TRUE(link->has_value());
    EXPECT_EQ((*link)->previousDossierId, previous);
    EXPECT_EQ((*link)->path, RenewalPath::KeyUpdate);
    auto dossier = m_service->find(renewal);
    ASSERT_TRUE(dossier.ok());
    EXPECT_EQ(dossier->orderReference, QStringLiteral("CMD-RENEW-1"));
    EXPECT_EQ(dossier->holder.surnames, QStringLiteral("Dupont"));
}

} // namespace
} // namespace guichet::test
