// The reader monitor against the real pcscd with the vpcd driver and the card emulator.
#include "smartcard/ReaderMonitor.h"

#include "SmartcardRig.h"
#include "VpcdCardEmulator.h"
#include "smartcard/AtrCatalogue.h"
#include "smartcard/Pcsc.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <gtest/gtest.h>

using namespace guichet;
using guichet::test::SmartcardRig;
using guichet::test::VpcdCardEmulator;
using guichet::test::waitFor;

namespace {

const QString kReader0 = QString::fromLatin1(SmartcardRig::kReader0);
const QString kReader1 = QString::fromLatin1(SmartcardRig::kReader1);

QByteArray bytes(const VpcdCardEmulator::Bytes& raw)
{
    return QByteArray(reinterpret_cast<const char*>(raw.data()),
                      static_cast<qsizetype>(raw.size()));
}

// Everything the monitor says, in order, as "kind reader [atr]".
class EventLog : public QObject {
public:
    explicit EventLog(ReaderMonitor& monitor)
    {
        connect(&monitor, &ReaderMonitor::readerAdded, this,
                [this](const QString& r) { events.append(QStringLiteral("readerAdded ") + r); });
        connect(&monitor, &ReaderMonitor::readerRemoved, this,
                [this](const QString& r) { events.append(QStringLiteral("readerRemoved ") + r); });
        connect(&monitor, &ReaderMonitor::cardInserted, this,
                [this](const QString& r, const QByteArray& atr) {
                    events.append(QStringLiteral("cardInserted ") + r);
                    atrs.append(atr);
                });
        connect(&monitor, &ReaderMonitor::cardRemoved, this,
                [this](const QString& r) { events.append(QStringLiteral("cardRemoved ") + r); });
        connect(&monitor, &ReaderMonitor::serviceLost, this,
                [this](const QString&) { events.append(QStringLiteral("serviceLost")); });
        connect(&monitor, &ReaderMonitor::serviceRestored, this,
                [this] { events.append(QStringLiteral("serviceRestored")); });
        connect(&monitor, &ReaderMonitor::synchronised, this,
                [this] { events.append(QStringLiteral("synchronised")); });
    }
    qsizetype count(const QString& event) const { return events.count(event); }
    QStringList events;
    QList<QByteArray> atrs;
};

class ReaderMonitorTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (SmartcardRig::unavailableReason()) {
            return; // each test says why it skips
        }
        log = std::make_unique<EventLog>(monitor);
        monitor.start();
        ASSERT_TRUE(waitFor([&] { return log->count(QStringLiteral("synchronised")) > 0; }))
            << log->events.join(u", ").toStdString();
        // A card the previous test removed may still be listed until vpcd polls it (~400 ms):
        // start from empty readers, or a stale "present" would mislead the test.
        ASSERT_TRUE(waitFor([&] {
            const auto r0 = monitor.reader(kReader0);
            const auto r1 = monitor.reader(kReader1);
            return r0 && r1 && !r0->cardPresent && !r1->cardPresent;
        })) << log->events.join(u", ").toStdString();
        log->events.clear();
        log->atrs.clear();
    }
    ReaderMonitor monitor{ReaderMonitor::Options{20, 500}, nullptr};
    std::unique_ptr<EventLog> log;
};

} // namespace

TEST_F(ReaderMonitorTest, ListsTheTestReadersWithoutPinpad)
{
    GUICHET_REQUIRE_PCSC_RIG();
    ASSERT_TRUE(monitor.reader(kReader0).has_value());
    ASSERT_TRUE(monitor.reader(kReader1).has_value());
    EXPECT_TRUE(monitor.isServiceAvailable());
    // vpcd answers no part 10 feature request: the monitor must not invent a pinpad.
    EXPECT_FALSE(monitor.reader(kReader0)->features.hasPinpad());
    EXPECT_FALSE(monitor.reader(kReader0)->cardPresent);
}

