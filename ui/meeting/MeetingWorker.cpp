#include "meeting/MeetingWorker.h"

#include "meeting/MeetingService.h"
#include "service/DossierService.h"
#include "storage/Database.h"

namespace guichet {

MeetingWorker::MeetingWorker(DatabaseConfig config, const Clock& clock,
                             const ProductCatalogue& products,
                             const IdentityDocumentCatalogue& documents, OperatorProfile actor,
                             QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_clock(clock), m_products(products),
      m_documents(documents), m_actor(std::move(actor))
{
    m_thread.setObjectName(QStringLiteral("guichet-meeting"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_openError.message = tr("The database is not open yet.");
    m_thread.start();
}

MeetingWorker::~MeetingWorker()
{
    // The connection belongs to the worker thread: close it there before the thread ends.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_services.reset();
            m_dossiers.reset();
            m_meeting.reset();
            m_db.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void MeetingWorker::start()
{
    post([this] {
        auto db = Database::open(m_config);
        if (!db) {
            m_openError = db.error();
            emit opened(false, m_openError.message);
            return;
        }
        m_db = std::move(db).value();
        m_meeting =
            std::make_unique<MeetingService>(*m_db, m_clock, m_products, m_documents, m_actor);
        m_dossiers = std::make_unique<DossierService>(*m_db, m_clock, m_products, m_actor.identity);
        m_services = std::make_unique<MeetingServices>(MeetingServices{*m_meeting, *m_dossiers});
        emit opened(true, QString());
    });
}

void MeetingWorker::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

} // namespace guichet
