// guichet-cli readers against the real pcscd rig.
#include "SmartcardRig.h"
#include "VpcdCardEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using guichet::test::SmartcardRig;
using guichet::test::VpcdCardEmulator;
using guichet::test::waitFor;

namespace {

void startCli(QProcess& process, const QTemporaryDir& home, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GUICHET_CLI), arguments);
}

QJsonObject readerNamed(const QJsonArray& readers, const char* name)
{
    for (const QJsonValue& reader : readers) {
        if (reader.toObject().value(QStringLiteral("name")).toString() == QLatin1String(name)) {
            return reader.toObject();
        }
    }
    return {};
}

} // namespace

TEST(ReaderCli, ListsReadersAndRecognisesTheCardAsJson)
{
    GUICHET_REQUIRE_PCSC_RIG();
    VpcdCardEmulator card(VpcdCardEmulator::testCardAtr(), 40000);
    std::string error;
    ASSERT_TRUE(card.insert(&error)) << error;
    QTemporaryDir home;
    // pcscd needs a moment to see the new card: poll the command until it does.
    QJsonObject reader0;
    ASSERT_TRUE(waitFor([&] {
        QProcess cli;
        startCli(cli, home, {QStringLiteral("readers"), QStringLiteral("--json")});
        if (!cli.waitForFinished(15000) || cli.exitCode() != 0) {
            return false;
        }
        const QJsonObject list = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        reader0 =
            readerNamed(list.value(QStringLiteral("readers")).toArray(), SmartcardRig::kReader0);
        return reader0.value(QStringLiteral("card")).isObject();
    }));
    const QJsonObject cardJson = reader0.value(QStringLiteral("card")).toObject();
    EXPECT_TRUE(cardJson.value(QStringLiteral("known")).toBool());
    EXPECT_EQ(cardJson.value(QStringLiteral("id")).toString(), QStringLiteral("guichet-test-card"));
    EXPECT_EQ(cardJson.value(QStringLiteral("atr")).toString(),
              QStringLiteral("3B 88 80 01 47 55 49 43 48 45 54 31 79"));
    EXPECT_FALSE(reader0.value(QStringLiteral("pinpad")).toBool());
}

TEST(ReaderCli, TextListingShowsUnknownCardsWithTheirAtr)
{
    GUICHET_REQUIRE_PCSC_RIG();
    VpcdCardEmulator card(VpcdCardEmulator::unknownCardAtr(), 40001);
    std::string error;
    ASSERT_TRUE(card.insert(&error)) << error;
    QTemporaryDir home;
    QString output;
    ASSERT_TRUE(waitFor([&] {
        QProcess cli;
        startCli(cli, home, {QStringLiteral("readers")});
        if (!cli.waitForFinished(15000) || cli.exitCode() != 0) {
            return false;
        }
        output = QString::fromUtf8(cli.readAllStandardOutput());
        return output.contains(QStringLiteral("unknown card")) &&
               output.contains(QStringLiteral("Guichet Test Reader 00 00: no card"));
    })) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral(
        "Guichet Test Reader 00 01: unknown card, ATR 3B 88 80 01 55 4E 4B 4E 4F 57 4E 21 60")))
        << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("Guichet Test Reader 00 00: no card")))
        << output.toStdString();
}

TEST(ReaderCli, WatchPrintsInsertionAndRemovalAsJsonLines)
{
    GUICHET_REQUIRE_PCSC_RIG();
    QTemporaryDir home;
    QProcess cli;
    startCli(cli, home,
             {QStringLiteral("readers"), QStringLiteral("--watch"), QStringLiteral("8"),
              QStringLiteral("--json")});
    ASSERT_TRUE(cli.waitForStarted());
    QByteArray output;
    // The first line is the current picture; then the card comes and goes.
    ASSERT_TRUE(waitFor([&] {
        cli.waitForReadyRead(50);
        output += cli.readAllStandardOutput();
        return output.contains("\"readers\"");
    }));
    VpcdCardEmulator card(VpcdCardEmulator::testCardAtr(), 40000);
    std::string error;
    ASSERT_TRUE(card.insert(&error)) << error;
    ASSERT_TRUE(waitFor([&] {
        cli.waitForReadyRead(50);
        output += cli.readAllStandardOutput();
        return output.contains("\"cardInserted\"");
    })) << output.toStdString();
    card.remove();
    ASSERT_TRUE(waitFor([&] {
        cli.waitForReadyRead(50);
        output += cli.readAllStandardOutput();
        return output.contains("\"cardRemoved\"");
    })) << output.toStdString();
    ASSERT_TRUE(cli.waitForFinished(15000));
    output += cli.readAllStandardOutput();
    EXPECT_EQ(cli.exitCode(), 0);
    int events = 0;
    for (const QByteArray& line : output.split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(line, &parseError).object();
        ASSERT_EQ(parseError.error, QJsonParseError::NoError) << line.toStdString();
        if (object.value(QStringLiteral("event")).toString() == u"cardInserted") {
            ++events;
            EXPECT_EQ(object.value(QStringLiteral("reader")).toString(),
                      QLatin1String(SmartcardRig::kReader0));
            EXPECT_EQ(object.value(QStringLiteral("card"))
                          .toObject()
                          .value(QStringLiteral("model"))
                          .toString(),
                      QStringLiteral("Guichet test card (emulated)"));
        }
    }
    EXPECT_EQ(events, 1);
}

TEST(ReaderCli, WatchNeedsANumberOfSeconds)
{
    QTemporaryDir home;
    QProcess cli;
    startCli(cli, home,
             {QStringLiteral("readers"), QStringLiteral("--watch"), QStringLiteral("soon")});
    ASSERT_TRUE(cli.waitForFinished(15000));
    EXPECT_EQ(cli.exitCode(), 2);
}
