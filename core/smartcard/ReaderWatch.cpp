#include "smartcard/ReaderWatch.h"

#include "smartcard/CardExchange.h"
#include "smartcard/PcscError.h"

#include <QCoreApplication>
#include <algorithm>

namespace guichet {
namespace {

class ReaderWatchText {
    Q_DECLARE_TR_FUNCTIONS(ReaderWatchText)
public:
    static QString serviceLost() { return tr("Watching the card readers"); }
};

// SCardCancel wakes the wait, but a cancel sent just before the thread enters
// SCardGetStatusChange is lost (pcsc-lite does not keep it); this bound makes such a lost
// wake-up cost at most this long instead of forever.
constexpr DWORD kSafetyNetMs = 500;

QStringList listReaders(SCARDCONTEXT context, LONG& rv)
{
    DWORD length = 0;
    rv = SCardListReaders(context, nullptr, nullptr, &length);
    if (rv == SCARD_E_NO_READERS_AVAILABLE) {
        rv = SCARD_S_SUCCESS;
        return {};
    }
    if (rv != SCARD_S_SUCCESS) {
        return {};
    }
    QByteArray buffer(static_cast<qsizetype>(length), '\0');
    rv = SCardListReaders(context, nullptr, buffer.data(), &length);
    if (rv == SCARD_E_NO_READERS_AVAILABLE) {
        rv = SCARD_S_SUCCESS;
        return {};
    }
    if (rv != SCARD_S_SUCCESS) {
        return {};
    }
    // A multi-string: names separated by NUL, ended by an empty name.
    QStringList names;
    for (const QByteArray& name : buffer.left(static_cast<qsizetype>(length)).split('\0')) {
        if (!name.isEmpty()) {
            names.append(QString::fromUtf8(name));
        }
    }
    return names;
}

bool serviceGone(LONG rv)
{
    return rv == SCARD_E_NO_SERVICE || rv == SCARD_E_SERVICE_STOPPED ||
           rv == SCARD_E_INVALID_HANDLE || rv == SCARD_F_COMM_ERROR;
}

} // namespace

ReaderListChange compareReaderLists(const QStringList& before, const QStringList& after)
{
    ReaderListChange change;
    for (const QString& name : after) {
        if (!before.contains(name)) {
            change.added.append(name);
        }
    }
    for (const QString& name : before) {
        if (!after.contains(name)) {
            change.removed.append(name);
        }
    }
    return change;
}

ReaderWatch::ReaderWatch(Sink sink, Backoff backoff) : m_sink(std::move(sink)), m_backoff(backoff)
{
}

ReaderWatch::~ReaderWatch()
{
    stop();
}

void ReaderWatch::start()
{
    if (m_thread.joinable()) {
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread([this] { run(); });
}

void ReaderWatch::stop()
{
    if (!m_thread.joinable()) {
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    wake();
    m_thread.join();
}

void ReaderWatch::post(Job job)
{
    bool running = false;
    {
        std::lock_guard lock(m_mutex);
        running = m_thread.joinable() && !m_stopping;
        if (running) {
            m_jobs.push_back(std::move(job));
        }
    }
    if (running) {
        wake();
    } else {
        job(0);
    }
}

void ReaderWatch::wake()
{
    std::lock_guard lock(m_mutex);
    m_wakeUp.notify_all();
    if (m_context.valid()) {
        SCardCancel(m_context.get());
    }
}

void ReaderWatch::emitEvent(ReaderEvent::Kind kind, const QString& reader, const QByteArray& atr,
                            const QString& message)
{
    ReaderEvent event;
    event.kind = kind;
    event.reader = reader;
    event.atr = atr;
    event.message = message;
    m_sink(std::move(event));
}

void ReaderWatch::run()
{
    m_retryDelay = m_backoff.initial;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping) {
                break;
            }
        }
        if (!m_serviceUp) {
            if (!connectService()) {
                if (!m_lostAnnounced) {
                    emitEvent(
                        ReaderEvent::Kind::ServiceLost, {}, {},
                        cardError(SCARD_E_NO_SERVICE, ReaderWatchText::serviceLost()).message);
                    m_lostAnnounced = true;
                }
                runJobs();
                std::unique_lock lock(m_mutex);
                m_wakeUp.wait_for(lock, m_retryDelay,
                                  [this] { return m_stopping || !m_jobs.empty(); });
                m_retryDelay = std::min(m_retryDelay * 2, m_backoff.maximum);
                continue;
            }
        }
        runJobs();
        const LONG rv = waitForChange();
        if (rv == SCARD_S_SUCCESS || rv == SCARD_E_TIMEOUT || rv == SCARD_E_CANCELLED) {
            continue;
        }
        if (serviceGone(rv)) {
            loseService(rv);
            continue;
        }
        if (rv == SCARD_E_UNKNOWN_READER || rv == SCARD_E_READER_UNAVAILABLE) {
            synchroniseReaders(false); // a reader vanished between two waits
            continue;
        }
        qCWarning(lcPcsc) << "SCardGetStatusChange:" << pcscCodeName(rv);
        std::unique_lock lock(m_mutex);
        m_wakeUp.wait_for(lock, m_backoff.initial, [this] { return m_stopping; });
    }
    m_serviceUp = false;
    runJobs(); // every queued job gets its answer, without a context
    std::lock_guard lock(m_mutex);
    m_context.reset();
}

