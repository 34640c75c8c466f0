#include "MrzTestVectors.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "identity/MrzComparison.h"
#include "identity/MrzParser.h"
#include "identity/NameTransliteration.h"

#include <gtest/gtest.h>

using namespace guichet;
using namespace mrztest;
using Outcome = MrzFieldComparison::Outcome;

namespace {

MrzResult parse(const std::string& text, QDate reference = QDate(2010, 6, 1))
{
    MrzParser::Options options;
    options.referenceDate = reference;
    return MrzParser::parse(QString::fromStdString(text), options);
}

MrzFieldComparison fieldOf(const QList<MrzFieldComparison>& list, MrzField field)
{
    for (const MrzFieldComparison& each : list) {
        if (each.field == field) {
            return each;
        }
    }
    return {};
}

} // namespace

TEST(IdentityDocumentCatalogue, BuiltInListsEveryDocumentType)
{
    const IdentityDocumentCatalogue& catalogue = IdentityDocumentCatalogue::builtIn();
    for (const char* id : {"fr-cni-2021", "fr-cni-1988", "passport", "residence-permit", "icao-td1",
                           "icao-td2", "icao-td3"}) {
        const IdentityDocumentType* type = catalogue.type(QString::fromLatin1(id));
        ASSERT_NE(type, nullptr) << id;
        EXPECT_NE(type->mrzFormat, MrzFormat::Unknown) << id;
        // VAL-8.3.3-07X: at least three different features to choose from.
        const auto features = catalogue.featuresOf(*type);
        EXPECT_GE(features.size(), 3) << id;
        for (const SecurityFeature* feature : features) {
            EXPECT_FALSE(feature->name.in(QStringLiteral("fr")).isEmpty()) << id;
            EXPECT_FALSE(feature->name.in(QStringLiteral("en")).isEmpty()) << id;
        }
    }
    EXPECT_EQ(catalogue.type(QStringLiteral("fr-cni-1988"))->mrzFormat, MrzFormat::FrenchId1988);
    EXPECT_EQ(catalogue.feature(QStringLiteral("tactile-relief"))->inspection,
              SecurityFeature::Inspection::Tactile);
    EXPECT_EQ(catalogue.feature(QStringLiteral("hologram-dovid"))->name.in(QStringLiteral("fr")),
              QStringLiteral("Hologramme (DOVID)"));
}

TEST(IdentityDocumentCatalogue, RefusesMalformedCatalogues)
{
    EXPECT_FALSE(IdentityDocumentCatalogue::parse("{not json").ok());
    EXPECT_FALSE(IdentityDocumentCatalogue::parse(R"({"documentTypes": []})").ok());
    const QByteArray unknownFeature = R"({"securityFeatures": [],
        "documentTypes": [{"id": "x", "mrz": "td1", "securityFeatures": ["nope"]}]})";
    const auto refused = IdentityDocumentCatalogue::parse(unknownFeature);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("nope")));
    const QByteArray badLayout = R"({"documentTypes": [{"id": "x", "mrz": "td9"}]})";
    EXPECT_FALSE(IdentityDocumentCatalogue::parse(badLayout).ok());
}

TEST(IdentityDocumentCatalogue, MatchesAnMrzToItsTypes)
{
    const IdentityDocumentCatalogue& catalogue = IdentityDocumentCatalogue::builtIn();
    const auto card2021 = catalogue.matching(parse(
        td1("ID", "FRA", "X4RTBPFW4", "", "900101", 'F', "310101", "FRA", "", "MARTIN<<MARIE"),
        QDate(2024, 1, 1)));
    ASSERT_FALSE(card2021.isEmpty());
    EXPECT_EQ(card2021.first()->id, QStringLiteral("fr-cni-2021"));
    EXPECT_EQ(catalogue.matching(parse(kFrenchSpecimen)).first()->id,
              QStringLiteral("fr-cni-1988"));
    const auto passport = catalogue.matching(parse(kTd3Specimen));
    ASSERT_FALSE(passport.isEmpty());
    EXPECT_EQ(passport.first()->mrzFormat, MrzFormat::Td3);
    const auto permit = catalogue.matching(parse(
        td1("IR", "FRA", "AB1234567", "", "850214", 'M', "290630", "MAR", "", "EL<AMRANI<<YOUSSEF"),
        QDate(2025, 1, 1)));
    ASSERT_FALSE(permit.isEmpty());
    EXPECT_EQ(permit.first()->id, QStringLiteral("residence-permit"));
}

TEST(IdentityDocumentCatalogue, ValidityExtensionsAreDataAndMarkedUnverified)
{
    const IdentityDocumentCatalogue& catalogue = IdentityDocumentCatalogue::builtIn();
    const IdentityDocumentType& old = *catalogue.type(QStringLiteral("fr-cni-1988"));
    // Issued to an adult in 2010: printed until 2020, extended by 5 years (unverified rule).
    const DocumentValidity adult = IdentityDocumentCatalogue::validity(
        old, QDate(2020, 3, 14), QDate(2010, 3, 15), QDate(1970, 1, 1));
    ASSERT_TRUE(adult.extension.has_value());
    EXPECT_FALSE(adult.extension->verified);
    EXPECT_EQ(adult.validUntil, QDate(2025, 3, 14));
    EXPECT_TRUE(adult.validOn(QDate(2024, 6, 1)));
    EXPECT_FALSE(adult.validOn(QDate(2025, 3, 15)));
    // Issued to a minor: no extension.
    const DocumentValidity minor = IdentityDocumentCatalogue::validity(
        old, QDate(2020, 3, 14), QDate(2010, 3, 15), QDate(2000, 1, 1));
    EXPECT_FALSE(minor.extension.has_value());
    EXPECT_EQ(minor.validUntil, QDate(2020, 3, 14));
    // Issued before 2004: no extension. Printed expiry computed from the issue date.
    const DocumentValidity early =
        IdentityDocumentCatalogue::validity(old, QDate(), QDate(1999, 5, 1), QDate(1970, 1, 1));
    EXPECT_EQ(early.printedExpiry, QDate(2009, 4, 30));
    EXPECT_EQ(early.validUntil, QDate(2009, 4, 30));
    // A passport has no extension.
    const DocumentValidity passport = IdentityDocumentCatalogue::validity(
        *catalogue.type(QStringLiteral("passport")), QDate(2030, 1, 1), QDate(2020, 1, 2),
        QDate(1970, 1, 1));
    EXPECT_EQ(passport.validUntil, QDate(2030, 1, 1));
}

