#include "identity/OrganisationIdentifier.h"

#include <gtest/gtest.h>

using namespace guichet;
using Kind = OrganisationIdentifier::Kind;

namespace {

// The key written out independently of the code: (12 + 3 x (SIREN mod 97)) mod 97.
int referenceKey(long long siren)
{
    return static_cast<int>((12 + 3 * (siren % 97)) % 97);
}

} // namespace

TEST(VatNumber, ComputesTheKeyFromTheSiren)
{
    EXPECT_EQ(OrganisationIdentifier::vatKey(u"732829320"), referenceKey(732829320));
    EXPECT_EQ(OrganisationIdentifier::vatKey(u"732829320"), 44);
    EXPECT_EQ(OrganisationIdentifier::vatKey(u"356000000"), 39);
    EXPECT_EQ(OrganisationIdentifier::vatKey(u"12345678"), -1);
    EXPECT_EQ(OrganisationIdentifier::vatKey(u"73282932A"), -1);
    EXPECT_EQ(OrganisationIdentifier::vatNumber(u"732829320"), QStringLiteral("FR44732829320"));
    // A key below 10 keeps its leading zero.
    for (long long siren = 100000000; siren < 100000200; ++siren) {
        const QString digits = QString::number(siren);
        if (referenceKey(siren) < 10) {
            EXPECT_EQ(OrganisationIdentifier::vatNumber(digits).mid(2, 2),
                      QStringLiteral("0%1").arg(referenceKey(siren)));
            break;
        }
    }
}

TEST(VatNumber, AcceptsValidNumbersAsTyped)
{
    EXPECT_TRUE(OrganisationIdentifier::checkVat(QStringLiteral("FR44732829320")).ok());
    EXPECT_TRUE(OrganisationIdentifier::checkVat(QStringLiteral("fr 44 732 829 320")).ok());
    EXPECT_TRUE(OrganisationIdentifier::checkVat(QStringLiteral("FR39356000000")).ok());
}

TEST(VatNumber, SaysWhichRuleFailed)
{
    const Status key = OrganisationIdentifier::checkVat(QStringLiteral("FR45732829320"));
    ASSERT_FALSE(key.ok());
    EXPECT_TRUE(key.error().message.contains(QStringLiteral("mod 97")))
        << key.error().message.toStdString();
    EXPECT_TRUE(key.error().message.contains(QStringLiteral("FR44732829320"))); // the suggestion

    const Status prefix = OrganisationIdentifier::checkVat(QStringLiteral("DE44732829320"));
    ASSERT_FALSE(prefix.ok());
    EXPECT_TRUE(prefix.error().message.contains(QStringLiteral("FR")));

    const Status length = OrganisationIdentifier::checkVat(QStringLiteral("FR4473282932"));
    ASSERT_FALSE(length.ok());
    EXPECT_TRUE(length.error().message.contains(QStringLiteral("10 character")));

    const Status luhn = OrganisationIdentifier::checkVat(
        OrganisationIdentifier::vatNumber(u"732829321")); // right key, wrong SIREN
    ASSERT_FALSE(luhn.ok());
    EXPECT_TRUE(luhn.error().message.contains(QStringLiteral("Luhn")));

    const Status letters = OrganisationIdentifier::checkVat(QStringLiteral("FRXA732829320"));
    ASSERT_FALSE(letters.ok());
    EXPECT_TRUE(letters.error().message.contains(QStringLiteral("two digits")));

    EXPECT_FALSE(OrganisationIdentifier::checkVat(QStringLiteral("FR44A32829320")).ok());
}

TEST(RnaNumber, ChecksTheShape)
{
    EXPECT_TRUE(OrganisationIdentifier::checkRna(QStringLiteral("W751208744")).ok());
    EXPECT_TRUE(OrganisationIdentifier::checkRna(QStringLiteral("w2a1000540")).ok());
    const Status noW = OrganisationIdentifier::checkRna(QStringLiteral("X751208744"));
    ASSERT_FALSE(noW.ok());
    EXPECT_TRUE(noW.error().message.contains(QStringLiteral("W")));
    const Status shortOne = OrganisationIdentifier::checkRna(QStringLiteral("W75120874"));
    ASSERT_FALSE(shortOne.ok());
    EXPECT_TRUE(shortOne.error().message.contains(QStringLiteral("8 after")));
    EXPECT_FALSE(OrganisationIdentifier::checkRna(QStringLiteral("W75120874_")).ok());
    EXPECT_FALSE(OrganisationIdentifier::checkRna(QStringLiteral("W7512087449")).ok());
}

TEST(OrganisationIdentifierDetection, RecognisesEachShape)
{
    EXPECT_EQ(OrganisationIdentifier::detect(QStringLiteral("732 829 320")), Kind::Siren);
    EXPECT_EQ(OrganisationIdentifier::detect(QStringLiteral("73282932000074")), Kind::Siret);
    EXPECT_EQ(OrganisationIdentifier::detect(QStringLiteral("FR44732829320")), Kind::Vat);
    EXPECT_EQ(OrganisationIdentifier::detect(QStringLiteral("w751208744")), Kind::Rna);
    EXPECT_FALSE(OrganisationIdentifier::detect(QStringLiteral("12345")).has_value());
    EXPECT_TRUE(OrganisationIdentifier::checkAny(QStringLiteral("FR 44 732829320")).ok());
    EXPECT_TRUE(OrganisationIdentifier::checkAny(QStringLiteral("73282932000074")).ok());
    const Status unknown = OrganisationIdentifier::checkAny(QStringLiteral("12345"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("SIRET")));
    EXPECT_EQ(OrganisationIdentifier::kindKey(Kind::Vat), QStringLiteral("vat"));
    EXPECT_FALSE(OrganisationIdentifier::kindName(Kind::Rna).isEmpty());
}
