#pragma once

#include "smartcard/Pcsc.h"
#include "smartcard/PinpadFeatures.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace guichet {

// What the watch reports; ReaderMonitor turns these into queued Qt signals.
struct ReaderEvent {
    enum class Kind {
        ReaderAdded,
        ReaderRemoved,
        CardInserted,
        CardRemoved,
        ServiceLost,
        ServiceRestored,
        Synchronised, // the reader list now matches the service (after start or a restore)
    };
    Kind kind = Kind::Synchronised;
    QString reader;
    QByteArray atr;
    PinpadFeatures features;
    QString message;
};

// Readers that appeared and disappeared between two lists (order kept).
struct ReaderListChange {
    QStringList added;
    QStringList removed;
};
ReaderListChange compareReaderLists(const QStringList& before, const QStringList& after);

// The PC/SC watch loop on its own thread: owns the context, waits in SCardGetStatusChange on
// every reader and the PnP pseudo-reader, rebuilds the context when pcscd goes away, and runs
// queued jobs (APDU exchanges) on the same thread between waits.
class ReaderWatch {
public:
    using Sink = std::function<void(ReaderEvent)>;
    // A job gets the live context, or 0 when the service is unavailable.
    using Job = std::function<void(SCARDCONTEXT)>;

    struct Backoff {
        std::chrono::milliseconds initial{50};
        std::chrono::milliseconds maximum{2000};
    };

    ReaderWatch(Sink sink, Backoff backoff);
    ~ReaderWatch();
    ReaderWatch(const ReaderWatch&) = delete;
    ReaderWatch& operator=(const ReaderWatch&) = delete;

    void start();
    // Wakes the thread (SCardCancel) and joins it; pending jobs get no context.
    void stop();
    void post(Job job);

private:
    struct Watched {
        QString name;
        QByteArray nameBytes; // kept alive for SCARD_READERSTATE::szReader
        DWORD currentState = SCARD_STATE_UNAWARE;
        bool cardPresent = false;
        QByteArray atr;
    };

    void run();
    bool connectService();
    void loseService(LONG code);
    bool synchroniseReaders(bool announceService);
    LONG waitForChange();
    void handleChanges(std::vector<SCARD_READERSTATE>& states);
    void addReader(const QString& name);
    void removeReader(std::size_t index);
    void runJobs();
    void wake();
    void emitEvent(ReaderEvent::Kind kind, const QString& reader = {}, const QByteArray& atr = {},
                   const QString& message = {});

    Sink m_sink;
    Backoff m_backoff;
    std::thread m_thread;

    std::mutex m_mutex; // guards the fields below and the context's identity
    std::condition_variable m_wakeUp;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    PcscContext m_context;

    // Only touched by the watch thread.
    std::vector<Watched> m_readers;
    DWORD m_pnpState = SCARD_STATE_UNAWARE;
    bool m_serviceUp = false;
    bool m_lostAnnounced = false; // ServiceLost was reported and not yet followed by a restore
    std::chrono::milliseconds m_retryDelay{0};
};

} // namespace guichet
