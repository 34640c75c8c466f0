#pragma once

#include "scan/Scanner.h"

#include <QCoreApplication>
#include <memory>
#include <sane/sane.h>

namespace guichet {

struct SaneHandleCloser {
    void operator()(SANE_Handle handle) const { sane_close(handle); }
};
using SaneHandle = std::unique_ptr<void, SaneHandleCloser>;

// Scanning through SANE (libsane). One instance per process: it calls sane_init when made
// and sane_exit when destroyed. It runs in guichet-scan-helper only (app/scanhelper), never
// inside Guichet: Guichet scans through SaneProcessScanner.
// The last device opened stays open between jobs (opening a network scanner takes seconds);
// after every job the device is left idle (sane_cancel).
class SaneScanner final : public Scanner {
    Q_DECLARE_TR_FUNCTIONS(SaneScanner)
public:
    static Result<std::unique_ptr<Scanner>> initialise();
    ~SaneScanner() override;

    Result<QList<ScannerDevice>> devices() override;
    Result<ScannerCapabilities> capabilities(const QString& device) override;
    ScanOutcome scan(const ScanSettings& settings, const ScanControl& control) override;

private:
    SaneScanner() = default;
    Result<SANE_Handle> open(const QString& device);
    Status checkSettings(const ScanSettings& settings, const ScannerCapabilities& caps,
                         int resolution) const;

    QString m_openName;
    SaneHandle m_handle;
};

} // namespace guichet
