#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "identity/OrganisationIdentifier.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {
namespace {

using Kind = OrganisationIdentifier::Kind;

class OrgCommand {
    Q_DECLARE_TR_FUNCTIONS(OrgCommand)
public:
    explicit OrgCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);

private:
    int check(QCommandLineParser& parser, const QStringList& arguments);

    CliContext& m_cx;
};

std::optional<Kind> kindFromKey(const QString& key)
{
    for (Kind kind : {Kind::Siren, Kind::Siret, Kind::Vat, Kind::Rna}) {
        if (OrganisationIdentifier::kindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

int OrgCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Organisation identifiers.\n\nCommands:\n"
           "  check VALUE   check a SIREN, SIRET, French VAT number or RNA number\n\n"
           "Exit codes: 0 valid, 1 not valid (reason on stderr), 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("check"));
    return m_cx.dispatch(parser, arguments,
                         {{QStringLiteral("check"), [&] { return check(parser, arguments); }}});
}

int OrgCommand::check(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.setApplicationDescription(
        tr("Checks an organisation identifier, recognised by its shape: 9 digits SIREN, "
           "14 digits SIRET, FR + key + SIREN VAT number, W + 9 characters RNA number. "
           "Spaces between digit groups are allowed.\n"
           "Exit codes: 0 valid, 1 not valid (reason on stderr), 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("value"), tr("The identifier to check."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for programs."));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("Check as this kind instead of recognising it: siren, "
                                     "siret, vat or rna."),
                                  tr("kind"));
    parser.addOptions({json, kind});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    // "org check 732 829 320" is the same as "org check '732 829 320'".
    const QString value = parser.positionalArguments().mid(1).join(u' ');
    if (value.trimmed().isEmpty()) {
        return m_cx.usage(tr("give the identifier: org check VALUE."));
    }
    std::optional<Kind> chosen = OrganisationIdentifier::detect(value);
    if (parser.isSet(kind)) {
        chosen = kindFromKey(parser.value(kind));
        if (!chosen) {
            return m_cx.usage(tr("--kind is one of siren, siret, vat, rna."));
        }
    }
    const Status status = chosen ? OrganisationIdentifier::check(value, *chosen)
                                 : OrganisationIdentifier::checkAny(value);
    const QString normalised = OrganisationIdentifier::normalise(value).toUpper();
    if (parser.isSet(json)) {
        QJsonObject root{
            {QStringLiteral("input"), value},
            {QStringLiteral("value"), normalised},
            {QStringLiteral("kind"),
             chosen ? QJsonValue(OrganisationIdentifier::kindKey(*chosen)) : QJsonValue()},
            {QStringLiteral("valid"), status.ok()},
            {QStringLiteral("message"),
             status.ok() ? QJsonValue() : QJsonValue(status.error().message)}};
        if (status.ok() && (chosen == Kind::Siret || chosen == Kind::Vat)) {
            root.insert(QStringLiteral("siren"),
                        chosen == Kind::Siret ? normalised.left(9) : normalised.mid(4));
        }
        m_cx.out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (status.ok()) {
        m_cx.out() << tr("%1: valid %2.").arg(normalised, OrganisationIdentifier::kindName(*chosen))
                   << Qt::endl;
    }
    if (!status.ok()) {
        return m_cx.fail(status.error());
    }
    return ExitOk;
}

} // namespace

int runOrgCommand(CliContext& context, const QStringList& arguments)
{
    return OrgCommand(context).run(arguments);
}

} // namespace guichet
