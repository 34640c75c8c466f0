#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "smartcard/AtrCatalogue.h"
#include "smartcard/ReaderMonitor.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace guichet {
namespace {

// guichet-cli readers [--watch SECONDS] [--json]: the readers and cards the workstation sees,
// through the same ReaderMonitor the GUI's panel uses.
class ReaderCommand {
    Q_DECLARE_TR_FUNCTIONS(ReaderCommand)
public:
    explicit ReaderCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);

private:
    QJsonObject cardJson(const QByteArray& atr) const;
    QString cardText(const QByteArray& atr) const;
    QJsonObject readerJson(const ReaderInfo& reader) const;
    void printList(const ReaderMonitor& monitor);
    void printEvent(const QString& event, const QString& reader, const QByteArray& atr = {},
                    const QString& message = {});

    CliContext& m_cx;
    const AtrCatalogue& m_catalogue = AtrCatalogue::builtIn();
    bool m_json = false;
};

QJsonObject ReaderCommand::cardJson(const QByteArray& atr) const
{
    QJsonObject card{{QStringLiteral("atr"), atrToHex(atr)}};
    const TokenModel* model = m_catalogue.identify(atr);
    card.insert(QStringLiteral("known"), model != nullptr);
    if (model != nullptr) {
        card.insert(QStringLiteral("id"), model->id);
        card.insert(QStringLiteral("model"), model->model);
        card.insert(QStringLiteral("manufacturer"), model->manufacturer);
        card.insert(QStringLiteral("qscd"), model->qscd);
        if (model->qscd) {
            card.insert(QStringLiteral("qscdReference"), model->qscdReference);
        }
    }
    return card;
}

QString ReaderCommand::cardText(const QByteArray& atr) const
{
    const TokenModel* model = m_catalogue.identify(atr);
    if (model == nullptr) {
        return tr("unknown card, ATR %1").arg(atrToHex(atr));
    }
    return tr("%1 (%2)%3, ATR %4")
        .arg(model->model, model->manufacturer,
             model->qscd ? tr(", certified QSCD: %1").arg(model->qscdReference) : QString(),
             atrToHex(atr));
}

QJsonObject ReaderCommand::readerJson(const ReaderInfo& reader) const
{
    QJsonObject object{{QStringLiteral("name"), reader.name},
                       {QStringLiteral("pinpad"), reader.features.hasPinpad()}};
    object.insert(QStringLiteral("card"), reader.cardPresent ? QJsonValue(cardJson(reader.atr))
                                                             : QJsonValue(QJsonValue::Null));
    return object;
}

void ReaderCommand::printList(const ReaderMonitor& monitor)
{
    const QList<ReaderInfo> readers = monitor.readers();
    if (m_json) {
        QJsonArray list;
        for (const ReaderInfo& reader : readers) {
            list.append(readerJson(reader));
        }
        m_cx.out() << QJsonDocument(QJsonObject{{QStringLiteral("serviceAvailable"),
                                                 monitor.isServiceAvailable()},
                                                {QStringLiteral("readers"), list}})
                          .toJson(QJsonDocument::Compact)
                   << Qt::endl;
        return;
    }
    if (readers.isEmpty()) {
        m_cx.out() << tr("No card reader.") << Qt::endl;
    }
    for (const ReaderInfo& reader : readers) {
        m_cx.out() << tr("%1%2: %3")
                          .arg(reader.name,
                               reader.features.hasPinpad() ? tr(" [pinpad]") : QString(),
                               reader.cardPresent ? cardText(reader.atr) : tr("no card"))
                   << Qt::endl;
    }
}

