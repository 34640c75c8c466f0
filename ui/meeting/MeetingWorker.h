#pragma once

#include "common/Clock.h"
#include "common/Operator.h"
#include "common/Result.h"
#include "storage/DatabaseConfig.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace guichet {

class Database;
class DossierService;
class IdentityDocumentCatalogue;
class MeetingService;
class ProductCatalogue;

// The services a meeting job may use, all on the worker's own connection.
struct MeetingServices {
    MeetingService& meeting;
    DossierService& dossiers;
};

// Runs the guided meeting's database calls on a thread of its own with its own connection,
// so the view never waits for SQL (the pattern of DossierWorker). Jobs run in the order they
// are posted; each answer comes back as a queued call on the receiver's thread and is dropped
// if the receiver is gone.
class MeetingWorker : public QObject {
    Q_OBJECT
public:
    MeetingWorker(DatabaseConfig config, const Clock& clock, const ProductCatalogue& products,
                  const IdentityDocumentCatalogue& documents, OperatorProfile actor,
                  QObject* parent = nullptr);
    ~MeetingWorker() override;

    // Opens the database on the worker thread; `opened` reports the outcome.
    void start();

    template <typename R>
    void run(QObject* receiver, std::function<R(MeetingServices&)> job, std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        post([this, guard, job = std::move(job), done = std::move(done)] {
            R result = m_services ? job(*m_services) : R(m_openError);
            if (guard) {
                QMetaObject::invokeMethod(
                    guard.data(), [done, result = std::move(result)] { done(result); },
                    Qt::QueuedConnection);
            }
        });
    }

signals:
    void opened(bool ok, const QString& message);

private:
    void post(std::function<void()> job);

    DatabaseConfig m_config;
    const Clock& m_clock;
    const ProductCatalogue& m_products;
    const IdentityDocumentCatalogue& m_documents;
    OperatorProfile m_actor;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread; jobs are queued to it
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MeetingService> m_meeting;
    std::unique_ptr<DossierService> m_dossiers;
    std::unique_ptr<MeetingServices> m_services;
    Error m_openError{ErrorCode::Storage, {}};
};

} // namespace guichet
