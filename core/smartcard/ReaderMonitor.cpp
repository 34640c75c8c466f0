#include "smartcard/ReaderMonitor.h"

#include "smartcard/CardExchange.h"
#include "smartcard/ReaderWatch.h"

#include <QCoreApplication>
#include <algorithm>

namespace guichet {
namespace {

class ReaderMonitorText {
    Q_DECLARE_TR_FUNCTIONS(ReaderMonitorText)
public:
    static QString exchanging(const QString& reader)
    {
        return tr("Exchanging commands with the card in \"%1\"").arg(reader);
    }
};

} // namespace

ReaderMonitor::ReaderMonitor(QObject* parent) : ReaderMonitor(Options{}, parent) {}

ReaderMonitor::ReaderMonitor(Options options, QObject* parent)
    : QObject(parent), m_options(options), m_sessions(std::make_shared<CardSessions>())
{
    // The watch thread is joined in the destructor before this object goes, so `this` is
    // valid whenever the sink runs; events still queued at destruction are dropped by Qt.
    m_watch = std::make_unique<ReaderWatch>(
        [this](ReaderEvent event) {
            QMetaObject::invokeMethod(
                this, [this, event = std::move(event)] { deliver(event); }, Qt::QueuedConnection);
        },
        ReaderWatch::Backoff{std::chrono::milliseconds(m_options.initialBackoffMs),
                             std::chrono::milliseconds(m_options.maximumBackoffMs)});
}

ReaderMonitor::~ReaderMonitor()
{
    stop();
}

void ReaderMonitor::start()
{
    m_watch->start();
}

void ReaderMonitor::stop()
{
    m_watch->stop();
}

std::optional<ReaderInfo> ReaderMonitor::reader(const QString& name) const
{
    for (const ReaderInfo& info : m_readers) {
        if (info.name == name) {
            return info;
        }
    }
    return std::nullopt;
}

void ReaderMonitor::exchange(QObject* receiver, const QString& reader,
                             const QList<QByteArray>& commands, ExchangeDone done)
{
    QPointer<QObject> guard(receiver);
    // m_sessions is only used on the watch thread, by these jobs.
    m_watch->post([guard, sessions = m_sessions, reader, commands,
                   done = std::move(done)](SCARDCONTEXT context) {
        CardResult<QList<QByteArray>> result =
            context != 0 ? sessions->exchange(context, reader, commands)
                         : CardResult<QList<QByteArray>>(cardError(
                               SCARD_E_NO_SERVICE, ReaderMonitorText::exchanging(reader)));
        if (guard) {
            QMetaObject::invokeMethod(
                guard.data(), [done, result = std::move(result)] { done(result); },
                Qt::QueuedConnection);
        }
    });
}

void ReaderMonitor::deliver(const ReaderEvent& event)
{
    const auto find = [this](const QString& name) {
        return std::find_if(m_readers.begin(), m_readers.end(),
                            [&](const ReaderInfo& info) { return info.name == name; });
    };
    switch (event.kind) {
    case ReaderEvent::Kind::ReaderAdded:
        m_readers.append(ReaderInfo{event.reader, event.features, false, {}});
        emit readerAdded(event.reader);
        break;
    case ReaderEvent::Kind::ReaderRemoved:
        if (const auto it = find(event.reader); it != m_readers.end()) {
            m_readers.erase(it);
        }
        emit readerRemoved(event.reader);
        break;
    case ReaderEvent::Kind::CardInserted:
        if (const auto it = find(event.reader); it != m_readers.end()) {
            it->cardPresent = true;
            it->atr = event.atr;
        }
        emit cardInserted(event.reader, event.atr);
        break;
    case ReaderEvent::Kind::CardRemoved:
        if (const auto it = find(event.reader); it != m_readers.end()) {
            it->cardPresent = false;
            it->atr.clear();
        }
        emit cardRemoved(event.reader);
        break;
    case ReaderEvent::Kind::ServiceLost:
        m_serviceAvailable = false;
        m_synchronised = true; // "no service" is a complete answer for a listing
        emit serviceLost(event.message);
        break;
    case ReaderEvent::Kind::ServiceRestored:
        m_serviceAvailable = true;
        emit serviceRestored();
        break;
    case ReaderEvent::Kind::Synchronised:
        m_serviceAvailable = true;
        m_synchronised = true;
        emit synchronised();
        break;
    }
}

} // namespace guichet
