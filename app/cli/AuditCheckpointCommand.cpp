#include "cli/AuditCheckpointCommand.h"

#include "audit/AuditCheckpoints.h"
#include "service/DossierService.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {
namespace {

class AuditCheckpointCommand {
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpointCommand)
public:
    static int run(CliContext& context, const QCommandLineParser& parser,
                   const OperatorLoginOptions& login, bool json)
    {
        if (!parser.isSet(login.token)) {
            return context.usage(tr("audit checkpoint needs the operator's card: "
                                    "--operator-token SERIAL."));
        }
        DossierService* service = context.service();
        if (service == nullptr) {
            return ExitRefused;
        }
        std::optional<OperatorSession> session;
        if (const auto refused = OperatorLogin::loginFromCli(context, parser, login, session)) {
            return *refused;
        }
        SystemTimeSource timeSource;
        auto made =
            AuditCheckpoints(service->database(), service->clock(), timeSource)
                .checkpoint(*session->signer, session->account.id, QStringLiteral("manual"));
        OperatorLogin::logoutFromCli(context, session);
        if (!made) {
            return context.fail(made.error());
        }
        if (json) {
            context.out() << QJsonDocument(
                                 QJsonObject{{QStringLiteral("checkpoint"), made->id},
                                             {QStringLiteral("event"), made->seq},
                                             {QStringLiteral("operator"), made->operatorId},
                                             {QStringLiteral("timeSource"), made->timeSource}})
                                 .toJson(QJsonDocument::Indented);
        } else {
            context.out() << tr("Checkpoint %1 signed: the audit trail up to event %2.")
                                 .arg(made->id)
                                 .arg(made->seq)
                          << Qt::endl;
        }
        return ExitOk;
    }
};

} // namespace

int runAuditCheckpoint(CliContext& context, const QCommandLineParser& parser,
                       const OperatorLoginOptions& login, bool json)
{
    return AuditCheckpointCommand::run(context, parser, login, json);
}

} // namespace guichet
