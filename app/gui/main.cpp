// guichet: the window face of Guichet. Wiring only; the work is in core and ui.
#include "MainWindow.h"
#include "common/Clock.h"
#include "common/Localisation.h"
#include "common/WorkstationSettings.h"
#include "domain/ProductCatalogue.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "meeting/MeetingWorker.h"
#include "scan/ScanWorker.h"
#include "security/EncryptionService.h"
#include "security/KeychainMasterKeySource.h"
#include "service/DossierWorker.h"
#include "smartcard/ReaderMonitor.h"
#include "token/Pkcs11Module.h"
#include "token/TokenService.h"
#include "token/TrainingIssuer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
#include <cstdio>

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
    // For installers and the clean-machine packaging test: proves that the libraries, the
    // platform plugin, the resources and the database driver load, then leaves (0, else 1).
    const QCommandLineOption checkStartup(QStringLiteral("check-startup"),
                                          tr("Open the main window and the database, then quit "
                                             "(a start-up check for installers and tests)."));
    parser.addOptions({db, actor, checkStartup});
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
    // Each device and the meeting have a worker thread of their own (DESIGN.md).
    OperatorProfile profile = settings.operatorProfile();
    profile.identity = identity;
    MeetingWorker meetings(database, clock, catalogue, IdentityDocumentCatalogue::builtIn(),
                           profile);
    ScanWorker scanner;
    // Identity documents and SO PINs are sealed under the workstation's master key; which
    // protection (keychain or passphrase) the database uses is read from the database.
    auto documentKeys = [](Database& connection) {
        return MasterKeySelection::select(connection, std::nullopt);
    };
    // Training mode personalises SoftHSM2 tokens with certificates from the training CA.
    std::unique_ptr<TokenService> tokens;
    if (settings.trainingMode()) {
        tokens = std::make_unique<TokenService>(
            Pkcs11Module::softHsmPath(),
            TokenService::Storage{database,
                                  [] { return std::make_unique<KeychainMasterKeySource>(); },
                                  identity.id, trainingCaIssuerFactory(catalogue)},
            clock, nullptr);
    }
    MainWindow::Dependencies dependencies{worker,   settings, catalogue, database,
                                          identity, language, &readers};
    dependencies.clock = &clock;
    dependencies.meetings = &meetings;
    dependencies.documentKeys = documentKeys;
    dependencies.scanner = &scanner;
    dependencies.tokens = tokens.get();
    MainWindow window(dependencies);
    window.show();
    if (parser.isSet(checkStartup)) {
        // Leave once the database has opened on the worker thread (the SQL driver loaded).
        QObject::connect(
            &worker, &DossierWorker::opened, &app, [&app](bool ok, const QString& message) {
                if (!ok) {
                    std::fputs(qPrintable(tr("Start-up check failed: %1\n").arg(message)), stderr);
                }
                app.exit(ok ? 0 : 1);
            });
    }
    // Opened on the worker thread, after the window is up; `opened` brings the first page.
    worker.start();
    meetings.start();
    scanner.start();
    if (tokens) {
        tokens->start();
    }
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
