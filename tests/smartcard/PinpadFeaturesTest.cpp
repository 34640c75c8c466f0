#include "smartcard/PinpadFeatures.h"

#include "smartcard/Pcsc.h"
#include "smartcard/PcscError.h"
#include "smartcard/ReaderWatch.h"

#include <gtest/gtest.h>

using namespace guichet;

// Answer of a CCID pinpad reader to CM_IOCTL_GET_FEATURE_REQUEST (control codes as the CCID
// driver gives them: SCARD_CTL_CODE(3400 + tag), big-endian).
static const QByteArray kPinpadReaderFeatures = QByteArray::fromHex("060442330006"
                                                                    "070442330007"
                                                                    "0A044233000A"
                                                                    "12044233000D"
                                                                    "130442330013");

TEST(PinpadFeatures, PinpadReaderAnswerIsParsed)
{
    const auto features = parseFeatureList(kPinpadReaderFeatures);
    ASSERT_TRUE(features.has_value());
    EXPECT_TRUE(features->hasPinpad());
    EXPECT_TRUE(features->canModifyPinOnReader());
    EXPECT_EQ(features->controlCode(PinpadFeatures::kVerifyPinDirect), 0x42330006u);
    EXPECT_EQ(features->controlCode(PinpadFeatures::kIfdPinProperties), 0x4233000Au);
    EXPECT_EQ(features->controlCode(PinpadFeatures::kGetTlvProperties), 0x4233000Du);
    EXPECT_EQ(features->controlCodes.size(), 5);
}

TEST(PinpadFeatures, ReaderWithoutPinpadHasNone)
{
    // A plain reader: only GET_TLV_PROPERTIES; and a reader that answers nothing at all.
    const auto plain = parseFeatureList(QByteArray::fromHex("120442330012"));
    ASSERT_TRUE(plain.has_value());
    EXPECT_FALSE(plain->hasPinpad());
    const auto empty = parseFeatureList(QByteArray());
    ASSERT_TRUE(empty.has_value());
    EXPECT_FALSE(empty->hasPinpad());
}

TEST(PinpadFeatures, MalformedAnswersAreRefused)
{
    EXPECT_FALSE(parseFeatureList(QByteArray::fromHex("0604423300")).has_value());     // truncated
    EXPECT_FALSE(parseFeatureList(QByteArray::fromHex("060542330006")).has_value());   // length 5
    EXPECT_FALSE(parseFeatureList(QByteArray::fromHex("06044233000607")).has_value()); // extra byte
}

TEST(PinpadFeatures, TlvPropertiesGivePinLengthLimits)
{
    PinpadFeatures features;
    // wLcdLayout 0, bTimeOut2 0, bMinPINSize 4, bMaxPINSize 8, wIdVendor 0x04E6 (LE), sFirmwareID
    const QByteArray answer = QByteArray::fromHex("01020000"
                                                  "030100"
                                                  "060104"
                                                  "070108"
                                                  "0B02E604"
                                                  "0803563132");
    ASSERT_TRUE(parseTlvProperties(answer, features));
    EXPECT_EQ(features.minPinLength, 4);
    EXPECT_EQ(features.maxPinLength, 8);
    PinpadFeatures truncated;
    EXPECT_FALSE(parseTlvProperties(QByteArray::fromHex("0602"), truncated));
    EXPECT_FALSE(parseTlvProperties(QByteArray::fromHex("06"), truncated));
}

TEST(PinpadFeatures, FeatureRequestControlCodeIsPartTen)
{
    EXPECT_EQ(static_cast<unsigned long>(CM_IOCTL_GET_FEATURE_REQUEST), 0x42000000ul + 3400ul);
}

TEST(PcscErrors, NamedCodesMapToClearFaults)
{
    EXPECT_EQ(cardFaultOf(static_cast<long>(0x80100069)), CardFault::Removed);
    EXPECT_EQ(cardFaultOf(static_cast<long>(0x80100068)), CardFault::Reset);
    EXPECT_EQ(cardFaultOf(static_cast<long>(0x80100066)), CardFault::Unresponsive);
    EXPECT_EQ(cardFaultOf(static_cast<long>(0x8010000C)), CardFault::NoCard);
    EXPECT_EQ(cardFaultOf(static_cast<long>(0x8010002E)), CardFault::NoReaders);
    EXPECT_EQ(cardFaultOf(static_cast<long>(0x8010000A)), CardFault::Timeout);
    EXPECT_EQ(cardFaultOf(SCARD_E_NO_SERVICE), CardFault::ServiceUnavailable);
    EXPECT_EQ(cardFaultOf(SCARD_E_SERVICE_STOPPED), CardFault::ServiceUnavailable);
    EXPECT_EQ(cardFaultOf(SCARD_E_SHARING_VIOLATION), CardFault::Busy);
    const CardError removed = cardError(SCARD_W_REMOVED_CARD, QStringLiteral("Reading the token"));
    EXPECT_EQ(removed.fault, CardFault::Removed);
    EXPECT_EQ(removed.pcscCode, 0x80100069u);
    EXPECT_TRUE(removed.message.contains(QStringLiteral("removed")))
        << removed.message.toStdString();
    EXPECT_TRUE(removed.message.contains(QStringLiteral("SCARD_W_REMOVED_CARD")));
    EXPECT_EQ(pcscCodeName(0x12345), QStringLiteral("0x00012345"));
}

TEST(ReaderLists, ChangesAreComputedInOrder)
{
    const ReaderListChange change =
        compareReaderLists({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                           {QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("A")});
    EXPECT_EQ(change.added, QStringList{QStringLiteral("D")});
    EXPECT_EQ(change.removed, QStringList{QStringLiteral("B")});
    EXPECT_TRUE(compareReaderLists({}, {}).added.isEmpty());
}
