#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "service/DossierService.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {
namespace {

class AuditCommand {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    explicit AuditCommand(CliContext& context) : m_cx(context) {}

    int run(const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("The audit trail.\n\nCommands:\n"
               "  verify      check the hash chain and name the first broken event"));
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("command"), tr("verify"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for programs."));
        parser.addOption(json);
        if (const auto early = m_cx.parse(parser, arguments)) {
            return *early;
        }
        const QString command = parser.positionalArguments().value(0);
        if (command != u"verify") {
            return m_cx.usage(command.isEmpty() ? tr("give an audit command: verify.")
                                                : tr("unknown audit command \"%1\".").arg(command));
        }
        DossierService* service = m_cx.service();
        if (service == nullptr) {
            return ExitRefused;
        }
        auto report = service->verifyAudit();
        if (!report) {
            return m_cx.fail(report.error());
        }
        if (parser.isSet(json)) {
            QJsonObject object{{QStringLiteral("intact"), report->intact},
                               {QStringLiteral("eventsChecked"), report->eventsChecked}};
            if (report->firstBadSeq) {
                object.insert(QStringLiteral("firstBadEvent"), *report->firstBadSeq);
                object.insert(QStringLiteral("problem"), report->problem);
            }
            m_cx.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else if (report->intact) {
            m_cx.out() << tr("Audit trail intact: %n event(s) checked.", nullptr,
                             int(report->eventsChecked))
                       << Qt::endl;
        } else {
            m_cx.err() << tr("Audit trail BROKEN at event %1: %2")
                              .arg(*report->firstBadSeq)
                              .arg(report->problem)
                       << Qt::endl;
        }
        return report->intact ? ExitOk : ExitRefused;
    }

private:
    CliContext& m_cx;
};

} // namespace

int runAuditCommand(CliContext& context, const QStringList& arguments)
{
    return AuditCommand(context).run(arguments);
}

} // namespace guichet
