#include "ca/outbox/OutboxSender.h"

#include "ca/TrainingCa.h"
#include "ca/TrainingCmpServer.h"
#include "ca/TrainingEvidenceReceiver.h"
#include "ca/outbox/EvidenceSubmissions.h"
#include "ca/outbox/QtCmpTransport.h"
#include "ca/protection/KeySignerPkey.h"
#include "crypto/KeySigner.h"
#include "crypto/SecureRandom.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "storage/Database.h"

namespace guichet {

OutboxSender::OutboxSender(OutboxSenderConfig config, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::tick);
}

OutboxSender::~OutboxSender() = default;

void OutboxSender::start()
{
    auto opened = Database::open(m_config.database);
    if (!opened) {
        Q_EMIT failed(opened.error().message);
        Q_EMIT stopped();
        return;
    }
    m_db = std::move(opened).value();
    m_requests =
        std::make_unique<CaRequests>(*m_db, m_clock, ProductCatalogue::builtIn(), m_config.actor);
    m_requests->outbox().setClaimBatch(m_config.claimBatch);
    if (!m_config.refusal.isEmpty()) {
        noteRefusal();
        return;
    }
    CmpEndpoint endpoint;
    endpoint.trustAnchorsDer = m_config.trustAnchorsDer;
    CmpCredentials credentials;
    credentials.protection = CmpProtection::SharedSecret;
    if (m_config.trainingCaKeys) {
        if (Status started = startTrainingCa(endpoint, credentials); !started) {
            Q_EMIT failed(started.error().message);
            Q_EMIT stopped();
            return;
        }
    } else {
        auto transport =
            QtCmpTransport::create({m_config.url, m_config.trustAnchorsDer, m_config.timeoutMs});
        if (!transport) {
            Q_EMIT failed(transport.error().message);
            Q_EMIT stopped();
            return;
        }
        m_transport = std::move(transport).value();
        connect(m_transport.get(), &QtCmpTransport::progress, this,
                [this](qint64 sent, qint64 received) {
                    Q_EMIT progress(m_currentItem, sent, received);
                });
        endpoint.transport = m_transport.get();
        if (Status ready = protection(credentials); !ready) {
            Q_EMIT failed(ready.error().message);
            Q_EMIT stopped();
            return;
        }
    }
    m_delivery = std::make_unique<OutboxDelivery>(*m_requests, m_clock, m_config.profileId,
                                                  std::move(endpoint), std::move(credentials),
                                                  m_config.options);
    m_delivery->setEvidenceSubmissions(m_submissions.get()); // null: packages wait
    m_delivery->setClaimedCallback([this](const OutboxItem& item) {
        m_currentItem = item.id;
        Q_EMIT itemChanged(item.id, OutboxNames::key(OutboxState::Sending), QString());
    });
    reportQueueLength();
    schedule(0);
}

Status OutboxSender::startTrainingCa(CmpEndpoint& endpoint, CmpCredentials& credentials)
{
    auto keys = m_config.trainingCaKeys(*m_db);
    if (!keys) {
        return keys.error();
    }
    m_encryption = std::make_unique<EncryptionService>(std::move(keys).value());
    m_trainingCa =
        std::make_unique<TrainingCa>(*m_db, *m_encryption, m_clock, ProductCatalogue::builtIn());
    if (Status ready = m_trainingCa->ensureReady(); !ready) {
        return ready;
    }
    // A secret for this run only: both ends live in this process.
    auto secret = SecureRandom::secret(32);
    if (!secret) {
        return secret.error();
    }
    const QByteArray reference = QByteArrayLiteral("guichet-training");
    m_trainingCmp = std::make_unique<TrainingCmpServer>(*m_trainingCa, reference,
                                                        SecretBytes::copyOf(secret->view()));
    if (Status started = m_trainingCmp->start(); !started) {
        return started;
    }
    m_inProcess = std::make_unique<InProcessCmpTransport>(*m_trainingCmp);
    endpoint.transport = m_inProcess.get();
    // Evidence packages (issue 7) go to the training CA's receiver, in process too.
    auto anchors = TrainingEvidenceReceiver::trainingAnchors(*m_db);
    if (!anchors) {
        return anchors.error();
    }
    m_evidenceReceiver =
        std::make_unique<TrainingEvidenceReceiver>(*m_db, m_clock, std::move(anchors).value());
    m_submissions = std::make_unique<EvidenceSubmissions>(*m_db, m_clock, *m_encryption,
                                                          m_config.actor, m_evidenceReceiver.get());
    credentials.reference = reference;
    credentials.secret = std::move(secret).value();
    return Status::success();
}

Status OutboxSender::protection(CmpCredentials& credentials)
{
    if (!m_config.operatorSigner) {
        credentials.protection = CmpProtection::SharedSecret;
        credentials.reference = m_config.reference;
        credentials.secret = std::move(m_config.secret);
        return Status::success();
    }
    openssl::X509Ptr certificate =
        openssl::certificateFromDer(m_config.operatorSigner->certificateDer());
    auto key = KeySignerPkey::make(m_config.operatorSigner);
    if (!key) {
        return key.error();
    }
    credentials.protection = CmpProtection::Signature;
    credentials.certificate = std::move(certificate);
    credentials.key = std::move(key).value();
    return Status::success();
}

