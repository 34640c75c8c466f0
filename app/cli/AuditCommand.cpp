// guichet-cli audit verify|export|checkpoint: the audit trail, its signed checkpoints, and
// exports an auditor verifies without the database (issue 7, "Audit trail, second step").
#include "audit/AuditExport.h"
#include "audit/AuditVerifier.h"
#include "audit/TrustAnchorFile.h"
#include "cli/AuditCheckpointCommand.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "service/DossierService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace guichet {
namespace {

class AuditCommand {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    explicit AuditCommand(CliContext& context) : m_cx(context) {}

    int run(const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("The audit trail.\n\nCommands:\n"
               "  verify [--trust CA.pem] [--file FILE.jsonl]   check the hash chain and the "
               "signed checkpoints; name the first bad event or checkpoint\n"
               "  export --from DATE --to DATE --out FILE.jsonl   events and their checkpoints, "
               "verifiable offline\n"
               "  checkpoint --operator-token SERIAL   sign the chain's head with the "
               "operator's card"));
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("command"), tr("verify, export or checkpoint"));
        parser.addOptions({m_json, m_trust, m_file, m_from, m_to, m_out});
        m_login.addTo(parser);
        if (const auto early = m_cx.parse(parser, arguments)) {
            return *early;
        }
        const QString command = parser.positionalArguments().value(0);
        if (command == u"verify") {
            return verify(parser);
        }
        if (command == u"export") {
            return exportPeriod(parser);
        }
        if (command == u"checkpoint") {
            return runAuditCheckpoint(m_cx, parser, m_login, parser.isSet(m_json));
        }
        return m_cx.usage(command.isEmpty()
                              ? tr("give an audit command: verify, export or checkpoint.")
                              : tr("unknown audit command \"%1\".").arg(command));
    }

