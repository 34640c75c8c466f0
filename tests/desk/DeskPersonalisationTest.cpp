// Issue 6, production mode through the real personalisation dialog: a production workstation
// (training mode off) with a CA profile pointing at OpenSSL's own CMP server, the desk's
// services built by DeskServices as app/gui does, the operator's SoftHSM2 card protecting
// the request, and the holder's blank SoftHSM2 token personalised by the dialog with the PIN
// typed. OpenSSL 3.0's mock server can only answer with the fixed certificate it was given
// (-rsp_cert), made before the dialog generated the holder's key on the token: its key is not
// the request's, and Guichet must refuse it ("wrong certificate returned: refused"), say so
// in the dialog, record it in the dossier's trail and write nothing on the token.
#include "../ca/CaFixture.h"
#include "../crypto/TestPki.h"
#include "../token/PersonalisationDriver.h"
#include "../ui/SessionFixture.h"
#include "DeskCmpServer.h"
#include "ca/CaProfileRepository.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxRepository.h"
#include "ca/outbox/OutboxSender.h"
#include "desk/DeskCaPlan.h"
#include "desk/DeskServices.h"
#include "domain/ProductCatalogue.h"
#include "operators/CardLogin.h"
#include "security/MasterKeyUnlock.h"
#include "security/PassphraseMasterKeySource.h"
#include "service/DossierWorker.h"
#include "smartcard/AtrCatalogue.h"
#include "support/Samples.h"
#include "token/PersonalisationDialog.h"
#include "token/TokenService.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>

namespace guichet::test {
namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

class DeskPersonalisationTest : public SessionTest {
protected:
    void SetUp() override
    {
        SessionTest::SetUp();
        if (HasFatalFailure() || IsSkipped()) {
            return;
        }
        m_operatorCard =
            makeCard(QStringLiteral("Claire Martin"), OperatorRole::Supervisor, "246810");
        ASSERT_FALSE(m_operatorCard.isEmpty());
        logIn(m_operatorCard, "246810");
        ASSERT_TRUE(m_session->isLoggedIn());

        // The CA's side: answers signed under its root, the fixed certificate it returns (for
        // a key of its own, the only kind OpenSSL's mock server can have), and the operators'
        // CA trusted to check the request's protection.
        auto elsewhere = CaFixture::newKey();
        m_issued = m_caPki.issueFor(openssl::toDer(elsewhere.get(), i2d_PUBKEY),
                                    QStringLiteral("Jean Dupont"));
        const TestPki::Issued server =
            m_caPki.issue(TestPki::KeyType::EcP256, QStringLiteral("Mock CMP server"));
        auto operatorAnchors = CardLogin::workstationTrustAnchors(*m_db, true);
        ASSERT_TRUE(operatorAnchors.ok()) << text(operatorAnchors.error());
        QByteArray operatorsPem;
        for (const QByteArray& der : *operatorAnchors) {
            operatorsPem += openssl::certificatePem(openssl::certificateFromDer(der).get());
        }
        ASSERT_TRUE(writeFile(path("server.crt"), server.certificatePem));
        ASSERT_TRUE(writeFile(path("server.key"), server.keyPem));
        ASSERT_TRUE(writeFile(path("ca.crt"), m_caPki.rootPem()));
        ASSERT_TRUE(writeFile(path("issued.crt"), m_issued.certificatePem));
        ASSERT_TRUE(writeFile(path("operators.crt"), operatorsPem));

        // A production workstation whose master key is under a passphrase, given this session
        // (the SO PIN Guichet makes is sealed under it).
        const SecretBytes passphrase =
            SecretBytes::copyOf(QByteArrayView("correct horse battery staple"));
        auto protectedKey = PassphraseMasterKeySource::protect(
            *m_db, m_clock, m_session->account().profile().identity, passphrase,
            SecretBytes::copyOf(QByteArray(32, 'k')));
        ASSERT_TRUE(protectedKey.ok()) << text(protectedKey.error());
        m_masterKey = std::make_shared<MasterKeyUnlock>();
        ASSERT_TRUE(m_masterKey->unlock(*m_db, passphrase).ok());
    }

    void TearDown() override
    {
        closeDesk();
        SessionTest::TearDown();
    }

