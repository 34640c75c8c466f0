#include "service/DossierWorker.h"

#include "service/DossierService.h"
#include "storage/Database.h"

namespace guichet {

DossierWorker::DossierWorker(DatabaseConfig config, const Clock& clock,
                             const ProductCatalogue& catalogue, OperatorIdentity actor,
                             QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_clock(clock), m_catalogue(catalogue),
      m_actor(std::move(actor))
{
    m_thread.setObjectName(QStringLiteral("guichet-storage"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_openError.message = tr("The database is not open yet.");
    m_thread.start();
}

DossierWorker::~DossierWorker()
{
    // The connection belongs to the worker thread: close it there before the thread ends.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_service.reset();
            m_db.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DossierWorker::start()
{
    post([this] {
        auto db = Database::open(m_config);
        if (!db) {
            m_openError = db.error();
            emit opened(false, m_openError.message);
            return;
        }
        m_db = std::move(db).value();
        m_service = std::make_unique<DossierService>(*m_db, m_clock, m_catalogue, m_actor);
        if (m_viewer) {
            m_service->setViewer(*m_viewer);
        }
        if (!m_defaultCaProfile.isEmpty()) {
            m_service->setDefaultCaProfile(m_defaultCaProfile);
        }
        emit opened(true, QString());
    });
}

void DossierWorker::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

} // namespace guichet
