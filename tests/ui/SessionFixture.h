#pragma once

#include "UiTestSupport.h"
#include "documents/DocumentAccess.h"
#include "operators/OperatorAccount.h"
#include "session/SessionWorker.h"
#include "session/TokenPresence.h"
#include "support/SoftHsmToken.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

namespace guichet::test {

// A token presence the test switches off: a SoftHSM2 token cannot be unplugged, so the
// removal of the operator's card is the one fault this stand-in produces (TESTING rules:
// fakes only for faults a real component cannot give). The real check still runs first, so
// a real disappearance counts too.
class SwitchablePresence final : public TokenPresence {
public:
    bool isPresent(const Pkcs11Module& module, const QString& serial) override
    {
        return present.load() && real.isPresent(module, serial);
    }
    std::atomic<bool> present{true};
    Pkcs11TokenPresence real;
};

// The window of a logged-in operator: a private SoftHSM2, the real SessionWorker on its
// thread, operator cards made by TrainingOperatorCard with the training CA in the test's
// SQLite database (under a fixed master key), and the real main window over them.
class SessionTest : public WindowTest {
protected:
    void SetUp() override;
    void TearDown() override;

    // Starts the session worker (the presence source is switchable).
    void startSession();
    // An operator card made on the session's worker, as the login dialog's training offer
    // does: the first is the bootstrap supervisor, the next ones need `actor`.
    QString makeCard(const QString& name, OperatorRole role, const char* pin,
                     const std::optional<OperatorAccount>& actor = std::nullopt,
                     const QString& organisation = {});
    // Logs in straight through the worker (the dialog has its own tests).
    OperatorAccount logIn(const QString& serial, const char* pin);
    // The main window of the logged-in operator, locking after `lockAfter` without input.
    void openSessionWindow(std::chrono::milliseconds lockAfter = std::chrono::minutes(10));
    QStringList auditActions();

    // The documents' master key source for the window (none: no documents tab).
    DocumentAccess::KeySourceFactory m_documentKeys;

    std::unique_ptr<SoftHsmToken> m_softHsm;
    std::shared_ptr<SwitchablePresence> m_presence;
    std::unique_ptr<SessionWorker> m_session;

    // What the card maker gives the next card (it runs on the worker thread).
    struct NextCard {
        OperatorRole role = OperatorRole::Supervisor;
        std::optional<OperatorAccount> actor;
        QString organisation;
    };
    std::shared_ptr<NextCard> m_nextCard = std::make_shared<NextCard>();
};

} // namespace guichet::test
