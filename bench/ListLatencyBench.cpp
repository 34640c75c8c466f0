// Search as you type, end to end as the window sees it: from the keystroke (a new query on
// the list model) to the model holding the new first page, with the database on the
// worker thread. Prints the distribution, the first screen and the resident memory.
//   guichet_list_latency_bench DATABASE [ROUNDS]
#include "DossierListModel.h"
#include "common/Clock.h"
#include "domain/ProductCatalogue.h"
#include "service/DossierWorker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace guichet;

namespace {

// Spins the event loop until the model announces a first page.
double waitForFirstPage(DossierListModel& model, const std::function<void()>& trigger)
{
    QEventLoop loop;
    bool loaded = false;
    const auto connection =
        QObject::connect(&model, &DossierListModel::pageLoaded, &loop, [&](bool fromStart) {
            if (fromStart) {
                loaded = true;
                loop.quit();
            }
        });
    QElapsedTimer timer;
    timer.start();
    trigger();
    if (!loaded) {
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(connection);
    return ms;
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = size_t(p * double(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=false\nguichet.*.info=false"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: guichet_list_latency_bench DATABASE [ROUNDS]\n");
        return 2;
    }
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 20;
    SystemClock clock;
    DossierWorker worker(*DatabaseConfig::fromUrl(QString::fromLocal8Bit(argv[1])), clock,
                         ProductCatalogue::builtIn(), {QStringLiteral("bench"), {}});
    DossierListModel model(worker, ProductCatalogue::builtIn(), QStringLiteral("en"));
    QEventLoop opening;
    QObject::connect(&worker, &DossierWorker::opened, &opening, &QEventLoop::quit);
    worker.start();
    opening.exec();

    const double firstScreen = waitForFirstPage(model, [&] { model.setQuery({}); });

    // Surnames, order references and SIRETs typed one key at a time, as an operator would.
    const QStringList typed{QStringLiteral("DUPONT"),      QStringLiteral("LEFEVRE"),
                            QStringLiteral("MARTINEZ"),    QStringLiteral("ROUSSEAU"),
                            QStringLiteral("GUERIN"),      QStringLiteral("CMD-2024-00123"),
                            QStringLiteral("CMD-2021-09"), QStringLiteral("5521005"),
                            QStringLiteral("jean dupont"), QStringLiteral("de la fontaine")};
    std::vector<double> latencies;
    std::vector<std::pair<double, QString>> slowest;
    for (int round = 0; round < rounds; ++round) {
        for (const QString& word : typed) {
            for (qsizetype length = 1; length <= word.size(); ++length) {
                DossierListQuery query;
                query.search = word.left(length);
                query.sort = DossierSortKey::Relevance;
                latencies.push_back(waitForFirstPage(model, [&] { model.setQuery(query); }));
                slowest.emplace_back(latencies.back(), query.search);
            }
        }
    }
    std::printf("first_screen_ms=%.2f\n", firstScreen);
    std::printf("keystrokes=%zu p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
                latencies.size(), percentile(latencies, 0.50), percentile(latencies, 0.95),
                percentile(latencies, 0.99), percentile(latencies, 1.0));
    std::sort(slowest.rbegin(), slowest.rend());
    for (size_t i = 0; i < std::min<size_t>(5, slowest.size()); ++i) {
        std::printf("slow: %.2f ms \"%s\"\n", slowest[i].first, qPrintable(slowest[i].second));
    }
    std::printf("rss_kb=%ld rows_loaded=%d\n", residentKb(), model.rowCount());
    return 0;
}
