#include "desk/DeskServices.h"

#include "crypto/KeySigner.h"
#include "desk/DeskCaPlan.h"
#include "security/MasterKeyUnlock.h"
#include "token/Pkcs11Module.h"
#include "token/TokenService.h"

namespace guichet {

DeskServices::DeskServices(Inputs inputs)
{
    m_modulePath = holderModuleFor(inputs.training, inputs.holderTokenModule,
                                   inputs.training || !inputs.holderTokenModule.isEmpty()
                                       ? QStringList{}
                                       : Pkcs11Module::registeredModules());
    if (m_modulePath.isEmpty()) {
        m_problems.append(tr("No PKCS#11 module for the holders' tokens: set one in the settings "
                             "(token/holderModule) or register the token vendor's module with "
                             "p11-kit. Tokens cannot be personalised."));
    } else {
        // SO PINs are sealed under the workstation's master key; on a passphrase workstation,
        // once the operator has given the passphrase (MasterKeyUnlock::deferred).
        m_tokens = std::make_unique<TokenService>(
            m_modulePath,
            TokenService::Storage{inputs.database,
                                  [masterKey = inputs.masterKey, database = inputs.database] {
                                      return MasterKeyUnlock::deferred(masterKey, database);
                                  },
                                  inputs.actor.id},
            *inputs.clock, nullptr);
    }
    if (inputs.training) {
        buildTraining(inputs);
    } else {
        buildProduction(inputs);
    }
}

DeskServices::~DeskServices()
{
    stopOutbox();
}

QString DeskServices::holderModuleFor(bool training, const QString& configured,
                                      const QStringList& registered)
{
    if (!configured.isEmpty()) {
        return configured;
    }
    if (training) {
        return Pkcs11Module::softHsmPath();
    }
    return registered.isEmpty() ? QString() : registered.first();
}

void DeskServices::buildTraining(const Inputs& inputs)
{
    m_profileId = CaProfile::TrainingId;
    // The embedded training CA answers the sender and the key update in process; its keys
    // are sealed under the master key.
    const auto caKeys = MasterKeyUnlock::factory(inputs.masterKey);
    OutboxSenderConfig config;
    config.database = inputs.database;
    config.actor = inputs.actor;
    config.trainingCaKeys = caKeys;
    makeSender(std::move(config));
    KeyUpdateCaConfig keyUpdate;
    keyUpdate.database = inputs.database;
    keyUpdate.actor = inputs.actor;
    keyUpdate.trainingCaKeys = caKeys;
    m_keyUpdate = std::move(keyUpdate);
}

void DeskServices::buildProduction(Inputs& inputs)
{
    if (!inputs.profiles) {
        m_problems.append(
            tr("The CA profiles could not be read: %1").arg(inputs.profiles.error().message));
        return;
    }
    auto profile = DeskCaPlan::choose(*inputs.profiles, inputs.caProfileId);
    if (!profile) {
        m_problems.append(profile.error().message);
        return;
    }
    m_profileId = profile->id;
    auto sender = DeskCaPlan::senderConfig(*profile, inputs.database, inputs.actor,
                                           std::move(inputs.operatorSigner));
    if (!sender) {
        m_problems.append(sender.error().message);
        return;
    }
    if (!sender->refusal.isEmpty()) {
        m_problems.append(sender->refusal);
    }
    makeSender(std::move(sender).value());
    // The key update goes to the same CA: one profile per window (see DeskCaPlan::choose).
    auto keyUpdate = DeskCaPlan::keyUpdateConfig(*profile, inputs.database, inputs.actor);
    if (keyUpdate) {
        m_keyUpdate = std::move(keyUpdate).value();
    }
}

void DeskServices::makeSender(OutboxSenderConfig config)
{
    auto* sender = new OutboxSender(std::move(config));
    sender->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, sender, &OutboxSender::start);
    // Direct: stopOutbox() waits for the thread on the thread that owns m_thread, which then
    // could not take a queued quit (QThread::quit is thread-safe).
    QObject::connect(sender, &OutboxSender::stopped, &m_thread, &QThread::quit,
                     Qt::DirectConnection);
    QObject::connect(&m_thread, &QThread::finished, sender, &QObject::deleteLater);
    m_outbox = sender;
}

void DeskServices::startOutbox()
{
    if (m_outbox && !m_thread.isRunning() && !m_thread.isFinished()) {
        m_thread.start();
    }
}

void DeskServices::stopOutbox()
{
    if (m_outbox && !m_thread.isRunning() && !m_thread.isFinished()) {
        delete m_outbox.data(); // never started
        return;
    }
    if (m_outbox) {
        QMetaObject::invokeMethod(m_outbox.data(), &OutboxSender::stop, Qt::QueuedConnection);
    }
    m_thread.wait(); // the sender closes its database on its own thread, then is deleted
}

} // namespace guichet
