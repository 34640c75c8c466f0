#pragma once

#include "ca/outbox/OutboxItem.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

namespace guichet {

class DossierWorker;

// The personalisation's certificate request on its way through the outbox (issue 6): queued on
// the dossier worker in one transaction with the dossier's move and its audit events
// (CaRequests::recordTokenRequest), then the item's state read there again and again until the
// sender (another thread; in training mode the training CA answers it in process) has the
// CA's answer, the CA refuses, or the time allowed runs out. Nothing here blocks: the token
// worker, the sender and the dossier worker are separate threads.
class EnrolmentWait : public QObject {
    Q_OBJECT
public:
    EnrolmentWait(DossierWorker& worker, qint64 dossierId, QObject* parent = nullptr);

    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    void setPollIntervalMs(int milliseconds) { m_poll.setInterval(milliseconds); }

    void queue(const QString& tokenSerial, const QByteArray& keyId, const QByteArray& requestDer);
    // Waits (again) for the item queued; stop() leaves it in the outbox.
    void wait();
    void stop();
    bool waiting() const { return m_waiting; }
    qint64 itemId() const { return m_itemId; }

signals:
    void queued(qint64 itemId);
    void issued(const QByteArray& certificateDer);
    void refused(const QString& reason); // the CA refused it, or the operator cancelled it
    void timedOut(qint64 itemId);
    void failed(const QString& message); // not queued, or the outbox could not be read

private:
    void poll();
    void landed(const OutboxItem& item);

    DossierWorker& m_worker;
    qint64 m_dossierId;
    qint64 m_itemId = 0;
    int m_timeoutMs = 60'000;
    bool m_waiting = false;
    bool m_reading = false;
    QTimer m_poll;
    QDeadlineTimer m_deadline;
};

} // namespace guichet
