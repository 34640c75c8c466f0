#pragma once

#include "cli/CliContext.h"
#include "operators/CardLogin.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <optional>

namespace guichet {

// The operator's card login for commands that sign (form sign, evidence export, audit
// checkpoint): `--operator-token SERIAL` names the operator's token, `--operator-pin-fd N`
// the descriptor its PIN is read from (one line), like --passphrase-fd; without it the PIN is
// asked on the terminal without echo. PINs never go on the command line.
struct OperatorLoginOptions {
    QCommandLineOption token{
        QStringLiteral("operator-token"),
        QCoreApplication::translate("OperatorLogin", "Serial number of the operator's token."),
        QStringLiteral("serial")};
    QCommandLineOption pinFd{
        QStringLiteral("operator-pin-fd"),
        QCoreApplication::translate("OperatorLogin",
                                    "Read the operator's PIN from this file descriptor."),
        QStringLiteral("fd")};
    QCommandLineOption module{
        QStringLiteral("operator-module"),
        QCoreApplication::translate(
            "OperatorLogin",
            "PKCS#11 module of the operator's token (default: the workstation's)."),
        QStringLiteral("path")};

    void addTo(QCommandLineParser& parser) const { parser.addOptions({token, pinFd, module}); }
};

// Logs the operator in with their card, or prints why not and gives the exit code. The
// session is logged out (and audited) when `into` is reset through logoutFromCli.
class OperatorLogin {
    Q_DECLARE_TR_FUNCTIONS(OperatorLogin)
public:
    static std::optional<int> loginFromCli(CliContext& context, const QCommandLineParser& parser,
                                           const OperatorLoginOptions& options,
                                           std::optional<OperatorSession>& into);
    static void logoutFromCli(CliContext& context, std::optional<OperatorSession>& session);
};

} // namespace guichet
