#include "domain/ProductCatalogue.h"

#include <gtest/gtest.h>

using namespace guichet;

TEST(ProductCatalogue, BuiltInCatalogueHasEveryLevelAndUse)
{
    const ProductCatalogue& catalogue = ProductCatalogue::builtIn();
    for (const char* id : {"rgs1", "rgs2", "rgs3", "qcp-n", "qcp-n-qscd", "qcp-l", "ssl-server"}) {
        EXPECT_NE(catalogue.product(QString::fromLatin1(id)), nullptr) << id;
    }
    for (const char* id : {"public-tenders", "siv", "ssl"}) {
        EXPECT_NE(catalogue.useCase(QString::fromLatin1(id)), nullptr) << id;
    }
}

TEST(ProductCatalogue, LevelsCarryTheirRegistrationRequirements)
{
    const ProductCatalogue& catalogue = ProductCatalogue::builtIn();
    const Product* rgs1 = catalogue.product(QStringLiteral("rgs1"));
    const Product* rgs3 = catalogue.product(QStringLiteral("rgs3"));
    const Product* qscd = catalogue.product(QStringLiteral("qcp-n-qscd"));
    const Product* ssl = catalogue.product(QStringLiteral("ssl-server"));
    ASSERT_TRUE(rgs1 && rgs3 && qscd && ssl);
    EXPECT_FALSE(rgs1->faceToFace); // FAQ 3D: RGS* is verified online
    EXPECT_TRUE(rgs3->faceToFace);
    EXPECT_TRUE(rgs3->qscdRequired);
    EXPECT_TRUE(qscd->tokenRequired && qscd->qscdRequired);
    EXPECT_EQ(qscd->usages, QStringList{QStringLiteral("signature")});
    EXPECT_FALSE(ssl->faceToFace);
    EXPECT_TRUE(ssl->organisationRequired);
    EXPECT_EQ(ssl->keyGeneration, KeyGeneration::ApplicantCsr);
    EXPECT_FALSE(qscd->policyOids.value(QStringLiteral("training")).isEmpty());
    EXPECT_EQ(rgs3->name.in(QStringLiteral("fr")), QStringLiteral("Certificat individuel RGS***"));
}

TEST(ProductCatalogue, RefusesMalformedCatalogues)
{
    EXPECT_FALSE(ProductCatalogue::parse("{not json").ok());
    EXPECT_FALSE(ProductCatalogue::parse(R"({"products": []})").ok());
    const auto unknownUsage = ProductCatalogue::parse(
        R"({"usages": {}, "products": [{"id": "x", "usages": ["signature"], "keyGeneration": "token"}]})");
    ASSERT_FALSE(unknownUsage.ok());
    EXPECT_TRUE(unknownUsage.error().message.contains(QStringLiteral("unknown usage")));
    const auto unknownProduct = ProductCatalogue::parse(
        R"({"usages": {"signature": {"en": "S"}},
            "products": [{"id": "x", "usages": ["signature"], "keyGeneration": "token"}],
            "uses": [{"id": "u", "products": ["y"]}]})");
    ASSERT_FALSE(unknownProduct.ok());
    EXPECT_TRUE(unknownProduct.error().message.contains(QStringLiteral("unknown product")));
    const auto duplicate = ProductCatalogue::parse(
        R"({"usages": {"signature": {"en": "S"}},
            "products": [{"id": "x", "usages": [], "keyGeneration": "token"},
                         {"id": "x", "usages": [], "keyGeneration": "token"}]})");
    EXPECT_FALSE(duplicate.ok());
}
