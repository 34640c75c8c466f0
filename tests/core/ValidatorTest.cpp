#include "domain/DossierValidator.h"
#include "support/Samples.h"

#include <gtest/gtest.h>

using namespace guichet;

namespace {

QStringList fieldsWithProblems(const Dossier& dossier)
{
    const DossierValidator validator(ProductCatalogue::builtIn());
    QStringList fields;
    for (const FieldProblem& problem : validator.validate(dossier, QDate(2026, 11, 25))) {
        EXPECT_FALSE(problem.message.isEmpty());
        fields.append(problem.field);
    }
    return fields;
}

} // namespace

TEST(DossierValidator, SamplesAreValid)
{
    EXPECT_EQ(fieldsWithProblems(test::sampleDossier()), QStringList());
    EXPECT_EQ(fieldsWithProblems(test::sampleOrganisationDossier()), QStringList());
}

TEST(DossierValidator, NamesEachMissingOrWrongField)
{
    Dossier d = test::sampleDossier();
    d.holder.surnames.clear();
    d.holder.givenNames = QStringLiteral("J3an");
    d.holder.email = QStringLiteral("jean.dupont.example.org");
    d.holder.phone = QStringLiteral("call me");
    EXPECT_EQ(fieldsWithProblems(d),
              (QStringList{QStringLiteral("holder.surnames"), QStringLiteral("holder.givenNames"),
                           QStringLiteral("holder.email"), QStringLiteral("holder.phone")}));
}

TEST(DossierValidator, BirthDateMustBeAnAdultsInThePast)
{
    Dossier d = test::sampleDossier();
    d.holder.birthDate = QDate(2027, 1, 1);
    EXPECT_EQ(fieldsWithProblems(d), QStringList{QStringLiteral("holder.birthDate")});
    d.holder.birthDate = QDate(2010, 1, 1);
    EXPECT_EQ(fieldsWithProblems(d), QStringList{QStringLiteral("holder.birthDate")});
    d.holder.birthDate = QDate();
    EXPECT_EQ(fieldsWithProblems(d), QStringList{QStringLiteral("holder.birthDate")});
}

TEST(DossierValidator, ProductAndUsageMustMatchTheCatalogue)
{
    Dossier d = test::sampleDossier();
    d.usage = QStringLiteral("seal");
    EXPECT_EQ(fieldsWithProblems(d), QStringList{QStringLiteral("usage")});
    d.productId = QStringLiteral("rgs4");
    EXPECT_EQ(fieldsWithProblems(d), QStringList{QStringLiteral("productId")});
}

TEST(DossierValidator, OrganisationProductsNeedAValidSiret)
{
    Dossier d = test::sampleOrganisationDossier();
    d.organisation->registrationId = QStringLiteral("73282932000075");
    EXPECT_EQ(fieldsWithProblems(d), QStringList{QStringLiteral("organisation.registrationId")});
    d.organisation.reset();
    EXPECT_EQ(fieldsWithProblems(d), QStringList{QStringLiteral("organisation")});
}

TEST(DossierValidator, UseCaseMustFitTheProduct)
{
    Dossier d = test::sampleOrganisationDossier();
    d.useCaseId = QStringLiteral("siv"); // SIV takes RGS** only
    EXPECT_EQ(fieldsWithProblems(d), QStringList{QStringLiteral("useCaseId")});
    d = test::sampleDossier();
    d.useCaseId = QStringLiteral("public-tenders"); // needs an organisation
    EXPECT_EQ(fieldsWithProblems(d), QStringList{QStringLiteral("organisation")});
}
