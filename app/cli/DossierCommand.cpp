#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "domain/DossierJson.h"
#include "service/DossierService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace guichet {
namespace {

class DossierCommand {
    Q_DECLARE_TR_FUNCTIONS(DossierCommand)
public:
    explicit DossierCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);

private:
    int list(QCommandLineParser& parser, const QStringList& arguments);
    int show(QCommandLineParser& parser, const QStringList& arguments);
    int createOrUpdate(QCommandLineParser& parser, const QStringList& arguments, bool create);
    int setStatus(QCommandLineParser& parser, const QStringList& arguments);

    void addFieldOptions(QCommandLineParser& parser);
    Status readFields(const QCommandLineParser& parser, Dossier& into);
    void printDossier(const Dossier& dossier, bool json);
    std::optional<qint64> dossierId(const QString& text);

    CliContext& m_cx;
    const QCommandLineOption m_json{QStringLiteral("json"), tr("Write JSON for programs.")};
};

struct FieldOption {
    const char* name;
    const char* jsonPath; // "holder.email"
    const char* help;
};

// Options that set dossier fields, named like the JSON keys.
const FieldOption kFieldOptions[] = {
    {"order-ref", "orderReference", QT_TRANSLATE_NOOP("DossierCommand", "CA order reference.")},
    {"product", "productId",
     QT_TRANSLATE_NOOP("DossierCommand", "Product identifier (see the catalogue).")},
    {"usage", "usage",
     QT_TRANSLATE_NOOP("DossierCommand", "Certificate usage the product allows.")},
    {"use-case", "useCaseId",
     QT_TRANSLATE_NOOP("DossierCommand", "Use: public-tenders, siv or ssl.")},
    {"surnames", "holder.surnames",
     QT_TRANSLATE_NOOP("DossierCommand", "Holder's surnames as on the ID.")},
    {"given-names", "holder.givenNames",
     QT_TRANSLATE_NOOP("DossierCommand", "Holder's given names as on the ID.")},
    {"birth-date", "holder.birthDate",
     QT_TRANSLATE_NOOP("DossierCommand", "Holder's date of birth (YYYY-MM-DD).")},
    {"birth-place", "holder.birthPlace",
     QT_TRANSLATE_NOOP("DossierCommand", "Holder's place of birth.")},
    {"email", "holder.email", QT_TRANSLATE_NOOP("DossierCommand", "Holder's email address.")},
    {"phone", "holder.phone", QT_TRANSLATE_NOOP("DossierCommand", "Holder's phone number.")},
    {"org-name", "organisation.name", QT_TRANSLATE_NOOP("DossierCommand", "Organisation's name.")},
    {"org-legal-form", "organisation.legalForm",
     QT_TRANSLATE_NOOP("DossierCommand", "Organisation's legal form.")},
    {"org-id", "organisation.registrationId",
     QT_TRANSLATE_NOOP("DossierCommand", "Organisation's SIREN or SIRET.")},
    {"subscriber-surnames", "subscriber.surnames",
     QT_TRANSLATE_NOOP("DossierCommand", "Legal representative's surnames.")},
    {"subscriber-given-names", "subscriber.givenNames",
     QT_TRANSLATE_NOOP("DossierCommand", "Legal representative's given names.")},
    {"subscriber-title", "subscriber.title",
     QT_TRANSLATE_NOOP("DossierCommand", "Legal representative's function.")},
    {"subscriber-email", "subscriber.email",
     QT_TRANSLATE_NOOP("DossierCommand", "Legal representative's email.")},
};

void setPath(QJsonObject& root, const QString& path, const QString& value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        root.insert(path, value);
        return;
    }
    const QString head = path.left(dot);
    QJsonObject child = root.value(head).toObject();
    child.insert(path.mid(dot + 1), value);
    root.insert(head, child);
}

