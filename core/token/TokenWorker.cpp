#include "token/TokenWorker.h"

#include "token/Pkcs11Module.h"

namespace guichet {

TokenWorker::TokenWorker(QString modulePath, QObject* parent)
    : QObject(parent), m_modulePath(std::move(modulePath))
{
    m_thread.setObjectName(QStringLiteral("guichet-token"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_loadError = Error{ErrorCode::NotFound, tr("The PKCS#11 module is not loaded yet.")};
    m_thread.start();
}

TokenWorker::~TokenWorker()
{
    m_cancel.store(true);
    // C_Finalize on the thread that called C_Initialize.
    QMetaObject::invokeMethod(
        m_context, [this] { m_module.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TokenWorker::start()
{
    post([this] {
        auto module = Pkcs11Module::load(m_modulePath);
        if (!module) {
            m_loadError = module.error();
            emit moduleLoaded(false, m_loadError.message);
            return;
        }
        m_module = std::move(module).value();
        emit moduleLoaded(true, QString());
    });
}

void TokenWorker::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

void TokenWorker::runAndWait(const std::function<void()>& job)
{
    QMetaObject::invokeMethod(m_context, job, Qt::BlockingQueuedConnection);
}

void TokenWorker::postWithModule(std::function<void(const Pkcs11Module*, const TokenProgress&)> job)
{
    post([this, job = std::move(job)] {
        m_cancel.store(false);
        TokenProgress progress;
        progress.cancelRequested = &m_cancel;
        progress.report = [this](const QString& step, int finished, int total) {
            emit this->progress(step, finished, total);
        };
        job(m_module.get(), progress);
    });
}

} // namespace guichet
