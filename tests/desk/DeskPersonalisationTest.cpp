// Issue 6, production mode through the real personalisation dialog: a production workstation
// (training mode off) with a CA profile pointing at OpenSSL's own CMP server, the desk's
// services built by DeskServices as app/gui does, the operator's SoftHSM2 card protecting
// the request, and the holder's blank SoftHSM2 token personalised by the dialog with the PIN
// typed. OpenSSL 3.0's mock server can only answer with the fixed certificate it was given
// (-rsp_cert), made before the dialog generated the holder's key on the token: its key is not
// the request's, and Guichet must refuse it ("wrong certificate returned: refused"), say so
// in the dialog, record it in the dossier's trail and write nothing on the token.
#include "DeskPersonalisationFixture.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxRepository.h"

#include <QSignalSpy>

namespace guichet::test {
namespace {

class DeskPersonalisationTest : public DeskPersonalisationFixture {};

TEST_F(DeskPersonalisationTest, TheDialogPersonalisesAndRefusesTheCasCertificateForAnotherKey)
{
    const quint16 port = closedPort();
    ASSERT_NE(port, 0);
    importProfile(port, QStringLiteral("signature"));
    m_settings->setTrainingMode(false);
    m_settings->setHolderTokenModule(SoftHsmToken::modulePath());
    OpenSslServer ca;
    ASSERT_EQ(ca.start(caServerArguments(), port), port) << ca.output().toStdString();
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
    EXPECT_GE(ca.requestsReceived(2), 2) << ca.output().toStdString(); // p10cr and certConf
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
