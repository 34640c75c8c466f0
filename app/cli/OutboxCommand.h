#pragma once

// guichet-cli outbox and the `ca` commands that queue requests (issue 6): OutboxCommand.cpp
// (list, retry, cancel), OutboxSendCommand.cpp (send), CaRequestCommand.cpp (enroll, revoke).
#include "ca/outbox/CaRequests.h"
#include "cli/CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <memory>
#include <optional>

namespace guichet {

class OutboxCommand {
    Q_DECLARE_TR_FUNCTIONS(OutboxCommand)
public:
    explicit OutboxCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);
    int enrol(QCommandLineParser& parser, const QStringList& arguments);
    int revoke(QCommandLineParser& parser, const QStringList& arguments);

private:
    int list(QCommandLineParser& parser, const QStringList& arguments);
    int act(QCommandLineParser& parser, const QStringList& arguments, bool retry);
    int send(QCommandLineParser& parser, const QStringList& arguments);
    std::unique_ptr<CaRequests> requests();
    std::optional<qint64> dossierId(const QCommandLineParser& parser,
                                    const QCommandLineOption& option);
    void print(const OutboxItem& item);
    static QJsonObject toJson(const OutboxItem& item);

    CliContext& m_cx;
    const QCommandLineOption m_json{QStringLiteral("json"), tr("Write JSON for programs.")};
};

} // namespace guichet
