// guichet-cli dossier checklist ID: the product's requirement rules, met or not.
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/MeetingCli.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {
namespace {

class ChecklistCommand {
    Q_DECLARE_TR_FUNCTIONS(ChecklistCommand)
public:
    explicit ChecklistCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);

private:
    static QString stateKey(const ChecklistItem& item);
    static QString stateName(const ChecklistItem& item);

    CliContext& m_cx;
};

QString ChecklistCommand::stateKey(const ChecklistItem& item)
{
    if (item.notApplicable) {
        return QStringLiteral("not-applicable");
    }
    switch (item.state) {
    case ChecklistItem::State::Satisfied:
        return QStringLiteral("satisfied");
    case ChecklistItem::State::Failed:
        return QStringLiteral("failed");
    case ChecklistItem::State::Pending:
        return QStringLiteral("pending");
    }
    return QStringLiteral("pending");
}

QString ChecklistCommand::stateName(const ChecklistItem& item)
{
    if (item.notApplicable) {
        return tr("n/a");
    }
    switch (item.state) {
    case ChecklistItem::State::Satisfied:
        return tr("met");
    case ChecklistItem::State::Failed:
        return tr("FAILED");
    case ChecklistItem::State::Pending:
        return tr("missing");
    }
    return {};
}

int ChecklistCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The product's requirement rules for the dossier, as stored now. Exit 0 when every "
           "rule is met, 1 otherwise."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for programs."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("checklist"), tr("the command"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("Dossier number."));
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&ok);
    if (!ok || id <= 0) {
        return m_cx.usage(tr("write: dossier checklist ID"));
    }
    const std::unique_ptr<MeetingService> service = openMeetingService(m_cx);
    if (!service) {
        return ExitRefused;
    }
    auto list = service->checklist(id);
    if (!list) {
        return m_cx.fail(list.error());
    }
    if (parser.isSet(json)) {
        QJsonArray items;
        for (const ChecklistItem& item : std::as_const(list->items)) {
            items.append(QJsonObject{{QStringLiteral("rule"), item.ruleId},
                                     {QStringLiteral("clause"), item.clause},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("state"), stateKey(item)},
                                     {QStringLiteral("neededForIdentity"), item.neededForIdentity},
                                     {QStringLiteral("reason"), item.reason}});
        }
        m_cx.out() << QJsonDocument(QJsonObject{{QStringLiteral("dossierId"), id},
                                                {QStringLiteral("satisfied"), list->satisfied()},
                                                {QStringLiteral("items"), items}})
                          .toJson(QJsonDocument::Indented);
    } else {
        for (const ChecklistItem& item : std::as_const(list->items)) {
            m_cx.out()
                << QStringLiteral("[%1] %2 (%3)").arg(stateName(item), item.title, item.clause)
                << Qt::endl;
            if (!item.reason.isEmpty()) {
                m_cx.out() << QStringLiteral("      ") << item.reason << Qt::endl;
            }
        }
    }
    return list->satisfied() ? ExitOk : ExitRefused;
}

} // namespace

int runDossierChecklistCommand(CliContext& context, const QStringList& arguments)
{
    return ChecklistCommand(context).run(arguments);
}

} // namespace guichet
