#pragma once

#include "common/Clock.h"
#include "common/Operator.h"
#include "common/Result.h"
#include "storage/DatabaseConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace guichet {

class Database;
class DossierService;
class EncryptionService;

// Exit codes shared by every command (README, "Command line").
enum ExitCode : int { ExitOk = 0, ExitRefused = 1, ExitUsage = 2 };

// What every command needs: where to write, the global options, and the database opened
// on first use.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(DatabaseConfig database, OperatorIdentity actor);
    ~CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Opens the database and the service, or says why not on stderr.
    DossierService* service();

    // Prints the error on stderr; every failed operation exits with ExitRefused.
    int fail(const Error& error);
    int usage(const QString& message);
    // Parses a command's arguments; returns the exit code when the command must stop here:
    // a usage error (2) or --help printed on stdout (0).
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments);

    // Runs the subcommand named by arguments[1] ("dossier show ..." -> "show"); prints the
    // group's help for --help (exit 0) or when none is named (exit 2).
    // Opens the encryption service of this database (documents, SO PINs, the training CA's
    // keys): the keychain's master key, or the one protected by the passphrase read from the
    // descriptor given in `passphraseFd`. Returns the exit code when it cannot.
    // The --passphrase-fd option openEncryption reads, as every command names it.
    static QCommandLineOption passphraseFdOption();
    std::optional<int> openEncryption(const QCommandLineParser& parser,
                                      const QCommandLineOption& passphraseFd,
                                      std::unique_ptr<EncryptionService>& into);

    using Subcommand = std::pair<QString, std::function<int()>>;
    int dispatch(const QCommandLineParser& groupParser, const QStringList& arguments,
                 const QList<Subcommand>& subcommands);

private:
    DatabaseConfig m_database;
    OperatorIdentity m_actor;
    SystemClock m_clock;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierService> m_service;
};

} // namespace guichet