bool ReaderWatch::connectService()
{
    PcscContext fresh;
    const LONG rv = PcscContext::establish(fresh);
    if (rv != SCARD_S_SUCCESS) {
        qCDebug(lcPcsc) << "no PC/SC service yet:" << pcscCodeName(rv);
        return false;
    }
    {
        std::lock_guard lock(m_mutex);
        m_context = std::move(fresh);
    }
    m_serviceUp = true;
    m_pnpState = SCARD_STATE_UNAWARE;
    if (!synchroniseReaders(true)) {
        return false;
    }
    m_retryDelay = m_backoff.initial;
    return true;
}

void ReaderWatch::loseService(LONG code)
{
    qCInfo(lcPcsc) << "PC/SC service lost:" << pcscCodeName(code);
    // Without the service no reader is usable: say so reader by reader, so views empty.
    while (!m_readers.empty()) {
        removeReader(m_readers.size() - 1);
    }
    {
        std::lock_guard lock(m_mutex);
        m_context.reset();
    }
    m_serviceUp = false;
    m_pnpState = SCARD_STATE_UNAWARE;
    m_retryDelay = m_backoff.initial;
    m_lostAnnounced = true;
    emitEvent(ReaderEvent::Kind::ServiceLost, {}, {},
              cardError(code, ReaderWatchText::serviceLost()).message);
}

bool ReaderWatch::synchroniseReaders(bool announceService)
{
    LONG rv = SCARD_S_SUCCESS;
    const QStringList names = listReaders(m_context.get(), rv);
    if (rv != SCARD_S_SUCCESS) {
        if (serviceGone(rv)) {
            loseService(rv);
        } else {
            qCWarning(lcPcsc) << "SCardListReaders:" << pcscCodeName(rv);
        }
        return false;
    }
    QStringList known;
    for (const Watched& reader : m_readers) {
        known.append(reader.name);
    }
    const ReaderListChange change = compareReaderLists(known, names);
    for (const QString& name : change.removed) {
        const auto it = std::find_if(m_readers.cbegin(), m_readers.cend(),
                                     [&](const Watched& w) { return w.name == name; });
        removeReader(static_cast<std::size_t>(it - m_readers.cbegin()));
    }
    if (announceService && m_lostAnnounced) {
        m_lostAnnounced = false;
        emitEvent(ReaderEvent::Kind::ServiceRestored);
    }
    for (const QString& name : change.added) {
        addReader(name);
    }
    // Read the new readers' card states now, so that "synchronised" means complete.
    std::vector<SCARD_READERSTATE> states(m_readers.size());
    for (std::size_t i = 0; i < m_readers.size(); ++i) {
        states[i].szReader = m_readers[i].nameBytes.constData();
        states[i].dwCurrentState = m_readers[i].currentState;
    }
    if (!states.empty()) {
        rv = SCardGetStatusChange(m_context.get(), 0, states.data(),
                                  static_cast<DWORD>(states.size()));
        if (rv == SCARD_S_SUCCESS) {
            states.insert(states.begin(), SCARD_READERSTATE{}); // no PnP entry here
            handleChanges(states);
        } else if (serviceGone(rv)) {
            loseService(rv);
            return false;
        }
    }
    emitEvent(ReaderEvent::Kind::Synchronised);
    return true;
}

