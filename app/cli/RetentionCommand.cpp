#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/OperatorLogin.h"
#include "documents/RetentionService.h"
#include "security/SupervisorDecision.h"
#include "service/DossierService.h"
#include "token/TokenSession.h" // OperatorSession owns one

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
    ~RetentionCommand()
    {
        if (m_session) {
            OperatorLogin::logoutFromCli(m_cx, m_session); // audited
        }
    }
    RetentionCommand(const RetentionCommand&) = delete;
    RetentionCommand& operator=(const RetentionCommand&) = delete;
    int run(const QStringList& arguments);

private:
    int purge(QCommandLineParser& parser, const QStringList& arguments);
    static QJsonObject toJson(const RetentionCandidate& c);

    CliContext& m_cx;
    OperatorLoginOptions m_login;
    std::optional<OperatorSession> m_session;
};

int RetentionCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("End of retention.\n\nCommands:\n"
           "  purge [--dry-run] [--json]   delete the documents and personal data of dossiers "
           "whose retention ended, including the identity-document data recorded at the meeting "
           "(dossier number, product, history, the record of the meeting's checks and the audit "
           "trail stay); once a supervisor account exists, a supervisor logged in with their card "
           "(--operator-token SERIAL [--operator-pin-fd N])"));
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
                       {QStringLiteral("documents"), c.documentCount},
                       {QStringLiteral("meeting"), c.hasMeeting}};
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
    m_login.addTo(parser);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    OperatorIdentity actor = service->actor();
    if (!parser.isSet(dryRun)) {
        // Deleting evidence is a supervisor's decision (Permission::PurgeRetention); a dry
        // run changes nothing and is open to anyone.
        std::optional<OperatorProfile> profile;
        if (parser.isSet(m_login.token)) {
            if (const auto stop = OperatorLogin::loginFromCli(m_cx, parser, m_login, m_session)) {
                return *stop;
            }
            profile = m_session->account.profile();
            actor = profile->identity;
        }
        if (Status allowed =
                SupervisorDecision::check(service->database(), Permission::PurgeRetention, profile,
                                          service->clock().nowUtc().date());
            !allowed) {
            return m_cx.fail(allowed.error());
        }
    }
    const RetentionPolicy policy(service->catalogue());
    RetentionService retention(service->database(), service->clock(), policy, actor);
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
        QString documents = tr("%n document(s)", nullptr, c.documentCount);
        if (c.hasMeeting) {
            documents = tr("%1, the meeting's identity-document data").arg(documents);
        }
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
