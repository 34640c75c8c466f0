// guichet-cli meeting ... and dossier checklist: the whole face-to-face meeting from the
// command line, for tests and scripts. The rules and the storage are in core/meeting.
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/MeetingCli.h"
#include "common/WorkstationSettings.h"
#include "domain/ProductCatalogue.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "meeting/MeetingDecisionKinds.h"
#include "meeting/MeetingService.h"
#include "service/DossierService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace guichet {
namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

class MeetingCommand {
    Q_DECLARE_TR_FUNCTIONS(MeetingCommand)
public:
    explicit MeetingCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);

private:
    int show(QCommandLineParser& parser, const QStringList& arguments);
    int set(QCommandLineParser& parser, const QStringList& arguments);
    int record(QCommandLineParser& parser, const QStringList& arguments);
    int verify(QCommandLineParser& parser, const QStringList& arguments);

    // Opens the database and the meeting service for the acting operator: --operator for
    // who, the workstation settings for role, CA registration number and training date.
    bool open();
    std::optional<qint64> dossierId(const QCommandLineParser& parser);
    void printMeeting(const Meeting& meeting, bool json);

    CliContext& m_cx;
    std::unique_ptr<MeetingService> m_service;
    const QCommandLineOption m_json{QStringLiteral("json"), tr("Write JSON for programs.")};
};

bool MeetingCommand::open()
{
    m_service = openMeetingService(m_cx);
    return m_service != nullptr;
}

std::optional<qint64> MeetingCommand::dossierId(const QCommandLineParser& parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&ok);
    if (!ok || id <= 0) {
        return std::nullopt;
    }
    return id;
}

int MeetingCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The face-to-face meeting of a dossier.\n\nCommands:\n"
           "  show ID                 the meeting as recorded\n"
           "  set ID [options]        record the ID document, the place, the organisation "
           "evidence\n"
           "  record ID KIND [--subject S] [--no]   record a decision; KIND is one of %1\n"
           "  verify ID               mark the holder's identity verified (refused while a "
           "rule is not met)")
            .arg([] {
                QStringList keys;
                for (MeetingDecision::Kind kind : MeetingDecisionKinds::all()) {
                    keys.append(MeetingDecisionKinds::key(kind));
                }
                return keys.join(QStringLiteral(", "));
            }()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("show, set, record or verify"));
    return m_cx.dispatch(parser, arguments,
                         {{QStringLiteral("show"), [&] { return show(parser, arguments); }},
                          {QStringLiteral("set"), [&] { return set(parser, arguments); }},
                          {QStringLiteral("record"), [&] { return record(parser, arguments); }},
                          {QStringLiteral("verify"), [&] { return verify(parser, arguments); }}});
}

int MeetingCommand::show(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addPositionalArgument(QStringLiteral("id"), tr("Dossier number."));
    parser.addOption(m_json);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const auto id = dossierId(parser);
    if (!id) {
        return m_cx.usage(tr("write: meeting show ID"));
    }
    if (!open()) {
        return ExitRefused;
    }
    auto meeting = m_service->open(*id);
    if (!meeting) {
        return m_cx.fail(meeting.error());
    }
    printMeeting(*meeting, parser.isSet(m_json));
    return ExitOk;
}

