#include "cli/CliContext.h"

#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "security/PassphraseInput.h"
#include "service/DossierService.h"
#include "storage/Database.h"

#include <cstdio>

namespace guichet {

CliContext::CliContext(DatabaseConfig database, OperatorIdentity actor)
    : m_database(std::move(database)), m_actor(std::move(actor)), m_out(stdout), m_err(stderr)
{
}

CliContext::~CliContext()
{
    m_service.reset();
    m_db.reset();
}

DossierService* CliContext::service()
{
    if (m_service) {
        return m_service.get();
    }
    auto db = Database::open(m_database);
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    m_db = std::move(db).value();
    m_service =
        std::make_unique<DossierService>(*m_db, m_clock, ProductCatalogue::builtIn(), m_actor);
    return m_service.get();
}

int CliContext::fail(const Error& error)
{
    m_err << tr("guichet-cli: %1").arg(error.message) << Qt::endl;
    return ExitRefused;
}

std::optional<int> CliContext::parse(QCommandLineParser& parser, const QStringList& arguments)
{
    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<int> CliContext::openEncryption(const QCommandLineParser& parser,
                                              const QCommandLineOption& passphraseFd,
                                              std::unique_ptr<EncryptionService>& into)
{
    std::optional<SecretBytes> passphrase;
    if (parser.isSet(passphraseFd)) {
        bool ok = false;
        const int fd = parser.value(passphraseFd).toInt(&ok);
        if (!ok) {
            return usage(tr("--passphrase-fd needs a number."));
        }
        auto read = PassphraseInput::fromDescriptor(fd);
        if (!read) {
            return usage(read.error().message);
        }
        passphrase = std::move(read).value();
    }
    DossierService* opened = service();
    if (opened == nullptr) {
        return ExitRefused;
    }
    auto source = MasterKeySelection::select(opened->database(), std::move(passphrase));
    if (!source) {
        return fail(source.error());
    }
    into = std::make_unique<EncryptionService>(std::move(source).value());
    return std::nullopt;
}

int CliContext::dispatch(const QCommandLineParser& groupParser, const QStringList& arguments,
                         const QList<Subcommand>& subcommands)
{
    const QString name = arguments.value(1);
    for (const Subcommand& subcommand : subcommands) {
        if (subcommand.first == name) {
            return subcommand.second();
        }
    }
    if (name == u"--help" || name == u"-h") {
        m_out << groupParser.helpText();
        return ExitOk;
    }
    if (name.isEmpty()) {
        m_err << groupParser.helpText();
        return ExitUsage;
    }
    return usage(tr("unknown command \"%1 %2\".").arg(arguments.value(0), name));
}

int CliContext::usage(const QString& message)
{
    m_err << tr("guichet-cli: %1").arg(message) << Qt::endl
          << tr("Run \"guichet-cli --help\" for the list of commands.") << Qt::endl;
    return ExitUsage;
}

QCommandLineOption CliContext::passphraseFdOption()
{
    return QCommandLineOption(
        QStringLiteral("passphrase-fd"),
        tr("Read the master-key passphrase from this file descriptor (0 for standard input), "
           "when a supervisor chose a passphrase instead of the OS keychain."),
        tr("fd"));
}

} // namespace guichet