TEST_F(ReaderMonitorTest, SeesCardInsertionAndRemovalWithItsAtr)
{
    GUICHET_REQUIRE_PCSC_RIG();
    VpcdCardEmulator card(VpcdCardEmulator::testCardAtr(), 40000);
    std::string error;
    ASSERT_TRUE(card.insert(&error)) << error;
    ASSERT_TRUE(waitFor([&] {
        return log->count(QStringLiteral("cardInserted ") + kReader0) == 1;
    })) << log->events.join(u", ").toStdString();
    EXPECT_EQ(log->atrs.last(), bytes(VpcdCardEmulator::testCardAtr()));
    EXPECT_TRUE(monitor.reader(kReader0)->cardPresent);
    const TokenModel* model = AtrCatalogue::builtIn().identify(monitor.reader(kReader0)->atr);
    ASSERT_NE(model, nullptr);
    EXPECT_EQ(model->id, QStringLiteral("guichet-test-card"));
    EXPECT_FALSE(monitor.reader(kReader1)->cardPresent);

    card.remove();
    ASSERT_TRUE(waitFor([&] { return log->count(QStringLiteral("cardRemoved ") + kReader0) == 1; }))
        << log->events.join(u", ").toStdString();
    EXPECT_FALSE(monitor.reader(kReader0)->cardPresent);
    EXPECT_TRUE(monitor.reader(kReader0)->atr.isEmpty());
}

TEST_F(ReaderMonitorTest, UnknownCardIsReportedWithItsAtr)
{
    GUICHET_REQUIRE_PCSC_RIG();
    VpcdCardEmulator card(VpcdCardEmulator::unknownCardAtr(), 40001);
    std::string error;
    ASSERT_TRUE(card.insert(&error)) << error;
    ASSERT_TRUE(waitFor([&] {
        return log->count(QStringLiteral("cardInserted ") + kReader1) == 1;
    })) << log->events.join(u", ").toStdString();
    EXPECT_EQ(AtrCatalogue::builtIn().identify(log->atrs.last()), nullptr);
    EXPECT_EQ(atrToHex(log->atrs.last()), QStringLiteral("3B 88 80 01 55 4E 4B 4E 4F 57 4E 21 60"));
}

TEST_F(ReaderMonitorTest, ExchangesApdusWithTheCard)
{
    GUICHET_REQUIRE_PCSC_RIG();
    VpcdCardEmulator card(VpcdCardEmulator::testCardAtr(), 40000);
    std::string error;
    ASSERT_TRUE(card.insert(&error)) << error;
    ASSERT_TRUE(
        waitFor([&] { return monitor.reader(kReader0) && monitor.reader(kReader0)->cardPresent; }));
    std::optional<CardResult<QList<QByteArray>>> answer;
    QObject receiver;
    monitor.exchange(
        &receiver, kReader0,
        {QByteArray::fromHex("00A4040007A0000000030000"), QByteArray::fromHex("00CA9F7F00")},
        [&](CardResult<QList<QByteArray>> result) { answer.emplace(std::move(result)); });
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }));
    ASSERT_TRUE(answer->ok()) << answer->error().message.toStdString();
    ASSERT_EQ(answer->value().size(), 2);
    EXPECT_EQ(answer->value().at(0), QByteArray::fromHex("9000"));
    EXPECT_EQ(answer->value().at(1), QByteArray::fromHex("474300019000"));
    EXPECT_EQ(card.commandCount(), 2);
}

TEST_F(ReaderMonitorTest, ExchangeWithAnEmptyReaderSaysThereIsNoCard)
{
    GUICHET_REQUIRE_PCSC_RIG();
    std::optional<CardResult<QList<QByteArray>>> answer;
    QObject receiver;
    monitor.exchange(
        &receiver, kReader1, {QByteArray::fromHex("00A40400")},
        [&](CardResult<QList<QByteArray>> result) { answer.emplace(std::move(result)); });
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }));
    ASSERT_FALSE(answer->ok());
    EXPECT_EQ(answer->error().fault, CardFault::NoCard) << answer->error().message.toStdString();
}

