#pragma once

#include "scan/ScanHelperProcess.h"
#include "scan/Scanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <functional>
#include <memory>

namespace guichet {

// Scanning through SANE in a child process, guichet-scan-helper, which hosts SaneScanner
// (docs/architecture.md, "Scanning"). libsane never runs inside Guichet: a backend that hangs
// (a reader thread cancelled while holding a C library lock) or aborts (SANE 1.2.1's net
// backend when saned goes away) takes the helper down, not Guichet. The helper is killed when
// it stops answering, when a cancel is not honoured in time, and when this object goes; the
// next call starts a fresh one. Pages already received are always kept.
class SaneProcessScanner final : public Scanner {
    Q_DECLARE_TR_FUNCTIONS(SaneProcessScanner)
public:
    struct Options {
        QString helperPath; // empty: locateHelper()
        // Silence (no byte from the helper) after which it is taken for hung. SanePage gives a
        // silent device up after 60 s itself, and a network scanner may take long to open.
        int silenceLimitMs = 120'000;
        // How long a cancelled scan may take to stop before the helper is killed.
        int cancelGraceMs = 5'000;
        // How long stopping the device may take once the helper has said it is stopping it
        // (Stopping) before the helper is killed: sane_cancel hangs when the backend's reader
        // thread was killed holding a lock (seen: the malloc arena lock, test backend).
        int stopGraceMs = 10'000;
        // How long the helper may take to close the device and end when asked to.
        int quitGraceMs = 3'000;
        // Called with each helper's process id when it has started (tests kill it).
        std::function<void(qint64 pid)> helperStarted;
    };

    // Where the helper is: $GUICHET_SCAN_HELPER, else next to this program, else the
    // installed libexec folder. An error names the places looked at.
    static Result<QString> locateHelper();
    // Starts the helper (and checks its protocol version) so that a missing or broken one is
    // reported when the worker starts, not at the first scan.
    static Result<std::unique_ptr<Scanner>> start(Options options);
    static Result<std::unique_ptr<Scanner>> start() { return start(Options()); }
    ~SaneProcessScanner() override;

    Result<QList<ScannerDevice>> devices() override;
    Result<ScannerCapabilities> capabilities(const QString& device) override;
    ScanOutcome scan(const ScanSettings& settings, const ScanControl& control) override;

private:
    explicit SaneProcessScanner(Options options) : m_options(std::move(options)) {}
    Status ensureHelper();
    // Ends the helper: asks it to quit (Quit frame, then end of input) with a grace period.
    void retire();
    // The helper failed us: kill it now; the error says why (or, when `why` is empty, how it
    // ended).
    Error lost(const QString& why);
    // Sends one request and waits for its one answer of kind `answer`.
    Result<ScanProtocol::Frame> ask(ScanProtocol::Kind request, const QByteArray& body,
                                    ScanProtocol::Kind answer);
    QString describe(ScanHelperProcess::Wait wait) const;

    Options m_options;
    std::unique_ptr<ScanHelperProcess> m_helper;
    // A helper asked to quit after a cancelled or failed scan, reaped before the next starts.
    std::unique_ptr<ScanHelperProcess> m_retiring;
    QElapsedTimer m_retiringFor;
};

} // namespace guichet
