#include "scan/ScanWorker.h"

#include "scan/SaneProcessScanner.h"

namespace guichet {
namespace {

template <typename R> R failed(const Error& error)
{
    if constexpr (std::is_same_v<R, ScanOutcome>) {
        ScanOutcome outcome;
        outcome.error = error;
        return outcome;
    } else {
        return R(error);
    }
}

} // namespace

ScanWorker::ScanWorker(QObject* parent)
    : ScanWorker([] { return SaneProcessScanner::start(); }, parent)
{
}

ScanWorker::ScanWorker(BackendFactory factory, QObject* parent)
    : QObject(parent), m_factory(std::move(factory))
{
    static_assert(std::atomic<bool>::is_always_lock_free,
                  "cancel() is called from signal handlers");
    m_thread.setObjectName(QStringLiteral("guichet-scan"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_startError = Error{ErrorCode::NotFound, tr("The scanner service is not started yet.")};
    m_thread.start();
}

ScanWorker::~ScanWorker()
{
    m_cancel.store(true);
    // The backend goes on the thread that made it. SANE's runs in a child process, which
    // SaneProcessScanner ends within seconds whatever libsane does: this wait is bounded.
    QMetaObject::invokeMethod(
        m_context, [this] { m_scanner.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ScanWorker::start()
{
    post([this] {
        auto scanner = m_factory();
        if (!scanner) {
            m_startError = scanner.error();
            emit started(false, m_startError.message);
            return;
        }
        m_scanner = std::move(scanner).value();
        emit started(true, QString());
    });
}

void ScanWorker::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

template <typename R>
void ScanWorker::run(QObject* receiver, std::function<R(Scanner&)> job, std::function<void(R)> done)
{
    QPointer<QObject> guard(receiver);
    post([this, guard, job = std::move(job), done = std::move(done)] {
        R result = m_scanner ? job(*m_scanner) : failed<R>(m_startError);
        if (guard) {
            QMetaObject::invokeMethod(
                guard.data(), [done, result = std::move(result)] { done(result); },
                Qt::QueuedConnection);
        }
    });
}

void ScanWorker::devices(QObject* receiver, std::function<void(Result<QList<ScannerDevice>>)> done)
{
    run<Result<QList<ScannerDevice>>>(
        receiver, [](Scanner& scanner) { return scanner.devices(); }, std::move(done));
}

void ScanWorker::capabilities(QObject* receiver, const QString& device,
                              std::function<void(Result<ScannerCapabilities>)> done)
{
    run<Result<ScannerCapabilities>>(
        receiver, [device](Scanner& scanner) { return scanner.capabilities(device); },
        std::move(done));
}

void ScanWorker::scan(QObject* receiver, const ScanSettings& settings,
                      std::function<void(ScanOutcome)> done)
{
    // Cleared here, on the caller's thread, so that a cancel() right after scan() is kept.
    m_cancel.store(false);
    run<ScanOutcome>(
        receiver,
        [this, settings](Scanner& scanner) {
            ScanControl control;
            control.cancelRequested = &m_cancel;
            control.progress = [this](int page, int percent) { emit progress(page, percent); };
            control.pageScanned = [this](int page, const QImage& image) {
                emit pageScanned(page, image);
            };
            return scanner.scan(settings, control);
        },
        std::move(done));
}

} // namespace guichet
