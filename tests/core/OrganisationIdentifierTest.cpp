#include "identity/OrganisationIdentifier.h"

#include <gtest/gtest.h>

using namespace guichet;

TEST(OrganisationIdentifier, AcceptsValidSirenAndSiret)
{
    EXPECT_TRUE(OrganisationIdentifier::checkSiren(QStringLiteral("732829320")).ok());
    EXPECT_TRUE(OrganisationIdentifier::checkSiren(QStringLiteral("732 829 320")).ok());
    EXPECT_TRUE(OrganisationIdentifier::checkSiret(QStringLiteral("73282932000074")).ok());
    EXPECT_TRUE(
        OrganisationIdentifier::checkSirenOrSiret(QStringLiteral("732 829 320 00074")).ok());
}

TEST(OrganisationIdentifier, RefusesBadLuhnWithTheReason)
{
    const Status siren = OrganisationIdentifier::checkSiren(QStringLiteral("732829321"));
    ASSERT_FALSE(siren.ok());
    EXPECT_TRUE(siren.error().message.contains(QStringLiteral("Luhn")));
    const Status siret = OrganisationIdentifier::checkSiret(QStringLiteral("73282932000075"));
    ASSERT_FALSE(siret.ok());
    EXPECT_TRUE(siret.error().message.contains(QStringLiteral("establishment")));
    const Status sirenPart = OrganisationIdentifier::checkSiret(QStringLiteral("73282932100074"));
    ASSERT_FALSE(sirenPart.ok());
    EXPECT_TRUE(sirenPart.error().message.contains(QStringLiteral("SIREN part")));
}

TEST(OrganisationIdentifier, RefusesWrongLengthsAndLetters)
{
    EXPECT_FALSE(OrganisationIdentifier::checkSiren(QStringLiteral("73282932")).ok());
    EXPECT_FALSE(OrganisationIdentifier::checkSiren(QStringLiteral("73282932A")).ok());
    EXPECT_FALSE(OrganisationIdentifier::checkSiret(QStringLiteral("7328293200007")).ok());
    EXPECT_FALSE(OrganisationIdentifier::checkSirenOrSiret(QStringLiteral("12345")).ok());
    // Arabic-Indic digits are digits to Unicode, not to the SIRENE register.
    EXPECT_FALSE(OrganisationIdentifier::checkSiren(QString::fromUtf8("٧٣٢٨٢٩٣٢٠")).ok());
}

TEST(OrganisationIdentifier, LaPosteEstablishmentsUseTheSumRule)
{
    // 356000000 + 00048: digit sum 3+5+6+4+8 = 26 -> not a multiple of 5
    EXPECT_FALSE(OrganisationIdentifier::checkSiret(QStringLiteral("35600000000048")).ok());
    // 356000000 + 00065: digit sum 25 -> accepted, though not Luhn-valid
    EXPECT_TRUE(OrganisationIdentifier::checkSiret(QStringLiteral("35600000000065")).ok());
    EXPECT_FALSE(OrganisationIdentifier::luhnValid(u"35600000000065"));
    EXPECT_TRUE(OrganisationIdentifier::checkSiren(QStringLiteral("356000000")).ok());
}
