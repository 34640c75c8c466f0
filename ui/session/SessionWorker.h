#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/KeySigner.h"
#include "crypto/SecretBytes.h"
#include "operators/OperatorAccount.h"
#include "storage/DatabaseConfig.h"
#include "token/TokenTypes.h"
#include "token/TokenWorker.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace guichet {

class Database;
class TokenPresence;

// The operator's session as the window sees it. One worker thread owns the PKCS#11 module of
// the operator's card, a database connection and the OperatorSession (the card session must
// stay on that thread: later signatures go through it). Slots in, signals out on the GUI
// thread; no PKCS#11 or SQL call ever runs on the GUI thread (DESIGN, "One worker per
// device"). While a session is open the token's presence is polled every second; a token
// that goes emits tokenRemoved().
class SessionWorker : public QObject {
    Q_OBJECT
public:
    // The certificates an operator's certificate must chain to (DER), read on the worker
    // thread over its connection: in training mode the training CA, otherwise the CA
    // profile's trust anchors.
    using TrustAnchors = std::function<Result<QList<QByteArray>>(Database& db)>;
    // Makes the training operator card on the worker thread (training mode with no account
    // yet): returns the new token's serial. Empty when the workstation has none.
    using TrainingCardMaker = std::function<Result<QString>(
        const Pkcs11Module& module, Database& db, const QString& name, const SecretBytes& pin)>;

    struct Config {
        QString modulePath;
        DatabaseConfig database;
        TrustAnchors trustAnchors;
        TrainingCardMaker trainingCard = {};
        std::shared_ptr<TokenPresence> presence = {}; // default: ask the module
        std::chrono::milliseconds presenceInterval{1000};
    };

    // `clock` must outlive the worker.
    SessionWorker(Config config, const Clock& clock, QObject* parent = nullptr);
    ~SessionWorker() override;

    void start(); // ready() says how it went
    bool isStarted() const { return m_started; }

    void listTokens(); // tokensListed()
    // Whether the database holds any operator account (trainingCardOffered() answers).
    void checkAccounts();
    // trainingCardCreated() or trainingCardFailed()
    void createTrainingCard(const QString& name, std::shared_ptr<const SecretBytes> pin);
    void login(const QString& serial, std::shared_ptr<const SecretBytes> pin);
    // The answer of a running login is dropped and its card session closed.
    void cancelLogin() { m_cancelLogin.store(true); }
    // `reason` is recorded in the audit trail ("inactivity", "token-removed", "operator").
    void lock(const QString& reason);
    // The PIN again, on the same token, by the same operator.
    void unlock(std::shared_ptr<const SecretBytes> pin);
    void logout();

    bool isLoggedIn() const { return m_loggedIn; }
    bool isLocked() const { return m_locked; }
    const OperatorAccount& account() const { return m_account; }
    const QString& tokenSerial() const { return m_serial; }

    // Runs `job` on the worker thread with the operator's key (for the form and evidence
    // signatures); refused while no session is open or it is locked.
    void withSigner(QObject* receiver, std::function<Result<QByteArray>(KeySigner&)> job,
                    std::function<void(Result<QByteArray>)> done);

    // A signer for work running on another worker thread (the dossier worker stores the signed
    // form and builds the evidence package there): each signature is made on this worker's
    // thread, where the card session lives, while the calling thread waits. Refuses while
    // the session is locked or closed. Never use it on the GUI thread.
    std::unique_ptr<KeySigner> remoteSigner() const;

signals:
    void ready(bool ok, const QString& message);
    void tokensListed(const QList<guichet::TokenInfo>& tokens);
    void accountsChecked(bool anyAccount, bool trainingCardPossible);
    void trainingCardCreated(const QString& serial);
    void trainingCardFailed(const QString& message);
    void loggedIn(const guichet::OperatorAccount& account);
    void loginFailed(const QString& message);
    void locked();
    void unlocked();
    void unlockFailed(const QString& message);
    void loggedOut();
    void tokenRemoved();

private:
    struct Context; // lives on the worker thread
    class RemoteSigner;
    void pollPresence();

    Config m_config;
    const Clock& m_clock;
    std::unique_ptr<TokenWorker> m_worker;
    std::shared_ptr<Context> m_context;
    QTimer m_presenceTimer;
    std::atomic<bool> m_cancelLogin{false};
    bool m_started = false;
    bool m_loggedIn = false;
    bool m_locked = false;
    bool m_pollPending = false;
    // Every this many presence polls, the audit chain is checkpointed if enough events passed.
    static constexpr unsigned kCheckpointPolls = 30;
    unsigned m_polls = 0;
    OperatorAccount m_account;
    QString m_serial;
};

} // namespace guichet
