// SANE runs in guichet-scan-helper, a child process (issue 4, docs/architecture.md
// "Scanning"): the real helper and SANE's `test` backend, except for the faults a real helper
// cannot be made to produce (hanging, talking nonsense), played by small shell scripts.
#include "SaneTestRig.h"
#include "ScanTestSupport.h"
#include "scan/SaneProcessScanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <mutex>
#include <sys/wait.h>

using namespace guichet;
using namespace guichet::test;

namespace {

// The process ids of the helpers a worker started, in order.
class HelperPids {
public:
    void add(qint64 pid)
    {
        std::lock_guard lock(m_mutex);
        m_pids.append(pid);
    }
    QList<qint64> all() const
    {
        std::lock_guard lock(m_mutex);
        return m_pids;
    }
    qint64 last() const
    {
        const QList<qint64> pids = all();
        return pids.isEmpty() ? -1 : pids.last();
    }

private:
    mutable std::mutex m_mutex;
    QList<qint64> m_pids;
};

// Gone means reaped too: a zombie still has its /proc entry.
bool processGone(qint64 pid)
{
    return pid > 0 && !QFile::exists(QStringLiteral("/proc/%1").arg(pid)) &&
           ::waitpid(pid_t(pid), nullptr, WNOHANG) == -1;
}

ScanWorker::BackendFactory factoryWith(HelperPids& pids, SaneProcessScanner::Options options = {})
{
    options.helperStarted = [&pids](qint64 pid) { pids.add(pid); };
    return [options] { return SaneProcessScanner::start(options); };
}

QByteArray hello()
{
    return ScanProtocol::frame(ScanProtocol::Kind::Hello, ScanProtocol::encodeHello());
}

// A stand-in helper: writes `says` (frames, or not), then runs `then` (shell).
QString fakeHelper(const QTemporaryDir& dir, const QByteArray& says, const QByteArray& then)
{
    QByteArray escaped;
    for (char byte : says) {
        escaped += '\\' + QByteArray::number(quint8(byte), 8).rightJustified(3, '0');
    }
    const QString path = dir.filePath(QStringLiteral("fake-helper"));
    QFile script(path);
    EXPECT_TRUE(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nprintf '" + escaped + "'\n" + then + "\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

std::optional<std::pair<bool, QString>> startAndWait(ScanWorker& worker)
{
    std::optional<std::pair<bool, QString>> answer;
    QEventLoop loop;
    QObject::connect(&worker, &ScanWorker::started, &loop, [&](bool ok, const QString& why) {
        answer = {ok, why};
        loop.quit();
    });
    worker.start();
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    return answer;
}

TEST(ScanHelper, NoHelperIsLeftOnceTheWorkerIsGone)
{
    SaneTestRig rig;
    HelperPids pids;
    {
        ScanWorker worker(factoryWith(pids));
        ASSERT_TRUE(startWorker(worker));
        const auto page = scanAndWait(worker, settingsFor(ScanSource::Flatbed, 100));
        ASSERT_TRUE(page && page->ok());
        ASSERT_EQ(pids.all().size(), 1);
        EXPECT_FALSE(processGone(pids.last())); // it serves the worker while the worker lives
    }
    EXPECT_TRUE(processGone(pids.last()));
}

// The helper binds each backend when it loads it (SaneScanner.cpp says why).
TEST(ScanHelper, TheHelperBindsBackendsWhenLoaded)
{
    SaneTestRig rig;
    HelperPids pids;
    ScanWorker worker(factoryWith(pids));
    ASSERT_TRUE(startWorker(worker));
    QFile environ(QStringLiteral("/proc/%1/environ").arg(pids.last()));
    ASSERT_TRUE(environ.open(QIODevice::ReadOnly));
    const QList<QByteArray> variables = environ.readAll().split('\0');
    EXPECT_TRUE(variables.contains("LD_BIND_NOW=1"));
    EXPECT_TRUE(variables.contains("SANE_CONFIG_DIR=" + SaneTestRig::configDir().toLocal8Bit()));
}

// Silence counts while the helper owes an answer, not while it waits for the next request.
TEST(ScanHelper, AHelperLeftIdleIsNotTakenForAHungOne)
{
    SaneTestRig rig;
    SaneProcessScanner::Options options;
    options.silenceLimitMs = 1'000;
    HelperPids pids;
    ScanWorker worker(factoryWith(pids, options));
    ASSERT_TRUE(startWorker(worker));
    const auto capabilities = [&worker] {
        return awaitJob<Result<ScannerCapabilities>>([&worker](QObject* r, auto done) {
            worker.capabilities(r, SaneTestRig::device(), done);
        });
    };
    const auto first = capabilities();
    ASSERT_TRUE(first && first->ok());
    QTest::qWait(1'500); // idle for longer than the silence limit
    const auto second = capabilities();
    ASSERT_TRUE(second && second->ok()) << second->error().message.toStdString();
    EXPECT_EQ(pids.all().size(), 1) << "the idle helper served the second request";
    const auto scanned = scanAndWait(worker, settingsFor(ScanSource::Flatbed, 100));
    ASSERT_TRUE(scanned && scanned->ok());
}

// A helper serves one scan (SaneProcessScanner::scan says why): the next scan has a fresh one,
// and the one before is gone.
TEST(ScanHelper, EachScanHasAHelperOfItsOwn)
{
    SaneTestRig rig;
    HelperPids pids;
    ScanWorker worker(factoryWith(pids));
    ASSERT_TRUE(startWorker(worker));
    for (int i = 0; i < 2; ++i) {
        const auto scanned = scanAndWait(worker, settingsFor(ScanSource::Flatbed, 100));
        ASSERT_TRUE(scanned) << "scan " << i << ": no answer in time";
        ASSERT_TRUE(scanned->ok())
            << "scan " << i << ": "
            << (scanned->error ? scanned->error->message.toStdString() : std::string("cancelled"));
    }
    const auto all = pids.all();
    ASSERT_EQ(all.size(), 2);
    EXPECT_NE(all.at(0), all.at(1));
}

TEST(ScanHelper, AHelperKilledMidBatchKeepsThePagesAndTheNextScanStartsAFreshOne)
{
    SaneTestRig rig({.delayMicroseconds = 20'000});
    HelperPids pids;
    ScanWorker worker(factoryWith(pids));
    ASSERT_TRUE(startWorker(worker));
    QObject::connect(&worker, &ScanWorker::pageScanned, &worker, [&](int page, const QImage&) {
        if (page == 1) {
            ::kill(pid_t(pids.last()), SIGKILL); // as a crashing backend would end it
        }
    });
    const auto batch = scanAndWait(worker, settingsFor(ScanSource::Feeder, 100));
    ASSERT_TRUE(batch && batch->error);
    EXPECT_EQ(batch->error->code, ErrorCode::Io);
    EXPECT_EQ(batch->error->message.toStdString(),
              "The scanner service stopped unexpectedly (it was stopped by signal 9). Try "
              "again; if it happens again, switch the scanner off and on.");
    EXPECT_GE(batch->pages.size(), 1);
    EXPECT_LT(batch->pages.size(), 10);
    EXPECT_TRUE(processGone(pids.last()));

    QObject::disconnect(&worker, &ScanWorker::pageScanned, &worker, nullptr);
    const auto again = scanAndWait(worker, settingsFor(ScanSource::Flatbed, 100));
    ASSERT_TRUE(again && again->ok()) << again->error->message.toStdString();
    EXPECT_EQ(again->pages.size(), 1);
    ASSERT_EQ(pids.all().size(), 2);
    EXPECT_NE(pids.all().at(0), pids.all().at(1));
}

TEST(ScanHelper, ACancelledBatchKeepsItsPagesAndTheNextScanGetsAFreshHelper)
{
    SaneTestRig rig({.delayMicroseconds = 20'000});
    HelperPids pids;
    ScanWorker worker(factoryWith(pids));
    ASSERT_TRUE(startWorker(worker));
    QObject::connect(&worker, &ScanWorker::pageScanned, &worker, [&](int page, const QImage&) {
        if (page == 2) {
            worker.cancel();
        }
    });
    const auto cancelled = scanAndWait(worker, settingsFor(ScanSource::Feeder, 100));
    ASSERT_TRUE(cancelled && cancelled->cancelled);
    EXPECT_FALSE(cancelled->error);
    EXPECT_GE(cancelled->pages.size(), 2);
    const qint64 first = pids.last();

    // A helper whose backend was stopped mid-page serves no further job.
    const auto again = scanAndWait(worker, settingsFor(ScanSource::Flatbed, 100));
    ASSERT_TRUE(again && again->ok()) << again->error->message.toStdString();
    ASSERT_EQ(pids.all().size(), 2);
    EXPECT_TRUE(processGone(first));
}

TEST(ScanHelper, AHelperThatStopsAnsweringIsKilledWithAClearError)
{
    QTemporaryDir dir;
    SaneProcessScanner::Options options;
    options.helperPath = fakeHelper(dir, hello(), "exec sleep 600");
    options.silenceLimitMs = 1'000;
    options.cancelGraceMs = 500;
    options.quitGraceMs = 500;
    HelperPids pids;
    {
        ScanWorker worker(factoryWith(pids, options));
        ASSERT_TRUE(startWorker(worker));
        const auto hung = scanAndWait(worker, settingsFor(ScanSource::Flatbed, 100), 30'000);
        ASSERT_TRUE(hung && hung->error);
        EXPECT_EQ(hung->error->code, ErrorCode::Io);
        EXPECT_EQ(hung->error->message.toStdString(),
                  "The scanner service stopped unexpectedly (it did not answer for 1 s). "
                  "Try again; if it happens again, switch the scanner off and on.");
        EXPECT_TRUE(processGone(pids.last()));
    }
    {
        // Cancelling a scan that a hung helper never runs: the helper is killed after the
        // grace period and the scan ends cancelled.
        options.silenceLimitMs = 600'000;
        ScanWorker patient(factoryWith(pids, options));
        ASSERT_TRUE(startWorker(patient));
        QTimer::singleShot(0, &patient, [&] { patient.cancel(); });
        const auto stopped = scanAndWait(patient, settingsFor(ScanSource::Flatbed, 100), 30'000);
        ASSERT_TRUE(stopped);
        EXPECT_TRUE(stopped->cancelled);
        EXPECT_TRUE(processGone(pids.last()));
    }
    {
        // Started, never asked anything, deaf to Quit: the worker's end kills it.
        ScanWorker idle(factoryWith(pids, options));
        ASSERT_TRUE(startWorker(idle));
    }
    ASSERT_EQ(pids.all().size(), 3);
    for (qint64 pid : pids.all()) {
        EXPECT_TRUE(processGone(pid)) << pid;
    }
}

// Seen with the test backend: its reader thread killed by sane_cancel while it held the malloc
// arena lock, sane_cancel then waits for ever to join it. The helper said what the scan ends
// with (Stopping) before it stopped the device: that is what the operator is told.
TEST(ScanHelper, AHelperThatHangsWhileStoppingTheDeviceEndsTheScanAsItAnnounced)
{
    QTemporaryDir dir;
    ScanOutcome jammed;
    jammed.error = Error{ErrorCode::Io, QStringLiteral("The feeder is jammed.")};
    SaneProcessScanner::Options options;
    options.helperPath =
        fakeHelper(dir,
                   hello() + ScanProtocol::frame(ScanProtocol::Kind::Stopping,
                                                 ScanProtocol::encodeOutcome(jammed)),
                   "exec sleep 600");
    options.stopGraceMs = 500;
    HelperPids pids;
    ScanWorker worker(factoryWith(pids, options));
    ASSERT_TRUE(startWorker(worker));
    const auto outcome = scanAndWait(worker, settingsFor(ScanSource::Feeder, 100), 30'000);
    ASSERT_TRUE(outcome && outcome->error);
    EXPECT_EQ(outcome->error->code, ErrorCode::Io);
    EXPECT_EQ(outcome->error->message, jammed.error->message);
    EXPECT_FALSE(outcome->cancelled);
    EXPECT_TRUE(processGone(pids.last()));
}

TEST(ScanHelper, AHelperThatTalksNonsenseOrIsMissingIsReportedAtStart)
{
    QTemporaryDir dir;
    SaneProcessScanner::Options options;
    options.helperPath =
        fakeHelper(dir, QByteArray("\xff\xff\xff\xff garbage", 13), "exec sleep 600");
    HelperPids pids;
    ScanWorker garbled(factoryWith(pids, options));
    const auto started = startAndWait(garbled);
    ASSERT_TRUE(started);
    EXPECT_FALSE(started->first);
    EXPECT_TRUE(started->second.contains(QStringLiteral("(it sent an unreadable answer)")))
        << started->second.toStdString();

    const QByteArray configured = qgetenv("GUICHET_SCAN_HELPER");
    const QString missing = dir.filePath(QStringLiteral("no-such-helper"));
    qputenv("GUICHET_SCAN_HELPER", missing.toLocal8Bit());
    ScanWorker worker; // the default backend, as Guichet makes it
    const auto refused = startAndWait(worker);
    qputenv("GUICHET_SCAN_HELPER", configured);
    ASSERT_TRUE(refused);
    EXPECT_FALSE(refused->first);
    EXPECT_TRUE(refused->second.contains(missing)) << refused->second.toStdString();
}

} // namespace
