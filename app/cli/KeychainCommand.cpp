#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/OperatorLogin.h"
#include "security/KeychainMasterKeySource.h"
#include "security/PassphraseInput.h"
#include "security/PassphraseMasterKeySource.h"
#include "security/SupervisorDecision.h"
#include "service/DossierService.h"
#include "storage/Database.h"
#include "token/TokenSession.h" // OperatorSession owns one

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {
namespace {

class KeychainCommand {
    Q_DECLARE_TR_FUNCTIONS(KeychainCommand)
public:
    explicit KeychainCommand(CliContext& context) : m_cx(context) {}
    ~KeychainCommand()
    {
        if (m_session) {
            OperatorLogin::logoutFromCli(m_cx, m_session); // audited
        }
    }
    KeychainCommand(const KeychainCommand&) = delete;
    KeychainCommand& operator=(const KeychainCommand&) = delete;
    int run(const QStringList& arguments);

private:
    int status(QCommandLineParser& parser, const QStringList& arguments);
    int usePassphrase(QCommandLineParser& parser, const QStringList& arguments);
    int changePassphrase(QCommandLineParser& parser, const QStringList& arguments);
    // Logs the supervisor in with their card when --operator-token is given and checks that
    // the decision is theirs (SupervisorDecision); returns the exit code when it is not.
    // `actor` becomes the card's operator.
    std::optional<int> authorise(const QCommandLineParser& parser, OperatorIdentity& actor);

    CliContext& m_cx;
    OperatorLoginOptions m_login;
    std::optional<OperatorSession> m_session;
};

int KeychainCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Where the master key that encrypts stored documents lives.\n\nCommands:\n"
           "  status                         OS keychain reachable? master key present? which "
           "source this database uses\n"
           "  use-passphrase --passphrase-fd N   (supervisor) protect the master key with a "
           "passphrase kept in no keychain, for a workstation without one\n"
           "  change-passphrase [--passphrase-fd N]   (supervisor) change that passphrase: asked "
           "on the terminal, or read from descriptor N as two lines, the current one then the "
           "new one; nothing is re-encrypted\n\n"
           "Both need a supervisor logged in with their card (--operator-token SERIAL "
           "[--operator-pin-fd N]) once a supervisor account exists."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("status, use-passphrase or change-passphrase"));
    return m_cx.dispatch(
        parser, arguments,
        {{QStringLiteral("status"), [&] { return status(parser, arguments); }},
         {QStringLiteral("use-passphrase"), [&] { return usePassphrase(parser, arguments); }},
         {QStringLiteral("change-passphrase"),
          [&] { return changePassphrase(parser, arguments); }}});
}

int KeychainCommand::status(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for programs."));
    parser.addOption(json);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    auto passphrase = PassphraseMasterKeySource::isConfigured(service->database());
    if (!passphrase) {
        return m_cx.fail(passphrase.error());
    }
    const KeychainState keychain = KeychainMasterKeySource().inspect();
    // The database's choice decides; the keychain then only matters if it is the source.
    const bool usable = *passphrase || keychain.reachable;
    const QString source = *passphrase ? QStringLiteral("passphrase") : QStringLiteral("keychain");
    if (parser.isSet(json)) {
        m_cx.out() << QJsonDocument(
                          QJsonObject{
                              {QStringLiteral("source"), source},
                              {QStringLiteral("keychainReachable"), keychain.reachable},
                              {QStringLiteral("keychainHasMasterKey"), keychain.hasMasterKey},
                              {QStringLiteral("keychainKeyId"), keychain.keyId},
                              {QStringLiteral("problem"), keychain.problem},
                              {QStringLiteral("canStoreDocuments"), usable}})
                          .toJson(QJsonDocument::Indented);
    } else {
        QTextStream& out = m_cx.out();
        out << tr("Master key source for this database: %1")
                   .arg(*passphrase ? tr("passphrase (chosen by a supervisor)") : tr("OS keychain"))
            << Qt::endl;
        if (keychain.reachable) {
            out << tr("OS keychain: reachable; %1")
                       .arg(keychain.hasMasterKey ? tr("master key %1 present").arg(keychain.keyId)
                                                  : tr("no master key yet (created on first use)"))
                << Qt::endl;
        } else {
            out << tr("OS keychain: NOT reachable: %1").arg(keychain.problem) << Qt::endl;
        }
        if (!usable) {
            out << KeychainMasterKeySource::unreachableAdvice(
                       tr("Identity documents cannot be stored on this workstation."))
                << Qt::endl;
        }
    }
    return usable ? ExitOk : ExitRefused;
}

