#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "documents/RetentionService.h"
#include "service/DossierService.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {
namespace {

class RetentionCommand {
    Q_DECLARE_TR_FUNCTIONS(RetentionCommand)
public:
    explicit RetentionCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);

private:
    int purge(QCommandLineParser& parser, const QStringList& arguments);
    static QJsonObject toJson(const RetentionCandidate& c);

    CliContext& m_cx;
};

int RetentionCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("End of retention.\n\nCommands:\n"
           "  purge [--dry-run] [--json]   delete the documents and personal data of dossiers "
           "whose retention ended (dossier number, product, history and audit trail stay)"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("purge"));
    return m_cx.dispatch(parser, arguments,
                         {{QStringLiteral("purge"), [&] { return purge(parser, arguments); }}});
}

QJsonObject RetentionCommand::toJson(const RetentionCandidate& c)
{
    QJsonObject object{{QStringLiteral("dossier"), c.dossierId},
                       {QStringLiteral("product"), c.productId},
                       {QStringLiteral("status"), StatusMachine::key(c.status)},
                       {QStringLiteral("retentionStart"), c.retentionStart.toString(Qt::ISODate)},
                       {QStringLiteral("retentionYears"), c.retentionYears},
                       {QStringLiteral("retentionEnd"), c.retentionEnd.toString(Qt::ISODate)},
                       {QStringLiteral("documents"), c.documentCount}};
    if (!c.keptBecause.isEmpty()) {
        object.insert(QStringLiteral("keptBecause"), c.keptBecause);
    }
    return object;
}

int RetentionCommand::purge(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("List what would be purged; change nothing."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for programs."));
    parser.addOptions({dryRun, json});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    const RetentionPolicy policy(service->catalogue());
    RetentionService retention(service->database(), service->clock(), policy, service->actor());
    auto report = retention.purge(parser.isSet(dryRun));
    if (!report) {
        return m_cx.fail(report.error());
    }
    if (parser.isSet(json)) {
        QJsonArray purged;
        QJsonArray kept;
        for (const RetentionCandidate& c : std::as_const(report->purged)) {
            purged.append(toJson(c));
        }
        for (const RetentionCandidate& c : std::as_const(report->kept)) {
            kept.append(toJson(c));
        }
        m_cx.out() << QJsonDocument(QJsonObject{{QStringLiteral("dryRun"), report->dryRun},
                                                {QStringLiteral("purged"), purged},
                                                {QStringLiteral("kept"), kept}})
                          .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const RetentionCandidate& c : std::as_const(report->purged)) {
        const QString documents = tr("%n document(s)", nullptr, c.documentCount);
        m_cx.out() << (report->dryRun ? tr("would purge dossier %1 (%2, %3): retention ended %4")
                                      : tr("purged dossier %1 (%2, %3): retention ended %4"))
                          .arg(QString::number(c.dossierId), c.productId, documents,
                               c.retentionEnd.toString(Qt::ISODate))
                   << Qt::endl;
    }
    const int purgedCount = static_cast<int>(report->purged.size());
    const int keptCount = static_cast<int>(report->kept.size());
    m_cx.out() << (report->dryRun ? tr("%n dossier(s) would be purged.", nullptr, purgedCount)
                                  : tr("%n dossier(s) purged.", nullptr, purgedCount))
               << QLatin1Char(' ') << tr("%n dossier(s) kept.", nullptr, keptCount) << Qt::endl;
    return ExitOk;
}

} // namespace

int runRetentionCommand(CliContext& context, const QStringList& arguments)
{
    return RetentionCommand(context).run(arguments);
}

} // namespace guichet
