#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "common/WorkstationSettings.h"
#include "documents/CertifiedCopyService.h"
#include "documents/DocumentService.h"
#include "security/EncryptionService.h"
#include "security/PassphraseInput.h"
#include "service/DossierService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {
namespace {

class DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(DocumentCommand)
public:
    explicit DocumentCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);

private:
    int import(QCommandLineParser& parser, const QStringList& arguments);
    int list(QCommandLineParser& parser, const QStringList& arguments);
    int exportDocument(QCommandLineParser& parser, const QStringList& arguments);
    int verify(QCommandLineParser& parser, const QStringList& arguments);
    int certify(QCommandLineParser& parser, const QStringList& arguments);

    std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments);
    // Opens the database, the master key and the document service, or says why not.
    std::optional<int> open(const QCommandLineParser& parser, qint64 maxBytes = 0);
    QJsonObject toJson(const DocumentInfo& d) const;

    CliContext& m_cx;
    const QCommandLineOption m_json{QStringLiteral("json"), tr("Write JSON for programs.")};
    const QCommandLineOption m_passphraseFd = CliContext::passphraseFdOption();
    std::unique_ptr<EncryptionService> m_encryption;
    std::unique_ptr<DocumentService> m_documents;
};

std::optional<qint64> positiveNumber(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value > 0 ? std::optional(value) : std::nullopt;
}

int DocumentCommand::run(const QStringList& arguments)
{
    QStringList types;
    for (DocumentType type : DocumentTypes::all()) {
        types.append(DocumentTypes::key(type));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Captured documents, stored encrypted.\n\nCommands:\n"
           "  import --dossier ID --type TYPE [--paper-date YYYY-MM-DD] FILE\n"
           "                          store a PDF, JPEG, PNG or TIFF file (recognised by content)\n"
           "  list --dossier ID       list a dossier's documents\n"
           "  export DOC_ID --out FILE [--pdf]   decrypt a document to a file\n"
           "  verify DOC_ID|--all     decrypt and re-hash, reporting any alteration\n"
           "  certify DOC_ID --out FILE.pdf [--certifier NAME] [--date YYYY-MM-DD]\n"
           "                          write a copy stamped \"Copie conforme à l'original\"\n\n"
           "Types: %1")
            .arg(types.join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("import, list, export, verify or certify"));
    return m_cx.dispatch(
        parser, arguments,
        {{QStringLiteral("import"), [&] { return import(parser, arguments); }},
         {QStringLiteral("list"), [&] { return list(parser, arguments); }},
         {QStringLiteral("export"), [&] { return exportDocument(parser, arguments); }},
         {QStringLiteral("verify"), [&] { return verify(parser, arguments); }},
         {QStringLiteral("certify"), [&] { return certify(parser, arguments); }}});
}

std::optional<int> DocumentCommand::parse(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addOption(m_passphraseFd);
    return m_cx.parse(parser, arguments);
}

std::optional<int> DocumentCommand::open(const QCommandLineParser& parser, qint64 maxBytes)
{
    if (const auto stop = m_cx.openEncryption(parser, m_passphraseFd, m_encryption)) {
        return stop;
    }
    DossierService* service = m_cx.service(); // opened by openEncryption
    DocumentLimits limits;
    // The workstation's limit, unless the command names another.
    limits.maxFileBytes = qint64(WorkstationSettings().documentImportLimitMiB()) * 1024 * 1024;
    if (maxBytes > 0) {
        limits.maxFileBytes = maxBytes;
    }
    m_documents = std::make_unique<DocumentService>(service->database(), service->clock(),
                                                    *m_encryption, service->actor(), limits);
    return std::nullopt;
}

QJsonObject DocumentCommand::toJson(const DocumentInfo& d) const
{
    QJsonArray parts;
    for (const DocumentPart& part : d.parts) {
        parts.append(
            QJsonObject{{QStringLiteral("mime"), part.mimeType},
                        {QStringLiteral("sha256"), QString::fromLatin1(part.storedSha256.toHex())},
                        {QStringLiteral("size"), part.storedSize},
                        {QStringLiteral("original"), part.isOriginal}});
    }
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("dossier"), d.dossierId},
        {QStringLiteral("type"), DocumentTypes::key(d.type)},
        {QStringLiteral("typeName"), DocumentTypes::displayName(d.type)},
        {QStringLiteral("source"), d.source},
        {QStringLiteral("mime"), d.mimeType},
        {QStringLiteral("pages"), d.pageCount},
        {QStringLiteral("paperDate"),
         d.paperDate ? QJsonValue(d.paperDate->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("sha256"), QString::fromLatin1(d.sha256.toHex())},
        {QStringLiteral("size"), d.size},
        {QStringLiteral("capturedBy"), d.capturedBy},
        {QStringLiteral("capturedAt"), d.capturedAtUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("reencoded"), d.reencoded()},
        {QStringLiteral("parts"), parts}};
}

