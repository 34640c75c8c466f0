#pragma once

#include "scan/Scanner.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace guichet {

// The scanner's own thread: the backend (SANE) is created, called and destroyed there only,
// so no scanner call ever runs on the GUI thread (DESIGN, "One worker per device"). Jobs run
// in order; each answer comes back as a queued call on the receiver's thread, dropped if the
// receiver is gone. Pages and progress arrive as signals while a scan runs; cancel() stops
// it at once, from any thread.
class ScanWorker : public QObject {
    Q_OBJECT
public:
    using BackendFactory = std::function<Result<std::unique_ptr<Scanner>>()>;

    // The default backend: SANE, run in the guichet-scan-helper child process
    // (SaneProcessScanner).
    explicit ScanWorker(QObject* parent = nullptr);
    // Another backend (a future WIA/TWAIN one, or a test's).
    explicit ScanWorker(BackendFactory factory, QObject* parent = nullptr);
    ~ScanWorker() override;

    // Starts the backend on the worker thread; started() says how it went.
    void start();
    // Stops the running scan, keeping the pages already scanned. Safe from any thread and
    // from a signal handler (one lock-free atomic store).
    void cancel() { m_cancel.store(true); }

    void devices(QObject* receiver, std::function<void(Result<QList<ScannerDevice>>)> done);
    void capabilities(QObject* receiver, const QString& device,
                      std::function<void(Result<ScannerCapabilities>)> done);
    void scan(QObject* receiver, const ScanSettings& settings,
              std::function<void(ScanOutcome)> done);

    // The thread every scanner call runs on (for tests and assertions).
    QThread* workerThread() { return &m_thread; }

signals:
    void started(bool ok, const QString& message);
    void progress(int page, int percent);
    void pageScanned(int page, const QImage& image);

private:
    template <typename R>
    void run(QObject* receiver, std::function<R(Scanner&)> job, std::function<void(R)> done);
    void post(std::function<void()> job);

    BackendFactory m_factory;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread; jobs are queued to it
    std::unique_ptr<Scanner> m_scanner;
    Error m_startError;
    std::atomic<bool> m_cancel{false};
};

} // namespace guichet