void ReaderCommand::printEvent(const QString& event, const QString& reader, const QByteArray& atr,
                               const QString& message)
{
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (m_json) {
        QJsonObject line{{QStringLiteral("time"), time}, {QStringLiteral("event"), event}};
        if (!reader.isEmpty()) {
            line.insert(QStringLiteral("reader"), reader);
        }
        if (!atr.isEmpty()) {
            line.insert(QStringLiteral("card"), cardJson(atr));
        }
        if (!message.isEmpty()) {
            line.insert(QStringLiteral("message"), message);
        }
        m_cx.out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    QString text;
    if (event == u"readerAdded") {
        text = tr("reader connected: %1").arg(reader);
    } else if (event == u"readerRemoved") {
        text = tr("reader disconnected: %1").arg(reader);
    } else if (event == u"cardInserted") {
        text = tr("card inserted in %1: %2").arg(reader, cardText(atr));
    } else if (event == u"cardRemoved") {
        text = tr("card removed from %1").arg(reader);
    } else if (event == u"serviceLost") {
        text = tr("smart card service lost: %1").arg(message);
    } else {
        text = tr("smart card service back");
    }
    m_cx.out() << QStringLiteral("%1 %2").arg(time, text) << Qt::endl;
}

int ReaderCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the smart card readers and the cards in them (model from the ATR catalogue).\n"
           "With --watch, then prints readers and cards coming and going for that many seconds."));
    parser.addHelpOption();
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   tr("Keep watching for this many seconds."), tr("seconds"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Write JSON (with --watch: one JSON object per line)."));
    parser.addOptions({watch, json});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    if (parser.positionalArguments().size() > 1) {
        return m_cx.usage(tr("readers takes no argument."));
    }
    int seconds = 0;
    if (parser.isSet(watch)) {
        bool ok = false;
        seconds = parser.value(watch).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600) {
            return m_cx.usage(tr("--watch needs a number of seconds between 1 and 86400."));
        }
    }
    m_json = parser.isSet(json);

    ReaderMonitor monitor;
    QEventLoop loop;
    QObject::connect(&monitor, &ReaderMonitor::synchronised, &loop, &QEventLoop::quit);
    QObject::connect(&monitor, &ReaderMonitor::serviceLost, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit); // the service answers in milliseconds
    monitor.start();
    loop.exec();
    QObject::disconnect(&monitor, nullptr, &loop, nullptr);
    if (!monitor.hasSynchronised()) {
        return m_cx.fail({ErrorCode::Io, tr("the smart card service did not answer.")});
    }
    if (seconds == 0) {
        if (!monitor.isServiceAvailable()) {
            return m_cx.fail({ErrorCode::Io, tr("the smart card service (pcscd) is not running.")});
        }
        printList(monitor);
        return ExitOk;
    }

    // Watching: the current picture first, then each change as it happens.
    if (m_json) {
        printList(monitor);
    } else if (!monitor.isServiceAvailable()) {
        m_cx.out() << tr("The smart card service (pcscd) is not running; waiting for it.")
                   << Qt::endl;
    } else {
        printList(monitor);
    }
    QObject context;
    QObject::connect(&monitor, &ReaderMonitor::readerAdded, &context,
                     [this](const QString& r) { printEvent(QStringLiteral("readerAdded"), r); });
    QObject::connect(&monitor, &ReaderMonitor::readerRemoved, &context,
                     [this](const QString& r) { printEvent(QStringLiteral("readerRemoved"), r); });
    QObject::connect(&monitor, &ReaderMonitor::cardInserted, &context,
                     [this](const QString& r, const QByteArray& atr) {
                         printEvent(QStringLiteral("cardInserted"), r, atr);
                     });
    QObject::connect(&monitor, &ReaderMonitor::cardRemoved, &context,
                     [this](const QString& r) { printEvent(QStringLiteral("cardRemoved"), r); });
    QObject::connect(&monitor, &ReaderMonitor::serviceLost, &context, [this](const QString& why) {
        printEvent(QStringLiteral("serviceLost"), {}, {}, why);
    });
    QObject::connect(&monitor, &ReaderMonitor::serviceRestored, &context,
                     [this] { printEvent(QStringLiteral("serviceRestored"), {}); });
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    monitor.stop();
    return ExitOk;
}

} // namespace

int runReaderCommand(CliContext& context, const QStringList& arguments)
{
    return ReaderCommand(context).run(arguments);
}

} // namespace guichet