TEST_F(ReaderMonitorTest, CardRemovedInTheMiddleOfAnExchangeGivesCardRemoved)
{
    GUICHET_REQUIRE_PCSC_RIG();
    VpcdCardEmulator card(VpcdCardEmulator::testCardAtr(), 40000);
    std::string error;
    ASSERT_TRUE(card.insert(&error)) << error;
    ASSERT_TRUE(
        waitFor([&] { return monitor.reader(kReader0) && monitor.reader(kReader0)->cardPresent; }));
    card.stallNextCommand();
    std::optional<CardResult<QList<QByteArray>>> answer;
    QObject receiver;
    monitor.exchange(
        &receiver, kReader0,
        {QByteArray::fromHex("00A4040007A0000000030000"), QByteArray::fromHex("00CA9F7F00")},
        [&](CardResult<QList<QByteArray>> result) { answer.emplace(std::move(result)); });
    ASSERT_TRUE(card.waitUntilStalled(std::chrono::seconds(10)));
    EXPECT_FALSE(answer.has_value());
    card.remove(); // the holder pulls the token out while the card "thinks"
    QElapsedTimer elapsed;
    elapsed.start();
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }, std::chrono::seconds(10)))
        << "the exchange hangs after the card was removed";
    ASSERT_FALSE(answer->ok());
    EXPECT_EQ(answer->error().fault, CardFault::Removed)
        << answer->error().message.toStdString() << " code " << std::hex
        << answer->error().pcscCode;
    EXPECT_TRUE(answer->error().message.contains(QStringLiteral("removed")));
    // And the monitor goes on: it reports the removal and sees the card come back.
    ASSERT_TRUE(
        waitFor([&] { return log->count(QStringLiteral("cardRemoved ") + kReader0) == 1; }));
    ASSERT_TRUE(card.insert(&error)) << error;
    ASSERT_TRUE(
        waitFor([&] { return log->count(QStringLiteral("cardInserted ") + kReader0) == 2; }));
}

TEST_F(ReaderMonitorTest, SurvivesPcscdRestart)
{
    GUICHET_REQUIRE_PCSC_RIG();
    if (!SmartcardRig::ownsDaemon()) {
        if (SmartcardRig::required()) {
            FAIL() << "GUICHET_REQUIRE_PCSCD=1 but the rig reused a pcscd it may not restart";
        }
        GTEST_SKIP() << "the rig reused a running pcscd, which this test must not kill";
    }
    VpcdCardEmulator card(VpcdCardEmulator::testCardAtr(), 40000);
    std::string error;
    ASSERT_TRUE(card.insert(&error)) << error;
    ASSERT_TRUE(
        waitFor([&] { return log->count(QStringLiteral("cardInserted ") + kReader0) == 1; }));

    ASSERT_TRUE(SmartcardRig::run(QStringLiteral("kill")).has_value()); // a crash, not a clean stop
    ASSERT_TRUE(waitFor([&] { return log->count(QStringLiteral("serviceLost")) == 1; }))
        << log->events.join(u", ").toStdString();
    EXPECT_EQ(log->count(QStringLiteral("cardRemoved ") + kReader0), 1);
    EXPECT_EQ(log->count(QStringLiteral("readerRemoved ") + kReader0), 1);
    EXPECT_EQ(log->count(QStringLiteral("readerRemoved ") + kReader1), 1);
    EXPECT_TRUE(monitor.readers().isEmpty());
    EXPECT_FALSE(monitor.isServiceAvailable());

    const auto started = SmartcardRig::run(QStringLiteral("start"));
    ASSERT_TRUE(started.has_value());
    ASSERT_EQ(*started, QStringLiteral("started"));
    ASSERT_TRUE(waitFor([&] { return log->count(QStringLiteral("serviceRestored")) == 1; },
                        std::chrono::seconds(15)))
        << log->events.join(u", ").toStdString();
    ASSERT_TRUE(waitFor([&] { return monitor.reader(kReader0) && monitor.reader(kReader1); }));
    EXPECT_EQ(log->count(QStringLiteral("readerAdded ") + kReader0), 1);

    // The card's connection died with the old daemon; inserted again, it is seen again.
    ASSERT_TRUE(card.insert(&error)) << error;
    ASSERT_TRUE(waitFor([&] {
        return log->count(QStringLiteral("cardInserted ") + kReader0) == 2;
    })) << log->events.join(u", ").toStdString();
    EXPECT_EQ(log->atrs.last(), bytes(VpcdCardEmulator::testCardAtr()));
}

namespace {
QStringList g_pcscLog;
void capturePcscLog(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (context.category != nullptr &&
        QLatin1String(context.category) == QLatin1String("guichet.pcsc")) {
        g_pcscLog.append(message);
    }
}
} // namespace