    // The window, the sender (it signs through the card session), the card session (its
    // logout signs on the card) while the holder-token service still has SoftHSM2 loaded,
    // then the desk.
    void closeDesk()
    {
        m_window.reset();
        if (m_desk) {
            m_desk->stopOutbox();
        }
        m_session.reset();
        m_desk.reset();
        m_worker.reset();
    }

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // The CA profile file a supervisor imports (`guichet-cli ca profile import`).
    void importProfile(quint16 port)
    {
        const QJsonObject file{
            {QStringLiteral("format"), 1},
            {QStringLiteral("id"), QStringLiteral("mock-ca")},
            {QStringLiteral("name"), QStringLiteral("OpenSSL CMP server")},
            {QStringLiteral("trustAnchors"), QJsonArray{QString::fromLatin1(m_caPki.rootPem())}},
            {QStringLiteral("cmp"),
             QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(port)},
                         {QStringLiteral("path"), QStringLiteral("pkix/")},
                         {QStringLiteral("protection"), QStringLiteral("signature")}}},
            {QStringLiteral("products"),
             QJsonObject{
                 {QStringLiteral("rgs2"),
                  QJsonObject{{QStringLiteral("certificateProfile"), QStringLiteral("rgs2")},
                              {QStringLiteral("policyOid"), QStringLiteral("1.2.250.1.9.1.2")}}}}},
            {QStringLiteral("interventionFormTemplate"), QStringLiteral("default")},
            {QStringLiteral("retention"),
             QJsonObject{{QStringLiteral("registrationRecordYears"), 7},
                         {QStringLiteral("identityValidationMonths"), 36}}},
            {QStringLiteral("documentsRequired"), QJsonArray{QStringLiteral("id-front")}},
        };
        auto profile = CaProfiles::parse(QJsonDocument(file).toJson(), ProductCatalogue::builtIn());
        ASSERT_TRUE(profile.ok()) << text(profile.error());
        ASSERT_TRUE(CaProfileRepository(*m_db, m_clock, ProductCatalogue::builtIn())
                        .store(*profile, m_session->account().profile().identity)
                        .ok());
    }

    // What app/gui/main.cpp does after the login, with training mode off in the settings.
    void openDesk()
    {
        const OperatorIdentity actor = m_session->account().profile().identity;
        DeskServices::Inputs inputs;
        inputs.training = m_settings->trainingMode();
        inputs.database = m_config;
        inputs.actor = actor;
        inputs.clock = &m_clock;
        inputs.holderTokenModule = m_settings->holderTokenModule();
        inputs.caProfileId = m_settings->caProfile();
        inputs.profiles = DeskCaPlan::loadInBackground(m_config).get();
        inputs.masterKey = m_masterKey;
        inputs.operatorSigner = m_session->remoteSigner();
        m_desk = std::make_unique<DeskServices>(std::move(inputs));
        ASSERT_TRUE(m_desk->problems().isEmpty()) << m_desk->problems().join(u'\n').toStdString();
        ASSERT_NE(m_desk->tokens(), nullptr);
        ASSERT_NE(m_desk->outbox(), nullptr);
        m_worker =
            std::make_unique<DossierWorker>(m_config, m_clock, ProductCatalogue::builtIn(), actor);
        std::optional<bool> opened;
        QObject::connect(m_worker.get(), &DossierWorker::opened, m_worker.get(),
                         [&](bool ok, const QString&) { opened = ok; });
        m_worker->start();
        ASSERT_TRUE(waitUntil([&] { return opened.has_value(); }));
        ASSERT_TRUE(*opened);
        // The outbox starts once the token service is ready (main.cpp's order).
        std::optional<bool> ready;
        QString why;
        QObject here;
        QObject::connect(m_desk->tokens(), &TokenService::ready, &here,
                         [&](bool ok, const QString& message) {
                             ready = ok;
                             why = message;
                         });
        m_desk->tokens()->start();
        ASSERT_TRUE(waitUntil([&] { return ready.has_value(); }, std::chrono::seconds(30)));
        ASSERT_TRUE(*ready) << why.toStdString();
        m_desk->startOutbox();
    }

    // A dossier for the imported CA, as the meeting leaves it: identity verified.
    Dossier verifiedDossier()
    {
        Dossier draft = sampleDossier();
        draft.caProfileId = QStringLiteral("mock-ca");
        auto created = m_other->create(draft);
        EXPECT_TRUE(created.ok()) << text(created.error());
        if (!created) {
            return {};
        }
        auto meeting = m_other->changeStatus(created->id, created->version,
                                             DossierStatus::ReadyForMeeting, QString());
        EXPECT_TRUE(meeting.ok());
        auto verified = m_other->changeStatus(created->id, meeting->version,
                                              DossierStatus::IdentityVerified, QString());
        EXPECT_TRUE(verified.ok());
        return verified.ok() ? *verified : Dossier{};
    }

    static QString message(QWidget* dialog)
    {
        return dialog->findChild<QLabel*>(QStringLiteral("personalisationMessage"))->text();
    }

    QStringList caServerArguments()
    {
        return {QStringLiteral("-srv_cert"),    path("server.crt"),
                QStringLiteral("-srv_key"),     path("server.key"),
                QStringLiteral("-srv_trusted"), path("operators.crt"),
                QStringLiteral("-rsp_cert"),    path("issued.crt"),
                QStringLiteral("-rsp_capubs"),  path("ca.crt")};
    }

    TestPki m_caPki{QStringLiteral("Mock CMP CA")};
    TestPki::Issued m_issued;
    QString m_operatorCard;
    std::shared_ptr<MasterKeyUnlock> m_masterKey;
    std::unique_ptr<DeskServices> m_desk;
    std::unique_ptr<DossierWorker> m_worker;
};

