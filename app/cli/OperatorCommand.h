#pragma once

// guichet-cli operator, in two files by subcommand group: accounts (OperatorCommand.cpp:
// list, show, add, set-role, set-training, deactivate) and the operator's card
// (OperatorCardCommand.cpp: training-card, whoami).
#include "cli/CliContext.h"
#include "cli/OperatorLogin.h"
#include "operators/OperatorService.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <functional>
#include <memory>
#include <optional>

namespace guichet {

// One run of `guichet-cli operator ...`: parses, dispatches to the subcommand, and logs the
// operator's card session out (audited) when it ends.
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

} // namespace guichet
