#include "token/PinPolicy.h"

#include "token/Pkcs11.h"
#include "token/TokenTypes.h"

#include <gtest/gtest.h>

using namespace guichet;

namespace {

SecretBytes pin(const char* text)
{
    return SecretBytes::copyOf(QByteArrayView(text));
}

} // namespace

TEST(PinPolicy, AcceptsAnOrdinaryPin)
{
    const PinPolicy policy(6, 8, true);
    EXPECT_TRUE(policy.check(pin("483920")).ok());
    EXPECT_TRUE(policy.check(pin("90817263")).ok());
}

TEST(PinPolicy, RefusesLengthsOutsideTheLimits)
{
    const PinPolicy policy(6, 8, false);
    EXPECT_FALSE(policy.check(pin("48392")).ok());
    EXPECT_FALSE(policy.check(pin("483920174")).ok());
    EXPECT_FALSE(policy.check(pin("")).ok());
}

TEST(PinPolicy, RefusesTrivialPins)
{
    const PinPolicy policy(6, 12, false);
    for (const char* trivial :
         {"000000", "999999", "123456", "654321", "3456789", "abcdef", "fedcba"}) {
        const Status checked = policy.check(pin(trivial));
        EXPECT_FALSE(checked.ok()) << trivial;
    }
    // Near-trivial but not a run: allowed.
    EXPECT_TRUE(policy.check(pin("123457")).ok());
    EXPECT_TRUE(policy.check(pin("000001")).ok());
}

TEST(PinPolicy, DigitsOnlyWhenTheModelSaysSo)
{
    const PinPolicy policy = PinPolicy(6, 12, false).narrowed(0, 0, true);
    EXPECT_FALSE(policy.check(pin("48a920")).ok());
    EXPECT_TRUE(PinPolicy(6, 12, false).check(pin("48a920")).ok());
}

TEST(PinPolicy, RefusesControlCharacters)
{
    EXPECT_FALSE(PinPolicy(6, 12, false).check(pin("4839\n20")).ok());
}

TEST(PinPolicy, ConfirmationMustMatch)
{
    const PinPolicy policy(6, 8, true);
    EXPECT_TRUE(policy.checkWithConfirmation(pin("483920"), pin("483920")).ok());
    const Status differ = policy.checkWithConfirmation(pin("483920"), pin("483921"));
    ASSERT_FALSE(differ.ok());
    EXPECT_FALSE(differ.error().message.contains(QStringLiteral("48392")));
}

TEST(PinPolicy, TokenLimitsNeverGoBelowTheFloor)
{
    TokenInfo token;
    token.minPinLength = 4;
    token.maxPinLength = 255;
    const PinPolicy policy = PinPolicy::forToken(token);
    EXPECT_EQ(policy.minLength(), PinPolicy::kFloor);
    EXPECT_EQ(policy.maxLength(), 255u);
    const PinPolicy narrowed = policy.narrowed(8, 12, false);
    EXPECT_EQ(narrowed.minLength(), 8u);
    EXPECT_EQ(narrowed.maxLength(), 12u);
}

TEST(PinPolicy, MessagesNeverCarryThePin)
{
    const PinPolicy policy(6, 8, true);
    for (const char* bad : {"111111", "12345", "1234567890"}) {
        const Status checked = policy.check(pin(bad));
        ASSERT_FALSE(checked.ok());
        EXPECT_FALSE(checked.error().message.contains(QString::fromLatin1(bad))) << bad;
    }
}

TEST(TokenErrors, EveryReturnCodeTheReferenceNamesIsMapped)
{
    EXPECT_EQ(classifyTokenReturn(CKR_PIN_INCORRECT), TokenFault::WrongPin);
    EXPECT_EQ(classifyTokenReturn(CKR_PIN_LEN_RANGE), TokenFault::PinLength);
    EXPECT_EQ(classifyTokenReturn(CKR_PIN_EXPIRED), TokenFault::PinExpired);
    EXPECT_EQ(classifyTokenReturn(CKR_PIN_LOCKED), TokenFault::PinLocked);
    EXPECT_EQ(classifyTokenReturn(CKR_DEVICE_REMOVED), TokenFault::Removed);
    EXPECT_EQ(classifyTokenReturn(CKR_SESSION_HANDLE_INVALID), TokenFault::Removed);
    EXPECT_EQ(classifyTokenReturn(CKR_TOKEN_NOT_PRESENT), TokenFault::NotPresent);
    EXPECT_EQ(classifyTokenReturn(CKR_DEVICE_ERROR), TokenFault::DeviceError);
    EXPECT_EQ(classifyTokenReturn(CKR_FUNCTION_CANCELED), TokenFault::Cancelled);
    EXPECT_EQ(classifyTokenReturn(CKR_USER_NOT_LOGGED_IN), TokenFault::NotLoggedIn);
    EXPECT_EQ(classifyTokenReturn(CKR_OK), TokenFault::None);
    EXPECT_EQ(classifyTokenReturn(CKR_MECHANISM_INVALID), TokenFault::Other);
}

TEST(TokenErrors, MessagesAreClear)
{
    const Error wrong = TokenErrors::fromReturn(CKR_PIN_INCORRECT, QStringLiteral("logging in"), 1);
    EXPECT_EQ(wrong.code, ErrorCode::Refused);
    EXPECT_TRUE(wrong.message.contains(QStringLiteral("Wrong PIN")));
    EXPECT_TRUE(wrong.message.contains(QStringLiteral("1 try"))) << wrong.message.toStdString();
    const Error unknownTries =
        TokenErrors::fromReturn(CKR_PIN_INCORRECT, QStringLiteral("logging in"));
    EXPECT_FALSE(unknownTries.message.contains(QStringLiteral("left")));
    EXPECT_TRUE(TokenErrors::fromReturn(CKR_PIN_LOCKED, QStringLiteral("x"))
                    .message.contains(QStringLiteral("locked")));
    const Error removed = TokenErrors::fromReturn(CKR_DEVICE_REMOVED, QStringLiteral("signing"));
    EXPECT_EQ(removed.code, ErrorCode::Io);
    EXPECT_TRUE(removed.message.contains(QStringLiteral("removed")));
    EXPECT_TRUE(TokenErrors::fromReturn(CKR_TOKEN_NOT_PRESENT, QStringLiteral("x"))
                    .message.contains(QStringLiteral("No token")));
    EXPECT_TRUE(TokenErrors::fromReturn(CKR_PIN_LEN_RANGE, QStringLiteral("x"))
                    .message.contains(QStringLiteral("length")));
    EXPECT_TRUE(TokenErrors::fromReturn(CKR_DEVICE_ERROR, QStringLiteral("x"))
                    .message.contains(QStringLiteral("device error")));
    EXPECT_TRUE(TokenErrors::fromReturn(CKR_USER_NOT_LOGGED_IN, QStringLiteral("x"))
                    .message.contains(QStringLiteral("login")));
    EXPECT_TRUE(TokenErrors::fromReturn(CKR_MECHANISM_INVALID, QStringLiteral("x"))
                    .message.contains(QStringLiteral("0x70")));
    EXPECT_TRUE(TokenErrors::cancelled().message.contains(QStringLiteral("cancelled")));
}

TEST(TokenInfo, TriesLeftFromTheFlags)
{
    TokenInfo info;
    EXPECT_FALSE(info.userTriesLeft().has_value());
    info.userPinFinalTry = true;
    EXPECT_EQ(info.userTriesLeft(), 1);
    info.userPinLocked = true;
    EXPECT_EQ(info.userTriesLeft(), 0);
}