int MeetingCommand::set(QCommandLineParser& parser, const QStringList& arguments)
{
    struct TextOption {
        QCommandLineOption option;
        QString* field;
    };
    struct DateOption {
        QCommandLineOption option;
        QDate* field;
    };
    Meeting edited;
    PresentedDocument& doc = edited.document;
    OrganisationEvidence& org = edited.organisation;
    const QString text = tr("text");
    const QString date = tr("YYYY-MM-DD");
    const QList<TextOption> texts{
        {{QStringLiteral("step"), tr("The guided view's step to resume at."), text}, &edited.step},
        {{QStringLiteral("place"), tr("Where the meeting takes place."), text}, &edited.place},
        {{QStringLiteral("document-type"), tr("ID document type (see \"mrz check --help\")."),
          text},
         &doc.typeId},
        {{QStringLiteral("number"), tr("ID document number."), text}, &doc.number},
        {{QStringLiteral("issuing-state"), tr("Issuing state (ICAO code)."), text},
         &doc.issuingState},
        {{QStringLiteral("issuing-authority"), tr("Issuing authority."), text},
         &doc.issuingAuthority},
        {{QStringLiteral("surnames"), tr("Surnames as on the visual zone."), text}, &doc.surnames},
        {{QStringLiteral("given-names"), tr("Given names as on the visual zone."), text},
         &doc.givenNames},
        {{QStringLiteral("legal-representative"), tr("Who signed the mandate."), text},
         &org.legalRepresentative}};
    const QList<DateOption> dates{
        {{QStringLiteral("issue-date"), tr("Issue date."), date}, &doc.issueDate},
        {{QStringLiteral("expiry-date"), tr("Expiry date as printed."), date}, &doc.expiryDate},
        {{QStringLiteral("birth-date"), tr("Birth date as on the visual zone."), date},
         &doc.birthDate},
        {{QStringLiteral("mandate-date"), tr("Date written on the mandate."), date},
         &org.mandateDate}};
    const QCommandLineOption mrzFile(QStringLiteral("mrz-file"),
                                     tr("File holding the MRZ lines (- for standard input)."),
                                     tr("file"));
    const QCommandLineOption countersigned(QStringLiteral("mandate-countersigned"),
                                           tr("The holder countersigned the mandate."));
    const QCommandLineOption coSigned(QStringLiteral("request-co-signed"),
                                      tr("The request is co-signed by holder and agent."));
    for (const TextOption& each : texts) {
        parser.addOption(each.option);
    }
    for (const DateOption& each : dates) {
        parser.addOption(each.option);
    }
    parser.addOptions({mrzFile, countersigned, coSigned, m_json});
    parser.addPositionalArgument(QStringLiteral("id"), tr("Dossier number."));
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const auto id = dossierId(parser);
    if (!id) {
        return m_cx.usage(tr("write: meeting set ID [options]"));
    }
    if (!open()) {
        return ExitRefused;
    }
    auto current = m_service->open(*id);
    if (!current) {
        return m_cx.fail(current.error());
    }
    edited = *current; // options change only what they name
    for (const TextOption& each : texts) {
        if (parser.isSet(each.option)) {
            *each.field = parser.value(each.option).trimmed();
        }
    }
    for (const DateOption& each : dates) {
        if (parser.isSet(each.option)) {
            const QString value = parser.value(each.option);
            *each.field = QDate::fromString(value, Qt::ISODate);
            if (!value.isEmpty() && !each.field->isValid()) {
                return m_cx.usage(
                    tr("--%1 needs a date as YYYY-MM-DD.").arg(each.option.names().constFirst()));
            }
        }
    }
    if (parser.isSet(mrzFile)) {
        QFile file(parser.value(mrzFile));
        const bool opened = parser.value(mrzFile) == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                                          : file.open(QIODevice::ReadOnly);
        if (!opened) {
            return m_cx.usage(
                tr("cannot read %1: %2").arg(parser.value(mrzFile), file.errorString()));
        }
        doc.mrzLines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    if (parser.isSet(countersigned)) {
        org.mandateCountersigned = true;
    }
    if (parser.isSet(coSigned)) {
        org.requestCoSigned = true;
    }
    auto saved = m_service->save(edited);
    if (!saved) {
        return m_cx.fail(saved.error());
    }
    printMeeting(*saved, parser.isSet(m_json));
    return ExitOk;
}

int MeetingCommand::record(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption subject(QStringLiteral("subject"),
                                     tr("What the decision is about: a security feature id, "
                                        "the terms of use version."),
                                     tr("text"));
    const QCommandLineOption no(QStringLiteral("no"),
                                tr("Record a negative decision (feature unchecked, face not "
                                   "matching, consent refused)."));
    parser.addOptions({subject, no, m_json});
    parser.addPositionalArgument(QStringLiteral("id"), tr("Dossier number."));
    parser.addPositionalArgument(QStringLiteral("kind"), tr("Decision kind."));
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const auto id = dossierId(parser);
    const auto kind = MeetingDecisionKinds::fromKey(parser.positionalArguments().value(2));
    if (!id || !kind) {
        QStringList keys;
        for (MeetingDecision::Kind each : MeetingDecisionKinds::all()) {
            keys.append(MeetingDecisionKinds::key(each));
        }
        return m_cx.usage(tr("write: meeting record ID KIND, where KIND is one of %1.")
                              .arg(keys.join(QStringLiteral(", "))));
    }
    if (!open()) {
        return ExitRefused;
    }
    MeetingDecision decision;
    decision.kind = *kind;
    decision.subject = parser.value(subject);
    decision.value = !parser.isSet(no);
    auto recorded = m_service->record(*id, decision);
    if (!recorded) {
        return m_cx.fail(recorded.error());
    }
    printMeeting(*recorded, parser.isSet(m_json));
    return ExitOk;
}

int MeetingCommand::verify(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addPositionalArgument(QStringLiteral("id"), tr("Dossier number."));
    parser.addOption(m_json);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const auto id = dossierId(parser);
    if (!id) {
        return m_cx.usage(tr("write: meeting verify ID"));
    }
    if (!open()) {
        return ExitRefused;
    }
    auto verified = m_service->verifyIdentity(*id);
    if (!verified) {
        return m_cx.fail(verified.error());
    }
    if (parser.isSet(m_json)) {
        printMeeting(*verified, true);
    } else {
        m_cx.out() << tr("Identity of the holder of dossier %1 verified.").arg(*id) << Qt::endl;
    }
    return ExitOk;
}

void MeetingCommand::printMeeting(const Meeting& m, bool json)
{
    const PresentedDocument& d = m.document;
    QJsonArray decisions;
    for (const MeetingDecision& decision : m.decisions) {
        decisions.append(
            QJsonObject{{QStringLiteral("kind"), MeetingDecisionKinds::key(decision.kind)},
                        {QStringLiteral("subject"), decision.subject},
                        {QStringLiteral("value"), decision.value},
                        {QStringLiteral("operator"), decision.operatorId},
                        {QStringLiteral("at"), decision.atUtc.toString(Qt::ISODateWithMs)}});
    }
    const QJsonObject root{
        {QStringLiteral("dossierId"), m.dossierId},
        {QStringLiteral("version"), m.version},
        {QStringLiteral("step"), m.step},
        {QStringLiteral("startedAt"), m.startedAtUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("place"), m.place},
        {QStringLiteral("operator"), m.operatorId},
        {QStringLiteral("document"),
         QJsonObject{{QStringLiteral("type"), d.typeId},
                     {QStringLiteral("number"), d.number},
                     {QStringLiteral("issuingState"), d.issuingState},
                     {QStringLiteral("issuingAuthority"), d.issuingAuthority},
                     {QStringLiteral("issueDate"), isoDate(d.issueDate)},
                     {QStringLiteral("expiryDate"), isoDate(d.expiryDate)},
                     {QStringLiteral("mrz"), QJsonArray::fromStringList(d.mrzLines)},
                     {QStringLiteral("surnames"), d.surnames},
                     {QStringLiteral("givenNames"), d.givenNames},
                     {QStringLiteral("birthDate"), isoDate(d.birthDate)}}},
        {QStringLiteral("suggestedFeatures"), QJsonArray::fromStringList(m.suggestedFeatures)},
        {QStringLiteral("checkedFeatures"), QJsonArray::fromStringList(m.checkedFeatures())},
        {QStringLiteral("organisation"),
         QJsonObject{{QStringLiteral("legalRepresentative"), m.organisation.legalRepresentative},
                     {QStringLiteral("mandateDate"), isoDate(m.organisation.mandateDate)},
                     {QStringLiteral("mandateCountersigned"), m.organisation.mandateCountersigned},
                     {QStringLiteral("requestCoSigned"), m.organisation.requestCoSigned}}},
        {QStringLiteral("decisions"), decisions},
        {QStringLiteral("identityVerifiedAt"),
         m.identityVerifiedAtUtc ? m.identityVerifiedAtUtc->toString(Qt::ISODateWithMs)
                                 : QString()}};
    if (json) {
        m_cx.out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return;
    }
    QTextStream& out = m_cx.out();
    out << tr("Meeting of dossier %1 (version %2)").arg(m.dossierId).arg(m.version) << Qt::endl;
    out << tr("Started: %1 by %2, place: %3")
               .arg(m.startedAtUtc.toString(Qt::ISODate), m.operatorId, m.place)
        << Qt::endl;
    out << tr("ID document: %1 %2 (%3), valid %4 to %5")
               .arg(d.typeId, d.number, d.issuingState, isoDate(d.issueDate), isoDate(d.expiryDate))
        << Qt::endl;
    out << tr("Suggested features: %1").arg(m.suggestedFeatures.join(QStringLiteral(", ")))
        << Qt::endl;
    out << tr("Checked features: %1").arg(m.checkedFeatures().join(QStringLiteral(", ")))
        << Qt::endl;
    for (const MeetingDecision& decision : m.decisions) {
        out << QStringLiteral("  %1  %2 %3 %4 (%5)")
                   .arg(decision.atUtc.toString(Qt::ISODate),
                        MeetingDecisionKinds::displayName(decision.kind), decision.subject,
                        decision.value ? tr("yes") : tr("no"), decision.operatorId)
            << Qt::endl;
    }
    if (m.identityVerifiedAtUtc) {
        out << tr("Identity verified: %1").arg(m.identityVerifiedAtUtc->toString(Qt::ISODate))
            << Qt::endl;
    }
}

} // namespace

int runMeetingCommand(CliContext& context, const QStringList& arguments)
{
    return MeetingCommand(context).run(arguments);
}

std::unique_ptr<MeetingService> openMeetingService(CliContext& context)
{
    DossierService* dossiers = context.service();
    if (dossiers == nullptr) {
        return nullptr;
    }
    WorkstationSettings settings;
    OperatorProfile profile = settings.operatorProfile();
    profile.identity = dossiers->actor();
    return std::make_unique<MeetingService>(dossiers->database(), dossiers->clock(),
                                            dossiers->catalogue(),
                                            IdentityDocumentCatalogue::builtIn(), profile);
}

} // namespace guichet
