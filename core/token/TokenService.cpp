#include "token/TokenService.h"

#include "security/EncryptionService.h"
#include "security/MasterKeySource.h"
#include "storage/Database.h"
#include "token/AuditPersonalisationRecorder.h"
#include "token/CertificateIssuer.h"
#include "token/Pkcs11Module.h"
#include "token/SoPinVault.h"
#include "token/TokenPins.h"
#include "token/TokenSession.h"
#include "token/TokenWorker.h"

#include <map>

namespace guichet {

struct TokenService::Job {
    PersonalisationRequest request;
    std::shared_ptr<PersonalisationSecrets> secrets;
    PersonalisationState state;
};

struct TokenService::Context {
    std::unique_ptr<Database> db;
    std::unique_ptr<EncryptionService> encryption;
    std::unique_ptr<SoPinVault> vault;
    std::unique_ptr<AuditPersonalisationRecorder> recorder;
    std::map<int, Job> jobs;
    Error problem{ErrorCode::Internal, {}};
};

TokenService::TokenService(QString modulePath, Storage storage, const Clock& clock,
                           CertificateIssuer* issuer, QObject* parent)
    : QObject(parent), m_worker(std::make_unique<TokenWorker>(std::move(modulePath))),
      m_storage(std::move(storage)), m_clock(clock), m_issuer(issuer),
      m_context(std::make_shared<Context>())
{
    qRegisterMetaType<QList<guichet::TokenInfo>>();
    connect(m_worker.get(), &TokenWorker::progress, this, &TokenService::progress);
    m_context->problem.message = tr("The token service is not started.");
}

TokenService::~TokenService()
{
    m_worker->cancel();
    // The database connection belongs to the worker thread: close it there.
    m_worker->runAndWait([context = m_context] {
        context->jobs.clear();
        context->recorder.reset();
        context->vault.reset();
        context->encryption.reset();
        context->db.reset();
    });
}

void TokenService::start()
{
    connect(
        m_worker.get(), &TokenWorker::moduleLoaded, this,
        [this](bool ok, const QString& message) {
            if (!ok) {
                emit ready(false, message);
                return;
            }
            m_worker->postWithModule([this, context = m_context](const Pkcs11Module*,
                                                                 const TokenProgress&) {
                auto db = Database::open(m_storage.database);
                if (!db) {
                    context->problem = db.error();
                    emit ready(false, db.error().message);
                    return;
                }
                context->db = std::move(db).value();
                context->encryption = std::make_unique<EncryptionService>(m_storage.masterKey());
                context->vault = std::make_unique<SoPinVault>(*context->db, *context->encryption,
                                                              m_clock, m_storage.operatorId);
                context->recorder = std::make_unique<AuditPersonalisationRecorder>(
                    *context->db, m_clock, m_storage.operatorId);
                emit ready(true, QString());
            });
        },
        Qt::SingleShotConnection);
    m_worker->start();
}

void TokenService::cancel()
{
    m_worker->cancel();
}

void TokenService::listTokens()
{
    m_worker->postWithModule([this](const Pkcs11Module* module, const TokenProgress&) {
        if (!module) {
            emit failed(tr("listing the tokens"), tr("The PKCS#11 module is not loaded."));
            return;
        }
        auto slotIds = module->slotList(true);
        if (!slotIds) {
            emit failed(tr("listing the tokens"), slotIds.error().message);
            return;
        }
        QList<TokenInfo> tokens;
        for (CK_SLOT_ID slot : *slotIds) {
            if (auto info = TokenSlot::inspect(*module, slot)) {
                tokens.append(*info);
            }
        }
        emit tokensListed(tokens);
    });
}

int TokenService::personalise(const PersonalisationRequest& request,
                              std::shared_ptr<PersonalisationSecrets> secrets)
{
    const int job = m_nextJob++;
    m_worker->postWithModule([context = m_context, job, request, secrets = std::move(secrets)](
                                 const Pkcs11Module*, const TokenProgress&) {
        context->jobs[job] = Job{request, secrets, PersonalisationState{}};
    });
    runJob(job);
    return job;
}

void TokenService::resume(int job)
{
    runJob(job);
}

void TokenService::supplyCertificate(int job, const QByteArray& certificateDer)
{
    m_worker->postWithModule(
        [context = m_context, job, certificateDer](const Pkcs11Module*, const TokenProgress&) {
            if (auto found = context->jobs.find(job); found != context->jobs.end()) {
                TokenPersonaliser::supplyCertificate(found->second.state, certificateDer);
            }
        });
}

void TokenService::drop(int job)
{
    m_worker->postWithModule([context = m_context, job](const Pkcs11Module*, const TokenProgress&) {
        context->jobs.erase(job);
    });
}

void TokenService::runJob(int job)
{
    m_worker->postWithModule([this, context = m_context, job](const Pkcs11Module* module,
                                                              const TokenProgress& progress) {
        auto found = context->jobs.find(job);
        if (found == context->jobs.end()) {
            emit personalisationStopped(job, 0, QString(), QByteArray(),
                                        tr("This personalisation is no longer known."));
            return;
        }
        Job& current = found->second;
        if (!module || !context->vault) {
            emit personalisationStopped(job, static_cast<int>(current.state.done),
                                        current.state.serial, current.state.requestDer,
                                        context->problem.message);
            return;
        }
        TokenPersonaliser personaliser(*module, *context->vault, *context->recorder, m_issuer);
        const Status done =
            personaliser.run(current.request, *current.secrets, current.state, progress);
        if (done && current.state.done == PersonalisationStep::Verified) {
            emit personalisationFinished(job, current.state.serial, current.state.certificateDer);
            context->jobs.erase(found); // the secrets go with it
            return;
        }
        if (done && current.state.done == PersonalisationStep::RequestSigned) {
            emit requestSigned(job, current.state.serial, current.state.key.id,
                               current.state.requestDer);
        }
        emit personalisationStopped(job, static_cast<int>(current.state.done), current.state.serial,
                                    current.state.requestDer,
                                    done ? QString() : done.error().message);
    });
}

void TokenService::changePin(const QString& serial, std::shared_ptr<const SecretBytes> oldPin,
                             std::shared_ptr<const SecretBytes> newPin)
{
    m_worker->postWithModule([this, serial, oldPin = std::move(oldPin), newPin = std::move(newPin)](
                                 const Pkcs11Module* module, const TokenProgress&) {
        if (!module) {
            emit failed(tr("changing the PIN"), tr("The PKCS#11 module is not loaded."));
            return;
        }
        auto slot = TokenSlot::findBySerial(*module, serial);
        const Status done = slot ? TokenPins::change(*module, *slot, *oldPin, *newPin, *newPin)
                                 : Status(slot.error());
        if (!done) {
            emit failed(tr("changing the PIN"), done.error().message);
            return;
        }
        emit pinChanged(serial);
    });
}

void TokenService::unblockWithStoredSoPin(const QString& serial,
                                          std::shared_ptr<const SecretBytes> newPin)
{
    m_worker->postWithModule([this, context = m_context, serial, newPin = std::move(newPin)](
                                 const Pkcs11Module* module, const TokenProgress&) {
        if (!module || !context->vault) {
            emit failed(tr("unblocking the PIN"), context->problem.message);
            return;
        }
        auto slot = TokenSlot::findBySerial(*module, serial);
        const Status done = slot ? TokenPins::unblockWithStoredSoPin(
                                       *module, *slot, *context->vault, *newPin, *newPin)
                                 : Status(slot.error());
        if (!done) {
            emit failed(tr("unblocking the PIN"), done.error().message);
            return;
        }
        emit pinChanged(serial);
    });
}

void TokenService::writeIssuedCertificate(const IssuedCertificateWriter::Target& target,
                                          std::shared_ptr<const SecretBytes> holderPin)
{
    m_worker->postWithModule([this, context = m_context, target, holderPin = std::move(holderPin)](
                                 const Pkcs11Module* module, const TokenProgress&) {
        if (!module || !context->vault) {
            emit failed(tr("writing the certificate"), context->problem.message);
            return;
        }
        IssuedCertificateWriter writer(*module, *context->vault, *context->recorder);
        if (Status done = writer.write(target, *holderPin); !done) {
            emit failed(tr("writing the certificate"), done.error().message);
            return;
        }
        emit certificateWritten(target.tokenSerial);
    });
}

} // namespace guichet