int DocumentCommand::import(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption dossier(QStringLiteral("dossier"), tr("Dossier number."), tr("id"));
    const QCommandLineOption type(QStringLiteral("type"), tr("Document type (see above)."),
                                  tr("type"));
    const QCommandLineOption paperDate(QStringLiteral("paper-date"),
                                       tr("Date printed on the paper (required for kbis and "
                                          "mandate)."),
                                       tr("YYYY-MM-DD"));
    const QCommandLineOption maxSize(
        QStringLiteral("max-size-mib"),
        tr("Largest file accepted (default: the workstation's limit, 50 "
           "unless set)."),
        tr("MiB"));
    parser.addOptions({dossier, type, paperDate, maxSize, m_json});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to import."));
    if (const auto early = parse(parser, arguments)) {
        return *early;
    }
    DocumentRequest request;
    const auto dossierId = positiveNumber(parser.value(dossier));
    const auto documentType = DocumentTypes::fromKey(parser.value(type));
    const QString file = parser.positionalArguments().value(1);
    if (!dossierId || !documentType || file.isEmpty() || parser.positionalArguments().size() != 2) {
        return m_cx.usage(tr("document import --dossier ID --type TYPE [--paper-date "
                             "YYYY-MM-DD] FILE"));
    }
    request.dossierId = *dossierId;
    request.type = *documentType;
    if (parser.isSet(paperDate)) {
        request.paperDate = QDate::fromString(parser.value(paperDate), Qt::ISODate);
        if (!request.paperDate->isValid()) {
            return m_cx.usage(tr("--paper-date needs a date as YYYY-MM-DD."));
        }
    }
    qint64 maxBytes = 0;
    if (parser.isSet(maxSize)) {
        const auto mib = positiveNumber(parser.value(maxSize));
        if (!mib) {
            return m_cx.usage(tr("--max-size-mib needs a positive number."));
        }
        maxBytes = *mib * 1024 * 1024;
    }
    if (const auto early = open(parser, maxBytes)) {
        return *early;
    }
    auto stored = m_documents->importFile(request, file);
    if (!stored) {
        return m_cx.fail(stored.error());
    }
    if (parser.isSet(m_json)) {
        m_cx.out() << QJsonDocument(toJson(*stored)).toJson(QJsonDocument::Indented);
    } else {
        m_cx.out() << stored->id << Qt::endl;
    }
    return ExitOk;
}

int DocumentCommand::list(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption dossier(QStringLiteral("dossier"), tr("Dossier number."), tr("id"));
    parser.addOptions({dossier, m_json});
    if (const auto early = parse(parser, arguments)) {
        return *early;
    }
    const auto dossierId = positiveNumber(parser.value(dossier));
    if (!dossierId) {
        return m_cx.usage(tr("document list --dossier ID"));
    }
    // Listing reads metadata only: no master key needed.
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    DocumentRepository repository(service->database());
    auto documents = repository.forDossier(*dossierId);
    if (!documents) {
        return m_cx.fail(documents.error());
    }
    if (parser.isSet(m_json)) {
        QJsonArray array;
        for (const DocumentInfo& d : std::as_const(*documents)) {
            array.append(toJson(d));
        }
        m_cx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const DocumentInfo& d : std::as_const(*documents)) {
        m_cx.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
                          .arg(d.id)
                          .arg(DocumentTypes::key(d.type), tr("%n page(s)", "", d.pageCount),
                               d.mimeType,
                               d.paperDate ? d.paperDate->toString(Qt::ISODate)
                                           : QStringLiteral("-"),
                               QString::fromLatin1(d.sha256.toHex()),
                               d.capturedAtUtc.toString(Qt::ISODate), d.capturedBy)
                   << Qt::endl;
    }
    return ExitOk;
}

