#include "session/SessionWorker.h"

#include "audit/AuditCheckpoints.h"
#include "audit/AuditLog.h"
#include "operators/CardLogin.h"
#include "operators/OperatorRepository.h"
#include "session/TokenPresence.h"
#include "storage/Database.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

#include <QJsonObject>

namespace guichet {

struct SessionWorker::Context {
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<OperatorSession> session;
    std::shared_ptr<TokenPresence> presence;
    Error problem{ErrorCode::Internal, {}};
};

namespace {

// Appends one session event in its own transaction (lock and unlock change no other row).
Status auditSessionEvent(Database& db, AuditLog& audit, const OperatorSession& session,
                         const QString& action, const QString& reason)
{
    Transaction transaction(db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    QJsonObject details{{QStringLiteral("token"), session.tokenSerial}};
    if (!reason.isEmpty()) {
        details.insert(QStringLiteral("reason"), reason);
    }
    auto appended = audit.append(session.account.id, action, QStringLiteral("operator"),
                                 session.account.id, details);
    if (!appended) {
        return appended.error();
    }
    return transaction.commit();
}

// Issue 7, "Audit trail, second step": the operator's card signs the chain head at the end
// of each session and every kCheckpointEvery events, so that a later rewrite of the whole
// chain by someone with database access is detected. The logout event itself is covered by
// the next session's first checkpoint. A head already covered is not an error.
constexpr qint64 kCheckpointEvery = 500;

void signCheckpoint(Database& db, const Clock& clock, OperatorSession& session,
                    std::optional<qint64> everyN)
{
    if (!session.signer) {
        return;
    }
    const SystemTimeSource timeSource;
    AuditCheckpoints checkpoints(db, clock, timeSource);
    if (everyN) {
        checkpoints.checkpointIfDue(*session.signer, session.account.id, *everyN).ok();
    } else {
        checkpoints.checkpoint(*session.signer, session.account.id, QStringLiteral("session-end"))
            .ok();
    }
}

} // namespace

SessionWorker::SessionWorker(Config config, const Clock& clock, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_clock(clock),
      m_worker(std::make_unique<TokenWorker>(m_config.modulePath)),
      m_context(std::make_shared<Context>())
{
    qRegisterMetaType<QList<guichet::TokenInfo>>();
    m_context->presence =
        m_config.presence ? m_config.presence : std::make_shared<Pkcs11TokenPresence>();
    m_context->problem.message = tr("The operator session is not started.");
    m_presenceTimer.setInterval(m_config.presenceInterval);
    connect(&m_presenceTimer, &QTimer::timeout, this, &SessionWorker::pollPresence);
}

SessionWorker::~SessionWorker()
{
    m_presenceTimer.stop();
    // The card session and the connection belong to the worker thread: close them there. A
    // session still open at exit is logged out (and audited) like a logout.
    m_worker->runAndWait([context = m_context, &clock = m_clock] {
        if (context->session && context->db && context->audit) {
            signCheckpoint(*context->db, clock, *context->session, std::nullopt);
            CardLogin(*context->db, *context->audit, clock).logout(*context->session).ok();
        }
        context->session.reset();
        context->audit.reset();
        context->db.reset();
    });
}

void SessionWorker::start()
{
    connect(
        m_worker.get(), &TokenWorker::moduleLoaded, this,
        [this](bool ok, const QString& message) {
            if (!ok) {
                emit ready(false, message);
                return;
            }
            m_worker->run<Status>(
                this,
                [context = m_context, config = m_config.database,
                 &clock = m_clock](const Pkcs11Module&, const TokenProgress&) -> Status {
                    auto db = Database::open(config);
                    if (!db) {
                        context->problem = db.error();
                        return db.error();
                    }
                    context->db = std::move(db).value();
                    context->audit = std::make_unique<AuditLog>(*context->db, clock);
                    return Status::success();
                },
                [this](Status opened) {
                    m_started = opened.ok();
                    emit ready(opened.ok(), opened.ok() ? QString() : opened.error().message);
                });
        },
        Qt::SingleShotConnection);
    m_worker->start();
}

void SessionWorker::listTokens()
{
    m_worker->run<Result<QList<TokenInfo>>>(
        this,
        [](const Pkcs11Module& module, const TokenProgress&) -> Result<QList<TokenInfo>> {
            auto slotIds = module.slotList(true);
            if (!slotIds) {
                return slotIds.error();
            }
            QList<TokenInfo> tokens;
            for (CK_SLOT_ID slot : *slotIds) {
                if (auto info = TokenSlot::inspect(module, slot); info && info->initialised) {
                    tokens.append(*info);
                }
            }
            return tokens;
        },
        [this](Result<QList<TokenInfo>> tokens) {
            if (!tokens) {
                emit loginFailed(tokens.error().message);
                emit tokensListed({});
                return;
            }
            emit tokensListed(*tokens);
        });
}

void SessionWorker::checkAccounts()
{
    const bool possible = static_cast<bool>(m_config.trainingCard);
    m_worker->run<Result<bool>>(
        this,
        [context = m_context](const Pkcs11Module&, const TokenProgress&) -> Result<bool> {
            if (!context->db) {
                return context->problem;
            }
            auto accounts = OperatorRepository(*context->db).count();
            if (!accounts) {
                return accounts.error();
            }
            return *accounts > 0;
        },
        [this, possible](Result<bool> any) {
            // Unknown counts as "there are accounts": never offer a card when unsure.
            emit accountsChecked(!any.ok() || *any, possible);
        });
}

void SessionWorker::createTrainingCard(const QString& name, std::shared_ptr<const SecretBytes> pin)
{
    if (!m_config.trainingCard) {
        emit trainingCardFailed(tr("This workstation cannot create a training operator card."));
        return;
    }
    m_worker->run<Result<QString>>(
        this,
        [context = m_context, maker = m_config.trainingCard, name,
         pin](const Pkcs11Module& module, const TokenProgress&) -> Result<QString> {
            if (!context->db) {
                return context->problem;
            }
            return maker(module, *context->db, name, *pin);
        },
        [this](Result<QString> serial) {
            if (!serial) {
                emit trainingCardFailed(serial.error().message);
                return;
            }
            emit trainingCardCreated(*serial);
        });
}

void SessionWorker::login(const QString& serial, std::shared_ptr<const SecretBytes> pin)
{
    m_cancelLogin.store(false);
    m_worker->run<Result<OperatorAccount>>(
        this,
        [context = m_context, anchors = m_config.trustAnchors, serial, pin, &clock = m_clock,
         &cancel = m_cancelLogin](const Pkcs11Module& module,
                                  const TokenProgress&) -> Result<OperatorAccount> {
            if (!context->db || !context->audit) {
                return context->problem;
            }
            if (context->session) {
                return Error{ErrorCode::Refused,
                             tr("An operator is already logged in: log out first.")};
            }
            auto trusted =
                anchors ? anchors(*context->db) : Result<QList<QByteArray>>(QList<QByteArray>{});
            if (!trusted) {
                return trusted.error();
            }
            CardLogin cardLogin(*context->db, *context->audit, clock);
            auto session = cardLogin.login(module, serial, *pin, *trusted);
            if (!session) {
                return session.error();
            }
            if (cancel.load()) {
                cardLogin.logout(*session).ok();
                return Error{ErrorCode::Refused, tr("The login was cancelled.")};
            }
            context->session = std::make_unique<OperatorSession>(std::move(session).value());
            return context->session->account;
        },
        [this, serial](Result<OperatorAccount> account) {
            if (!account) {
                emit loginFailed(account.error().message);
                return;
            }
            m_loggedIn = true;
            m_locked = false;
            m_account = *account;
            m_serial = serial;
            m_presenceTimer.start();
            emit loggedIn(m_account);
        });
}

void SessionWorker::lock(const QString& reason)
{
    if (!m_loggedIn || m_locked) {
        return;
    }
    m_locked = true;
    m_presenceTimer.stop();
    emit locked(); // the screen is covered at once; the card session closes behind it
    m_worker->run<Status>(
        this,
        [context = m_context, reason](const Pkcs11Module&, const TokenProgress&) -> Status {
            if (!context->session) {
                return Status::success();
            }
            // While locked the card signs nothing: its session is closed (C_Logout first).
            context->session->signer.reset();
            context->session->tokenSession.reset();
            return auditSessionEvent(*context->db, *context->audit, *context->session,
                                     QStringLiteral("operator.session_locked"), reason);
        },
        [](Status) {});
}

void SessionWorker::unlock(std::shared_ptr<const SecretBytes> pin)
{
    m_worker->run<Status>(
        this,
        [context = m_context, anchors = m_config.trustAnchors, pin,
         &clock = m_clock](const Pkcs11Module& module, const TokenProgress&) -> Status {
            if (!context->session) {
                return Error{ErrorCode::Refused, tr("No operator is logged in.")};
            }
            auto trusted =
                anchors ? anchors(*context->db) : Result<QList<QByteArray>>(QList<QByteArray>{});
            if (!trusted) {
                return trusted.error();
            }
            // The full card login again (PIN, certificate, fresh challenge) on the same token;
            // a card now showing another operator's account does not unlock this session.
            CardLogin cardLogin(*context->db, *context->audit, clock);
            auto fresh = cardLogin.login(module, context->session->tokenSerial, *pin, *trusted);
            if (!fresh) {
                return fresh.error();
            }
            if (fresh->account.id != context->session->account.id) {
                cardLogin.logout(*fresh).ok();
                return Error{ErrorCode::Refused,
                             tr("This card belongs to another operator. The locked session "
                                "must be logged out first.")};
            }
            context->session->tokenSession = std::move(fresh->tokenSession);
            context->session->signer = std::move(fresh->signer);
            context->session->slotId = fresh->slotId;
            return auditSessionEvent(*context->db, *context->audit, *context->session,
                                     QStringLiteral("operator.session_unlocked"), QString());
        },
        [this](Status unlockedNow) {
            if (!unlockedNow) {
                emit unlockFailed(unlockedNow.error().message);
                return;
            }
            m_locked = false;
            m_presenceTimer.start();
            emit unlocked();
        });
}

void SessionWorker::logout()
{
    m_presenceTimer.stop();
    m_worker->run<Status>(
        this,
        [context = m_context, &clock = m_clock](const Pkcs11Module&,
                                                const TokenProgress&) -> Status {
            if (!context->session) {
                return Status::success();
            }
            signCheckpoint(*context->db, clock, *context->session, std::nullopt);
            Status done = CardLogin(*context->db, *context->audit, clock).logout(*context->session);
            context->session.reset();
            return done;
        },
        [this](Status) {
            m_loggedIn = false;
            m_locked = false;
            m_account = {};
            m_serial.clear();
            emit loggedOut();
        });
}

void SessionWorker::withSigner(QObject* receiver, std::function<Result<QByteArray>(KeySigner&)> job,
                               std::function<void(Result<QByteArray>)> done)
{
    m_worker->run<Result<QByteArray>>(
        receiver,
        [context = m_context, job = std::move(job)](const Pkcs11Module&,
                                                    const TokenProgress&) -> Result<QByteArray> {
            if (!context->session || !context->session->signer) {
                return Error{ErrorCode::Refused,
                             tr("The operator's session is locked or closed: unlock it with the "
                                "card's PIN first.")};
            }
            return job(*context->session->signer);
        },
        std::move(done));
}

class SessionWorker::RemoteSigner final : public KeySigner {
public:
    RemoteSigner(TokenWorker& worker, std::shared_ptr<Context> context, QByteArray certificate)
        : m_worker(worker), m_context(std::move(context)), m_certificate(std::move(certificate))
    {
    }

    QByteArray certificateDer() const override { return m_certificate; }

    Result<QByteArray> signDigest(QCryptographicHash::Algorithm algorithm,
                                  const QByteArray& hash) override
    {
        Result<QByteArray> signature =
            Error{ErrorCode::Refused,
                  SessionWorker::tr("The operator's session is locked or closed: unlock it "
                                    "with the card's PIN first.")};
        m_worker.runAndWait([&] {
            if (m_context->session && m_context->session->signer) {
                signature = m_context->session->signer->signDigest(algorithm, hash);
            }
        });
        return signature;
    }

    QCryptographicHash::Algorithm preferredDigest() const override
    {
        QCryptographicHash::Algorithm digest = QCryptographicHash::Sha256;
        m_worker.runAndWait([&] {
            if (m_context->session && m_context->session->signer) {
                digest = m_context->session->signer->preferredDigest();
            }
        });
        return digest;
    }

private:
    TokenWorker& m_worker;
    std::shared_ptr<Context> m_context;
    QByteArray m_certificate;
};

std::unique_ptr<KeySigner> SessionWorker::remoteSigner() const
{
    return std::make_unique<RemoteSigner>(*m_worker, m_context, m_account.certificateDer);
}

void SessionWorker::pollPresence()
{
    if (m_pollPending || !m_loggedIn || m_locked) {
        return;
    }
    m_pollPending = true;
    m_worker->run<Result<bool>>(
        this,
        [context = m_context, serial = m_serial, &clock = m_clock,
         checkpointDue = (++m_polls % kCheckpointPolls) ==
                         0](const Pkcs11Module& module, const TokenProgress&) -> Result<bool> {
            Result<bool> present = context->presence->isPresent(module, serial);
            if (checkpointDue && present.ok() && *present && context->session && context->db) {
                signCheckpoint(*context->db, clock, *context->session, kCheckpointEvery);
            }
            return present;
        },
        [this](Result<bool> present) {
            m_pollPending = false;
            if (!(present.ok() && *present) && m_loggedIn && !m_locked) {
                emit tokenRemoved();
            }
        });
}

} // namespace guichet