TEST_F(DeskPersonalisationTest, TheDialogPersonalisesAndRefusesTheCasCertificateForAnotherKey)
{
    const quint16 port = closedPort();
    ASSERT_NE(port, 0);
    importProfile(port);
    m_settings->setTrainingMode(false);
    m_settings->setHolderTokenModule(SoftHsmToken::modulePath());
    OpenSslCmpServer ca;
    ASSERT_TRUE(ca.start(port, caServerArguments())) << ca.output().toStdString();
    ASSERT_NO_FATAL_FAILURE(openDesk());
    const Dossier dossier = verifiedDossier();
    ASSERT_GT(dossier.id, 0);

    const Product* product = ProductCatalogue::builtIn().product(QStringLiteral("rgs2"));
    ASSERT_NE(product, nullptr);
    auto dialog = std::make_unique<PersonalisationDialog>(
        *m_desk->tokens(), *m_worker, AtrCatalogue::builtIn(), dossier, *product, std::nullopt);
    dialog->setOperatorToken(m_operatorCard); // the card stays out of the list
    dialog->setAnswerTimeoutMs(60'000);
    dialog->show();
    auto* tokens = dialog->findChild<QComboBox*>(QStringLiteral("personalisationTokens"));
    ASSERT_TRUE(waitUntil([&] { return tokens->count() > 0; }));
    for (int i = 0; i < tokens->count(); ++i) {
        EXPECT_TRUE(tokens->itemText(i).startsWith(u"blank token"))
            << tokens->itemText(i).toStdString();
    }
    auto* start = dialog->findChild<QPushButton*>(QStringLiteral("personalisationStart"));
    ASSERT_TRUE(start->isEnabled()) << message(dialog.get()).toStdString();

    QSignalSpy personalised(dialog.get(), &PersonalisationDialog::personalised);
    QSignalSpy queued(dialog.get(), &PersonalisationDialog::requestQueued);
    whenHolderPromptOpens(dialog.get(), [](HolderPinDialog* prompt) {
        typeHolderPin(prompt, QStringLiteral("583920"));
    });
    QTest::mouseClick(start, Qt::LeftButton);

    // The request went out through the outbox, signed with the operator's card; the CA
    // answered with its fixed certificate, and the dialog says it was refused.
    ASSERT_TRUE(waitUntil(
        [&] {
            return queued.count() == 1 &&
                   message(dialog.get()).contains(u"The CA refused the certificate request");
        },
        std::chrono::seconds(60)))
        << message(dialog.get()).toStdString() << "\nserver: " << ca.output().toStdString();
    const QString shown = message(dialog.get());
    EXPECT_TRUE(shown.contains(u"does not match the request")) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"nothing was installed")) << shown.toStdString();
    EXPECT_EQ(personalised.count(), 0);
    EXPECT_GE(ca.requestsReceived(), 2) << ca.output().toStdString(); // p10cr and certConf
    // The CA was told (certConf with status rejection).
    EXPECT_TRUE(ca.output().contains("certificate rejected by client with PKIStatus: rejection"))
        << ca.output().toStdString();

    // What is stored: the item failed with the reason, no certificate for the dossier, the
    // dossier not moved to issued, and the failure in its audit trail.
    const qint64 itemId = queued.at(0).at(0).toLongLong();
    auto item = OutboxRepository(*m_db).find(itemId);
    ASSERT_TRUE(item.ok());
    EXPECT_EQ(item->state, OutboxState::Failed);
    EXPECT_TRUE(item->lastError.contains(u"does not match the request"))
        << item->lastError.toStdString();
    EXPECT_TRUE(item->result.isEmpty());
    CaRequests requests(*m_db, m_clock, ProductCatalogue::builtIn(),
                        m_session->account().profile().identity);
    auto certificates = requests.certificates(dossier.id);
    ASSERT_TRUE(certificates.ok()) << text(certificates.error());
    EXPECT_TRUE(certificates->isEmpty());
    auto now = m_other->find(dossier.id);
    ASSERT_TRUE(now.ok());
    EXPECT_NE(now->status, DossierStatus::CertificateIssued);
    EXPECT_TRUE(auditActions().contains(QStringLiteral("ca.request.failed")));

    // The token: personalised with the holder's PIN, its key generated there, and no
    // certificate written on it.
    dialog.reset();
    closeDesk(); // the test opens the token itself now
    auto loaded = Pkcs11Module::load(SoftHsmToken::modulePath());
    ASSERT_TRUE(loaded.ok());
    const std::unique_ptr<Pkcs11Module> module = std::move(loaded).value();
    const QString holderSerial = item->params.value(QStringLiteral("tokenSerial")).toString();
    auto slot = TokenSlot::findBySerial(*module, holderSerial);
    ASSERT_TRUE(slot.ok()) << holderSerial.toStdString() << " " << text(slot.error());
    auto session = TokenSession::open(*module, *slot);
    ASSERT_TRUE(session.ok());
    ASSERT_TRUE((*session)->login(CKU_USER, SecretBytes::copyOf(QByteArrayView("583920"))).ok());
    bool hasKey = false;
    for (const TokenObject& object : (*session)->objects()) {
        hasKey |= object.kind == TokenObject::Kind::PrivateKey;
    }
    EXPECT_TRUE(hasKey);
    EXPECT_TRUE(certificatesOnToken(*module, **session).isEmpty());
}

} // namespace
} // namespace guichet::test