void ReaderWatch::addReader(const QString& name)
{
    Watched reader;
    reader.name = name;
    reader.nameBytes = name.toUtf8();
    m_readers.push_back(reader);
    ReaderEvent event;
    event.kind = ReaderEvent::Kind::ReaderAdded;
    event.reader = name;
    event.features = readReaderFeatures(m_context.get(), name);
    m_sink(std::move(event));
}

void ReaderWatch::removeReader(std::size_t index)
{
    const Watched reader = m_readers[index];
    m_readers.erase(m_readers.begin() + static_cast<std::ptrdiff_t>(index));
    if (reader.cardPresent) {
        emitEvent(ReaderEvent::Kind::CardRemoved, reader.name);
    }
    emitEvent(ReaderEvent::Kind::ReaderRemoved, reader.name);
}

LONG ReaderWatch::waitForChange()
{
    std::vector<SCARD_READERSTATE> states(m_readers.size() + 1);
    states[0].szReader = kPnpNotificationReader;
    states[0].dwCurrentState = m_pnpState;
    for (std::size_t i = 0; i < m_readers.size(); ++i) {
        states[i + 1].szReader = m_readers[i].nameBytes.constData();
        states[i + 1].dwCurrentState = m_readers[i].currentState;
    }
    const LONG rv = SCardGetStatusChange(m_context.get(), kSafetyNetMs, states.data(),
                                         static_cast<DWORD>(states.size()));
    if (rv == SCARD_S_SUCCESS) {
        handleChanges(states);
    }
    return rv;
}

// states[0] is the PnP pseudo-reader (or a blank entry); states[i + 1] is m_readers[i].
void ReaderWatch::handleChanges(std::vector<SCARD_READERSTATE>& states)
{
    constexpr DWORD kChanged = SCARD_STATE_CHANGED;
    bool relist = false;
    if (states[0].szReader != nullptr) {
        relist = (states[0].dwEventState & kChanged) != 0;
        m_pnpState = states[0].dwEventState & ~kChanged;
    }
    for (std::size_t i = 0; i + 1 < states.size() && i < m_readers.size(); ++i) {
        const SCARD_READERSTATE& state = states[i + 1];
        Watched& reader = m_readers[i];
        const DWORD event = state.dwEventState;
        if ((event & kChanged) == 0 && reader.currentState != SCARD_STATE_UNAWARE) {
            continue;
        }
        if ((event & (SCARD_STATE_UNKNOWN | SCARD_STATE_IGNORE)) != 0) {
            relist = true; // the reader is gone
            continue;
        }
        const bool present = (event & SCARD_STATE_PRESENT) != 0;
        // pcsc-lite counts card events in the high 16 bits: a different count with a card
        // present before and after means it was swapped between two waits.
        const bool swapped = reader.cardPresent && present &&
                             (event >> 16) != (reader.currentState >> 16) &&
                             reader.currentState != SCARD_STATE_UNAWARE;
        const QByteArray atr(reinterpret_cast<const char*>(state.rgbAtr),
                             static_cast<qsizetype>(std::min<DWORD>(state.cbAtr, MAX_ATR_SIZE)));
        reader.currentState = event & ~kChanged;
        if (reader.cardPresent && (!present || swapped)) {
            reader.cardPresent = false;
            reader.atr.clear();
            emitEvent(ReaderEvent::Kind::CardRemoved, reader.name);
        }
        if (!reader.cardPresent && present) {
            reader.cardPresent = true;
            reader.atr = atr;
            emitEvent(ReaderEvent::Kind::CardInserted, reader.name, atr);
        }
    }
    if (relist) {
        synchroniseReaders(false);
    }
}

void ReaderWatch::runJobs()
{
    for (;;) {
        Job job;
        {
            std::lock_guard lock(m_mutex);
            if (m_jobs.empty()) {
                return;
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job(m_serviceUp ? m_context.get() : 0);
    }
}

} // namespace guichet
