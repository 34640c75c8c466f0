#include "token/EnrolmentWait.h"

#include "ca/outbox/CaRequests.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"

namespace guichet {

EnrolmentWait::EnrolmentWait(DossierWorker& worker, qint64 dossierId, QObject* parent)
    : QObject(parent), m_worker(worker), m_dossierId(dossierId), m_poll(this)
{
    m_poll.setInterval(500);
    connect(&m_poll, &QTimer::timeout, this, &EnrolmentWait::poll);
}

void EnrolmentWait::queue(const QString& tokenSerial, const QByteArray& keyId,
                          const QByteArray& requestDer)
{
    TokenRequest request;
    request.dossierId = m_dossierId;
    request.tokenSerial = tokenSerial;
    request.keyId = keyId;
    request.requestDer = requestDer;
    m_worker.run<Result<std::optional<OutboxItem>>>(
        this,
        [id = m_dossierId, request](DossierService& service) {
            CaRequests requests(service.database(), service.clock(), service.catalogue(),
                                service.actor());
            return requests.recordTokenRequest(id, request, true);
        },
        [this](Result<std::optional<OutboxItem>> item) {
            if (!item || !item->has_value()) {
                emit failed(item ? QString() : item.error().message);
                return;
            }
            m_itemId = (*item)->id;
            emit queued(m_itemId);
            wait();
        });
}

void EnrolmentWait::wait()
{
    if (m_itemId == 0) {
        return;
    }
    m_waiting = true;
    m_deadline.setRemainingTime(m_timeoutMs);
    m_poll.start();
    poll();
}

void EnrolmentWait::stop()
{
    m_waiting = false;
    m_poll.stop();
}

void EnrolmentWait::poll()
{
    if (!m_waiting || m_reading) {
        return;
    }
    m_reading = true;
    m_worker.run<Result<OutboxItem>>(
        this,
        [id = m_itemId](DossierService& service) {
            CaRequests requests(service.database(), service.clock(), service.catalogue(),
                                service.actor());
            return requests.outbox().find(id);
        },
        [this](Result<OutboxItem> item) {
            m_reading = false;
            if (!m_waiting) {
                return;
            }
            if (!item) {
                stop();
                emit failed(item.error().message);
                return;
            }
            landed(*item);
        });
}

void EnrolmentWait::landed(const OutboxItem& item)
{
    switch (item.state) {
    case OutboxState::Delivered:
        stop();
        emit issued(item.result);
        return;
    case OutboxState::Failed:
        stop();
        emit refused(item.lastError);
        return;
    case OutboxState::Cancelled:
        stop();
        emit refused(tr("The request was cancelled in the outbox."));
        return;
    case OutboxState::Queued:
    case OutboxState::Sending:
        break;
    }
    if (m_deadline.hasExpired()) {
        stop();
        emit timedOut(m_itemId);
    }
}

} // namespace guichet
