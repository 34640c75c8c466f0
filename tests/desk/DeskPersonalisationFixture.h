#pragma once

// The desk's personalisation tests (DeskPersonalisationTest, DeskEnrolmentTest): a production
// workstation (training mode off) whose master key is under a passphrase given this session,
// the desk's services built by DeskServices as app/gui/main.cpp does, and the real
// PersonalisationDialog on the holder's blank SoftHSM2 token, started with the PIN typed.
#include "../token/PersonalisationDriver.h"
#include "DeskFixture.h"
#include "security/PassphraseMasterKeySource.h"
#include "service/DossierWorker.h"
#include "smartcard/AtrCatalogue.h"
#include "token/PersonalisationDialog.h"

#include <QComboBox>
#include <QLabel>

namespace guichet::test {

class DeskPersonalisationFixture : public DeskTest {
protected:
    void SetUp() override
    {
        DeskTest::SetUp();
        if (HasFatalFailure() || IsSkipped()) {
            return;
        }
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

    // What app/gui/main.cpp does after the login, with training mode off in the settings.
    void openDesk()
    {
        m_desk = std::make_unique<DeskServices>(deskInputs(m_masterKey));
        ASSERT_TRUE(m_desk->problems().isEmpty()) << m_desk->problems().join(u'\n').toStdString();
        ASSERT_NE(m_desk->tokens(), nullptr);
        ASSERT_NE(m_desk->outbox(), nullptr);
        m_worker = std::make_unique<DossierWorker>(m_config, m_clock, ProductCatalogue::builtIn(),
                                                   m_session->account().profile().identity);
        std::optional<bool> opened;
        QObject::connect(m_worker.get(), &DossierWorker::opened, m_worker.get(),
                         [&](bool ok, const QString&) { opened = ok; });
        m_worker->start();
        ASSERT_TRUE(waitUntil([&] { return opened.has_value(); }));
        ASSERT_TRUE(*opened);
        ASSERT_NO_FATAL_FAILURE(startTokens());
        ASSERT_TRUE(*m_tokensReady) << m_tokensProblem.toStdString();
        m_desk->startOutbox();
    }

    // The dialog for `dossier` on the first blank token (the operator's card left out); the
    // operator clicks Start and the holder types `pin` in the holder-only prompt.
    void startPersonalisation(const Dossier& dossier, const QString& pin, int answerTimeoutMs)
    {
        const Product* product = ProductCatalogue::builtIn().product(QStringLiteral("rgs2"));
        ASSERT_NE(product, nullptr);
        m_dialog = std::make_unique<PersonalisationDialog>(
            *m_desk->tokens(), *m_worker, AtrCatalogue::builtIn(), dossier, *product, std::nullopt);
        m_dialog->setOperatorToken(m_operatorCard);
        m_dialog->setAnswerTimeoutMs(answerTimeoutMs);
        m_dialog->show();
        auto* tokens = m_dialog->findChild<QComboBox*>(QStringLiteral("personalisationTokens"));
        ASSERT_TRUE(waitUntil([&] { return tokens->count() > 0; }));
        auto* start = m_dialog->findChild<QPushButton*>(QStringLiteral("personalisationStart"));
        ASSERT_TRUE(start->isEnabled()) << message(m_dialog.get()).toStdString();
        whenHolderPromptOpens(m_dialog.get(),
                              [pin](HolderPinDialog* prompt) { typeHolderPin(prompt, pin); });
        QTest::mouseClick(start, Qt::LeftButton);
    }

    void TearDown() override
    {
        m_dialog.reset();
        DeskTest::TearDown();
    }

    static QString message(QWidget* dialog)
    {
        return dialog->findChild<QLabel*>(QStringLiteral("personalisationMessage"))->text();
    }

    std::shared_ptr<MasterKeyUnlock> m_masterKey;
    std::unique_ptr<PersonalisationDialog> m_dialog;
};

} // namespace guichet::test