void OutboxSender::stop()
{
    m_stopping = true;
    m_timer.stop();
    if (m_busy) {
        cancelCurrent(); // tick() finishes the exchange and stops
        return;
    }
    if (m_requests) {
        // Items claimed ahead go back to the queue now rather than when their lease ends.
        (void)m_requests->outbox().releaseReserved(m_clock.nowUtc(), m_clock.nowUtc());
    }
    m_delivery.reset();
    m_submissions.reset();
    m_evidenceReceiver.reset();
    m_transport.reset();
    m_inProcess.reset();
    m_trainingCmp.reset();
    m_trainingCa.reset();
    m_encryption.reset();
    m_requests.reset();
    m_db.reset(); // closed on the thread that opened it (a Qt Sql rule)
    Q_EMIT stopped();
}

void OutboxSender::wake()
{
    if (m_busy) {
        m_wakeRequested = true;
        return;
    }
    if ((m_delivery || (m_requests && !m_config.refusal.isEmpty())) && !m_stopping) {
        schedule(0);
    }
}

void OutboxSender::cancelCurrent()
{
    if (m_transport) {
        m_transport->abort();
    }
}

void OutboxSender::listItems()
{
    if (!m_requests) {
        return;
    }
    auto items = m_requests->outbox().list();
    if (!items) {
        Q_EMIT failed(items.error().message);
        return;
    }
    Q_EMIT itemsListed(*items);
}

void OutboxSender::retry(qint64 itemId)
{
    if (!m_requests) {
        return;
    }
    auto item = m_requests->retry(itemId);
    if (!item) {
        Q_EMIT actionRefused(item.error().message);
        return;
    }
    Q_EMIT itemChanged(itemId, OutboxNames::key(item->state), QString());
    reportQueueLength();
    wake();
}

void OutboxSender::cancel(qint64 itemId)
{
    if (!m_requests) {
        return;
    }
    auto item = m_requests->cancel(itemId);
    if (!item) {
        Q_EMIT actionRefused(item.error().message);
        return;
    }
    Q_EMIT itemChanged(itemId, OutboxNames::key(item->state), QString());
    reportQueueLength();
}

void OutboxSender::schedule(int delayMs)
{
    if (!m_stopping) {
        m_timer.start(delayMs);
    }
}

void OutboxSender::setOnline(bool online)
{
    if (m_online != static_cast<int>(online)) {
        m_online = online ? 1 : 0;
        Q_EMIT onlineChanged(online);
    }
}

void OutboxSender::reportQueueLength()
{
    auto waiting = m_requests->outbox().pendingCount();
    if (waiting && *waiting != m_queueLength) {
        m_queueLength = *waiting;
        Q_EMIT queueLengthChanged(m_queueLength);
    }
}

void OutboxSender::noteRefusal()
{
    if (Status noted = m_requests->outbox().noteWaiting(m_config.profileId, m_config.refusal,
                                                        m_clock.nowUtc());
        !noted) {
        Q_EMIT failed(noted.error().message);
    }
    reportQueueLength();
    // Items queued later get the same reason: looked at again on wake() and at each poll.
    schedule(m_config.idlePollMs);
}

void OutboxSender::tick()
{
    if (!m_config.refusal.isEmpty() && m_requests && !m_stopping) {
        noteRefusal();
        return;
    }
    // The exchange runs a local event loop: a timer or wake() arriving meanwhile must not
    // start a second exchange inside the first.
    if (m_busy || !m_delivery) {
        return;
    }
    m_busy = true;
    m_wakeRequested = false;
    auto step = m_delivery->sendOne();
    m_busy = false;
    m_currentItem = 0;
    if (m_stopping) {
        stop();
        return;
    }
    if (!step) {
        Q_EMIT failed(step.error().message);
        schedule(m_config.idlePollMs);
        return;
    }
    using Outcome = OutboxDelivery::Outcome;
    if (step->outcome != Outcome::Idle) {
        const auto state = step->outcome == Outcome::Delivered     ? OutboxState::Delivered
                           : step->outcome == Outcome::Unreachable ? OutboxState::Queued
                           : step->outcome == Outcome::TakenOver   ? OutboxState::Sending
                                                                   : OutboxState::Failed;
        Q_EMIT itemChanged(step->item.id, OutboxNames::key(state), step->message);
    }
    reportQueueLength();
    switch (step->outcome) {
    case Outcome::Idle:
        schedule(m_wakeRequested ? 0 : m_config.idlePollMs);
        break;
    case Outcome::Unreachable:
        setOnline(false);
        schedule(
            static_cast<int>(m_delivery->backoff(m_delivery->consecutiveUnreachable()).count()));
        break;
    default:
        setOnline(true);
        schedule(0);
        break;
    }
}

} // namespace guichet
