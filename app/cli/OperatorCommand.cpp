// guichet-cli operator: operator accounts, roles and training cards (issue 7). Changes need
// a supervisor logged in with their card (--operator-token, --operator-pin-fd), except the
// bootstrap: while no account exists, `add` or `training-card` makes the first supervisor.
#include "cli/OperatorCommand.h"

#include "cli/Commands.h"
#include "operators/OperatorCertificate.h"
#include "operators/OperatorService.h"
#include "service/DossierService.h"
#include "storage/Database.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {

int OperatorCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Operator accounts.\n\nCommands:\n"
        "  list [--json]                               every account, active or not\n"
        "  show ID [--json]                            one account\n"
        "  add --certificate FILE --role R [--registration-number N] [--organisation O] "
        "[--training-date D]\n"
        "  set-role ID ROLE                            dra-operator, certification-agent, "
        "supervisor\n"
        "  set-training ID DATE                        the last training (YYYY-MM-DD)\n"
        "  deactivate ID                               the account can no longer log in\n"
        "  training-card --name NAME [--pin-fd N] [--role R]   a SoftHSM2 card from the "
        "training CA, and its account\n"
        "  whoami                                      log in with the card, show the account\n\n"
        "Changes need a supervisor's card: --operator-token SERIAL [--operator-pin-fd N]. "
        "While no account exists, add and training-card make the first one, a supervisor, "
        "without it."));
    parser.addHelpOption();
    parser.addOptions({m_json, m_certificate, m_role, m_registration, m_organisation, m_training,
                       m_name, m_pinFd, m_module, m_passphraseFd});
    m_login.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("list, show, add, set-role, set-training, deactivate, "
                                    "training-card, whoami"));
    if (auto stop = m_cx.parse(parser, arguments)) {
        return *stop;
    }
    const QString command = parser.positionalArguments().value(0);
    using Handler = int (OperatorCommand::*)(const QCommandLineParser&);
    const std::pair<const char16_t*, Handler> handlers[] = {
        {u"list", &OperatorCommand::list},
        {u"show", &OperatorCommand::show},
        {u"add", &OperatorCommand::add},
        {u"set-role", &OperatorCommand::setRole},
        {u"set-training", &OperatorCommand::setTraining},
        {u"deactivate", &OperatorCommand::deactivate},
        {u"training-card", &OperatorCommand::trainingCard},
        {u"whoami", &OperatorCommand::whoami}};
    for (const auto& [name, handler] : handlers) {
        if (command == QStringView(name)) {
            DossierService* service = m_cx.service();
            if (service == nullptr) {
                return ExitRefused;
            }
            m_operators = std::make_unique<OperatorService>(service->database(), service->clock());
            return (this->*handler)(parser);
        }
    }
    if (command.isEmpty()) {
        m_cx.err() << parser.helpText();
        return ExitUsage;
    }
    return m_cx.usage(tr("unknown operator command \"%1\".").arg(command));
}

