#pragma once

#include "scan/ScanTypes.h"

namespace guichet {

// A platform's scanning API, as ScanWorker drives it. SANE on Linux (SaneScanner); a WIA or
// TWAIN backend on Windows implements the same three calls, and no caller changes: callers
// only ever see ScanWorker, ScanSettings and ScanOutcome.
//
// A backend is created, called and destroyed on one thread only (ScanWorker's), because the
// platform libraries are not thread-safe.
class Scanner {
public:
    virtual ~Scanner() = default;

    virtual Result<QList<ScannerDevice>> devices() = 0;
    virtual Result<ScannerCapabilities> capabilities(const QString& device) = 0;
    // Scans one page (flatbed, preview) or a batch (feeder). Pages are handed to
    // control.pageScanned as they are complete, and also returned. Returns promptly after
    // control.cancelRequested is set, having stopped the device.
    virtual ScanOutcome scan(const ScanSettings& settings, const ScanControl& control) = 0;
};

} // namespace guichet
