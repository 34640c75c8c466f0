// guichet-cli outbox list|retry|cancel (OutboxSendCommand.cpp: send; CaRequestCommand.cpp:
// ca enroll|revoke, which queue requests).
#include "cli/OutboxCommand.h"

#include "ca/outbox/CaRequests.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "service/DossierService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {

std::unique_ptr<CaRequests> OutboxCommand::requests()
{
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return nullptr;
    }
    return std::make_unique<CaRequests>(service->database(), service->clock(),
                                        ProductCatalogue::builtIn(), service->actor());
}

std::optional<qint64> OutboxCommand::dossierId(const QCommandLineParser& parser,
                                               const QCommandLineOption& option)
{
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QJsonObject OutboxCommand::toJson(const OutboxItem& item)
{
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("dossier"), item.dossierId},
            {QStringLiteral("kind"), OutboxNames::key(item.kind)},
            {QStringLiteral("state"), OutboxNames::key(item.state)},
            {QStringLiteral("caProfile"), item.caProfileId},
            {QStringLiteral("idempotencyKey"), item.idempotencyKey},
            {QStringLiteral("transactionId"), item.transactionId},
            {QStringLiteral("attempts"), item.attempts},
            {QStringLiteral("nextAttempt"), item.nextAttemptUtc.toString(Qt::ISODateWithMs)},
            {QStringLiteral("lastError"), item.lastError},
            {QStringLiteral("created"), item.createdUtc.toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated"), item.updatedUtc.toString(Qt::ISODateWithMs)}};
}

void OutboxCommand::print(const OutboxItem& item)
{
    m_cx.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                      .arg(item.id)
                      .arg(tr("dossier %1").arg(item.dossierId),
                           OutboxNames::displayName(item.kind),
                           OutboxNames::displayName(item.state),
                           tr("%n attempt(s)", nullptr, item.attempts))
               << (item.lastError.isEmpty() ? QString() : u'\t' + item.lastError) << Qt::endl;
}

int OutboxCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The outbox of requests to CAs (written before anything is sent; sent in the "
           "background, with backoff while the CA is unreachable).\n\nCommands:\n"
           "  list [--json]   the items, newest first\n"
           "  retry ID        send a failed item again\n"
           "  cancel ID       cancel a queued or failed item\n"
           "  send --url URL --secret-file FILE [--until-empty]   run the sender here"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("list, retry, cancel or send"));
    return m_cx.dispatch(parser, arguments,
                         {{QStringLiteral("list"), [&] { return list(parser, arguments); }},
                          {QStringLiteral("retry"), [&] { return act(parser, arguments, true); }},
                          {QStringLiteral("cancel"), [&] { return act(parser, arguments, false); }},
                          {QStringLiteral("send"), [&] { return send(parser, arguments); }}});
}

int OutboxCommand::list(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addOption(m_json);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_cx.usage(tr("outbox list [--json]"));
    }
    auto cas = requests();
    if (!cas) {
        return ExitRefused;
    }
    auto items = cas->outbox().list();
    if (!items) {
        return m_cx.fail(items.error());
    }
    if (parser.isSet(m_json)) {
        QJsonArray array;
        for (const OutboxItem& item : *items) {
            array.append(toJson(item));
        }
        m_cx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const OutboxItem& item : *items) {
        print(item);
    }
    return ExitOk;
}

int OutboxCommand::act(QCommandLineParser& parser, const QStringList& arguments, bool retry)
{
    parser.addPositionalArgument(QStringLiteral("id"), tr("The outbox item's id."));
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.size() == 2 ? positional.at(1).toLongLong(&ok) : 0;
    if (!ok) {
        return m_cx.usage(retry ? tr("outbox retry ID") : tr("outbox cancel ID"));
    }
    auto cas = requests();
    if (!cas) {
        return ExitRefused;
    }
    auto item = retry ? cas->retry(id) : cas->cancel(id);
    if (!item) {
        return m_cx.fail(item.error());
    }
    print(*item);
    return ExitOk;
}

int runOutboxCommand(CliContext& context, const QStringList& arguments)
{
    return OutboxCommand(context).run(arguments);
}

int runCaEnrolCommand(CliContext& context, QCommandLineParser& parser, const QStringList& arguments)
{
    return OutboxCommand(context).enrol(parser, arguments);
}

int runCaRevokeCommand(CliContext& context, QCommandLineParser& parser,
                       const QStringList& arguments)
{
    return OutboxCommand(context).revoke(parser, arguments);
}

} // namespace guichet
