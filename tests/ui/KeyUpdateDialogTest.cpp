// The key update from the Dossier menu (ui/ca, issue 6), offscreen: the holder's token in a
// private SoftHSM2, the real token worker (PKCS#11 on its own thread), the dossier worker and
// the training CA in process. Then the revocation dialog lists both certificates of the
// renewal dossier and revokes the one the operator picks.
#include "ca/KeyUpdateDialog.h"

#include "KeyUpdateDialogFixture.h"
#include "ca/CertificateActions.h"
#include "ca/RevocationDialog.h"
#include "ca/renewal/TokenCertificates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>

namespace guichet::test {
namespace {

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
    EXPECT_EQ(token->currentData().toString(), m_card.serial);
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
        [serial = m_card.serial, renewed](const Pkcs11Module& module,
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
