#pragma once

#include "ca/CaProfile.h"
#include "ca/outbox/OutboxSender.h"
#include "ca/renewal/KeyUpdateJob.h"
#include "common/Operator.h"
#include "storage/DatabaseConfig.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <memory>
#include <optional>

namespace guichet {

class Clock;
class KeySigner;
class MasterKeyUnlock;
class TokenService;

// The desk's CA side, assembled from the workstation's settings (issue 6): the holder-token
// service, the outbox sender on its thread, and the key update's CA. Training mode: SoftHSM2
// tokens and the embedded training CA in process. Production mode: the holder-token module
// from the settings (else the first module p11-kit registers), and the workstation's CA
// profile (DeskCaPlan) with the operator's card protecting the requests. No widget, so the
// window's assembly is tested without one; app/gui only wires it into the window.
class DeskServices {
    Q_DECLARE_TR_FUNCTIONS(DeskServices)
public:
    struct Inputs {
        bool training = true;
        DatabaseConfig database;
        OperatorIdentity actor;
        const Clock* clock = nullptr; // outlives the services
        QString holderTokenModule;    // WorkstationSettings::holderTokenModule()
        QString caProfileId;          // WorkstationSettings::caProfile(); empty: the only one
        // Production: the stored CA profiles, read off the GUI thread
        // (DeskCaPlan::loadInBackground) or its error.
        Result<QList<CaProfile>> profiles = QList<CaProfile>{};
        // The workstation's master key (SO PINs, documents, the training CA's keys).
        std::shared_ptr<const MasterKeyUnlock> masterKey;
        // The logged-in operator's card (SessionWorker::remoteSigner): signs the production
        // CMP requests (RFC 9483 3.2) from the sender's thread. Null: no session.
        std::shared_ptr<KeySigner> operatorSigner;
    };

    explicit DeskServices(Inputs inputs);
    ~DeskServices(); // stops the sender (bounded) and waits for its thread
    DeskServices(const DeskServices&) = delete;
    DeskServices& operator=(const DeskServices&) = delete;

    // Null when left out; problems() says why.
    TokenService* tokens() const { return m_tokens.get(); }
    OutboxSender* outbox() const { return m_outbox.data(); }
    const std::optional<KeyUpdateCaConfig>& keyUpdate() const { return m_keyUpdate; }
    // The profile this desk sends to: "training", or the workstation's CA profile (empty when
    // production has none). Dossiers opened at this desk are meant to name it.
    const QString& caProfileId() const { return m_profileId; }
    // The holder-token module chosen ("" when none).
    const QString& holderTokenModule() const { return m_modulePath; }
    // What production mode could not set up, each a sentence for the operator.
    const QStringList& problems() const { return m_problems; }

    // Starts the sender's thread (once the master key can be had and the token service is
    // ready: the training CA's keys are sealed under it). No effect without a sender.
    void startOutbox();
    bool outboxStarted() const { return m_thread.isRunning(); }
    // Asks the sender to stop and waits for its thread (it closes its database there).
    void stopOutbox();

    // The holder-token module: the configured one; else SoftHSM2 in training mode; else the
    // first module registered with p11-kit ("" when there is none).
    static QString holderModuleFor(bool training, const QString& configured,
                                   const QStringList& registered);

private:
    void buildTraining(const Inputs& inputs);
    void buildProduction(Inputs& inputs);
    void makeSender(OutboxSenderConfig config);

    QString m_profileId;
    QString m_modulePath;
    QStringList m_problems;
    std::unique_ptr<TokenService> m_tokens;
    QThread m_thread;
    QPointer<OutboxSender> m_outbox; // deleted with its thread once stopped, else here
    std::optional<KeyUpdateCaConfig> m_keyUpdate;
};

} // namespace guichet
