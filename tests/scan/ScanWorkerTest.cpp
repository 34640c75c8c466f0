// The scanner worker against SANE's real `test` backend (issue 4, "Scanning").
#include "SaneTestRig.h"
#include "ScanTestSupport.h"
#include "scan/SaneStatus.h"

#include <QThread>

using namespace guichet;
using namespace guichet::test;

namespace {

TEST(ScanWorker, ListsTheDevicesAndWhatTheyOffer)
{
    SaneTestRig rig({.devices = 2});
    ScanWorker worker;
    ASSERT_TRUE(startWorker(worker));
    const auto devices = awaitJob<Result<QList<ScannerDevice>>>(
        [&](QObject* r, auto done) { worker.devices(r, done); });
    ASSERT_TRUE(devices && devices->ok()) << devices->error().message.toStdString();
    QStringList names;
    for (const ScannerDevice& device : devices->value()) {
        names.append(device.name);
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("test:0"), QStringLiteral("test:1")}));

    const auto caps = awaitJob<Result<ScannerCapabilities>>(
        [&](QObject* r, auto done) { worker.capabilities(r, SaneTestRig::device(), done); });
    ASSERT_TRUE(caps && caps->ok());
    EXPECT_EQ(caps->value().sources, (QList<ScanSource>{ScanSource::Flatbed, ScanSource::Feeder}));
    EXPECT_EQ(caps->value().modes,
              (QList<ColourMode>{ColourMode::Colour, ColourMode::Grey, ColourMode::Lineart}));
    EXPECT_TRUE(caps->value().offersResolution(300));
    EXPECT_FALSE(caps->value().offersResolution(2400));
    EXPECT_EQ(caps->value().maxHeightMm, 300.0);
}

TEST(ScanWorker, ScansOneFlatbedPageAt300DpiOnItsOwnThread)
{
    SaneTestRig rig;
    ScanWorker worker;
    ASSERT_TRUE(startWorker(worker));
    QList<QThread*> threads;
    int lastPercent = -1;
    QObject::connect(
        &worker, &ScanWorker::pageScanned, &worker,
        [&](int, const QImage&) { threads.append(QThread::currentThread()); },
        Qt::DirectConnection);
    QObject::connect(
        &worker, &ScanWorker::progress, &worker, [&](int, int percent) { lastPercent = percent; },
        Qt::DirectConnection);

    const auto outcome = scanAndWait(worker, settingsFor(ScanSource::Flatbed));
    ASSERT_TRUE(outcome);
    ASSERT_TRUE(outcome->ok()) << outcome->error->message.toStdString();
    ASSERT_EQ(outcome->pages.size(), 1);
    const QImage& page = outcome->pages.first();
    // A4 at 300 dpi: 210 x 297 mm is 2480 x 3508 pixels.
    EXPECT_NEAR(page.width(), 2480, 2);
    EXPECT_NEAR(page.height(), 3508, 2);
    EXPECT_NEAR(page.dotsPerMeterX(), 11811, 1);
    EXPECT_FALSE(page.allGray()); // the colour pattern came through in colour
    EXPECT_EQ(threads, QList<QThread*>{worker.workerThread()});
    EXPECT_NE(worker.workerThread(), QThread::currentThread());
    EXPECT_EQ(lastPercent, 100);
}

TEST(ScanWorker, FeederBatchStopsAtTheRequestedCountOrWhenEmpty)
{
    SaneTestRig rig;
    ScanWorker worker;
    ASSERT_TRUE(startWorker(worker));
    QList<int> arrived;
    QObject::connect(&worker, &ScanWorker::pageScanned, &worker,
                     [&](int page, const QImage&) { arrived.append(page); });
    ScanSettings five = settingsFor(ScanSource::Feeder, 100);
    five.maxPages = 5;
    const auto batch = scanAndWait(worker, five);
    ASSERT_TRUE(batch && batch->ok());
    EXPECT_EQ(batch->pages.size(), 5);
    QCoreApplication::processEvents();
    EXPECT_EQ(arrived, (QList<int>{1, 2, 3, 4, 5}));

    // Without a limit, the batch runs until the feeder reports it is empty, which is the
    // batch's normal end. The test backend's virtual feeder holds 10 sheets per process, and
    // each scan has a helper process of its own (SaneProcessScanner): a full feeder again.
    const auto rest = scanAndWait(worker, settingsFor(ScanSource::Feeder, 100));
    ASSERT_TRUE(rest && rest->ok()) << rest->error->message.toStdString();
    EXPECT_EQ(rest->pages.size(), 10);
}

