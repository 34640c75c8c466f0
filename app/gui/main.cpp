// guichet: the window face of Guichet. Wiring only; the work is in core and ui.
#include "MainWindow.h"
#include "ca/outbox/OutboxSender.h"
#include "common/Clock.h"
#include "common/Localisation.h"
#include "common/WorkstationSettings.h"
#include "desk/DeskCaPlan.h"
#include "desk/DeskServices.h"
#include "domain/ProductCatalogue.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "meeting/MeetingWorker.h"
#include "operators/CardLogin.h"
#include "operators/TrainingOperatorCard.h"
#include "scan/ScanWorker.h"
#include "security/EncryptionService.h"
#include "security/MasterKeyUnlock.h"
#include "security/PassphrasePrompt.h"
#include "service/DossierWorker.h"
#include "session/LoginDialog.h"
#include "session/SessionWorker.h"
#include "smartcard/ReaderMonitor.h"
#include "token/Pkcs11Module.h"
#include "token/TokenService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QMessageBox>
#include <cstdio>
#include <future>

using namespace guichet;

namespace {

// Counts the services still starting, and at exit waits (bounded) until they have answered.
class StartupTracker {
public:
    // Settled at the first of the signals given.
    template <typename Sender, typename... Signals>
    void expect(Sender* sender, Signals... settledBy)
    {
        auto pending = std::make_shared<bool>(true);
        ++m_pending;
        const auto settle = [this, pending] {
            if (std::exchange(*pending, false)) {
                --m_pending;
            }
        };
        (QObject::connect(sender, settledBy, &m_context, settle), ...);
    }
    void waitUntilSettled()
    {
        QDeadlineTimer deadline(30000);
        while (m_pending > 0 && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
    }

private:
    QObject m_context;
    int m_pending = 0;
};

class Gui {
    Q_DECLARE_TR_FUNCTIONS(Gui)
public:
    static int run(QApplication& app);
};

// The operators' cards: the configured PKCS#11 module, else SoftHSM2 in training mode (the
// training operator card), else the first module registered with p11-kit.
QString operatorCardModule(const WorkstationSettings& settings)
{
    if (const QString chosen = settings.operatorCardModule(); !chosen.isEmpty()) {
        return chosen;
    }
    const QStringList registered = Pkcs11Module::registeredModules();
    return settings.trainingMode() || registered.isEmpty() ? Pkcs11Module::softHsmPath()
                                                           : registered.first();
}

SessionWorker::Config sessionConfig(const WorkstationSettings& settings,
                                    const DatabaseConfig& database, const Clock& clock,
                                    const ProductCatalogue& catalogue)
{
    const bool training = settings.trainingMode();
    SessionWorker::Config config;
    config.modulePath = operatorCardModule(settings);
    config.database = database;
    config.trustAnchors = [training](Database& db) {
        return CardLogin::workstationTrustAnchors(db, training);
    };
    if (training) {
        // The first operator of a training workstation: a SoftHSM2 card from the training
        // CA, registered as the bootstrap supervisor (OperatorService).
        config.trainingCard = [&clock, &catalogue](const Pkcs11Module& module, Database& db,
                                                   const QString& name,
                                                   const SecretBytes& pin) -> Result<QString> {
            auto keys = MasterKeySelection::select(db, std::nullopt);
            if (!keys) {
                return keys.error();
            }
            EncryptionService encryption(std::move(keys).value());
            TrainingOperatorCard::Request request;
            request.name = name;
            request.role = OperatorRole::Supervisor;
            request.trainingDate = clock.nowUtc().date();
            auto created = TrainingOperatorCard(db, encryption, clock, catalogue)
                               .create(module, request, pin, nullptr);
            if (!created) {
                return created.error();
            }
            return created->tokenSerial;
        };
    }
    return config;
}

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

