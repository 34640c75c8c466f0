// guichet-cli operator: operator accounts, roles and training cards (issue 7). Changes need
// a supervisor logged in with their card (--operator-token, --operator-pin-fd), except the
// bootstrap: while no account exists, `add` or `training-card` makes the first supervisor.
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/OperatorLogin.h"
#include "domain/ProductCatalogue.h"
#include "operators/OperatorCertificate.h"
#include "operators/OperatorService.h"
#include "operators/TrainingOperatorCard.h"
#include "security/EncryptionService.h"
#include "security/PassphraseInput.h"
#include "service/DossierService.h"
#include "storage/Database.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {
namespace {

class OperatorCommand {
    Q_DECLARE_TR_FUNCTIONS(OperatorCommand)
public:
    explicit OperatorCommand(CliContext& context) : m_cx(context) {}
    ~OperatorCommand() { OperatorLogin::logoutFromCli(m_cx, m_session); }
    int run(const QStringList& arguments);

private:
    using Change = std::function<Result<OperatorAccount>(OperatorService&, const OperatorAccount&)>;
    int list(const QCommandLineParser& parser);
    int show(const QCommandLineParser& parser);
    int add(const QCommandLineParser& parser);
    int setRole(const QCommandLineParser& parser);
    int setTraining(const QCommandLineParser& parser);
    int deactivate(const QCommandLineParser& parser);
    int trainingCard(const QCommandLineParser& parser);
    int whoami(const QCommandLineParser& parser);

    // Logs the supervisor in, unless `bootstrapAllowed` and no account exists yet; the actor
    // is then null. Returns the exit code when the command must stop.
    std::optional<int> actor(const QCommandLineParser& parser, bool bootstrapAllowed,
                             const OperatorAccount*& into);
    int change(const QCommandLineParser& parser, const Change& apply);
    void print(const OperatorAccount& account, bool json);

    CliContext& m_cx;
    OperatorLoginOptions m_login;
    std::optional<OperatorSession> m_session;
    std::unique_ptr<OperatorService> m_operators;