void OperatorCommand::print(const OperatorAccount& account, bool json)
{
    if (json) {
        const QJsonObject object{
            {QStringLiteral("id"), account.id},
            {QStringLiteral("displayName"), account.displayName},
            {QStringLiteral("role"), operatorRoleKey(account.role)},
            {QStringLiteral("caRegistrationNumber"), account.caRegistrationNumber},
            {QStringLiteral("organisationName"), account.organisationName},
            {QStringLiteral("trainingDate"), account.trainingDate.toString(Qt::ISODate)},
            {QStringLiteral("certificateSha256"),
             QString::fromLatin1(account.certificateSha256.toHex())},
            {QStringLiteral("active"), account.active},
            {QStringLiteral("createdAtUtc"), account.createdAtUtc.toString(Qt::ISODate)},
            {QStringLiteral("version"), account.version}};
        m_cx.out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    m_cx.out() << tr("%1\t%2\t%3\t%4\ttraining %5\t%6")
                      .arg(account.id, account.displayName, operatorRoleKey(account.role),
                           account.organisationName.isEmpty() ? QStringLiteral("-")
                                                              : account.organisationName,
                           account.trainingDate.isValid()
                               ? account.trainingDate.toString(Qt::ISODate)
                               : QStringLiteral("-"),
                           account.active ? tr("active") : tr("deactivated"))
               << Qt::endl;
}

int OperatorCommand::list(const QCommandLineParser& parser)
{
    auto accounts = m_operators->list();
    if (!accounts) {
        return m_cx.fail(accounts.error());
    }
    if (parser.isSet(m_json)) {
        QJsonArray all;
        for (const OperatorAccount& account : std::as_const(*accounts)) {
            all.append(QJsonObject{
                {QStringLiteral("id"), account.id},
                {QStringLiteral("displayName"), account.displayName},
                {QStringLiteral("role"), operatorRoleKey(account.role)},
                {QStringLiteral("organisationName"), account.organisationName},
                {QStringLiteral("trainingDate"), account.trainingDate.toString(Qt::ISODate)},
                {QStringLiteral("active"), account.active}});
        }
        m_cx.out() << QJsonDocument(all).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    for (const OperatorAccount& account : std::as_const(*accounts)) {
        print(account, false);
    }
    return ExitOk;
}

int OperatorCommand::show(const QCommandLineParser& parser)
{
    const QString id = parser.positionalArguments().value(1);
    if (id.isEmpty()) {
        return m_cx.usage(tr("Name the operator account: operator show ID."));
    }
    auto account = m_operators->find(id);
    if (!account) {
        return m_cx.fail(account.error());
    }
    print(*account, parser.isSet(m_json));
    return ExitOk;
}

std::optional<int> OperatorCommand::actor(const QCommandLineParser& parser, bool bootstrapAllowed,
                                          const OperatorAccount*& into)
{
    into = nullptr;
    if (bootstrapAllowed && !parser.isSet(m_login.token)) {
        auto bootstrap = m_operators->awaitingBootstrap();
        if (!bootstrap) {
            return m_cx.fail(bootstrap.error());
        }
        if (*bootstrap) {
            return std::nullopt;
        }
    }
    if (auto stop = OperatorLogin::loginFromCli(m_cx, parser, m_login, m_session)) {
        return stop;
    }
    into = &m_session->account;
    return std::nullopt;
}

int OperatorCommand::add(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_certificate)) {
        return m_cx.usage(tr("operator add needs --certificate FILE."));
    }
    NewOperator request;
    if (parser.isSet(m_role)) {
        const auto role = operatorRoleFromKey(parser.value(m_role));
        if (!role) {
            return m_cx.usage(tr("Unknown role \"%1\".").arg(parser.value(m_role)));
        }
        request.role = *role;
    }
    if (parser.isSet(m_training)) {
        request.trainingDate = QDate::fromString(parser.value(m_training), Qt::ISODate);
        if (!request.trainingDate.isValid()) {
            return m_cx.usage(tr("--training-date needs a date as YYYY-MM-DD."));
        }
    }
    auto der = OperatorCertificate::readFile(parser.value(m_certificate));
    if (!der) {
        return m_cx.fail(der.error());
    }
    request.certificateDer = *der;
    request.caRegistrationNumber = parser.value(m_registration);
    request.organisationName = parser.value(m_organisation);
    const OperatorAccount* by = nullptr;
    if (auto stop = actor(parser, true, by)) {
        return *stop;
    }
    auto created = m_operators->create(request, by);
    if (!created) {
        return m_cx.fail(created.error());
    }
    print(*created, parser.isSet(m_json));
    return ExitOk;
}

int OperatorCommand::change(const QCommandLineParser& parser, const Change& apply)
{
    const QString id = parser.positionalArguments().value(1);
    if (id.isEmpty()) {
        return m_cx.usage(tr("Name the operator account (its ID, from operator list)."));
    }
    const OperatorAccount* by = nullptr;
    if (auto stop = actor(parser, false, by)) {
        return *stop;
    }
    auto current = m_operators->find(id);
    if (!current) {
        return m_cx.fail(current.error());
    }
    auto changed = apply(*m_operators, *current);
    if (!changed) {
        return m_cx.fail(changed.error());
    }
    print(*changed, parser.isSet(m_json));
    return ExitOk;
}

int OperatorCommand::setRole(const QCommandLineParser& parser)
{
    const auto role = operatorRoleFromKey(parser.positionalArguments().value(2));
    if (!role) {
        return m_cx.usage(tr("operator set-role ID ROLE: the role is dra-operator, "
                             "certification-agent or supervisor."));
    }
    return change(parser, [&](OperatorService& operators, const OperatorAccount& account) {
        return operators.setRole(account.id, *role, account.version, &m_session->account);
    });
}

int OperatorCommand::setTraining(const QCommandLineParser& parser)
{
    const QDate date = QDate::fromString(parser.positionalArguments().value(2), Qt::ISODate);
    if (!date.isValid()) {
        return m_cx.usage(tr("operator set-training ID DATE: the date as YYYY-MM-DD."));
    }
    return change(parser, [&](OperatorService& operators, const OperatorAccount& account) {
        return operators.setTrainingDate(account.id, date, account.version, &m_session->account);
    });
}

int OperatorCommand::deactivate(const QCommandLineParser& parser)
{
    return change(parser, [&](OperatorService& operators, const OperatorAccount& account) {
        return operators.deactivate(account.id, account.version, &m_session->account);
    });
}

int runOperatorCommand(CliContext& context, const QStringList& arguments)
{
    return OperatorCommand(context).run(arguments);
}

} // namespace guichet
