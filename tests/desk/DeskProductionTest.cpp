// Issue 6, "Done when": enrolment from the window against a real CA's CMP endpoint. A
// production workstation (training mode off) with a CA profile imported that points at
// OpenSSL's own CMP server; the desk's services built by DeskServices as app/gui does; the
// logged-in operator's card (SoftHSM2, through the real SessionWorker) protects the request
// by signature; the CA is down first, then comes up, and the certificate lands in the dossier.
#include "../ca/CaFixture.h"
#include "../crypto/TestPki.h"
#include "../ui/SessionFixture.h"
#include "DeskCmpServer.h"
#include "ca/CaProfileRepository.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxSender.h"
#include "desk/DeskCaPlan.h"
#include "desk/DeskServices.h"
#include "operators/CardLogin.h"
#include "outbox/OutboxStatusIndicator.h"
#include "security/MasterKeyUnlock.h"
#include "support/Samples.h"
#include "token/TokenService.h"

#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::test {
namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

class DeskProductionTest : public SessionTest {
protected:
    void SetUp() override
    {
        SessionTest::SetUp();
        if (HasFatalFailure() || IsSkipped()) {
            return;
        }
        const QString serial =
            makeCard(QStringLiteral("Claire Martin"), OperatorRole::Supervisor, "246810");
        ASSERT_FALSE(serial.isEmpty());
        logIn(serial, "246810");
        ASSERT_TRUE(m_session->isLoggedIn());

        // The CA's side: it signs its answers with a certificate under its root, returns the
        // certificate made beforehand for the holder's key, and trusts the operators' CA
        // (here the training CA that made the operator's card) to check the protection.
        m_holderKey = CaFixture::newKey();
        m_issued = m_caPki.issueFor(openssl::toDer(m_holderKey.get(), i2d_PUBKEY),
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
    }

    void TearDown() override
    {
        m_window.reset();
        if (m_desk) {
            m_desk->stopOutbox(); // it signs through the card session
        }
        // The card session (its logout checkpoint signs on the card) goes while the holder
        // token service still has the same SoftHSM2 module loaded.
        m_session.reset();
        m_desk.reset();
        SessionTest::TearDown();
    }

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // The CA profile file a supervisor imports (`guichet-cli ca profile import`).
    void importProfile(quint16 port, const QString& protection)
    {
        const QJsonObject file{
            {QStringLiteral("format"), 1},
            {QStringLiteral("id"), QStringLiteral("mock-ca")},
            {QStringLiteral("name"), QStringLiteral("OpenSSL CMP server")},
            {QStringLiteral("trustAnchors"), QJsonArray{QString::fromLatin1(m_caPki.rootPem())}},
            {QStringLiteral("cmp"),
             QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(port)},
                         {QStringLiteral("path"), QStringLiteral("pkix/")},
                         {QStringLiteral("protection"), protection}}},
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
    void openDeskWindow()
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
        inputs.masterKey = std::make_shared<MasterKeyUnlock>();
        inputs.operatorSigner = m_session->remoteSigner();
        m_desk = std::make_unique<DeskServices>(std::move(inputs));
        m_worker =
            std::make_unique<DossierWorker>(m_config, m_clock, ProductCatalogue::builtIn(), actor);
        MainWindow::Dependencies dependencies{*m_worker, *m_settings, ProductCatalogue::builtIn(),
                                              m_config,  actor,       QStringLiteral("en")};
        dependencies.clock = &m_clock;
        dependencies.session = m_session.get();
        dependencies.tokens = m_desk->tokens();
        dependencies.outbox = m_desk->outbox();
        dependencies.keyUpdate = m_desk->keyUpdate();
        m_window = std::make_unique<MainWindow>(dependencies);
        m_window->show();
        m_worker->start();
        // The outbox starts once the token service is ready (main.cpp's order).
        bool ready = false;
        QObject here;
        ASSERT_NE(m_desk->tokens(), nullptr);
        QObject::connect(m_desk->tokens(), &TokenService::ready, &here, [&] { ready = true; });
        m_desk->tokens()->start();
        ASSERT_TRUE(waitUntil([&] { return ready; }, std::chrono::seconds(30)));
        m_desk->startOutbox();
    }

    // A dossier for the imported CA, identity verified, its certificate request queued.
    OutboxItem queueEnrolment(qint64& dossierId)
    {
        Dossier draft = sampleDossier();
        draft.caProfileId = QStringLiteral("mock-ca");
        auto created = m_other->create(draft);
        EXPECT_TRUE(created.ok()) << text(created.error());
        auto meeting = m_other->changeStatus(created->id, created->version,
                                             DossierStatus::ReadyForMeeting, QString());
        EXPECT_TRUE(meeting.ok());
        EXPECT_TRUE(m_other
                        ->changeStatus(created->id, meeting->version,
                                       DossierStatus::IdentityVerified, QString())
                        .ok());
        CaRequests requests(*m_db, m_clock, ProductCatalogue::builtIn(),
                            m_session->account().profile().identity);
        auto queued = requests.queueEnrolment(
            created->id, CaFixture::csrFor(m_holderKey.get(), QStringLiteral("Jean Dupont"), {},
                                           QStringLiteral("FR")));
        EXPECT_TRUE(queued.ok()) << text(queued.error());
        dossierId = created->id;
        QMetaObject::invokeMethod(m_desk->outbox(), &OutboxSender::wake, Qt::QueuedConnection);
        return queued.ok() ? *queued : OutboxItem{};
    }

