// Card insertion and removal: how long after a bare SCardGetStatusChange client sees the
// event does Guichet's ReaderMonitor deliver it to a receiver on the main thread (issue 5:
// at most 20 ms)? Both watch the same vpcd reader in one run, so pcscd's own detection time
// (~400 ms to notice a virtual card arriving, ~100 ms to notice it leaving) cancels out.
//
// Needs pcscd with the test readers: tests/support/pcscd-rig.sh start DIR first.
// Usage: guichet_card_event_latency [ROUNDS]   (default 20)
#include "VpcdCardEmulator.h"
#include "smartcard/Pcsc.h"
#include "smartcard/ReaderMonitor.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace guichet;
using guichet::test::VpcdCardEmulator;
using Clock = std::chrono::steady_clock;

namespace {

const char kReader[] = "Guichet Test Reader 00 00";

struct Seen {
    std::mutex mutex;
    std::vector<Clock::time_point> inserted;
    std::vector<Clock::time_point> removed;
    std::size_t insertedCount()
    {
        std::lock_guard lock(mutex);
        return inserted.size();
    }
    std::size_t removedCount()
    {
        std::lock_guard lock(mutex);
        return removed.size();
    }
};

// The reference: the smallest client that can see a card come and go.
class BareClient {
public:
    bool start()
    {
        if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_context) !=
            SCARD_S_SUCCESS) {
            return false;
        }
        m_thread = std::thread([this] { run(); });
        return true;
    }
    void stop()
    {
        m_stopping = true;
        while (!m_done) {
            SCardCancel(m_context);
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        m_thread.join();
        SCardReleaseContext(m_context);
    }
    Seen seen;

private:
    void run()
    {
        SCARD_READERSTATE state{};
        state.szReader = kReader;
        state.dwCurrentState = SCARD_STATE_UNAWARE;
        bool present = false;
        bool first = true;
        while (!m_stopping) {
            const LONG rv = SCardGetStatusChange(m_context, INFINITE, &state, 1);
            const auto now = Clock::now();
            if (rv != SCARD_S_SUCCESS) {
                continue;
            }
            const bool nowPresent = (state.dwEventState & SCARD_STATE_PRESENT) != 0;
            state.dwCurrentState = state.dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
            if (!first && nowPresent != present) {
                std::lock_guard lock(seen.mutex);
                (nowPresent ? seen.inserted : seen.removed).push_back(now);
            }
            present = nowPresent;
            first = false;
        }
        m_done = true;
    }
    SCARDCONTEXT m_context = 0;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_done{false};
};

bool waitFor(const std::function<bool()>& done, int milliseconds = 10000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    }
    return true;
}

void report(const char* what, std::vector<double> delays)
{
    if (delays.empty()) {
        return;
    }
    std::sort(delays.begin(), delays.end());
    const auto at = [&](double q) {
        return delays[std::min(delays.size() - 1,
                               static_cast<std::size_t>(q * static_cast<double>(delays.size())))];
    };
    std::printf("%-10s n=%zu  median %.3f ms  p95 %.3f ms  max %.3f ms  min %.3f ms\n", what,
                delays.size(), at(0.5), at(0.95), delays.back(), delays.front());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;

    ReaderMonitor monitor;
    Seen guichet;
    bool synchronised = false;
    QObject receiver;
    QObject::connect(&monitor, &ReaderMonitor::synchronised, &receiver,
                     [&] { synchronised = true; });
    QObject::connect(&monitor, &ReaderMonitor::cardInserted, &receiver,
                     [&](const QString& reader, const QByteArray&) {
                         if (reader == QLatin1String(kReader)) {
                             guichet.inserted.push_back(Clock::now());
                         }
                     });
    QObject::connect(&monitor, &ReaderMonitor::cardRemoved, &receiver, [&](const QString& reader) {
        if (reader == QLatin1String(kReader)) {
            guichet.removed.push_back(Clock::now());
        }
    });
    monitor.start();
    if (!waitFor([&] { return synchronised; }) || !monitor.reader(QLatin1String(kReader))) {
        std::fprintf(stderr, "no \"%s\": start the rig (tests/support/pcscd-rig.sh start DIR)\n",
                     kReader);
        return 1;
    }
    if (monitor.reader(QLatin1String(kReader))->cardPresent) {
        std::fprintf(stderr, "a card is already in \"%s\"\n", kReader);
        return 1;
    }
    BareClient bare;
    if (!bare.start()) {
        std::fprintf(stderr, "no PC/SC context\n");
        return 1;
    }
    QThread::msleep(100); // let the bare client read the initial state

    VpcdCardEmulator card(VpcdCardEmulator::testCardAtr(), 40000);
    for (int round = 0; round < rounds; ++round) {
        const auto expected = static_cast<std::size_t>(round + 1);
        std::string error;
        if (!card.insert(&error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return 1;
        }
        if (!waitFor([&] {
                return guichet.inserted.size() >= expected && bare.seen.insertedCount() >= expected;
            })) {
            std::fprintf(stderr, "insertion %d not seen\n", round + 1);
            return 1;
        }
        card.remove();
        if (!waitFor([&] {
                return guichet.removed.size() >= expected && bare.seen.removedCount() >= expected;
            })) {
            std::fprintf(stderr, "removal %d not seen\n", round + 1);
            return 1;
        }
    }
    bare.stop();
    monitor.stop();

    const auto delays = [](const std::vector<Clock::time_point>& ours,
                           const std::vector<Clock::time_point>& reference) {
        std::vector<double> out;
        for (std::size_t i = 0; i < std::min(ours.size(), reference.size()); ++i) {
            out.push_back(
                std::chrono::duration<double, std::milli>(ours[i] - reference[i]).count());
        }
        return out;
    };
    std::vector<double> insertion = delays(guichet.inserted, bare.seen.inserted);
    std::vector<double> removal = delays(guichet.removed, bare.seen.removed);
    std::vector<double> all = insertion;
    all.insert(all.end(), removal.begin(), removal.end());
    std::printf(
        "Delay of ReaderMonitor's signal after a bare SCardGetStatusChange client (%d rounds):\n",
        rounds);
    report("insertion", insertion);
    report("removal", removal);
    report("all", all);
    const bool within = !all.empty() && *std::max_element(all.begin(), all.end()) <= 20.0;
    std::printf("target: every event within 20 ms: %s\n", within ? "met" : "NOT met");
    return within ? 0 : 1;
}
