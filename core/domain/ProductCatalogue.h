#pragma once

#include "common/CatalogueData.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

enum class KeyGeneration {
    Token,           // generated on the holder's token at the desk
    TokenOrSoftware, // the holder may choose
    ApplicantCsr,    // the applicant supplies a PKCS#10 request (server certificates)
};

struct Product {
    QString id;
    LocalisedText name;
    QString standard;
    QStringList usages; // usage keys this product allows
    bool faceToFace = false;
    bool organisationRequired = false;
    bool tokenRequired = false;
    bool qscdRequired = false;
    KeyGeneration keyGeneration = KeyGeneration::Token;
    QStringList keyAlgorithms;
    QHash<QString, QString> policyOids; // CA profile id -> policy OID
    int retentionYears = 7;
    QStringList requirements; // rule identifiers, evaluated by the requirement rules
};

// A purpose named by the CA (public tenders, SIV, SSL): which products and usages fit it.
struct UseCase {
    QString id;
    LocalisedText name;
    QStringList productIds;
    QStringList usages;
    bool organisationRequired = false;
};

class ProductCatalogue {
    Q_DECLARE_TR_FUNCTIONS(ProductCatalogue)
public:
    // The catalogue shipped in resources/products.json.
    static const ProductCatalogue& builtIn();
    static Result<ProductCatalogue> parse(const QByteArray& json);

    const QList<Product>& products() const { return m_products; }
    const QList<UseCase>& useCases() const { return m_useCases; }
    const Product* product(const QString& id) const;
    const UseCase* useCase(const QString& id) const;
    QStringList usageKeys() const { return m_usageNames.keys(); }
    QString usageName(const QString& usage, const QString& language) const;

private:
    QList<Product> m_products;
    QList<UseCase> m_useCases;
    QHash<QString, LocalisedText> m_usageNames;
};

} // namespace guichet