    // The start-up check proves that libraries, plugins, resources and the database driver
    // load; the devices and the CA outbox start only for a real session.
    const bool desk = !parser.isSet(checkStartup);
    const bool training = settings.trainingMode();
    SystemClock clock;
    const ProductCatalogue& catalogue = ProductCatalogue::builtIn();
    // Production mode sends to the workstation's CA profile: read on a thread of its own
    // while the operator logs in (no database call on the GUI thread).
    std::future<Result<QList<CaProfile>>> caProfiles;
    if (desk && !training) {
        caProfiles = DeskCaPlan::loadInBackground(database);
    }
    // The holders' tokens, the outbox sender and the key update's CA, made after the login.
    // Declared before the card session so that the session goes first: its logout checkpoint
    // signs on the card while the token service still has the same module open (a SoftHSM2
    // module shared by both crashed the other way round, tests/desk).
    std::unique_ptr<DeskServices> services;
    // GEN-6.5.5-04: the operator logs in with their card before any dossier is shown; the
    // window then acts as that account.
    std::unique_ptr<SessionWorker> session;
    OperatorProfile profile = settings.operatorProfile();
    profile.identity = identity;
    if (!parser.isSet(checkStartup)) {
        session = std::make_unique<SessionWorker>(
            sessionConfig(settings, database, clock, catalogue), clock);
        LoginDialog login(*session);
        if (login.exec() != QDialog::Accepted) {
            return 0;
        }
        profile = session->account().profile();
        identity = profile.identity;
    }
    DossierWorker worker(database, clock, catalogue, identity);
    if (session) {
        worker.setViewer(profile); // a Certification Agent sees its organisation's dossiers only
    }
    ReaderMonitor readers;
    // Each device and the meeting have a worker thread of their own (DESIGN.md).
    MeetingWorker meetings(database, clock, catalogue, IdentityDocumentCatalogue::builtIn(),
                           profile);
    ScanWorker scanner;
    // Identity documents and SO PINs are sealed under the workstation's master key; which
    // protection (keychain or passphrase) the database uses is read from the database.
    // A passphrase-protected key is unlocked once the window is up (PassphrasePrompt) and
    // held for this run; until then documents are refused with the reason.
    auto masterKey = std::make_shared<MasterKeyUnlock>();
    auto documentKeys = MasterKeyUnlock::factory(masterKey);
    // The holders' tokens, the outbox sender and the key update's CA (DeskServices): in
    // training mode SoftHSM2 and the embedded training CA in process; in production the
    // configured module and the workstation's CA profile, requests signed with the card.
    if (desk) {
        DeskServices::Inputs inputs;
        inputs.training = training;
        inputs.database = database;
        inputs.actor = identity;
        inputs.clock = &clock;
        inputs.holderTokenModule = settings.holderTokenModule();
        inputs.caProfileId = settings.caProfile();
        if (caProfiles.valid()) {
            inputs.profiles = caProfiles.get();
        }
        inputs.masterKey = masterKey;
        if (session) {
            inputs.operatorSigner = session->remoteSigner();
        }
        services = std::make_unique<DeskServices>(std::move(inputs));
        // Dossiers opened at this desk are for the CA its outbox sends to.
        if (!services->caProfileId().isEmpty()) {
            worker.setDefaultCaProfile(services->caProfileId());
        }
    }
    TokenService* tokens = services ? services->tokens() : nullptr;
    OutboxSender* outbox = services ? services->outbox() : nullptr;
    MainWindow::Dependencies dependencies{worker,   settings, catalogue, database,
                                          identity, language, &readers};
    dependencies.clock = &clock;
    dependencies.meetings = &meetings;
    dependencies.documentKeys = documentKeys;
    dependencies.scanner = &scanner;
    dependencies.tokens = tokens;
    dependencies.outbox = outbox;
    if (services) {
        // The key update runs on the token worker and opens its own CA connection.
        dependencies.keyUpdate = services->keyUpdate();
    }
    dependencies.session = session.get();
    dependencies.lockAfter = std::chrono::minutes(settings.sessionLockMinutes());
    MainWindow window(dependencies);
    // A logout (audited) ends this run; the next operator starts Guichet and logs in.
    QObject::connect(&window, &MainWindow::loggedOut, &window, &QWidget::close);
    window.show();
    if (services && !services->problems().isEmpty()) {
        // Production mode with a part missing: the window runs, and says what is missing.
        auto* notice = new QMessageBox(QMessageBox::Warning, tr("Guichet"),
                                       services->problems().join(u'\n'), QMessageBox::Ok, &window);
        notice->setObjectName(QStringLiteral("deskProblems"));
        notice->setAttribute(Qt::WA_DeleteOnClose);
        notice->open();
    }
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
    // The token service and the outbox read the master key while they start; they are not
    // torn down in the middle of that (the keychain call waits in a local event loop).
    StartupTracker starting;
    bool quitting = false;
    const auto startOutbox = [&] {
        if (outbox != nullptr && !quitting && !services->outboxStarted()) {
            starting.expect(outbox, &OutboxSender::queueLengthChanged, &OutboxSender::stopped);
            services->startOutbox();
        }
    };
    // The outbox starts once the master key can be had (the training CA's keys are sealed
    // under it: on a passphrase workstation, after the passphrase) and, QtKeychain not being
    // safe for two threads at once, after the token service has started.
    int outboxWaitsFor = tokens != nullptr ? 2 : 1;
    const auto outboxMayStart = [&] {
        if (--outboxWaitsFor == 0) {
            startOutbox();
        }
    };
    // Opened on the worker thread, after the window is up; `opened` brings the first page.
    worker.start();
    if (!parser.isSet(checkStartup)) {
        PassphrasePrompt::askWhenNeeded(worker, masterKey, &window, outboxMayStart);
    } else {
        outboxMayStart();
    }
    meetings.start();
    scanner.start();
    if (tokens != nullptr) {
        starting.expect(tokens, &TokenService::ready);
        QObject::connect(tokens, &TokenService::ready, &app, outboxMayStart,
                         Qt::SingleShotConnection);
        tokens->start();
    }
    readers.start(); // PC/SC on its own thread; the reader panel follows its signals
    const int status = app.exec();
    starting.waitUntilSettled();
    quitting = true;
    if (services) {
        services->stopOutbox(); // the sender closes its database on its own thread
    }
    return status;
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