std::optional<DossierSortKey> sortKey(const QString& name)
{
    static const QHash<QString, DossierSortKey> keys{
        {QStringLiteral("relevance"), DossierSortKey::Relevance},
        {QStringLiteral("name"), DossierSortKey::Name},
        {QStringLiteral("order-ref"), DossierSortKey::OrderReference},
        {QStringLiteral("product"), DossierSortKey::Product},
        {QStringLiteral("status"), DossierSortKey::Status},
        {QStringLiteral("updated"), DossierSortKey::Updated}};
    const auto it = keys.constFind(name);
    return it == keys.cend() ? std::nullopt : std::optional(*it);
}

int DossierCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Registration files.\n\nCommands:\n"
           "  list        list dossiers (filter, search, sort)\n"
           "  show ID     show one dossier with its status history\n"
           "  create      create a dossier from options or --from-json\n"
           "  update ID   change fields of a dossier\n"
           "  set-status ID STATUS [--reason TEXT]   move a dossier in its lifecycle"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("list, show, create, update or set-status"));
    return m_cx.dispatch(
        parser, arguments,
        {{QStringLiteral("list"), [&] { return list(parser, arguments); }},
         {QStringLiteral("show"), [&] { return show(parser, arguments); }},
         {QStringLiteral("create"), [&] { return createOrUpdate(parser, arguments, true); }},
         {QStringLiteral("update"), [&] { return createOrUpdate(parser, arguments, false); }},
         {QStringLiteral("set-status"), [&] { return setStatus(parser, arguments); }},
         {QStringLiteral("checklist"),
          [&] { return runDossierChecklistCommand(m_cx, arguments); }}});
}

std::optional<qint64> DossierCommand::dossierId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        return std::nullopt;
    }
    return id;
}