    const QCommandLineOption m_json{QStringLiteral("json"), tr("Write JSON for programs.")};
    const QCommandLineOption m_certificate{
        QStringLiteral("certificate"), tr("The operator's certificate (PEM or DER)."), tr("file")};
    const QCommandLineOption m_role{
        QStringLiteral("role"), tr("dra-operator, certification-agent or supervisor."), tr("role")};
    const QCommandLineOption m_registration{QStringLiteral("registration-number"),
                                            tr("The number the CA gave the operator."), tr("n")};
    const QCommandLineOption m_organisation{QStringLiteral("organisation"),
                                            tr("The organisation a Certification Agent acts for."),
                                            tr("name")};
    const QCommandLineOption m_training{QStringLiteral("training-date"),
                                        tr("Date of the last training (YYYY-MM-DD)."), tr("date")};
    const QCommandLineOption m_name{QStringLiteral("name"), tr("The operator's name."), tr("name")};
    const QCommandLineOption m_pinFd{QStringLiteral("pin-fd"),
                                     tr("Read the new card's PIN from this file descriptor."),
                                     tr("n")};
    const QCommandLineOption m_module{QStringLiteral("module"),
                                      tr("PKCS#11 module for the training card (default: "
                                         "SoftHSM2)."),
                                      tr("path")};
    const QCommandLineOption m_passphraseFd{
        QStringLiteral("passphrase-fd"),
        tr("Read the master-key passphrase from this file descriptor, when the workstation "
           "uses one."),
        tr("n")};
};

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

int OperatorCommand::trainingCard(const QCommandLineParser& parser)
{
    TrainingOperatorCard::Request request;
    request.name = parser.value(m_name).trimmed();
    if (request.name.isEmpty()) {
        return m_cx.usage(tr("operator training-card needs --name NAME."));
    }
    if (parser.isSet(m_role)) {
        const auto role = operatorRoleFromKey(parser.value(m_role));
        if (!role) {
            return m_cx.usage(tr("Unknown role \"%1\".").arg(parser.value(m_role)));
        }
        request.role = *role;
    }
    request.trainingDate = parser.isSet(m_training)
                               ? QDate::fromString(parser.value(m_training), Qt::ISODate)
                               : m_cx.service()->clock().nowUtc().date();
    if (!request.trainingDate.isValid()) {
        return m_cx.usage(tr("--training-date needs a date as YYYY-MM-DD."));
    }
    request.organisationName = parser.value(m_organisation);
    request.caRegistrationNumber = parser.value(m_registration);

    const OperatorAccount* by = nullptr;
    if (auto stop = actor(parser, true, by)) {
        return *stop;
    }
    // The card's PIN, chosen by the operator: from the descriptor, or typed twice.
    std::optional<SecretBytes> pin;
    if (parser.isSet(m_pinFd)) {
        bool ok = false;
        const int fd = parser.value(m_pinFd).toInt(&ok);
        auto read = ok ? PassphraseInput::fromDescriptor(fd)
                       : Result<SecretBytes>(
                             Error{ErrorCode::InvalidInput, tr("--pin-fd needs a number.")});
        if (!read) {
            return m_cx.usage(read.error().message);
        }
        pin = std::move(read).value();
    } else {
        auto first = PassphraseInput::fromTerminal(tr("PIN of the new operator card: "));
        auto again = first ? PassphraseInput::fromTerminal(tr("Type it again: ")) : first.error();
        if (!first || !again) {
            return m_cx.usage(tr("No terminal to ask for the card's PIN: use --pin-fd."));
        }
        if (!first->equals(*again)) {
            return m_cx.fail(Error{ErrorCode::InvalidInput, tr("The two PINs typed differ.")});
        }
        pin = std::move(first).value();
    }

    std::unique_ptr<EncryptionService> encryption;
    if (auto stop = m_cx.openEncryption(parser, m_passphraseFd, encryption)) {
        return *stop;
    }
    if (Status ready = encryption->ensureReady(); !ready) {
        return m_cx.fail(ready.error());
    }
    const QString path =
        parser.isSet(m_module) ? parser.value(m_module) : Pkcs11Module::softHsmPath();
    // One loaded instance per module in the process: the supervisor's session may hold it.
    std::shared_ptr<const Pkcs11Module> module;
    if (m_session && m_session->module && m_session->module->path() == path) {
        module = m_session->module;
    } else {
        auto loaded = Pkcs11Module::load(path);
        if (!loaded) {
            return m_cx.fail(loaded.error());
        }
        module = std::move(loaded).value();
    }
    DossierService* service = m_cx.service();
    TrainingOperatorCard cards(service->database(), *encryption, service->clock(),
                               ProductCatalogue::builtIn());
    auto created = cards.create(*module, request, *pin, by);
    pin->clear();
    if (!created) {
        return m_cx.fail(created.error());
    }
    if (parser.isSet(m_json)) {
        print(created->account, true);
    } else {
        m_cx.out() << tr("serial: %1").arg(created->tokenSerial) << Qt::endl;
        print(created->account, false);
    }
    return ExitOk;
}

int OperatorCommand::whoami(const QCommandLineParser& parser)
{
    if (auto stop = OperatorLogin::loginFromCli(m_cx, parser, m_login, m_session)) {
        return *stop;
    }
    if (!parser.isSet(m_json)) {
        m_cx.out() << tr("Logged in with the card %1 as:").arg(m_session->tokenSerial) << Qt::endl;
    }
    print(m_session->account, parser.isSet(m_json));
    return ExitOk; // the destructor logs out (audited)
}

} // namespace

int runOperatorCommand(CliContext& context, const QStringList& arguments)
{
    return OperatorCommand(context).run(arguments);
}

} // namespace guichet
