#pragma once

#include "common/Result.h"

#include <QImage>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace guichet {

// Where the paper is: on the glass, or in the feeder (one side or both).
enum class ScanSource { Flatbed, Feeder, FeederDuplex };
enum class ColourMode { Colour, Grey, Lineart };

// A scanner as the platform names it. `name` is what a backend opens (SANE's "test:0",
// later a WIA device id); the rest is for people.
struct ScannerDevice {
    QString name;
    QString vendor;
    QString model;
    QString type;
};

// What a device offers, read from the device itself: only these values may be asked for.
struct ScannerCapabilities {
    QList<ScanSource> sources;
    QList<ColourMode> modes;
    // Either a list of resolutions, or a range min..max by step (step 0: any value).
    QList<int> resolutions;
    int resolutionMin = 0;
    int resolutionMax = 0;
    int resolutionStep = 0;
    bool hasPreview = false;
    double maxWidthMm = 0;  // 0: unknown
    double maxHeightMm = 0; // 0: unknown

    bool offersResolution(int dpi) const;
    // 300 dpi when offered (issue 4's default), else the nearest offered value.
    int nearestResolution(int wanted) const;
    // For messages: "75, 150, 300" or "50-1200".
    QString describeResolutions() const;
};

// What the operator asked for.
struct ScanSettings {
    QString device;
    ScanSource source = ScanSource::Flatbed;
    ColourMode mode = ColourMode::Colour;
    int resolution = 300;
    // A quick low-resolution look at the glass: one page, never stored.
    bool preview = false;
    // Flatbed: one page. Feeder: every page until the feeder is empty, or at most maxPages
    // (0: no limit).
    int maxPages = 0;
    // The scan area from the top-left corner; A4 by default, clipped to what the device has.
    double widthMm = 210.0;
    double heightMm = 297.0;
};

// What a scan produced. The pages scanned before a cancel or a failure are kept: the operator
// decides whether they are enough or whether to scan again.
struct ScanOutcome {
    QList<QImage> pages;
    bool cancelled = false;
    std::optional<Error> error;

    bool ok() const { return !cancelled && !error; }
};

// How a backend reports to the worker while it scans, and learns that it must stop.
struct ScanControl {
    const std::atomic<bool>* cancelRequested = nullptr;
    // page is 1-based; percent of that page read so far.
    std::function<void(int page, int percent)> progress;
    std::function<void(int page, const QImage& image)> pageScanned;

    // Called just before the backend stops the device (sane_cancel) with what the scan will
    // report: cancelled, or an error, or neither (the batch is complete). A backend may hang
    // while stopping (a reader thread killed holding a C library lock); whoever waits for it
    // then knows what to report (SaneProcessScanner).
    std::function<void(bool cancelled, const std::optional<Error>& error)> stopping;

    bool cancelled() const { return cancelRequested != nullptr && cancelRequested->load(); }
    void announceStop(bool cancelled, const std::optional<Error>& error) const
    {
        if (stopping) {
            stopping(cancelled, error);
        }
    }
};

} // namespace guichet