private:
    int verify(const QCommandLineParser& parser)
    {
        QList<QByteArray> anchors;
        for (const QString& path : parser.values(m_trust)) {
            auto read = TrustAnchorFile::read(path);
            if (!read) {
                return m_cx.fail(read.error());
            }
            anchors += *read;
        }
        Result<AuditVerification> report = Error{};
        if (parser.isSet(m_file)) {
            QFile file(parser.value(m_file));
            if (!file.open(QIODevice::ReadOnly)) {
                return m_cx.fail(
                    {ErrorCode::Io,
                     tr("Cannot read \"%1\": %2").arg(file.fileName(), file.errorString())});
            }
            report = AuditExport::verify(file, anchors);
        } else {
            DossierService* service = m_cx.service();
            if (service == nullptr) {
                return ExitRefused;
            }
            report = AuditVerifier(service->database()).verify(anchors);
        }
        if (!report) {
            return m_cx.fail(report.error());
        }
        print(*report, parser.isSet(m_json));
        return report->intact ? ExitOk : ExitRefused;
    }

    void print(const AuditVerification& report, bool json)
    {
        if (json) {
            QJsonObject object{{QStringLiteral("intact"), report.intact},
                               {QStringLiteral("eventsChecked"), report.eventsChecked},
                               {QStringLiteral("checkpointsChecked"), report.checkpointsChecked},
                               {QStringLiteral("coveredUpToEvent"), report.coveredUpToSeq}};
            if (report.firstBadSeq) {
                object.insert(QStringLiteral("firstBadEvent"), *report.firstBadSeq);
                object.insert(QStringLiteral("problem"), report.problem);
            }
            if (report.firstBadCheckpoint) {
                object.insert(QStringLiteral("firstBadCheckpoint"), *report.firstBadCheckpoint);
            }
            m_cx.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else if (report.intact) {
            m_cx.out() << tr("Audit trail intact: %n event(s) checked.", nullptr,
                             int(report.eventsChecked))
                       << Qt::endl
                       << tr("%n signed checkpoint(s) hold; events up to %1 are covered by a "
                             "signature.",
                             nullptr, int(report.checkpointsChecked))
                              .arg(report.coveredUpToSeq)
                       << Qt::endl;
        } else {
            m_cx.err() << tr("Audit trail BROKEN at event %1: %2")
                              .arg(report.firstBadSeq.value_or(0))
                              .arg(report.problem)
                       << Qt::endl;
        }
    }

    // "2026-11-25" is a whole UTC day (--to inclusive); a date and time is taken as given.
    static std::optional<QDateTime> parseTime(const QString& text, bool endOfDay)
    {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid() && text.size() == 10) {
            return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), Qt::UTC);
        }
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid()) {
            return std::nullopt;
        }
        return time.toUTC();
    }

    int exportPeriod(const QCommandLineParser& parser)
    {
        if (!parser.isSet(m_out)) {
            return m_cx.usage(tr("audit export needs --out FILE.jsonl."));
        }
        const auto from = parser.isSet(m_from)
                              ? parseTime(parser.value(m_from), false)
                              : std::optional(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
        const auto to = parser.isSet(m_to)
                            ? parseTime(parser.value(m_to), true)
                            : std::optional(QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC));
        if (!from || !to) {
            return m_cx.usage(tr("--from and --to take a date (2026-11-25) or a UTC date and "
                                 "time (2026-11-25T09:30:00Z)."));
        }
        DossierService* service = m_cx.service();
        if (service == nullptr) {
            return ExitRefused;
        }
        QSaveFile file(parser.value(m_out));
        if (!file.open(QIODevice::WriteOnly)) {
            return m_cx.fail(
                {ErrorCode::Io,
                 tr("Cannot write \"%1\": %2").arg(file.fileName(), file.errorString())});
        }
        auto summary = AuditExport(service->database()).write(*from, *to, file);
        if (!summary) {
            return m_cx.fail(summary.error());
        }
        if (!file.commit()) {
            return m_cx.fail(
                {ErrorCode::Io,
                 tr("Cannot write \"%1\": %2").arg(file.fileName(), file.errorString())});
        }
        if (parser.isSet(m_json)) {
            m_cx.out() << QJsonDocument(
                              QJsonObject{
                                  {QStringLiteral("firstEvent"), summary->firstSeq},
                                  {QStringLiteral("lastEvent"), summary->lastSeq},
                                  {QStringLiteral("events"), summary->events},
                                  {QStringLiteral("checkpoints"), summary->checkpoints},
                                  {QStringLiteral("uncoveredEvents"), summary->uncoveredEvents}})
                              .toJson(QJsonDocument::Indented);
        } else {
            m_cx.out() << tr("%n event(s) exported.", nullptr, int(summary->events)) << Qt::endl
                       << tr("%n signed checkpoint(s) included.", nullptr,
                             int(summary->checkpoints))
                       << Qt::endl;
            if (summary->uncoveredEvents > 0) {
                m_cx.out() << tr("%n event(s) at the end are not covered by a signed checkpoint "
                                 "yet.",
                                 nullptr, int(summary->uncoveredEvents))
                           << Qt::endl;
            }
        }
        return ExitOk;
    }

    CliContext& m_cx;
    const QCommandLineOption m_json{QStringLiteral("json"), tr("Write JSON for programs.")};
    const QCommandLineOption m_trust{
        QStringLiteral("trust"),
        tr("Certificates (PEM or DER) the checkpoint signers must chain to; repeatable."),
        QStringLiteral("file")};
    const QCommandLineOption m_file{QStringLiteral("file"),
                                    tr("Verify this export instead of the database."),
                                    QStringLiteral("file")};
    const QCommandLineOption m_from{QStringLiteral("from"),
                                    tr("First day (UTC) or time of the export."),
                                    QStringLiteral("date")};
    const QCommandLineOption m_to{QStringLiteral("to"), tr("Last day (UTC) or time of the export."),
                                  QStringLiteral("date")};
    const QCommandLineOption m_out{QStringLiteral("out"), tr("Export file (JSON Lines)."),
                                   QStringLiteral("file")};
    const OperatorLoginOptions m_login;
};

} // namespace

int runAuditCommand(CliContext& context, const QStringList& arguments)
{
    return AuditCommand(context).run(arguments);
}

} // namespace guichet