int DocumentCommand::exportDocument(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption out(QStringLiteral("out"), tr("File to write."), tr("file"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 tr("Write the pages as one PDF (image documents)."));
    parser.addOptions({out, pdf});
    parser.addPositionalArgument(QStringLiteral("id"), tr("Document number."));
    if (const auto early = parse(parser, arguments)) {
        return *early;
    }
    const auto id = positiveNumber(parser.positionalArguments().value(1));
    if (!id || parser.value(out).isEmpty()) {
        return m_cx.usage(tr("document export DOC_ID --out FILE [--pdf]"));
    }
    if (const auto early = open(parser)) {
        return *early;
    }
    if (Status done =
            m_documents->exportTo(*id, parser.value(out),
                                  parser.isSet(pdf) ? DocumentService::ExportFormat::Pdf
                                                    : DocumentService::ExportFormat::AsStored);
        !done) {
        return m_cx.fail(done.error());
    }
    return ExitOk;
}

int DocumentCommand::verify(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption all(QStringLiteral("all"), tr("Verify every stored document."));
    parser.addOptions({all, m_json});
    parser.addPositionalArgument(QStringLiteral("id"), tr("Document number."));
    if (const auto early = parse(parser, arguments)) {
        return *early;
    }
    const auto id = positiveNumber(parser.positionalArguments().value(1));
    if (id.has_value() == parser.isSet(all)) {
        return m_cx.usage(tr("document verify DOC_ID|--all"));
    }
    if (const auto early = open(parser)) {
        return *early;
    }
    QList<DocumentCheck> checks;
    if (id) {
        checks.append(m_documents->verify(*id));
    } else {
        auto every = m_documents->verifyAll();
        if (!every) {
            return m_cx.fail(every.error());
        }
        checks = *every;
    }
    bool intact = true;
    QJsonArray array;
    for (const DocumentCheck& check : std::as_const(checks)) {
        intact = intact && check.intact;
        array.append(QJsonObject{{QStringLiteral("id"), check.documentId},
                                 {QStringLiteral("intact"), check.intact},
                                 {QStringLiteral("problem"), check.problem}});
        if (!parser.isSet(m_json)) {
            (check.intact ? m_cx.out() : m_cx.err())
                << (check.intact ? tr("%1\tintact").arg(check.documentId)
                                 : tr("%1\tALTERED OR UNREADABLE: %2")
                                       .arg(QString::number(check.documentId), check.problem))
                << Qt::endl;
        }
    }
    if (parser.isSet(m_json)) {
        m_cx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    return intact ? ExitOk : ExitRefused;
}

int DocumentCommand::certify(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption out(QStringLiteral("out"), tr("PDF file to write."), tr("file"));
    const QCommandLineOption certifier(QStringLiteral("certifier"),
                                       tr("Name printed on the stamp (default: the operator)."),
                                       tr("name"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("Date printed on the stamp (default: today)."),
                                  tr("YYYY-MM-DD"));
    parser.addOptions({out, certifier, date});
    parser.addPositionalArgument(QStringLiteral("id"), tr("Document number."));
    if (const auto early = parse(parser, arguments)) {
        return *early;
    }
    const auto id = positiveNumber(parser.positionalArguments().value(1));
    if (!id || parser.value(out).isEmpty() || parser.positionalArguments().size() != 2) {
        return m_cx.usage(tr("document certify DOC_ID --out FILE.pdf [--certifier NAME] "
                             "[--date YYYY-MM-DD]"));
    }
    std::optional<QDate> stampDate;
    if (parser.isSet(date)) {
        stampDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!stampDate->isValid()) {
            return m_cx.usage(tr("--date needs a date as YYYY-MM-DD."));
        }
    }
    if (parser.isSet(certifier) && parser.value(certifier).trimmed().isEmpty()) {
        return m_cx.usage(tr("--certifier needs a name."));
    }
    if (const auto early = open(parser)) {
        return *early;
    }
    DossierService* service = m_cx.service();
    const Certification certification{
        parser.isSet(certifier) ? parser.value(certifier).trimmed() : service->actor().displayName,
        stampDate.value_or(service->clock().nowUtc().toLocalTime().date())};
    CertifiedCopyService copies(service->database(), service->clock(), *m_documents,
                                service->actor());
    if (Status done = copies.certifyTo(*id, certification, parser.value(out)); !done) {
        return m_cx.fail(done.error());
    }
    return ExitOk;
}

} // namespace

int runDocumentCommand(CliContext& context, const QStringList& arguments)
{
    return DocumentCommand(context).run(arguments);
}

} // namespace guichet
