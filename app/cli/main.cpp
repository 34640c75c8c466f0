// guichet-cli: the command-line face of Guichet. Wiring only; the work is in core.
#include "about/SoftwareVersions.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "common/Localisation.h"
#include "common/WorkstationSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <memory>

using namespace guichet;

namespace {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int run(QCoreApplication& app);
};

int Cli::run(QCoreApplication& app)
{
    WorkstationSettings settings;
    installTranslations(app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Guichet: registration-authority workstation, command line.\n\nCommands:\n"
        "  dossier list|show|create|update|set-status    registration files\n"
        "  dossier checklist ID                          the product's rules, met or not\n"
        "  meeting show|set|record|verify ID             the face-to-face meeting\n"
        "  audit verify|export|checkpoint                the audit trail and its signed "
        "checkpoints\n"
        "  mrz check                                     check an MRZ read on standard input\n"
        "  org check VALUE                               check a SIREN, SIRET, VAT or RNA number\n"
        "  document import|list|export|verify            captured documents, stored encrypted\n"
        "  scan devices | scan --dossier ID --type T     scan paper into a dossier (SANE)\n"
        "  retention purge [--dry-run]                   delete what the retention period ended\n"
        "  keychain status|use-passphrase|change-passphrase   the documents' master key\n"
        "  ca profile import|list|show, serve-training   CA profiles, the training CA over CMP\n"
        "  ca enroll|revoke --dossier ID                 queue a request to the dossier's CA\n"
        "  ca renew --certificate FILE [--key-update]      renewal: key update or a new meeting\n"
        "  outbox list|retry|cancel|send                 requests to CAs, sent in the background\n"
        "  readers [--watch SECONDS] [--json]            smart card readers and cards, live\n"
        "  form render|sign|verify ID                    the intervention form, signed by the "
        "operator\n"
        "  evidence export|verify|submit                 signed evidence packages (ASiC-E)\n"
        "  post send|received|list ID                    originals sent to the CA by post\n"
        "  token list|inspect|personalise|import-cert|write-certificate|change-pin|unblock\n"
        "                                                PKCS#11 tokens\n"
        "  operator list|show|add|set-role|set-training|deactivate|training-card|whoami   "
        "operator accounts and cards\n\n"
        "Run \"guichet-cli COMMAND --help\" for the options of a command.\n"
        "Exit codes: 0 success, 1 operation refused (reason on stderr), 2 usage error."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("Database: a SQLite file path or "
                                   "postgresql://user@host:port/name. Default: the "
                                   "workstation's setting, else the embedded SQLite file."),
                                tr("url"));
    const QCommandLineOption actor(QStringLiteral("operator"),
                                   tr("Operator recorded in history and audit (default: the "
                                      "workstation's setting, else the system user)."),
                                   tr("name"));
    parser.addOptions({db, actor});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("a command group, from the list above"));
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << tr("guichet-cli: %1").arg(parser.errorText()) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream version(stdout);
        version << QStringLiteral("guichet-cli %1").arg(app.applicationVersion()) << Qt::endl;
        for (const ComponentVersion& library : SoftwareVersions::libraries()) {
            version << SoftwareVersions::describe(library) << Qt::endl;
        }
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        QTextStream(positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? stderr : stdout)
            << parser.helpText();
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    }

    DatabaseConfig database = settings.database();
    if (parser.isSet(db)) {
        auto chosen = DatabaseConfig::fromUrl(parser.value(db));
        if (!chosen) {
            QTextStream(stderr) << tr("guichet-cli: %1").arg(chosen.error().message) << Qt::endl;
            return ExitUsage;
        }
        database = *chosen;
    }
    OperatorIdentity identity = settings.operatorIdentity();
    if (parser.isSet(actor)) {
        identity = {parser.value(actor), parser.value(actor)};
    }
    CliContext context(database, identity);
    const QString group = positional.first();
    if (group == u"dossier") {
        return runDossierCommand(context, positional);
    }
    if (group == u"audit") {
        return runAuditCommand(context, positional);
    }
    if (group == u"mrz") {
        return runMrzCommand(context, positional);
    }
    if (group == u"org") {
        return runOrgCommand(context, positional);
    }
    if (group == u"document") {
        return runDocumentCommand(context, positional);
    }
    if (group == u"scan") {
        return runScanCommand(context, positional);
    }
    if (group == u"retention") {
        return runRetentionCommand(context, positional);
    }
    if (group == u"keychain") {
        return runKeychainCommand(context, positional);
    }
    if (group == u"ca") {
        return runCaCommand(context, positional);
    }
    if (group == u"outbox") {
        return runOutboxCommand(context, positional);
    }
    if (group == u"readers") {
        return runReaderCommand(context, positional);
    }
    if (group == u"token") {
        return runTokenCommand(context, positional);
    }
    if (group == u"operator") {
        return runOperatorCommand(context, positional);
    }
    if (group == u"form") {
        return runFormCommand(context, positional);
    }
    if (group == u"evidence") {
        return runEvidenceCommand(context, positional);
    }
    if (group == u"post") {
        return runPostCommand(context, positional);
    }
    if (group == u"meeting") {
        return runMeetingCommand(context, positional);
    }
    return context.usage(tr("unknown command \"%1\".").arg(group));
}

} // namespace

int main(int argc, char* argv[])
{
    // A command line never shows a window; the form's text needs a GUI application object.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const bool needsGui = formCommandNeedsGui(argc, argv) || evidenceCommandNeedsGui(argc, argv);
    std::unique_ptr<QCoreApplication> application =
        needsGui ? std::make_unique<QGuiApplication>(argc, argv)
                 : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    // Output is for the user; diagnostics stay quiet unless QT_LOGGING_RULES asks for them.
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=false\nguichet.*.info=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("Guichet"));
    QCoreApplication::setApplicationName(QStringLiteral("guichet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    return Cli::run(app);
}
