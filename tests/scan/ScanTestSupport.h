#pragma once

#include "SaneTestRig.h"
#include "scan/ScanWorker.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <gtest/gtest.h>
#include <optional>

namespace guichet::test {

// Runs one worker job and waits for its answer on this thread (with a timeout, never a
// fixed sleep).
template <typename R, typename Submit>
std::optional<R> awaitJob(Submit submit, int timeoutMs = 60'000)
{
    QObject receiver;
    std::optional<R> answer;
    QEventLoop loop;
    submit(&receiver, [&](R result) {
        answer = std::move(result);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return answer;
}

inline bool startWorker(ScanWorker& worker)
{
    std::optional<bool> ok;
    QEventLoop loop;
    QObject::connect(&worker, &ScanWorker::started, &loop, [&](bool success, const QString& why) {
        ok = success;
        if (!success) {
            ADD_FAILURE() << why.toStdString();
        }
        loop.quit();
    });
    worker.start();
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    return ok.value_or(false);
}

// A scan of SANE's test device (SaneTestRig) from `source`.
inline ScanSettings settingsFor(ScanSource source, int resolution = 300)
{
    ScanSettings settings;
    settings.device = SaneTestRig::device();
    settings.source = source;
    settings.resolution = resolution;
    return settings;
}

inline std::optional<ScanOutcome> scanAndWait(ScanWorker& worker, const ScanSettings& settings,
                                              int timeoutMs = 60'000)
{
    return awaitJob<ScanOutcome>([&](QObject* r, auto done) { worker.scan(r, settings, done); },
                                 timeoutMs);
}

} // namespace guichet::test