TEST_F(ReaderMonitorTest, CardResetByAnotherApplicationIsReconnectedAndRetriedOnce)
{
    GUICHET_REQUIRE_PCSC_RIG();
    VpcdCardEmulator card(VpcdCardEmulator::testCardAtr(), 40000);
    std::string error;
    ASSERT_TRUE(card.insert(&error)) << error;
    ASSERT_TRUE(
        waitFor([&] { return monitor.reader(kReader0) && monitor.reader(kReader0)->cardPresent; }));
    const QList<QByteArray> commands{QByteArray::fromHex("00A4040007A0000000030000"),
                                     QByteArray::fromHex("00CA9F7F00")};
    QObject receiver;
    std::optional<CardResult<QList<QByteArray>>> first;
    monitor.exchange(&receiver, kReader0, commands, [&](CardResult<QList<QByteArray>> result) {
        first.emplace(std::move(result));
    });
    ASSERT_TRUE(waitFor([&] { return first.has_value(); }));
    ASSERT_TRUE(first->ok()) << first->error().message.toStdString();

    // Another application resets the card while Guichet keeps its connection.
    SCARDCONTEXT other = 0;
    ASSERT_EQ(SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &other), SCARD_S_SUCCESS);
    SCARDHANDLE handle = 0;
    DWORD protocol = 0;
    const QByteArray name = kReader0.toUtf8();
    ASSERT_EQ(SCardConnect(other, name.constData(), SCARD_SHARE_SHARED,
                           SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle, &protocol),
              SCARD_S_SUCCESS);
    EXPECT_EQ(SCardReconnect(handle, SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                             SCARD_RESET_CARD, &protocol),
              SCARD_S_SUCCESS);
    SCardDisconnect(handle, SCARD_LEAVE_CARD);
    SCardReleaseContext(other);
    ASSERT_TRUE(waitFor([&] { return card.resetCount() >= 1; }));

    g_pcscLog.clear();
    // The retry is visible only in the PC/SC log, which makeHermetic() keeps quiet.
    QLoggingCategory::setFilterRules(
        QStringLiteral("guichet.*.debug=false\nguichet.pcsc.info=true"));
    const QtMessageHandler previous = qInstallMessageHandler(capturePcscLog);
    std::optional<CardResult<QList<QByteArray>>> second;
    monitor.exchange(&receiver, kReader0, commands, [&](CardResult<QList<QByteArray>> result) {
        second.emplace(std::move(result));
    });
    const bool answered = waitFor([&] { return second.has_value(); });
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=false\nguichet.*.info=false"));
    ASSERT_TRUE(answered);
    ASSERT_TRUE(second->ok()) << second->error().message.toStdString();
    EXPECT_EQ(second->value().at(1), QByteArray::fromHex("474300019000"));
    EXPECT_EQ(g_pcscLog.filter(QStringLiteral("card reset in")).size(), 1)
        << g_pcscLog.join(u"; ").toStdString();
}

TEST_F(ReaderMonitorTest, ExchangeWithAReaderThatIsGoneSaysSo)
{
    GUICHET_REQUIRE_PCSC_RIG();
    std::optional<CardResult<QList<QByteArray>>> answer;
    QObject receiver;
    monitor.exchange(
        &receiver, QStringLiteral("Guichet Test Reader 00 07"), {QByteArray::fromHex("00A40400")},
        [&](CardResult<QList<QByteArray>> result) { answer.emplace(std::move(result)); });
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }));
    ASSERT_FALSE(answer->ok());
    EXPECT_EQ(answer->error().fault, CardFault::UnknownReader)
        << answer->error().message.toStdString();
}

TEST_F(ReaderMonitorTest, StopsPromptlyWhileWaiting)
{
    GUICHET_REQUIRE_PCSC_RIG();
    QElapsedTimer elapsed;
    elapsed.start();
    monitor.stop(); // SCardCancel wakes the blocking SCardGetStatusChange
    EXPECT_LT(elapsed.elapsed(), 1500);
}

TEST(ReaderMonitorWithoutService, ExchangeBeforeStartSaysTheServiceIsUnavailable)
{
    ReaderMonitor idle;
    std::optional<CardResult<QList<QByteArray>>> answer;
    QObject receiver;
    idle.exchange(&receiver, kReader0, {QByteArray::fromHex("00A40400")},
                  [&](CardResult<QList<QByteArray>> result) { answer.emplace(std::move(result)); });
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }));
    ASSERT_FALSE(answer->ok());
    EXPECT_EQ(answer->error().fault, CardFault::ServiceUnavailable);
    EXPECT_TRUE(answer->error().message.contains(QStringLiteral("pcscd")));
}