    OutboxItem item(qint64 id)
    {
        auto found = OutboxRepository(*m_db).find(id);
        return found.ok() ? *found : OutboxItem{};
    }

    QString indicatorText()
    {
        auto* indicator = m_window->findChild<OutboxStatusIndicator*>();
        return indicator != nullptr ? indicator->text() : QString();
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
    openssl::PKey m_holderKey;
    TestPki::Issued m_issued;
    std::unique_ptr<DeskServices> m_desk;
};

TEST_F(DeskProductionTest, TheWindowEnrolsWithTheCardAgainstOpenSslsCmpServerOnceItIsUp)
{
    const quint16 port = closedPort();
    ASSERT_NE(port, 0);
    importProfile(port, QStringLiteral("signature"));
    m_settings->setTrainingMode(false);
    m_settings->setHolderTokenModule(SoftHsmToken::modulePath());
    openDeskWindow();
    ASSERT_TRUE(m_desk);
    EXPECT_TRUE(m_desk->problems().isEmpty()) << m_desk->problems().join(u'\n').toStdString();
    EXPECT_EQ(m_desk->caProfileId(), QStringLiteral("mock-ca"));
    ASSERT_TRUE(m_desk->keyUpdate().has_value());
    EXPECT_EQ(m_desk->keyUpdate()->url,
              QUrl(QStringLiteral("http://127.0.0.1:%1/pkix/").arg(port)));
    ASSERT_NE(m_desk->outbox(), nullptr);
    // The window shows the outbox the desk's sender serves.
    EXPECT_NO_THROW(widget<QDockWidget>(QStringLiteral("outboxDock")));

    qint64 dossierId = 0;
    const OutboxItem queued = queueEnrolment(dossierId);
    ASSERT_NE(queued.id, 0);

    // The CA is down: the item stays queued with the reason, the window says offline.
    ASSERT_TRUE(waitUntil(
        [&] {
            const OutboxItem now = item(queued.id);
            return now.attempts >= 1 && now.state == OutboxState::Queued &&
                   !now.lastError.isEmpty();
        },
        std::chrono::seconds(30)))
        << item(queued.id).lastError.toStdString();
    EXPECT_TRUE(waitUntil([&] { return indicatorText().contains(u"CA offline"); }))
        << indicatorText().toStdString();
    EXPECT_TRUE(m_other->find(dossierId)->status == DossierStatus::SubmittedToCa);

    // The CA comes up at the profile's address: the sender's next attempt (backoff at most
    // 15 s) delivers, signed with the operator's card on the session's thread.
    OpenSslCmpServer ca;
    ASSERT_TRUE(ca.start(port, caServerArguments())) << ca.output().toStdString();
    ASSERT_TRUE(waitUntil([&] { return item(queued.id).state == OutboxState::Delivered; },
                          std::chrono::seconds(60)))
        << item(queued.id).lastError.toStdString() << "\nserver: " << ca.output().toStdString();
    CaRequests requests(*m_db, m_clock, ProductCatalogue::builtIn(),
                        m_session->account().profile().identity);
    auto certificates = requests.certificates(dossierId);
    ASSERT_TRUE(certificates.ok()) << text(certificates.error());
    ASSERT_EQ(certificates->size(), 1);
    EXPECT_EQ(certificates->at(0).der, m_issued.certificateDer);
    EXPECT_GE(ca.requestsReceived(), 2) << ca.output().toStdString(); // p10cr and certConf
    EXPECT_TRUE(waitUntil([&] { return indicatorText().contains(u"CA online"); }))
        << indicatorText().toStdString();
}

TEST_F(DeskProductionTest, ASharedSecretProfileLeavesTheItemQueuedWithTheCommandToUse)
{
    importProfile(closedPort(), QStringLiteral("shared-secret"));
    m_settings->setTrainingMode(false);
    m_settings->setHolderTokenModule(SoftHsmToken::modulePath());
    openDeskWindow();
    ASSERT_TRUE(m_desk);
    ASSERT_EQ(m_desk->problems().size(), 1);
    EXPECT_TRUE(m_desk->problems().first().contains(u"--secret-file"));
    qint64 dossierId = 0;
    const OutboxItem queued = queueEnrolment(dossierId);
    ASSERT_NE(queued.id, 0);
    ASSERT_TRUE(waitUntil([&] { return !item(queued.id).lastError.isEmpty(); }));
    const OutboxItem waiting = item(queued.id);
    EXPECT_EQ(waiting.state, OutboxState::Queued);
    EXPECT_EQ(waiting.attempts, 0);
    EXPECT_TRUE(waiting.lastError.contains(u"needs a shared secret"))
        << waiting.lastError.toStdString();
    EXPECT_TRUE(waitUntil([&] { return indicatorText().contains(u"1 request"); }))
        << indicatorText().toStdString();
}

} // namespace
} // namespace guichet::test
