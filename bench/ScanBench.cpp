// Issue 4's figure "a 20-page ADF batch from the test backend stored in under 5 s":
//   - scan:        20 A4 pages, 300 dpi, colour, from SANE's `test` backend's feeder through
//                  ScanWorker and its guichet-scan-helper child process (its feeder holds 10
//                  sheets, so two loads of 10, as an operator refilling it), pages kept in
//                  memory;
//   - scan+store:  the same, then stored as one 20-page document through DocumentService
//                  (JPEG, SHA-256, AES-256-GCM envelope, commit to SQLite with its audit event);
//   - scanimage:   `scanimage --batch` of the same 2 x 10 pages to PNM files, the SANE
//                  frontend's own figure, as a baseline in the same run.
// Rounds are interleaved so that a change of machine load affects all three alike; the median
// is reported. guichet_scan_bench [rounds]   (exit 3 when scan+store is over 5 s)
#include "SaneTestRig.h"
#include "crypto/SecureRandom.h"
#include "documents/DocumentService.h"
#include "domain/ProductCatalogue.h"
#include "scan/ScanWorker.h"
#include "security/EncryptionService.h"
#include "service/DossierService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace guichet;

namespace {

constexpr int kLoads = 2; // x 10 sheets

QList<QImage> scanTwentyPages(ScanWorker& worker)
{
    ScanSettings settings;
    settings.device = test::SaneTestRig::device();
    settings.source = ScanSource::Feeder;
    settings.mode = ColourMode::Colour;
    settings.resolution = 300;
    QList<QImage> pages;
    for (int load = 0; load < kLoads; ++load) {
        QObject receiver;
        QEventLoop loop;
        worker.scan(&receiver, settings, [&](ScanOutcome outcome) {
            if (!outcome.ok()) {
                std::fprintf(stderr, "scan failed: %s\n",
                             qPrintable(outcome.error ? outcome.error->message
                                                      : QStringLiteral("cancelled")));
            }
            pages += outcome.pages;
            loop.quit();
        });
        loop.exec();
    }
    return pages;
}

double scanimageSeconds(const QString& folder)
{
    QElapsedTimer timer;
    timer.start();
    for (int load = 0; load < kLoads; ++load) {
        QProcess scanimage;
        scanimage.setWorkingDirectory(folder);
        scanimage.start(QStringLiteral("scanimage"),
                        {QStringLiteral("-d"), test::SaneTestRig::device(),
                         QStringLiteral("--source"), QStringLiteral("Automatic Document Feeder"),
                         QStringLiteral("--mode"), QStringLiteral("Color"),
                         QStringLiteral("--resolution"), QStringLiteral("300"),
                         QStringLiteral("-x"), QStringLiteral("210"), QStringLiteral("-y"),
                         QStringLiteral("297"), QStringLiteral("--format=pnm"),
                         QStringLiteral("--batch=load%1-page%d.pnm").arg(load)});
        if (!scanimage.waitForFinished(120'000)) {
            return -1;
        }
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

// CPU seconds of this process, all threads: what the work costs, whatever the machine's load.
double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=false\nguichet.*.info=false"));
    if (!qEnvironmentVariableIsSet("GUICHET_SCAN_HELPER")) {
        qputenv("GUICHET_SCAN_HELPER", GUICHET_BENCH_SCAN_HELPER);
    }
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    test::SaneTestRig rig;
    QTemporaryDir dir;
    DatabaseConfig config;
    config.sqlitePath = dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = std::move(Database::open(config)).value();
    SystemClock clock;
    const OperatorIdentity actor{QStringLiteral("bench"), QStringLiteral("Bench")};
    DossierService dossiers(*db, clock, ProductCatalogue::builtIn(), actor);
    Dossier draft;
    draft.productId = QStringLiteral("rgs2");
    draft.usage = QStringLiteral("signature");
    draft.holder.surnames = QStringLiteral("Dupont");
    draft.holder.givenNames = QStringLiteral("Jean");
    draft.holder.birthDate = QDate(1980, 5, 17);
    draft.holder.email = QStringLiteral("jean@example.org");
    draft.holder.address.country = QStringLiteral("FR");
    draft.orderReference = QStringLiteral("BENCH-SCAN");
    const auto dossier = dossiers.create(draft);
    if (!dossier) {
        std::fprintf(stderr, "%s\n", qPrintable(dossier.error().message));
        return 1;
    }
    EncryptionService encryption(
        std::make_unique<FixedMasterKeySource>(std::move(SecureRandom::secret(32)).value()));
    DocumentService documents(*db, clock, encryption, actor);

    ScanWorker worker;
    bool started = false;
    {
        QEventLoop loop;
        QObject::connect(&worker, &ScanWorker::started, &loop, [&](bool ok, const QString& why) {
            started = ok;
            if (!ok) {
                std::fprintf(stderr, "%s\n", qPrintable(why));
            }
            loop.quit();
        });
        worker.start();
        loop.exec();
    }
    if (!started) {
        return 1;
    }
    QList<double> scanOnly;
    QList<double> scanStore;
    QList<double> storeOnly;
    QList<double> scanStoreCpu;
    QList<double> frontend;
    qint64 storedBytes = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const QList<QImage> pages = scanTwentyPages(worker);
        scanOnly.append(double(timer.nsecsElapsed()) / 1e9);
        if (pages.size() != 10 * kLoads) {
            std::fprintf(stderr, "expected 20 pages, got %lld\n", qlonglong(pages.size()));
            return 1;
        }

        timer.restart();
        const double cpuBefore = processCpuSeconds();
        const QList<QImage> again = scanTwentyPages(worker);
        QElapsedTimer storing;
        storing.start();
        auto stored = documents.addScannedPages({dossier->id, DocumentType::Request, {}}, again);
        storeOnly.append(double(storing.nsecsElapsed()) / 1e9);
        scanStore.append(double(timer.nsecsElapsed()) / 1e9);
        scanStoreCpu.append(processCpuSeconds() - cpuBefore);
        if (!stored || stored->pageCount != 20) {
            std::fprintf(stderr, "store failed\n");
            return 1;
        }
        storedBytes = stored->size;
        frontend.append(scanimageSeconds(dir.path()));
    }
    const double total = median(scanStore);
    std::printf("20-page ADF batch, A4 300 dpi colour, SANE test backend, median of %d rounds:\n"
                "  scan only (ScanWorker, in memory)      %.2f s\n"
                "  scan + store (DocumentService)         %.2f s   (storing alone %.2f s, %lld "
                "bytes stored)   target < 5 s\n"
                "    of which CPU time of this process      %.2f s\n"
                "  scanimage --batch to PNM (baseline)    %.2f s\n",
                rounds, median(scanOnly), total, median(storeOnly), qlonglong(storedBytes),
                median(scanStoreCpu), median(frontend));
    return total < 5.0 ? 0 : 3;
}
