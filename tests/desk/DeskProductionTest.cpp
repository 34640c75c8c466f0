// Issue 6, "Done when": enrolment from the window against a real CA's CMP endpoint. A
// production workstation (training mode off) with a CA profile imported that points at
// OpenSSL's own CMP server; the desk's services built by DeskServices as app/gui does; the
// logged-in operator's card (SoftHSM2, through the real SessionWorker) protects the request
// by signature; the CA is down first, then comes up, and the certificate lands in the dossier.
#include "DeskFixture.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxSender.h"
#include "outbox/OutboxStatusIndicator.h"

#include <QDockWidget>

namespace guichet::test {
namespace {

class DeskProductionTest : public DeskTest {
protected:
    // What app/gui/main.cpp does after the login, with training mode off in the settings.
    void openDeskWindow()
    {
        m_desk = std::make_unique<DeskServices>(deskInputs(std::make_shared<MasterKeyUnlock>()));
        const OperatorIdentity actor = m_session->account().profile().identity;
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
        ASSERT_NO_FATAL_FAILURE(startTokens());
        m_desk->startOutbox();
    }

    // A dossier for the imported CA, identity verified, its certificate request queued.
    OutboxItem queueEnrolment(qint64& dossierId)
    {
        const Dossier verified = verifiedDossier();
        CaRequests requests(*m_db, m_clock, ProductCatalogue::builtIn(),
                            m_session->account().profile().identity);
        auto queued = requests.queueEnrolment(
            verified.id, CaFixture::csrFor(m_issuedKey.get(), QStringLiteral("Jean Dupont"), {},
                                           QStringLiteral("FR")));
        EXPECT_TRUE(queued.ok()) << text(queued.error());
        dossierId = verified.id;
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
    OpenSslServer ca;
    ASSERT_EQ(ca.start(caServerArguments(), port), port) << ca.output().toStdString();
    ASSERT_TRUE(waitUntil([&] { return item(queued.id).state == OutboxState::Delivered; },
                          std::chrono::seconds(60)))
        << item(queued.id).lastError.toStdString() << "\nserver: " << ca.output().toStdString();
    CaRequests requests(*m_db, m_clock, ProductCatalogue::builtIn(),
                        m_session->account().profile().identity);
    auto certificates = requests.certificates(dossierId);
    ASSERT_TRUE(certificates.ok()) << text(certificates.error());
    ASSERT_EQ(certificates->size(), 1);
    EXPECT_EQ(certificates->at(0).der, m_issued.certificateDer);
    EXPECT_GE(ca.requestsReceived(2), 2) << ca.output().toStdString(); // p10cr and certConf
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
