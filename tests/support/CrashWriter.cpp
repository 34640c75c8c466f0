// Creates and edits dossiers as fast as it can and prints each committed id on its own line,
// until it is killed. CrashTest kills it with SIGKILL at random moments.
#include "common/Clock.h"
#include "domain/ProductCatalogue.h"
#include "service/DossierService.h"
#include "storage/Database.h"
#include "support/Samples.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>

using namespace guichet;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=false\nguichet.*.info=false"));
    if (argc != 2) {
        std::fprintf(stderr, "usage: guichet_crash_writer DATABASE_URL\n");
        return 2;
    }
    auto config = DatabaseConfig::fromUrl(QString::fromLocal8Bit(argv[1]));
    if (!config) {
        return 2;
    }
    auto db = Database::open(*config);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    SystemClock clock;
    DossierService service(**db, clock, ProductCatalogue::builtIn(),
                           {QStringLiteral("crash-writer"), QStringLiteral("Crash writer")});
    for (int n = 0;; ++n) {
        auto created = service.create(test::sampleDossier(
            QStringLiteral("Crash"), QStringLiteral("Writer%1").arg(QChar(u'A' + n % 26))));
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return 1;
        }
        auto moved =
            service.changeStatus(created->id, created->version, DossierStatus::ReadyForMeeting, {});
        if (!moved) {
            std::fprintf(stderr, "%s\n", qPrintable(moved.error().message));
            return 1;
        }
        // Printed only after both commits: every id printed must survive the kill.
        std::printf("%lld\n", static_cast<long long>(created->id));
        std::fflush(stdout);
    }
}
