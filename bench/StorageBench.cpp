// Listing and search on a generated database, through DossierService as the window uses it,
// beside a bare indexed query on the same database as the baseline.
//   GUICHET_BENCH_DB=/tmp/bench-1m.sqlite guichet_storage_bench
#include "common/Clock.h"
#include "domain/ProductCatalogue.h"
#include "service/DossierService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>

using namespace guichet;

namespace {

constexpr int kPage = 200; // rows the list fetches per page

struct World {
    std::unique_ptr<Database> db;
    SystemClock clock;
    std::unique_ptr<DossierService> service;
};

World& world()
{
    static World w = [] {
        World made;
        const char* path = std::getenv("GUICHET_BENCH_DB");
        if (path == nullptr) {
            std::fprintf(stderr, "set GUICHET_BENCH_DB to a database made by "
                                 "guichet-generate-dossiers\n");
            std::exit(2);
        }
        auto opened = Database::open(*DatabaseConfig::fromUrl(QString::fromLocal8Bit(path)));
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            std::exit(1);
        }
        made.db = std::move(opened).value();
        made.service =
            std::make_unique<DossierService>(*made.db, made.clock, ProductCatalogue::builtIn(),
                                             OperatorIdentity{QStringLiteral("bench"), {}});
        return made;
    }();
    return w;
}

// What an operator types, one keystroke after the other.
const QStringList& keystrokes(int kind)
{
    static const QList<QStringList> sequences{
        {QStringLiteral("D"), QStringLiteral("DU"), QStringLiteral("DUP"), QStringLiteral("DUPO"),
         QStringLiteral("DUPON"), QStringLiteral("DUPONT")},
        {QStringLiteral("CMD-2"), QStringLiteral("CMD-20"), QStringLiteral("CMD-202"),
         QStringLiteral("CMD-2024"), QStringLiteral("CMD-2024-00"),
         QStringLiteral("CMD-2024-0012")},
        {QStringLiteral("5"), QStringLiteral("55"), QStringLiteral("552"), QStringLiteral("5521"),
         QStringLiteral("55210"), QStringLiteral("552100")}};
    return sequences[kind];
}

void BM_SearchAsYouType(benchmark::State& state)
{
    const QStringList& typed = keystrokes(int(state.range(0)));
    DossierService& service = *world().service;
    qsizetype i = 0;
    for (auto _ : state) {
        DossierListQuery query;
        query.search = typed[i++ % typed.size()];
        query.sort = DossierSortKey::Relevance;
        auto page = service.page(query, std::nullopt, kPage);
        benchmark::DoNotOptimize(page);
    }
    state.SetLabel(state.range(0) == 0 ? "name" : state.range(0) == 1 ? "order-ref" : "siret");
}
BENCHMARK(BM_SearchAsYouType)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMicrosecond);

// Baseline: the bare indexed prefix query SQLite answers for the same keystrokes.
void BM_BareIndexedPrefixQuery(benchmark::State& state)
{
    const QStringList& typed = keystrokes(int(state.range(0)));
    QSqlQuery query(world().db->connection());
    query.prepare(QStringLiteral("SELECT dossier_id FROM dossier_search WHERE term >= ? AND "
                                 "term < ? ORDER BY term LIMIT 200"));
    qsizetype i = 0;
    for (auto _ : state) {
        const QString prefix = typed[i++ % typed.size()].toUpper();
        QString upper = prefix;
        upper.back() = QChar(char16_t(upper.back().unicode() + 1));
        query.addBindValue(prefix);
        query.addBindValue(upper);
        query.exec();
        int rows = 0;
        while (query.next()) {
            ++rows;
        }
        benchmark::DoNotOptimize(rows);
    }
}
BENCHMARK(BM_BareIndexedPrefixQuery)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMicrosecond);

void BM_FirstScreen(benchmark::State& state)
{
    DossierService& service = *world().service;
    DossierListQuery query;
    query.sort = DossierSortKey(state.range(0));
    query.order = state.range(1) != 0 ? Qt::DescendingOrder : Qt::AscendingOrder;
    for (auto _ : state) {
        auto page = service.page(query, std::nullopt, kPage);
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(BM_FirstScreen)
    ->Args({int(DossierSortKey::Name), 0})
    ->Args({int(DossierSortKey::Updated), 1})
    ->Args({int(DossierSortKey::Status), 0})
    ->Unit(benchmark::kMicrosecond);

void BM_StatusFilter(benchmark::State& state)
{
    DossierService& service = *world().service;
    DossierListQuery query;
    query.status = DossierStatus::RejectedPendingDocuments;
    for (auto _ : state) {
        auto page = service.page(query, std::nullopt, kPage);
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(BM_StatusFilter)->Unit(benchmark::kMicrosecond);

// Scrolling far down: keyset pagination keeps each page as cheap as the first.
void BM_DeepPage(benchmark::State& state)
{
    DossierService& service = *world().service;
    DossierListQuery query;
    std::optional<PageCursor> cursor;
    for (int i = 0; i < 50; ++i) {
        auto page = service.page(query, cursor, 1000);
        cursor = page->back().cursor;
    }
    for (auto _ : state) {
        auto page = service.page(query, cursor, kPage);
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(BM_DeepPage)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=false\nguichet.*.info=false"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
