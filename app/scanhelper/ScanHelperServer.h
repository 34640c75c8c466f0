#pragma once

#include "scan/ScanProtocol.h"
#include "scan/Scanner.h"

#include <QByteArray>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace guichet {

// guichet-scan-helper's side of ScanProtocol: requests are read from `input` on a thread of
// their own, so that a Cancel reaches the running scan at once (it sets the flag ScanControl
// reads); the scanner is called on the main thread only, one request at a time, and answers
// are written to `output`. Runs until Quit, or until the input ends (Guichet has gone).
class ScanHelperServer {
public:
    // `scanner` may be null when SANE did not start; every request then gets `startError`.
    ScanHelperServer(Scanner* scanner, Error startError, int input, int output);

    int run();

private:
    void readRequests();
    bool write(const QByteArray& bytes, const void* more = nullptr, qsizetype moreSize = 0);
    void serve(const ScanProtocol::Frame& request);
    void serveScan(const ScanSettings& settings);

    Scanner* m_scanner;
    Error m_startError;
    int m_input;
    int m_output;
    std::atomic<bool> m_cancel{false};
    bool m_broken = false; // Guichet no longer reads: stop

    std::mutex m_mutex;
    std::condition_variable m_arrived;
    std::deque<ScanProtocol::Frame> m_requests;
};

} // namespace guichet
