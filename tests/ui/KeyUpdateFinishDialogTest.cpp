// A key update whose last write failed, finished from the window (issue 6), offscreen: the
// CA (training, in process) issued the new certificate, but the holder's token went away at
// the last step (its sessions closed, what a PKCS#11 module does when a token is pulled).
// "Write the issued certificate to the token…" (IssuedCertificateDialog, with the real token
// service and dossier worker) writes it beside the new key and moves the dossier; opened again,
// it says the certificate is already there.
#include "KeyUpdateDialogFixture.h"
#include "ca/TrainingCa.h"
#include "ca/renewal/KeyUpdateRequests.h"
#include "ca/renewal/TokenCertificates.h"
#include "ca/renewal/TokenKeyUpdate.h"
#include "token/IssuedCertificateDialog.h"
#include "token/TokenService.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace guichet::test {
namespace {

class KeyUpdateFinishDialogTest : public KeyUpdateDialogTest {
protected:
    void TearDown() override
    {
        m_tokenService.reset();
        KeyUpdateDialogTest::TearDown();
    }

    // The desk's key update, run here; the token is pulled once the CA has answered.
    void keyUpdateWhoseWriteFails()
    {
        m_tokens.reset(); // one PKCS#11 module at a time in this process
        EncryptionService encryption(masterKey());
        TrainingCa ca(*m_db, encryption, m_clock, ProductCatalogue::builtIn());
        ASSERT_TRUE(ca.ensureReady().ok());
        TrainingCmpServer server(ca, QByteArrayLiteral("desk"), SecretBytes::copyOf("secret"));
        ASSERT_TRUE(server.start().ok());
        InProcessCmpTransport transport(server);
        CmpEndpoint endpoint;
        endpoint.transport = &transport;
        endpoint.trustAnchorsDer = {openssl::toDer(ca.rootCertificate(), i2d_X509),
                                    openssl::toDer(ca.issuingCertificate(), i2d_X509)};
        auto module = Pkcs11Module::load(SoftHsmToken::modulePath());
        ASSERT_TRUE(module.ok());
        auto slot = TokenSlot::findBySerial(**module, m_card.serial);
        ASSERT_TRUE(slot.ok());
        bool pulled = false;
        TokenProgress progress;
        progress.report = [&](const QString&, int done, int) {
            if (done == TokenKeyUpdate::kSteps - 1 && !pulled) {
                pulled = (*module)->api().C_CloseAllSessions(*slot) == CKR_OK;
            }
        };
        auto failed =
            TokenKeyUpdate(*m_db, m_clock, ProductCatalogue::builtIn(), m_actor,
                           std::move(endpoint))
                .run(**module, m_renewal, m_card.serial, SecretBytes::copyOf(kPin), progress);
        ASSERT_TRUE(pulled);
        ASSERT_FALSE(failed.ok());
        EXPECT_TRUE(failed.error().message.contains(
            QStringLiteral("Write the issued certificate to the token")))
            << failed.error().message.toStdString();
    }

    // The token service as the window makes it (no issuer), on the test's database.
    void startTokenService()
    {
        TokenService::Storage storage{m_config, [] { return masterKey(); }, m_actor.id};
        m_tokenService =
            std::make_unique<TokenService>(SoftHsmToken::modulePath(), storage, m_clock, nullptr);
        QSignalSpy ready(m_tokenService.get(), &TokenService::ready);
        m_tokenService->start();
        ASSERT_TRUE(waitUntil([&ready] { return !ready.isEmpty(); }));
        ASSERT_TRUE(ready.at(0).at(0).toBool()) << ready.at(0).at(1).toString().toStdString();
    }

    std::unique_ptr<TokenService> m_tokenService;
};

TEST_F(KeyUpdateFinishDialogTest, TheWindowWritesTheKeyUpdatesCertificateLaterThenSaysItIsDone)
{
    keyUpdateWhoseWriteFails();
    ASSERT_FALSE(HasFatalFailure());
    EXPECT_EQ(m_service->find(m_renewal)->status, DossierStatus::SubmittedToCa);
    CaRequests requests(*m_db, m_clock, ProductCatalogue::builtIn(), m_actor);
    auto issued = requests.certificates(m_renewal);
    ASSERT_TRUE(issued.ok());
    ASSERT_EQ(issued->size(), 1);
    const QByteArray renewed = issued->at(0).der;
    auto items = requests.outbox().forDossier(m_renewal);
    ASSERT_TRUE(items.ok() && items->size() == 1);
    const QByteArray newKeyId = KeyUpdateRequests::newKeyOf(items->at(0)).keyId;

    startTokenService();
    IssuedCertificateDialog dialog(*m_tokenService, *m_worker, m_renewal, m_window.get());
    auto* details = dialog.findChild<QLabel*>(QStringLiteral("issuedCertificateDetails"));
    auto* pin = dialog.findChild<QLineEdit*>(QStringLiteral("issuedCertificatePin"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("issuedCertificateMessage"));
    auto* write = dialog.findChild<QPushButton*>(QStringLiteral("issuedCertificateWrite"));
    ASSERT_TRUE(details && pin && message && write);
    ASSERT_TRUE(waitUntil([write] { return write->isEnabled(); })) << message->text().toStdString();
    EXPECT_TRUE(details->text().contains(issued->at(0).serialHex)) << details->text().toStdString();
    EXPECT_TRUE(details->text().contains(m_card.serial));
    QSignalSpy written(&dialog, &IssuedCertificateDialog::written);
    typeInto(pin, QString::fromLatin1(kPin));
    write->click();
    EXPECT_TRUE(pin->text().isEmpty()) << "the PIN leaves the edit at once";
    ASSERT_TRUE(waitUntil([&written] { return !written.isEmpty(); }, std::chrono::seconds(60)))
        << message->text().toStdString();
    EXPECT_EQ(written.at(0).at(0).toString(), m_card.serial);
    EXPECT_EQ(m_service->find(m_renewal)->status, DossierStatus::CertificateIssued);
    EXPECT_TRUE(message->text().contains(m_card.serial)) << message->text().toStdString();

    // Opened again: already done, nothing to write.
    IssuedCertificateDialog again(*m_tokenService, *m_worker, m_renewal, m_window.get());
    auto* why = again.findChild<QLabel*>(QStringLiteral("issuedCertificateMessage"));
    ASSERT_TRUE(waitUntil([why] { return !why->text().isEmpty(); }));
    EXPECT_TRUE(why->text().contains(QStringLiteral("already"))) << why->text().toStdString();
    EXPECT_FALSE(
        again.findChild<QPushButton*>(QStringLiteral("issuedCertificateWrite"))->isEnabled());

    // On the token, beside the new key (read once the service's module is gone).
    m_tokenService.reset();
    auto module = Pkcs11Module::load(SoftHsmToken::modulePath());
    ASSERT_TRUE(module.ok());
    auto session = TokenSession::open(**module, *TokenSlot::findBySerial(**module, m_card.serial));
    ASSERT_TRUE(session.ok());
    auto keyId = TokenCertificates::keyIdOf(**module, **session, renewed);
    ASSERT_TRUE(keyId.ok()) << keyId.error().message.toStdString();
    EXPECT_EQ(*keyId, newKeyId);
    auto old = TokenCertificates::keyIdOf(**module, **session, m_previous);
    ASSERT_TRUE(old.ok());
    EXPECT_EQ(*old, kOldKeyId) << "the old certificate stays beside the old key";
}

} // namespace
} // namespace guichet::test
