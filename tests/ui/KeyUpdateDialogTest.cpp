// The key update from the Dossier menu (ui/ca, issue 6), offscreen: the holder's token in a
// private SoftHSM2, the real token worker (PKCS#11 on its own thread), the dossier worker and
// the training CA in process. Then the revocation dialog lists both certificates of the
// renewal dossier and revokes the one the operator picks.
#include "ca/KeyUpdateDialog.h"

#include "UiTestSupport.h"
#include "ca/CertificateActions.h"
#include "ca/RevocationDialog.h"
#include "ca/TrainingCmpServer.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxDelivery.h"
#include "ca/renewal/RenewalService.h"
#include "ca/renewal/TokenCertificates.h"
#include "security/EncryptionService.h"
#include "security/MasterKeySource.h"
#include "support/SoftHsmToken.h"
#include "token/CertificateRequest.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"
#include "token/TokenWorker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

namespace guichet::test {
namespace {

const QByteArray kPin("483920");
const QByteArray kOldKeyId = QByteArrayLiteral("\x01");

std::unique_ptr<MasterKeySource> masterKey()
{
    QByteArray key(32, '\x5a');
    return std::make_unique<FixedMasterKeySource>(SecretBytes::takeFrom(key));
}

class KeyUpdateDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
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
        ASSERT_EQ(init.exitCode(), 0);
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
        m_softHsm.reset();
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
        auto module = Pkcs11Module::load(SoftHsmToken::modulePath());
        ASSERT_TRUE(module.ok());
        auto slot = (*module)->slotList(true);
        ASSERT_TRUE(slot.ok() && !slot->isEmpty());
        auto info = TokenSlot::inspect(**module, slot->first());
        ASSERT_TRUE(info.ok());
        m_tokenSerial = info->serial;
        auto session = TokenSession::open(**module, slot->first());
        ASSERT_TRUE(session.ok());
        ASSERT_TRUE((*session)->login(CKU_USER, SecretBytes::copyOf(kPin)).ok());
        ASSERT_TRUE((*session)
                        ->generateKeyPair(KeyAlgorithm::EcP256, kOldKeyId, QStringLiteral("old"))
                        .ok());
        CertificateSubject subject;
        subject.commonName = QStringLiteral("Jean Dupont");
        auto csr = CertificateRequest::build(
            subject, *(*session)->publicKeyInfo(kOldKeyId), KeyAlgorithm::EcP256,
            [&session](const QByteArray& data) { return (*session)->sign(kOldKeyId, data); });
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
        ASSERT_TRUE(
            (*session)->importCertificate(kOldKeyId, QStringLiteral("old"), m_previous).ok());
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
    std::unique_ptr<SoftHsmToken> m_softHsm;
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierService> m_service;
    std::unique_ptr<DossierWorker> m_worker;
    std::unique_ptr<TokenWorker> m_tokens;
    std::unique_ptr<QWidget> m_window = std::make_unique<QWidget>();
    QString m_tokenSerial;
    QByteArray m_previous;
    qint64 m_renewal = 0;
};

TEST_F(KeyUpdateDialogTest, KeyUpdateFromTheMenuThenRevocationOfTheChosenCertificate)
{
    QMenu menu;
    CertificateActions actions(*m_worker, menu, m_window.get());
    actions.setDossier(m_renewal);
    EXPECT_FALSE(actions.keyUpdateAction()->isEnabled()) << "no token module given yet";
    actions.setKeyUpdate(m_tokens.get(), caConfig());
    ASSERT_TRUE(actions.keyUpdateAction()->isEnabled());
    QSignalSpy changed(&actions, &CertificateActions::dossierChanged);
    actions.keyUpdateAction()->trigger();
    auto* dialog = m_window->findChild<KeyUpdateDialog*>(QStringLiteral("keyUpdateDialog"));
    ASSERT_NE(dialog, nullptr);
    auto* token = dialog->findChild<QComboBox*>(QStringLiteral("keyUpdateToken"));
    auto* pin = dialog->findChild<QLineEdit*>(QStringLiteral("keyUpdatePin"));
    auto* run = dialog->findChild<QPushButton*>(QStringLiteral("keyUpdateRun"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("keyUpdateError"));
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("keyUpdateResult"));
    ASSERT_TRUE(token && pin && run && error && result);
    ASSERT_TRUE(waitUntil([run] { return run->isEnabled(); }));
    EXPECT_EQ(token->currentData().toString(), m_tokenSerial);
    EXPECT_EQ(pin->echoMode(), QLineEdit::Password);

    // A wrong PIN: said plainly, nothing queued, the dossier untouched.
    typeInto(pin, QStringLiteral("000000"));
    run->click();
    EXPECT_TRUE(pin->text().isEmpty()) << "the PIN leaves the edit at once";
    ASSERT_TRUE(waitUntil([error, run] { return error->isVisible() && run->isEnabled(); },
                          std::chrono::seconds(60)));
    EXPECT_TRUE(error->text().contains(QStringLiteral("PIN"))) << error->text().toStdString();
    CaRequests requests(*m_db, m_clock, ProductCatalogue::builtIn(), m_actor);
    auto queued = requests.outbox().forDossier(m_renewal);
    ASSERT_TRUE(queued.ok());
    EXPECT_TRUE(queued->isEmpty());

    typeInto(pin, QString::fromLatin1(kPin));
    run->click();
    ASSERT_TRUE(waitUntil([result] { return result->isVisible(); }, std::chrono::seconds(120)))
        << error->text().toStdString();
    ASSERT_TRUE(waitUntil([&changed] { return !changed.isEmpty(); }));
    EXPECT_EQ(changed.at(0).at(0).toLongLong(), m_renewal);
    EXPECT_EQ(m_service->find(m_renewal)->status, DossierStatus::CertificateIssued);
    auto certificates = requests.certificates(m_renewal);
    ASSERT_TRUE(certificates.ok());
    ASSERT_EQ(certificates->size(), 1);
    const QByteArray renewed = certificates->at(0).der;
    EXPECT_TRUE(result->text().contains(certificates->at(0).serialHex));

    // The new certificate is on the token, beside the new key it certifies: read on the token
    // worker, which owns the module.
    struct OnToken {
        QByteArray keyId;
        QByteArray publicKeyInfo;
        QString error;
    };
    std::optional<Result<OnToken>> read;
    m_tokens->run<Result<OnToken>>(
        m_window.get(),
        [serial = m_tokenSerial, renewed](const Pkcs11Module& module,
                                          const TokenProgress&) -> Result<OnToken> {
            OnToken found;
            auto slot = TokenSlot::findBySerial(module, serial);
            auto session = slot ? TokenSession::open(module, *slot, false)
                                : Result<std::unique_ptr<TokenSession>>(slot.error());
            if (!session) {
                found.error = session.error().message;
                return found;
            }
            auto keyId = TokenCertificates::keyIdOf(module, **session, renewed);
            if (!keyId) {
                found.error = keyId.error().message;
                return found;
            }
            found.keyId = *keyId;
            auto spki = (*session)->publicKeyInfo(*keyId);
            found.publicKeyInfo = spki ? *spki : QByteArray();
            return found;
        },
        [&read](Result<OnToken> found) { read = found; });
    ASSERT_TRUE(waitUntil([&read] { return read.has_value(); }));
    ASSERT_TRUE(read->ok()) << read->error().message.toStdString();
    const OnToken onToken = **read;
    ASSERT_TRUE(onToken.error.isEmpty()) << onToken.error.toStdString();
    EXPECT_NE(onToken.keyId, kOldKeyId);
    openssl::X509Ptr cert = openssl::certificateFromDer(renewed);
    EXPECT_EQ(openssl::toDer(X509_get0_pubkey(cert.get()), i2d_PUBKEY), onToken.publicKeyInfo);
    dialog->findChild<QPushButton*>(QStringLiteral("keyUpdateCancel"))->click();

    // Revocation: both certificates listed; the operator picks the renewed one.
    actions.revokeAction()->trigger();
    auto* revocation = m_window->findChild<RevocationDialog*>(QStringLiteral("revocationDialog"));
    ASSERT_NE(revocation, nullptr);
    auto* list = revocation->findChild<QTreeWidget*>(QStringLiteral("revocationCertificates"));
    auto* confirm = revocation->findChild<QCheckBox*>(QStringLiteral("revocationConfirm"));
    ASSERT_TRUE(list && confirm);
    ASSERT_TRUE(waitUntil([list] { return list->topLevelItemCount() == 2; }));
    EXPECT_FALSE(confirm->isEnabled()) << "two certificates: the operator must pick one";
    const QString oldSerial = PreviousCertificates::read(m_previous)->serialHex;
    EXPECT_EQ(list->topLevelItem(0)->text(0), oldSerial);
    list->topLevelItem(0)->setSelected(true);
    ASSERT_TRUE(confirm->isEnabled());
    EXPECT_TRUE(confirm->text().contains(oldSerial));
    confirm->setChecked(true);
    const qsizetype before = changed.size();
    revocation->findChild<QPushButton*>(QStringLiteral("revocationRevoke"))->click();
    ASSERT_TRUE(waitUntil([&changed, before] { return changed.size() > before; }));
    auto items = requests.outbox().list({OutboxState::Queued}, 100);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 1);
    EXPECT_EQ(items->at(0).kind, OutboxKind::Revoke);
    EXPECT_EQ(items->at(0).payload, m_previous) << "the certificate picked, not the new one";
}

} // namespace
} // namespace guichet::test
