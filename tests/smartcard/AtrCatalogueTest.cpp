#include "smartcard/AtrCatalogue.h"

#include "VpcdCardEmulator.h"

#include <gtest/gtest.h>

using namespace guichet;
using guichet::test::VpcdCardEmulator;

namespace {

QByteArray bytes(const VpcdCardEmulator::Bytes& raw)
{
    return QByteArray(reinterpret_cast<const char*>(raw.data()),
                      static_cast<qsizetype>(raw.size()));
}

} // namespace

TEST(AtrCatalogue, BuiltInCatalogueLoadsWithRealFamiliesAndTheTestCard)
{
    const AtrCatalogue& catalogue = AtrCatalogue::builtIn();
    EXPECT_GE(catalogue.models().size(), 5);
    bool hasQscd = false;
    for (const TokenModel& model : catalogue.models()) {
        EXPECT_EQ(model.atr.size(), model.mask.size()) << model.id.toStdString();
        EXPECT_FALSE(model.manufacturer.isEmpty()) << model.id.toStdString();
        hasQscd = hasQscd || model.qscd;
    }
    EXPECT_TRUE(hasQscd);
}

TEST(AtrCatalogue, EmulatedTestCardIsRecognised)
{
    const TokenModel* model =
        AtrCatalogue::builtIn().identify(bytes(VpcdCardEmulator::testCardAtr()));
    ASSERT_NE(model, nullptr);
    EXPECT_EQ(model->id, QStringLiteral("guichet-test-card"));
    EXPECT_FALSE(model->qscd);
    EXPECT_EQ(model->pin.charset, PinRules::Charset::Digits);
}

TEST(AtrCatalogue, MaskIgnoresOnlyMaskedBits)
{
    // The test card's version digit and check byte are masked: "GUICHET2" still matches...
    QByteArray version2 = bytes(VpcdCardEmulator::testCardAtr());
    version2[11] = '2';
    version2[12] = '\x7A';
    EXPECT_NE(AtrCatalogue::builtIn().identify(version2), nullptr);
    // ...but a change in an unmasked byte does not, nor does another length.
    QByteArray other = bytes(VpcdCardEmulator::testCardAtr());
    other[4] = 'X';
    EXPECT_EQ(AtrCatalogue::builtIn().identify(other), nullptr);
    EXPECT_EQ(AtrCatalogue::builtIn().identify(bytes(VpcdCardEmulator::testCardAtr()).left(12)),
              nullptr);
}

TEST(AtrCatalogue, UnknownCardIsUnknownAndShownByItsAtr)
{
    const QByteArray atr = bytes(VpcdCardEmulator::unknownCardAtr());
    EXPECT_EQ(AtrCatalogue::builtIn().identify(atr), nullptr);
    EXPECT_EQ(atrToHex(atr), QStringLiteral("3B 88 80 01 55 4E 4B 4E 4F 57 4E 21 60"));
}

TEST(AtrCatalogue, RealFamilyIsRecognisedWithItsModule)
{
    const auto yubikey = atrFromHex(
        QStringLiteral("3B:FD:13:00:00:81:31:FE:15:80:73:C0:21:C0:57:59:75:62:69:4B:65:79:40"));
    ASSERT_TRUE(yubikey.has_value());
    const TokenModel* model = AtrCatalogue::builtIn().identify(*yubikey);
    ASSERT_NE(model, nullptr);
    EXPECT_EQ(model->manufacturer, QStringLiteral("Yubico"));
    EXPECT_EQ(model->pkcs11.p11KitModule, QStringLiteral("ykcs11"));
    EXPECT_FALSE(model->pkcs11.windowsPath.isEmpty());
}

TEST(AtrCatalogue, HexParsingRefusesNonsense)
{
    EXPECT_FALSE(atrFromHex(QStringLiteral("3B 8")).has_value());
    EXPECT_FALSE(atrFromHex(QStringLiteral("zz")).has_value());
    EXPECT_FALSE(atrFromHex(QString()).has_value());
    EXPECT_EQ(*atrFromHex(QStringLiteral("3b:88 80")), QByteArray::fromHex("3B8880"));
}

TEST(AtrCatalogue, MalformedCataloguesAreRefusedWithAReason)
{
    EXPECT_FALSE(AtrCatalogue::parse("{not json").ok());
    const auto badMask =
        AtrCatalogue::parse(R"({"tokens":[{"id":"x","model":"X","atr":"3B 00","mask":"FF"}]})");
    ASSERT_FALSE(badMask.ok());
    EXPECT_TRUE(badMask.error().message.contains(QStringLiteral("mask")));
    const auto qscdWithoutReference = AtrCatalogue::parse(
        R"({"tokens":[{"id":"x","model":"X","atr":"3B 00","qscd":{"certified":true}}]})");
    ASSERT_FALSE(qscdWithoutReference.ok());
    EXPECT_TRUE(qscdWithoutReference.error().message.contains(QStringLiteral("certification")));
    const auto badPin = AtrCatalogue::parse(
        R"({"tokens":[{"id":"x","model":"X","atr":"3B 00","pin":{"min":8,"max":4}}]})");
    EXPECT_FALSE(badPin.ok());
    const auto good = AtrCatalogue::parse(
        R"({"tokens":[{"id":"x","model":"X","atr":"3B 00","pin":{"min":6,"max":8,"charset":"alphanumeric"}}]})");
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(good->models().first().mask, QByteArray("\xFF\xFF", 2));
    EXPECT_EQ(good->models().first().pin.charset, PinRules::Charset::Alphanumeric);
}
