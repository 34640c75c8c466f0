// guichet-cli scan: scanning from the command line through the same worker as the window.
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "documents/DocumentService.h"
#include "scan/ScanWorker.h"
#include "security/EncryptionService.h"
#include "service/DossierService.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <csignal>

namespace guichet {
namespace {

// Ctrl+C during a scan stops the scanner (ScanWorker::cancel is one atomic store, safe in a
// signal handler).
ScanWorker* g_cancelTarget = nullptr;

extern "C" void cancelScanOnSignal(int)
{
    if (g_cancelTarget != nullptr) {
        g_cancelTarget->cancel();
    }
}

class ScanCommand {
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)
public:
    explicit ScanCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);

private:
    int devices(QCommandLineParser& parser, const QStringList& arguments);
    int scan(QCommandLineParser& parser, const QStringList& arguments);
    bool startWorker();
    // Stores what the scan produced, even when it was cancelled or failed part-way.
    int store(const DocumentRequest& request, const ScanOutcome& outcome,
              EncryptionService* encryption, bool json);
    std::optional<QString> firstDevice();

    CliContext& m_cx;
    ScanWorker m_worker;
};

template <typename R, typename Submit> R await(Submit submit)
{
    QObject receiver;
    std::optional<R> answer;
    QEventLoop loop;
    submit(&receiver, [&](R result) {
        answer = std::move(result);
        loop.quit();
    });
    if (!answer) {
        loop.exec();
    }
    return std::move(*answer);
}

bool ScanCommand::startWorker()
{
    bool ok = false;
    QEventLoop loop;
    QObject::connect(&m_worker, &ScanWorker::started, &loop, [&](bool success, const QString& why) {
        ok = success;
        if (!success) {
            m_cx.err() << why << Qt::endl;
        }
        loop.quit();
    });
    m_worker.start();
    loop.exec();
    return ok;
}

int ScanCommand::run(const QStringList& arguments)
{
    QStringList types;
    for (DocumentType type : DocumentTypes::all()) {
        types.append(DocumentTypes::key(type));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scan paper into a dossier, stored encrypted as one document.\n\nCommands:\n"
           "  devices [--json]        list the scanners\n"
           "  --dossier ID --type TYPE [--device NAME] [--adf] [--duplex]\n"
           "     [--mode color|gray|lineart] [--resolution DPI] [--paper-date YYYY-MM-DD]\n"
           "                          scan one page from the glass, or every page in the feeder\n\n"
           "Progress is written on standard error. Ctrl+C stops the scanner, or the scanner "
           "fails: the pages scanned until then are stored as one document, and the command "
           "exits with 1 (JSON: \"complete\": false).\nTypes: %1")
            .arg(types.join(QStringLiteral(", "))));
    parser.addHelpOption();
    if (arguments.value(1) == u"devices") {
        return devices(parser, arguments);
    }
    return scan(parser, arguments);
}

int ScanCommand::devices(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for programs."));
    parser.addOption(json);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    if (!startWorker()) {
        return ExitRefused;
    }
    const auto found = await<Result<QList<ScannerDevice>>>(
        [&](QObject* r, auto done) { m_worker.devices(r, done); });
    if (!found) {
        return m_cx.fail(found.error());
    }
    QJsonArray list;
    for (const ScannerDevice& d : found.value()) {
        if (parser.isSet(json)) {
            list.append(QJsonObject{{QStringLiteral("name"), d.name},
                                    {QStringLiteral("vendor"), d.vendor},
                                    {QStringLiteral("model"), d.model},
                                    {QStringLiteral("type"), d.type}});
        } else {
            m_cx.out() << d.name << '\t' << d.vendor << ' ' << d.model << Qt::endl;
        }
    }
    if (parser.isSet(json)) {
        m_cx.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
    }
    return ExitOk;
}

std::optional<QString> ScanCommand::firstDevice()
{
    const auto found = await<Result<QList<ScannerDevice>>>(
        [&](QObject* r, auto done) { m_worker.devices(r, done); });
    if (!found) {
        m_cx.fail(found.error());
        return std::nullopt;
    }
    if (found->isEmpty()) {
        m_cx.fail({ErrorCode::NotFound, tr("No scanner found. Is it connected and switched on?")});
        return std::nullopt;
    }
    return found->first().name;
}