TEST(ScanWorker, CancelMidBatchKeepsThePagesAndLeavesTheDeviceIdle)
{
    SaneTestRig rig({.delayMicroseconds = 20'000});
    ScanWorker worker;
    ASSERT_TRUE(startWorker(worker));
    // Cancelled from this (the "GUI") thread when the second page arrives.
    QObject::connect(&worker, &ScanWorker::pageScanned, &worker, [&](int page, const QImage&) {
        if (page == 2) {
            worker.cancel();
        }
    });
    const auto cancelled = scanAndWait(worker, settingsFor(ScanSource::Feeder, 100));
    ASSERT_TRUE(cancelled);
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_FALSE(cancelled->error);
    EXPECT_GE(cancelled->pages.size(), 2);
    EXPECT_LT(cancelled->pages.size(), 10); // it stopped before the feeder was empty

    // sane_cancel was really called: the test backend refuses to start a colour scan while
    // the previous one is still running ("already scanning").
    const auto again = scanAndWait(worker, settingsFor(ScanSource::Flatbed, 100));
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->ok()) << again->error->message.toStdString();
    EXPECT_EQ(again->pages.size(), 1);
}

TEST(ScanWorker, AJammedFeederGivesAClearError)
{
    SaneTestRig rig({.readStatus = QStringLiteral("SANE_STATUS_JAMMED")});
    ScanWorker worker;
    ASSERT_TRUE(startWorker(worker));
    const auto outcome = scanAndWait(worker, settingsFor(ScanSource::Feeder, 100));
    ASSERT_TRUE(outcome);
    ASSERT_TRUE(outcome->error);
    EXPECT_EQ(outcome->error->code, ErrorCode::Io);
    EXPECT_EQ(outcome->error->message,
              SaneStatus::toError(SANE_STATUS_JAMMED, SaneTestRig::device()).message);
    EXPECT_TRUE(outcome->error->message.contains(QStringLiteral("jammed")));
    EXPECT_TRUE(outcome->pages.isEmpty());
}

TEST(ScanWorker, AResolutionTheDeviceDoesNotOfferIsRefused)
{
    SaneTestRig rig;
    ScanWorker worker;
    ASSERT_TRUE(startWorker(worker));
    const auto outcome = scanAndWait(worker, settingsFor(ScanSource::Flatbed, 2400));
    ASSERT_TRUE(outcome && outcome->error);
    EXPECT_EQ(outcome->error->code, ErrorCode::Refused);
    EXPECT_EQ(outcome->error->message.toStdString(),
              "The scanner test:0 does not offer 2400 dpi; it offers 1-1200 dpi.");
    EXPECT_TRUE(outcome->pages.isEmpty());
}

TEST(ScanWorker, LineartPreviewAndUnknownDevice)
{
    SaneTestRig rig({.picture = QStringLiteral("Grid")});
    ScanWorker worker;
    ASSERT_TRUE(startWorker(worker));
    ScanSettings lineart = settingsFor(ScanSource::Flatbed);
    lineart.mode = ColourMode::Lineart;
    const auto text = scanAndWait(worker, lineart);
    ASSERT_TRUE(text && text->ok());
    EXPECT_EQ(text->pages.first().format(), QImage::Format_Mono);

    ScanSettings preview = settingsFor(ScanSource::Flatbed);
    preview.preview = true;
    const auto look = scanAndWait(worker, preview);
    ASSERT_TRUE(look && look->ok());
    EXPECT_NEAR(look->pages.first().width(), 620, 2); // 210 mm at 75 dpi

    ScanSettings missing = settingsFor(ScanSource::Flatbed);
    missing.device = QStringLiteral("test:7");
    const auto none = scanAndWait(worker, missing);
    ASSERT_TRUE(none && none->error);
    EXPECT_EQ(none->error->code, ErrorCode::NotFound);
}

} // namespace
