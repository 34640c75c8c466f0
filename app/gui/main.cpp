// guichet: the window face of Guichet. Wiring only; the work is in core and ui.
#include "MainWindow.h"
#include "common/Clock.h"
#include "common/Localisation.h"
#include "common/WorkstationSettings.h"
#include "domain/ProductCatalogue.h"
#include "service/DossierWorker.h"
#include "smartcard/ReaderMonitor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>

using namespace guichet;

namespace {

class Gui {
    Q_DECLARE_TR_FUNCTIONS(Gui)
public:
    static int run(QApplication& app);
};

int Gui::run(QApplication& app)
{
    WorkstationSettings settings;
    const QString language = installTranslations(app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Guichet: registration-authority workstation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("Database for this run: a SQLite file path or "
                                   "postgresql://user@host:port/name. Default: the "
                                   "workstation's setting, else the embedded SQLite file."),
                                tr("url"));
    const QCommandLineOption actor(QStringLiteral("operator"),
                                   tr("Operator recorded in history and audit for this run "
                                      "(default: the workstation's setting, else the system "
                                      "user)."),
                                   tr("name"));
    parser.addOptions({db, actor});
    parser.process(app); // --help, --version and unknown options end here

    DatabaseConfig database = settings.database();
    if (parser.isSet(db)) {
        auto chosen = DatabaseConfig::fromUrl(parser.value(db));
        if (!chosen) {
            QMessageBox::critical(nullptr, tr("Guichet"), chosen.error().message);
            return 2;
        }
        database = *chosen;
    }
    OperatorIdentity identity = settings.operatorIdentity();
    if (parser.isSet(actor)) {
        identity = {parser.value(actor), parser.value(actor)};
    }

    SystemClock clock;
    const ProductCatalogue& catalogue = ProductCatalogue::builtIn();
    DossierWorker worker(database, clock, catalogue, identity);
    ReaderMonitor readers;
    MainWindow window({worker, settings, catalogue, database, identity, language, &readers});
    window.show();
    // Opened on the worker thread, after the window is up; `opened` brings the first page.
    worker.start();
    readers.start(); // PC/SC on its own thread; the reader panel follows its signals
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Diagnostics for maintainers stay quiet unless QT_LOGGING_RULES asks for them.
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=false"));
    QApplication::setOrganizationName(QStringLiteral("Guichet"));
    QApplication::setApplicationName(QStringLiteral("guichet"));
    QApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    return Gui::run(app);
}
