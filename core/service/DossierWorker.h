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
#include <optional>

namespace guichet {

class Database;
class DossierService;
class ProductCatalogue;

// Runs every database call on one thread of its own, so the window never waits for SQL.
// Jobs run in order; each answer comes back as a queued call on the receiver's thread, and
// is dropped if the receiver is gone.
class DossierWorker : public QObject {
    Q_OBJECT
public:
    DossierWorker(DatabaseConfig config, const Clock& clock, const ProductCatalogue& catalogue,
                  OperatorIdentity actor, QObject* parent = nullptr);
    ~DossierWorker() override;

    // Before start(): the logged-in operator, whose role limits which dossiers the service
    // finds and lists (DossierService::setViewer).
    void setViewer(const OperatorProfile& viewer) { m_viewer = viewer; }
    // Before start(): the CA profile of dossiers created here
    // (DossierService::setDefaultCaProfile).
    void setDefaultCaProfile(const QString& id) { m_defaultCaProfile = id; }

    // Opens the database on the worker thread; `opened` reports the outcome.
    void start();

    template <typename R>
    void run(QObject* receiver, std::function<R(DossierService&)> job, std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        post([this, guard, job = std::move(job), done = std::move(done)] {
            R result = m_service ? job(*m_service) : R(m_openError);
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
    const ProductCatalogue& m_catalogue;
    OperatorIdentity m_actor;
    std::optional<OperatorProfile> m_viewer;
    QString m_defaultCaProfile;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread; jobs are queued to it
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierService> m_service;
    Error m_openError{ErrorCode::Storage, {}};
};

} // namespace guichet