TEST(NameTransliteration, RemovesAccentsAndSeparators)
{
    EXPECT_EQ(NameTransliteration::forComparison(u"Élodie"), QStringLiteral("ELODIE"));
    EXPECT_EQ(NameTransliteration::forComparison(u"François-Xavier"),
              QStringLiteral("FRANCOIS XAVIER"));
    EXPECT_EQ(NameTransliteration::forComparison(u"  Le Gall-O'Neil "),
              QStringLiteral("LE GALL ONEIL"));
    EXPECT_EQ(NameTransliteration::forComparison(u"Straße Œuvre Ærø"),
              QStringLiteral("STRASSE OEUVRE AERO"));
    EXPECT_EQ(NameTransliteration::forComparison(u"Müller", NameTransliteration::Variant::Expanded),
              QStringLiteral("MUELLER"));
    EXPECT_EQ(NameTransliteration::forComparison(u"Müller"), QStringLiteral("MULLER"));
    EXPECT_EQ(NameTransliteration::toMrz(u"Anna Maria"), QStringLiteral("ANNA<MARIA"));
}

TEST(MrzComparison, MatchesTransliteratedNamesAndShowsDifferences)
{
    const MrzResult mrz = parse(kTd3Specimen);
    VisualZone visual;
    visual.surnames = QStringLiteral("Eriksson");
    visual.givenNames = QStringLiteral("Anna María");
    visual.documentNumber = QStringLiteral("L898902C3");
    visual.birthDate = QDate(1974, 8, 12);
    visual.expiryDate = QDate(2012, 4, 15);
    const auto all = MrzComparison::compare(mrz, visual);
    ASSERT_EQ(all.size(), 5);
    for (const MrzFieldComparison& each : all) {
        EXPECT_EQ(each.outcome, Outcome::Match) << mrzFieldKey(each.field).toStdString();
        EXPECT_FALSE(each.message().isEmpty());
    }
    EXPECT_TRUE(MrzComparison::differences(mrz, visual).isEmpty());

    visual.surnames = QStringLiteral("Erikson");
    visual.documentNumber = QStringLiteral("L8989O2C3");
    visual.birthDate = QDate(1974, 8, 21);
    const auto differences = MrzComparison::differences(mrz, visual);
    ASSERT_EQ(differences.size(), 3);
    EXPECT_EQ(differences[0].field, MrzField::Surnames);
    EXPECT_EQ(differences[0].mrzValue, QStringLiteral("ERIKSSON"));
    EXPECT_EQ(differences[0].visualValue, QStringLiteral("Erikson"));
    EXPECT_TRUE(differences[0].message().contains(QStringLiteral("ERIKSSON")));
    EXPECT_EQ(differences[1].field, MrzField::DocumentNumber);
    EXPECT_TRUE(differences[1].lookAlikeOnly);
    EXPECT_TRUE(differences[1].message().contains(QStringLiteral("look-alike")));
    EXPECT_EQ(differences[2].field, MrzField::BirthDate);
}

TEST(MrzComparison, TruncatedNamesMissingFieldsAndCenturies)
{
    const MrzResult full = parse(td3("UTO", "WOLFESCHLEGELSTEINHAUSENBERGERDORFF<<HUBERT", "1",
                                     "UTO", "740812", 'M', "120415", ""));
    VisualZone visual;
    visual.surnames = QStringLiteral("Wolfeschlegelsteinhausenbergerdorff");
    visual.givenNames = QStringLiteral("Hubert Blaine");
    const auto names = MrzComparison::compare(full, visual);
    EXPECT_EQ(fieldOf(names, MrzField::Surnames).outcome, Outcome::Match);
    EXPECT_EQ(fieldOf(names, MrzField::GivenNames).outcome, Outcome::MatchTruncated);
    EXPECT_EQ(fieldOf(names, MrzField::DocumentNumber).outcome, Outcome::NotEntered);

    // The French 1988 card has no expiry in its MRZ. A two-digit year cannot tell 1920 from
    // 2020: the date matches the four-digit year typed from the visual zone.
    const MrzResult old = parse(frenchId1988("DUPONT", "", "210575012345", "JEANNE", "200101", 'F'),
                                QDate(2024, 1, 1));
    VisualZone typed;
    typed.surnames = QStringLiteral("Dupont");
    typed.givenNames = QStringLiteral("Jeanne");
    typed.expiryDate = QDate(2020, 12, 1);
    typed.birthDate = QDate(1920, 1, 1);
    const auto compared = MrzComparison::compare(old, typed);
    EXPECT_EQ(fieldOf(compared, MrzField::ExpiryDate).outcome, Outcome::NotInMrz);
    EXPECT_EQ(fieldOf(compared, MrzField::BirthDate).outcome, Outcome::Match);
}