int KeychainCommand::usePassphrase(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption fd(QStringLiteral("passphrase-fd"),
                                tr("Read the new passphrase from this file descriptor (0 for "
                                   "standard input)."),
                                tr("fd"));
    parser.addOption(fd);
    m_login.addTo(parser);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    bool ok = false;
    const int descriptor = parser.value(fd).toInt(&ok);
    if (!parser.isSet(fd) || !ok) {
        return m_cx.usage(tr("keychain use-passphrase --passphrase-fd N (never the passphrase "
                             "itself on the command line)"));
    }
    // The supervisor first (their PIN, when read from a descriptor, comes before the
    // passphrase): nobody types a passphrase for a choice that will be refused.
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    OperatorIdentity actor = service->actor();
    if (const auto refused = authorise(parser, actor)) {
        return *refused;
    }
    auto passphrase = PassphraseInput::fromDescriptor(descriptor);
    if (!passphrase) {
        return m_cx.usage(passphrase.error().message);
    }
    // Keep the key already in the keychain, if there is one, so that documents sealed
    // under it stay readable; otherwise start with a new key.
    SecretBytes existing;
    KeychainMasterKeySource keychain;
    if (keychain.inspect().hasMasterKey) {
        auto key = keychain.masterKey();
        if (!key) {
            return m_cx.fail(key.error());
        }
        existing = std::move(key).value();
    }
    const bool kept = !existing.isEmpty();
    auto keyId = PassphraseMasterKeySource::protect(service->database(), service->clock(), actor,
                                                    *passphrase, std::move(existing));
    if (!keyId) {
        return m_cx.fail(keyId.error());
    }
    m_cx.out() << (kept ? tr("The keychain's master key %1 is now also protected by the "
                             "passphrase; this database uses the passphrase from now on.")
                        : tr("A new master key %1 is protected by the passphrase; this "
                             "database uses the passphrase from now on."))
                      .arg(*keyId)
               << Qt::endl;
    return ExitOk;
}

int KeychainCommand::changePassphrase(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption fd(QStringLiteral("passphrase-fd"),
                                tr("Read the current passphrase, then the new one, one per line, "
                                   "from this file descriptor (0 for standard input)."),
                                tr("fd"));
    parser.addOption(fd);
    m_login.addTo(parser);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    bool ok = false;
    const int descriptor = parser.value(fd).toInt(&ok);
    if (parser.positionalArguments().size() != 1 || (parser.isSet(fd) && !ok)) {
        return m_cx.usage(tr("keychain change-passphrase [--passphrase-fd N] (never a passphrase "
                             "on the command line)"));
    }
    // The supervisor first: nobody types passphrases for a change that will be refused.
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    OperatorIdentity actor = service->actor();
    if (const auto refused = authorise(parser, actor)) {
        return *refused;
    }
    Result<SecretBytes> current = Error{ErrorCode::InvalidInput, {}};
    Result<SecretBytes> chosen = Error{ErrorCode::InvalidInput, {}};
    if (parser.isSet(fd)) {
        current = PassphraseInput::fromDescriptor(descriptor);
        if (current) {
            chosen = PassphraseInput::fromDescriptor(descriptor);
        }
    } else {
        current = PassphraseInput::fromTerminal(tr("Current passphrase: "));
        if (current) {
            chosen = PassphraseInput::fromTerminal(tr("New passphrase: "));
        }
        if (chosen) {
            auto repeated = PassphraseInput::fromTerminal(tr("New passphrase again: "));
            if (!repeated) {
                return m_cx.usage(repeated.error().message);
            }
            if (repeated->view() != chosen->view()) {
                return m_cx.fail(
                    Error{ErrorCode::InvalidInput, tr("The two new passphrases differ.")});
            }
        }
    }
    if (!current) {
        return m_cx.usage(current.error().message);
    }
    if (!chosen) {
        return m_cx.usage(chosen.error().message);
    }
    auto keyId = PassphraseMasterKeySource::changePassphrase(service->database(), service->clock(),
                                                             actor, *current, *chosen);
    if (!keyId) {
        return m_cx.fail(keyId.error());
    }
    m_cx.out() << tr("The passphrase of master key %1 was changed; stored documents are "
                     "unchanged.")
                      .arg(*keyId)
               << Qt::endl;
    return ExitOk;
}

std::optional<int> KeychainCommand::authorise(const QCommandLineParser& parser,
                                              OperatorIdentity& actor)
{
    DossierService* service = m_cx.service();
    std::optional<OperatorProfile> profile;
    if (parser.isSet(m_login.token)) {
        if (const auto stop = OperatorLogin::loginFromCli(m_cx, parser, m_login, m_session)) {
            return *stop;
        }
        profile = m_session->account.profile();
        actor = profile->identity;
    }
    if (Status allowed = SupervisorDecision::check(service->database(), Permission::ManageMasterKey,
                                                   profile, service->clock().nowUtc().date());
        !allowed) {
        OperatorLogin::logoutFromCli(m_cx, m_session);
        return m_cx.fail(allowed.error());
    }
    return std::nullopt;
}

} // namespace

int runKeychainCommand(CliContext& context, const QStringList& arguments)
{
    return KeychainCommand(context).run(arguments);
}

} // namespace guichet
