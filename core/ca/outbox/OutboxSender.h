#pragma once

#include "ca/outbox/OutboxDelivery.h"
#include "common/Clock.h"
#include "crypto/SecretBytes.h"
#include "storage/DatabaseConfig.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>

namespace guichet {

class Database;
class EncryptionService;
class InProcessCmpTransport;
class KeySigner;
class MasterKeySource;
class QtCmpTransport;
class TrainingCa;
class TrainingCmpServer;
class TrainingEvidenceReceiver;
class EvidenceSubmissions;

struct OutboxSenderConfig {
    DatabaseConfig database;
    OperatorIdentity actor;
    QString profileId = QStringLiteral("training");
    QUrl url; // the CA's CMP endpoint (http only on loopback)
    QList<QByteArray> trustAnchorsDer;
    QByteArray reference; // shared-secret protection (RFC 9483 3.2): the CA's reference
    SecretBytes secret;
    // Signature protection (RFC 9483 3.2) with the operator's credential instead of the shared
    // secret: the card's signer, usable from the sender's thread (in the window,
    // SessionWorker::remoteSigner, which signs on the card session's thread). While the card
    // cannot sign (session locked, card removed) items wait in the queue. Not used in training
    // mode (the embedded CA takes a secret of the run), and needs `trustAnchorsDer` to check
    // the CA's signed answers.
    std::shared_ptr<KeySigner> operatorSigner;
    OutboxOptions options;
    int idlePollMs = 5000; // nothing due: look again this often (wake() looks at once)
    // Items claimed per transaction (OutboxRepository::setClaimBatch): one commit for several
    // items instead of one each, answers still stored one by one.
    int claimBatch = 16;
    int timeoutMs = 15000;
    // Set when this window cannot send the profile's items (a profile protected by a shared
    // secret the window has no safe place for): the sender sends nothing, the items of
    // `profileId` stay queued with this reason as their message (OutboxRepository::noteWaiting),
    // and the outbox view still lists, retries and cancels.
    QString refusal;
    // Set in training mode: the embedded training CA answers in process, in the sender's own
    // database, under this master key; `url`, `reference` and `secret` are then not used.
    std::function<Result<std::unique_ptr<MasterKeySource>>(Database&)> trainingCaKeys = {};
};

// The background sender: lives on its own QThread (moveToThread, then start() queued),
// opens its own database connection there, and sends the outbox with exponential backoff
// while the CA is unreachable. The GUI only sees its signals; no network or database call
// happens on the GUI thread.
//
//   auto* thread = new QThread; auto* sender = new OutboxSender(std::move(config));
//   sender->moveToThread(thread);
//   connect(thread, &QThread::started, sender, &OutboxSender::start);
//   connect(sender, &OutboxSender::stopped, thread, &QThread::quit);
//   connect(thread, &QThread::finished, sender, &QObject::deleteLater);
class OutboxSender : public QObject {
    Q_OBJECT
public:
    explicit OutboxSender(OutboxSenderConfig config, QObject* parent = nullptr);
    ~OutboxSender() override;

public Q_SLOTS:
    void start();
    void stop();
    // A new item was queued, or the operator retried one: look now.
    void wake();
    // Cancels the exchange in progress (the item goes back to the queue); any thread.
    void cancelCurrent();
    // For the outbox view: answered with itemsListed(); retry/cancel answered with
    // itemChanged() or actionRefused().
    void listItems();
    void retry(qint64 itemId);
    void cancel(qint64 itemId);

Q_SIGNALS:
    void itemChanged(qint64 itemId, const QString& state, const QString& message);
    void onlineChanged(bool online);
    void queueLengthChanged(int waiting);
    void progress(qint64 itemId, qint64 bytesSent, qint64 bytesReceived);
    void itemsListed(const QList<guichet::OutboxItem>& items);
    void actionRefused(const QString& message);
    void failed(const QString& message); // the sender could not start or lost its database
    void stopped();

private:
    Status startTrainingCa(CmpEndpoint& endpoint, CmpCredentials& credentials);
    Status protection(CmpCredentials& credentials);
    void tick();
    void schedule(int delayMs);
    void setOnline(bool online);
    void reportQueueLength();
    void noteRefusal();

    OutboxSenderConfig m_config;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaRequests> m_requests;
    std::unique_ptr<QtCmpTransport> m_transport;
    // Training mode only: the CA in process (destroyed before the database).
    std::unique_ptr<EncryptionService> m_encryption;
    std::unique_ptr<TrainingCa> m_trainingCa;
    std::unique_ptr<TrainingCmpServer> m_trainingCmp;
    std::unique_ptr<InProcessCmpTransport> m_inProcess;
    std::unique_ptr<TrainingEvidenceReceiver> m_evidenceReceiver;
    std::unique_ptr<EvidenceSubmissions> m_submissions;
    std::unique_ptr<OutboxDelivery> m_delivery;
    QTimer m_timer; // a child: follows the sender to its thread
    qint64 m_currentItem = 0;
    bool m_busy = false;
    bool m_wakeRequested = false;
    bool m_stopping = false;
    int m_online = -1; // unknown until the first exchange
    int m_queueLength = -1;
};

} // namespace guichet

Q_DECLARE_METATYPE(guichet::OutboxItem)
