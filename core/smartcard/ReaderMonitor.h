#pragma once

#include "smartcard/PcscError.h"
#include "smartcard/PinpadFeatures.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace guichet {

class CardSessions;
class ReaderWatch;
struct ReaderEvent;

// A reader as the monitor last saw it.
struct ReaderInfo {
    QString name;
    PinpadFeatures features; // hasPinpad(): PIN entry happens on the reader
    bool cardPresent = false;
    QByteArray atr;
};

// Watches the PC/SC readers and cards on a thread of its own (DESIGN: one worker per
// device) and reports what happens as signals delivered on this object's thread (queued), in
// the order it happened. Survives pcscd restarting: the readers are reported removed with
// serviceLost, then added again after serviceRestored. A Qt view connects to the signals and
// reads readers() for the current picture; it never calls PC/SC itself.
class ReaderMonitor : public QObject {
    Q_OBJECT
public:
    struct Options {
        int initialBackoffMs = 50;   // first retry after the service went away
        int maximumBackoffMs = 2000; // retries double up to this
    };

    explicit ReaderMonitor(QObject* parent = nullptr);
    ReaderMonitor(Options options, QObject* parent);
    ~ReaderMonitor() override;

    void start();
    // Stops the thread (waking its wait with SCardCancel); queued answers still arrive.
    void stop();

    bool isServiceAvailable() const { return m_serviceAvailable; }
    // True once the first reader list (with card states) was reported, or the service was
    // found missing: what a one-shot listing waits for.
    bool hasSynchronised() const { return m_synchronised; }
    QList<ReaderInfo> readers() const { return m_readers; }
    std::optional<ReaderInfo> reader(const QString& name) const;

    using ExchangeDone = std::function<void(CardResult<QList<QByteArray>>)>;
    // Sends command APDUs to the card in `reader` on the monitor's thread, in one transaction
    // (a card reset by another application: reconnect and retry once). The connection is
    // kept for the next exchange. `done` runs on
    // `receiver`'s thread, and not at all if the receiver is gone.
    void exchange(QObject* receiver, const QString& reader, const QList<QByteArray>& commands,
                  ExchangeDone done);

signals:
    void readerAdded(const QString& reader);
    void readerRemoved(const QString& reader);
    void cardInserted(const QString& reader, const QByteArray& atr);
    void cardRemoved(const QString& reader);
    void serviceLost(const QString& reason);
    void serviceRestored();
    // The reader list and card states now match the service (after start and each restore).
    void synchronised();

private:
    void deliver(const ReaderEvent& event);

    Options m_options;
    std::shared_ptr<CardSessions> m_sessions; // used on the watch thread only
    std::unique_ptr<ReaderWatch> m_watch;
    QList<ReaderInfo> m_readers;
    bool m_serviceAvailable = false;
    bool m_synchronised = false;
};

} // namespace guichet