int DossierCommand::list(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption status(QStringLiteral("status"), tr("Only dossiers in this status."),
                                    tr("status"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Name, order reference or SIRET prefix."), tr("text"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  tr("name, order-ref, product, status, updated or relevance."),
                                  tr("key"), QStringLiteral("name"));
    const QCommandLineOption descending(QStringLiteral("desc"), tr("Sort in descending order."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many dossiers."),
                                   tr("count"), QStringLiteral("100"));
    parser.addOptions({status, search, sort, descending, limit, m_json});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }

    DossierListQuery query;
    query.search = parser.value(search);
    if (parser.isSet(status)) {
        query.status = StatusMachine::fromKey(parser.value(status));
        if (!query.status) {
            return m_cx.usage(tr("unknown status \"%1\".").arg(parser.value(status)));
        }
    }
    const auto key = sortKey(parser.value(sort));
    if (!key) {
        return m_cx.usage(tr("unknown sort key \"%1\".").arg(parser.value(sort)));
    }
    query.sort = *key;
    query.order = parser.isSet(descending) ? Qt::DescendingOrder : Qt::AscendingOrder;
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (!ok || count <= 0) {
        return m_cx.usage(tr("--limit needs a positive number."));
    }
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    QList<DossierSummary> rows;
    QSet<qint64> seen;
    std::optional<PageCursor> cursor;
    while (rows.size() < count) {
        auto page = service->page(query, cursor, std::min(count, 500));
        if (!page) {
            return m_cx.fail(page.error());
        }
        for (const DossierSummary& row : std::as_const(*page)) {
            if (!seen.contains(row.id) && rows.size() < count) {
                seen.insert(row.id);
                rows.append(row);
            }
        }
        if (page->size() < std::min(count, 500)) {
            break;
        }
        cursor = page->back().cursor;
    }
    if (parser.isSet(m_json)) {
        QJsonArray array;
        for (const DossierSummary& row : std::as_const(rows)) {
            array.append(QJsonObject{
                {QStringLiteral("id"), row.id},
                {QStringLiteral("orderReference"), row.orderReference},
                {QStringLiteral("surnames"), row.holderSurnames},
                {QStringLiteral("givenNames"), row.holderGivenNames},
                {QStringLiteral("organisation"), row.organisationName},
                {QStringLiteral("registrationId"), row.registrationId},
                {QStringLiteral("productId"), row.productId},
                {QStringLiteral("status"), StatusMachine::key(row.status)},
                {QStringLiteral("updatedAt"), row.updatedAtUtc.toString(Qt::ISODateWithMs)}});
        }
        m_cx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const DossierSummary& row : std::as_const(rows)) {
        m_cx.out() << QStringLiteral("%1\t%2\t%3 %4\t%5\t%6")
                          .arg(row.id)
                          .arg(row.orderReference, row.holderSurnames, row.holderGivenNames,
                               row.productId, StatusMachine::displayName(row.status))
                   << Qt::endl;
    }
    return ExitOk;
}

void DossierCommand::printDossier(const Dossier& d, bool json)
{
    if (json) {
        m_cx.out() << QJsonDocument(DossierJson::toJson(d)).toJson(QJsonDocument::Indented);
        return;
    }
    QTextStream& out = m_cx.out();
    out << tr("Dossier %1 (version %2)").arg(d.id).arg(d.version) << Qt::endl
        << tr("  Status:          %1").arg(StatusMachine::displayName(d.status)) << Qt::endl
        << tr("  Order reference: %1").arg(d.orderReference) << Qt::endl
        << tr("  Product:         %1 (%2)").arg(d.productId, d.usage) << Qt::endl
        << tr("  Holder:          %1 %2").arg(d.holder.surnames, d.holder.givenNames) << Qt::endl
        << tr("  Born:            %1 %2")
               .arg(d.holder.birthDate.toString(Qt::ISODate), d.holder.birthPlace)
        << Qt::endl
        << tr("  Email:           %1").arg(d.holder.email) << Qt::endl;
    if (d.organisation) {
        out << tr("  Organisation:    %1 (%2)")
                   .arg(d.organisation->name, d.organisation->registrationId)
            << Qt::endl;
    }
    out << tr("  History:") << Qt::endl;
    for (const StatusChange& change : d.history) {
        out << QStringLiteral("    %1  %2  %3  %4")
                   .arg(change.atUtc.toString(Qt::ISODate), StatusMachine::displayName(change.to),
                        change.operatorId, change.reason)
            << Qt::endl;
    }
}

int DossierCommand::show(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addPositionalArgument(QStringLiteral("id"), tr("Dossier number."));
    parser.addOption(m_json);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const auto id = dossierId(parser.positionalArguments().value(1));
    if (!id) {
        return m_cx.usage(tr("give the dossier number: dossier show ID."));
    }
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    auto dossier = service->find(*id);
    if (!dossier) {
        return m_cx.fail(dossier.error());
    }
    printDossier(*dossier, parser.isSet(m_json));
    return ExitOk;
}

void DossierCommand::addFieldOptions(QCommandLineParser& parser)
{
    for (const FieldOption& field : kFieldOptions) {
        parser.addOption(
            QCommandLineOption(QString::fromLatin1(field.name), tr(field.help), tr("value")));
    }
    parser.addOption(QCommandLineOption(QStringLiteral("no-organisation"),
                                        tr("The holder does not act for an organisation.")));
    parser.addOption(QCommandLineOption(QStringLiteral("from-json"),
                                        tr("Read fields from a JSON file (- for standard input)."),
                                        tr("file")));
}

Status DossierCommand::readFields(const QCommandLineParser& parser, Dossier& into)
{
    if (parser.isSet(QStringLiteral("from-json"))) {
        const QString path = parser.value(QStringLiteral("from-json"));
        QFile file(path);
        const bool opened =
            path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
        if (!opened) {
            return Error{ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (!document.isObject()) {
            return Error{ErrorCode::InvalidInput,
                         tr("%1 is not a JSON object: %2").arg(path, error.errorString())};
        }
        if (Status merged = DossierJson::merge(document.object(), into); !merged) {
            return merged;
        }
    }
    QJsonObject fields;
    for (const FieldOption& field : kFieldOptions) {
        const QString name = QString::fromLatin1(field.name);
        if (parser.isSet(name)) {
            setPath(fields, QString::fromLatin1(field.jsonPath), parser.value(name));
        }
    }
    if (Status merged = DossierJson::merge(fields, into); !merged) {
        return merged;
    }
    if (parser.isSet(QStringLiteral("no-organisation"))) {
        into.organisation.reset();
    }
    return Status::success();
}

int DossierCommand::createOrUpdate(QCommandLineParser& parser, const QStringList& arguments,
                                   bool create)
{
    addFieldOptions(parser);
    parser.addOption(m_json);
    const QCommandLineOption expect(QStringLiteral("expect-version"),
                                    tr("Refuse if the dossier is no longer at this version."),
                                    tr("version"));
    if (!create) {
        parser.addPositionalArgument(QStringLiteral("id"), tr("Dossier number."));
        parser.addOption(expect);
    }
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    DossierService* service = nullptr;
    Dossier dossier;
    if (!create) {
        const auto id = dossierId(parser.positionalArguments().value(1));
        if (!id) {
            return m_cx.usage(tr("give the dossier number: dossier update ID."));
        }
        service = m_cx.service();
        if (service == nullptr) {
            return ExitRefused;
        }
        auto stored = service->find(*id);
        if (!stored) {
            return m_cx.fail(stored.error());
        }
        dossier = std::move(stored).value();
        if (parser.isSet(expect)) {
            dossier.version = parser.value(expect).toInt();
        }
    } else {
        dossier.holder.address.country = QStringLiteral("FR");
    }
    if (Status read = readFields(parser, dossier); !read) {
        return read.error().code == ErrorCode::Io ? m_cx.usage(read.error().message)
                                                  : m_cx.fail(read.error());
    }
    if (service == nullptr) {
        service = m_cx.service();
        if (service == nullptr) {
            return ExitRefused;
        }
    }
    auto saved = create ? service->create(dossier) : service->save(dossier);
    if (!saved) {
        return m_cx.fail(saved.error());
    }
    if (parser.isSet(m_json)) {
        printDossier(*saved, true);
    } else {
        m_cx.out() << saved->id << Qt::endl;
    }
    return ExitOk;
}

int DossierCommand::setStatus(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addPositionalArgument(QStringLiteral("id"), tr("Dossier number."));
    parser.addPositionalArgument(QStringLiteral("status"), tr("New status."));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("Why (required to cancel or for a CA rejection)."),
                                    tr("text"));
    const QCommandLineOption expect(QStringLiteral("expect-version"),
                                    tr("Refuse if the dossier is no longer at this version."),
                                    tr("version"));
    parser.addOptions({reason, expect, m_json});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const QStringList positional = parser.positionalArguments();
    const auto id = dossierId(positional.value(1));
    const auto status = StatusMachine::fromKey(positional.value(2));
    if (!id || !status) {
        QStringList keys;
        for (DossierStatus each : StatusMachine::allStatuses()) {
            keys.append(StatusMachine::key(each));
        }
        return m_cx.usage(tr("write: dossier set-status ID STATUS, where STATUS is one of %1.")
                              .arg(keys.join(QStringLiteral(", "))));
    }
    if (StatusMachine::isReachedThroughMeeting(*status)) {
        return m_cx.fail(
            {ErrorCode::Refused,
             tr("The identity is verified through the face-to-face meeting, which checks the "
                "product's rules first: guichet-cli meeting verify %1.")
                 .arg(*id)});
    }
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    int version = 0;
    if (parser.isSet(expect)) {
        version = parser.value(expect).toInt();
    } else {
        auto current = service->find(*id);
        if (!current) {
            return m_cx.fail(current.error());
        }
        version = current->version;
    }
    auto changed = service->changeStatus(*id, version, *status, parser.value(reason));
    if (!changed) {
        return m_cx.fail(changed.error());
    }
    printDossier(*changed, parser.isSet(m_json));
    return ExitOk;
}

} // namespace

int runDossierCommand(CliContext& context, const QStringList& arguments)
{
    return DossierCommand(context).run(arguments);
}

} // namespace guichet