int ScanCommand::scan(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption dossier(QStringLiteral("dossier"), tr("Dossier number."), tr("id"));
    const QCommandLineOption type(QStringLiteral("type"), tr("Document type (see above)."),
                                  tr("type"));
    const QCommandLineOption device(QStringLiteral("device"),
                                    tr("Scanner (see \"scan devices\"; default: the first)."),
                                    tr("name"));
    const QCommandLineOption adf(QStringLiteral("adf"), tr("Scan every page in the feeder."));
    const QCommandLineOption duplex(QStringLiteral("duplex"),
                                    tr("Scan both sides of every page in the feeder."));
    const QCommandLineOption mode(QStringLiteral("mode"), tr("color (default), gray or lineart."),
                                  tr("mode"), QStringLiteral("color"));
    const QCommandLineOption resolution(QStringLiteral("resolution"),
                                        tr("Dots per inch (default 300)."), tr("dpi"),
                                        QStringLiteral("300"));
    const QCommandLineOption paperDate(QStringLiteral("paper-date"),
                                       tr("Date printed on the paper (required for kbis and "
                                          "mandate)."),
                                       tr("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for programs."));
    const QCommandLineOption passphraseFd = CliContext::passphraseFdOption();
    parser.addOptions(
        {dossier, type, device, adf, duplex, mode, resolution, paperDate, json, passphraseFd});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const QString usageLine = tr("scan --dossier ID --type TYPE [--device NAME] [--adf] "
                                 "[--duplex] [--mode color|gray|lineart] [--resolution DPI] "
                                 "[--paper-date YYYY-MM-DD]");
    bool ok = false;
    DocumentRequest request;
    request.dossierId = parser.value(dossier).toLongLong(&ok);
    const auto documentType = DocumentTypes::fromKey(parser.value(type));
    if (!ok || request.dossierId <= 0 || !documentType || !parser.positionalArguments().isEmpty()) {
        return m_cx.usage(usageLine);
    }
    request.type = *documentType;
    ScanSettings settings;
    settings.resolution = parser.value(resolution).toInt(&ok);
    if (!ok || settings.resolution <= 0) {
        return m_cx.usage(tr("--resolution needs a positive number of dots per inch."));
    }
    const QHash<QString, ColourMode> modes{{QStringLiteral("color"), ColourMode::Colour},
                                           {QStringLiteral("gray"), ColourMode::Grey},
                                           {QStringLiteral("lineart"), ColourMode::Lineart}};
    if (!modes.contains(parser.value(mode))) {
        return m_cx.usage(tr("--mode is color, gray or lineart."));
    }
    settings.mode = modes.value(parser.value(mode));
    settings.source = parser.isSet(duplex) ? ScanSource::FeederDuplex
                      : parser.isSet(adf)  ? ScanSource::Feeder
                                           : ScanSource::Flatbed;
    if (parser.isSet(paperDate)) {
        request.paperDate = QDate::fromString(parser.value(paperDate), Qt::ISODate);
        if (!request.paperDate->isValid()) {
            return m_cx.usage(tr("--paper-date needs a date as YYYY-MM-DD."));
        }
    }
    // The master key first: no paper is scanned for nothing.
    std::unique_ptr<EncryptionService> encryption;
    if (const auto stop = m_cx.openEncryption(parser, passphraseFd, encryption)) {
        return *stop;
    }
    if (Status ready = encryption->ensureReady(); !ready) {
        return m_cx.fail(ready.error());
    }
    if (!startWorker()) {
        return ExitRefused;
    }
    if (parser.isSet(device)) {
        settings.device = parser.value(device);
    } else if (const auto first = firstDevice()) {
        settings.device = *first;
    } else {
        return ExitRefused;
    }
    QObject sink;
    QObject::connect(&m_worker, &ScanWorker::pageScanned, &sink, [this](int page, const QImage&) {
        m_cx.err() << tr("Page %1 scanned.").arg(page) << Qt::endl;
    });
    // Ctrl+C stops the scanner; the handler stays until the pages are stored, so that a second
    // Ctrl+C cannot kill the process half-way through (the transaction would roll back, but
    // the operator was told the pages are being kept).
    g_cancelTarget = &m_worker;
    const auto previous = std::signal(SIGINT, cancelScanOnSignal);
    const ScanOutcome outcome =
        await<ScanOutcome>([&](QObject* r, auto done) { m_worker.scan(r, settings, done); });
    const int exitCode = store(request, outcome, encryption.get(), parser.isSet(json));
    std::signal(SIGINT, previous);
    g_cancelTarget = nullptr;
    return exitCode;
}

int ScanCommand::store(const DocumentRequest& request, const ScanOutcome& outcome,
                       EncryptionService* encryption, bool json)
{
    const int scanned = int(outcome.pages.size());
    if (scanned == 0) {
        if (outcome.cancelled) {
            m_cx.err() << tr("Cancelled before the first page: nothing stored.") << Qt::endl;
            return ExitRefused;
        }
        return outcome.error ? m_cx.fail(*outcome.error) : ExitRefused;
    }
    // Pages that arrived before a Ctrl+C or a fault are kept (issue 4): storing them is what
    // the operator would otherwise have to scan again; they say whether the document is whole.
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    DocumentService documents(service->database(), service->clock(), *encryption, service->actor());
    auto stored = documents.addScannedPages(request, outcome.pages);
    if (!stored) {
        if (!outcome.ok()) {
            m_cx.err() << tr("%n page(s) scanned could not be stored.", nullptr, scanned)
                       << Qt::endl;
        }
        return m_cx.fail(stored.error());
    }
    if (json) {
        QJsonObject answer{{QStringLiteral("id"), stored->id},
                           {QStringLiteral("dossier"), stored->dossierId},
                           {QStringLiteral("pages"), stored->pageCount},
                           {QStringLiteral("mime"), stored->mimeType},
                           {QStringLiteral("size"), stored->size},
                           {QStringLiteral("complete"), outcome.ok()}};
        if (outcome.cancelled) {
            answer.insert(QStringLiteral("interrupted"), true);
        }
        if (outcome.error) {
            answer.insert(QStringLiteral("error"), outcome.error->message);
        }
        m_cx.out() << QJsonDocument(answer).toJson(QJsonDocument::Indented);
    } else {
        m_cx.out() << stored->id << Qt::endl;
    }
    if (outcome.cancelled) {
        m_cx.err() << tr("Interrupted: the %n page(s) scanned before Ctrl+C were stored as "
                         "document %1. Check whether it is complete; scan the rest as another "
                         "document if needed.",
                         nullptr, scanned)
                          .arg(stored->id)
                   << Qt::endl;
        return ExitRefused;
    }
    if (outcome.error) {
        m_cx.err() << tr("The %n page(s) scanned before the fault were stored as document %1; "
                         "scan the rest as another document.",
                         nullptr, scanned)
                          .arg(stored->id)
                   << Qt::endl;
        return m_cx.fail(*outcome.error);
    }
    return ExitOk;
}

} // namespace

int runScanCommand(CliContext& context, const QStringList& arguments)
{
    return ScanCommand(context).run(arguments);
}

} // namespace guichet
