#include "security/OsKeychain.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <memory>
#include <qt6keychain/keychain.h>

namespace guichet {
namespace {
Q_LOGGING_CATEGORY(lcKeychain, "guichet.keychain")

struct JobOutcome {
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    QByteArray data; // base64 text of the secret; wiped by the caller
};

// QtKeychain keeps its job queue in an object of the thread that used it first, and a local
// event loop on a worker thread would run that thread's next queued job in the middle of this
// one. So every job runs on one keychain thread for the whole process; callers only wait.
QThread* keychainThread()
{
    static QThread* const thread = [] {
        auto* started = new QThread; // lives until the process ends
        started->setObjectName(QStringLiteral("guichet-keychain"));
        started->start();
        return started;
    }();
    return thread;
}

// Runs one job to its end, or until the timeout. The job deletes itself once finished
// (QtKeychain's auto-delete); if it outlives the timeout, its late answer goes nowhere.
JobOutcome runJob(QKeychain::Job* job, std::chrono::milliseconds timeout, bool wantData)
{
    struct Shared {
        QMutex mutex;
        QWaitCondition finished;
        JobOutcome outcome;
    };
    auto shared = std::make_shared<Shared>();
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext copy outside the keychain
    job->moveToThread(keychainThread());
    QObject::connect(
        job, &QKeychain::Job::finished, job,
        [shared, wantData](QKeychain::Job* done) {
            JobOutcome outcome;
            outcome.finished = true;
            outcome.error = done->error();
            outcome.errorText = done->errorString();
            if (wantData && outcome.error == QKeychain::NoError) {
                auto* reader = static_cast<QKeychain::ReadPasswordJob*>(done);
                QString text = reader->textData();
                outcome.data = text.toLatin1();
                text.fill(QChar(u'\0'));
            }
            QMutexLocker lock(&shared->mutex);
            shared->outcome = std::move(outcome);
            shared->finished.wakeAll();
        },
        Qt::DirectConnection);
    QMutexLocker lock(&shared->mutex);
    QMetaObject::invokeMethod(
        job, [job] { job->start(); }, Qt::QueuedConnection);
    QDeadlineTimer deadline(timeout);
    while (!shared->outcome.finished && !deadline.hasExpired()) {
        shared->finished.wait(&shared->mutex, deadline);
    }
    JobOutcome outcome = std::move(shared->outcome);
    shared->outcome = {};
    return outcome;
}

} // namespace

OsKeychain::OsKeychain(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service)), m_timeout(timeout)
{
}

namespace {

Error mapOutcome(const JobOutcome& outcome, const QString& key, std::chrono::milliseconds timeout)
{
    if (!outcome.finished) {
        return Error{ErrorCode::Io,
                     OsKeychain::tr("The OS keychain did not answer within %1 s.")
                         .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count())};
    }
    // The keychain's own text names the cause ("Cannot autolaunch D-Bus without X11
    // $DISPLAY", a locked collection...); it never contains the secret.
    qCInfo(lcKeychain) << "keychain error" << int(outcome.error) << outcome.errorText;
    switch (outcome.error) {
    case QKeychain::EntryNotFound:
        return Error{ErrorCode::NotFound,
                     OsKeychain::tr("The OS keychain has no entry \"%1\".").arg(key)};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{ErrorCode::Refused,
                     OsKeychain::tr("The OS keychain refused access (is it locked?): %1")
                         .arg(outcome.errorText)};
    default:
        return Error{ErrorCode::Io,
                     OsKeychain::tr("No OS keychain is reachable: %1").arg(outcome.errorText)};
    }
}

Status needsApplication()
{
    if (QCoreApplication::instance() == nullptr) {
        return Error{ErrorCode::Internal,
                     OsKeychain::tr("The OS keychain needs a running Qt application.")};
    }
    return Status::success();
}

} // namespace

Result<SecretBytes> OsKeychain::read(const QString& key) const
{
    if (Status ready = needsApplication(); !ready) {
        return ready.error();
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    JobOutcome outcome = runJob(job, m_timeout, true);
    if (!outcome.finished || outcome.error != QKeychain::NoError) {
        return mapOutcome(outcome, key, m_timeout);
    }
    // Stored as base64 text: the Secret Service backends handle text more reliably than
    // arbitrary bytes.
    QByteArray decoded = QByteArray::fromBase64(outcome.data);
    wipe(outcome.data);
    return SecretBytes::takeFrom(decoded);
}

Status OsKeychain::write(const QString& key, const SecretBytes& secret) const
{
    if (Status ready = needsApplication(); !ready) {
        return ready;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    QByteArray raw = secret.view().toByteArray();
    QByteArray encoded = raw.toBase64();
    wipe(raw);
    QString text = QString::fromLatin1(encoded);
    wipe(encoded);
    job->setTextData(text);
    text.fill(QChar(u'\0'));
    const JobOutcome outcome = runJob(job, m_timeout, false);
    if (!outcome.finished || outcome.error != QKeychain::NoError) {
        return mapOutcome(outcome, key, m_timeout);
    }
    return Status::success();
}

Status OsKeychain::remove(const QString& key) const
{
    if (Status ready = needsApplication(); !ready) {
        return ready;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const JobOutcome outcome = runJob(job, m_timeout, false);
    if (!outcome.finished || outcome.error != QKeychain::NoError) {
        return mapOutcome(outcome, key, m_timeout);
    }
    return Status::success();
}

} // namespace guichet
