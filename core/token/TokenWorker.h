#pragma once

#include "common/Result.h"
#include "token/TokenPersonaliser.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace guichet {

class Pkcs11Module;

// One thread per PKCS#11 module: the module is loaded, called and finalised there only, so
// no PKCS#11 call ever runs on the GUI thread (DESIGN, "One worker per device"). Jobs run in
// order; each answer comes back as a queued call on the receiver's thread, dropped if the
// receiver is gone. progress() reports steps; cancel() stops a job between steps.
class TokenWorker : public QObject {
    Q_OBJECT
public:
    explicit TokenWorker(QString modulePath, QObject* parent = nullptr);
    ~TokenWorker() override;

    // Loads the module on the worker thread; moduleLoaded() says how it went.
    void start();
    // Asks the running job to stop at the next step boundary.
    void cancel() { m_cancel.store(true); }

    template <typename R>
    void run(QObject* receiver, std::function<R(const Pkcs11Module&, const TokenProgress&)> job,
             std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        post([this, guard, job = std::move(job), done = std::move(done)] {
            m_cancel.store(false);
            TokenProgress progress;
            progress.cancelRequested = &m_cancel;
            progress.report = [this](const QString& step, int finished, int total) {
                emit this->progress(step, finished, total);
            };
            R result = m_module ? job(*m_module, progress) : R(m_loadError);
            if (guard) {
                QMetaObject::invokeMethod(
                    guard.data(), [done, result = std::move(result)] { done(result); },
                    Qt::QueuedConnection);
            }
        });
    }

    // Runs `job` on the worker thread and waits for it (for tearing down what lives there).
    void runAndWait(const std::function<void()>& job);
    // Runs `job` on the worker thread with the module (null if it failed to load).
    void postWithModule(std::function<void(const Pkcs11Module*, const TokenProgress&)> job);

signals:
    void moduleLoaded(bool ok, const QString& message);
    void progress(const QString& step, int done, int total);

private:
    void post(std::function<void()> job);

    QString m_modulePath;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread; jobs are queued to it
    std::unique_ptr<Pkcs11Module> m_module;
    Error m_loadError;
    std::atomic<bool> m_cancel{false};
};

} // namespace guichet
