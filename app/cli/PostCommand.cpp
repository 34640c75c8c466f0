#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "evidence/PostalDispatch.h"
#include "service/DossierService.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {
namespace {

// guichet-cli post send|received|list: the paper originals of a dossier sent to the CA by
// post, tracked until the CA receives them.
class PostCommand {
    Q_DECLARE_TR_FUNCTIONS(PostCommand)
public:
    explicit PostCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);

private:
    int send(QCommandLineParser& parser, const QStringList& arguments);
    int received(QCommandLineParser& parser, const QStringList& arguments);
    int list(QCommandLineParser& parser, const QStringList& arguments);
    std::optional<qint64> dossierId(const QCommandLineParser& parser) const;
    std::unique_ptr<PostalDispatchService> open();
    QJsonObject toJson(const PostalDispatch& d) const;

    CliContext& m_cx;
    const QCommandLineOption m_json{QStringLiteral("json"), tr("Write JSON for programs.")};
};

int PostCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Originals sent to the CA by post.\n\nCommands:\n"
           "  send ID --sent-on YYYY-MM-DD --tracking NUMBER [--carrier NAME]\n"
           "                          record that the dossier's originals were posted\n"
           "  received ID --on YYYY-MM-DD   record that the CA received them\n"
           "  list ID [--json]        the dossier's dispatches"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("send, received or list"));
    return m_cx.dispatch(parser, arguments,
                         {{QStringLiteral("send"), [&] { return send(parser, arguments); }},
                          {QStringLiteral("received"), [&] { return received(parser, arguments); }},
                          {QStringLiteral("list"), [&] { return list(parser, arguments); }}});
}

std::optional<qint64> PostCommand::dossierId(const QCommandLineParser& parser) const
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

std::unique_ptr<PostalDispatchService> PostCommand::open()
{
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return nullptr;
    }
    return std::make_unique<PostalDispatchService>(service->database(), service->clock(),
                                                   service->actor());
}

QJsonObject PostCommand::toJson(const PostalDispatch& d) const
{
    return {{QStringLiteral("dossier"), d.dossierId},
            {QStringLiteral("sent_on"), d.sentOn.toString(Qt::ISODate)},
            {QStringLiteral("carrier"), d.carrier},
            {QStringLiteral("tracking"), d.trackingNumber},
            {QStringLiteral("received_on"),
             d.receivedOn ? d.receivedOn->toString(Qt::ISODate) : QString()},
            {QStringLiteral("sent_recorded_by"), d.sentRecordedBy},
            {QStringLiteral("received_recorded_by"), d.receivedRecordedBy}};
}

int PostCommand::send(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption sentOn(QStringLiteral("sent-on"), tr("Date posted (YYYY-MM-DD)."),
                                    tr("date"));
    const QCommandLineOption tracking(QStringLiteral("tracking"),
                                      tr("The carrier's tracking number."), tr("number"));
    const QCommandLineOption carrier(QStringLiteral("carrier"),
                                     tr("The carrier (default: La Poste)."), tr("name"),
                                     PostalDispatchService::DefaultCarrier);
    parser.addOptions({sentOn, tracking, carrier, m_json});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const auto id = dossierId(parser);
    const QDate date = QDate::fromString(parser.value(sentOn), Qt::ISODate);
    if (!id || !date.isValid() || !parser.isSet(tracking)) {
        return m_cx.usage(
            tr("post send ID --sent-on YYYY-MM-DD --tracking NUMBER [--carrier NAME]"));
    }
    auto postal = open();
    if (!postal) {
        return ExitRefused;
    }
    auto sent = postal->recordSent(*id, date, parser.value(tracking), parser.value(carrier));
    if (!sent) {
        return m_cx.fail(sent.error());
    }
    if (parser.isSet(m_json)) {
        m_cx.out() << QJsonDocument(toJson(*sent)).toJson(QJsonDocument::Indented);
    } else {
        m_cx.out() << tr("Originals of dossier %1 posted on %2 (%3, tracking %4).")
                          .arg(*id)
                          .arg(sent->sentOn.toString(Qt::ISODate), sent->carrier,
                               sent->trackingNumber)
                   << Qt::endl;
    }
    return ExitOk;
}

int PostCommand::received(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption on(QStringLiteral("on"),
                                tr("Date the CA received the originals (YYYY-MM-DD)."), tr("date"));
    parser.addOptions({on, m_json});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const auto id = dossierId(parser);
    const QDate date = QDate::fromString(parser.value(on), Qt::ISODate);
    if (!id || !date.isValid()) {
        return m_cx.usage(tr("post received ID --on YYYY-MM-DD"));
    }
    auto postal = open();
    if (!postal) {
        return ExitRefused;
    }
    auto done = postal->recordReceived(*id, date);
    if (!done) {
        return m_cx.fail(done.error());
    }
    if (parser.isSet(m_json)) {
        m_cx.out() << QJsonDocument(toJson(*done)).toJson(QJsonDocument::Indented);
    } else {
        m_cx.out() << tr("The CA received the originals of dossier %1 on %2.")
                          .arg(*id)
                          .arg(date.toString(Qt::ISODate))
                   << Qt::endl;
    }
    return ExitOk;
}

int PostCommand::list(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addOption(m_json);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const auto id = dossierId(parser);
    if (!id) {
        return m_cx.usage(tr("post list ID [--json]"));
    }
    auto postal = open();
    if (!postal) {
        return ExitRefused;
    }
    auto all = postal->forDossier(*id);
    if (!all) {
        return m_cx.fail(all.error());
    }
    if (parser.isSet(m_json)) {
        QJsonArray list;
        for (const PostalDispatch& d : *all) {
            list.append(toJson(d));
        }
        m_cx.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const PostalDispatch& d : *all) {
        m_cx.out() << tr("%1  %2  %3  received: %4")
                          .arg(d.sentOn.toString(Qt::ISODate), d.carrier, d.trackingNumber,
                               d.receivedOn ? d.receivedOn->toString(Qt::ISODate) : tr("not yet"))
                   << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int runPostCommand(CliContext& context, const QStringList& arguments)
{
    return PostCommand(context).run(arguments);
}

} // namespace guichet
