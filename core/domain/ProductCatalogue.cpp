#include "domain/ProductCatalogue.h"

#include "common/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {
namespace {

std::optional<KeyGeneration> keyGeneration(const QString& key)
{
    if (key == u"token") {
        return KeyGeneration::Token;
    }
    if (key == u"token-or-software") {
        return KeyGeneration::TokenOrSoftware;
    }
    if (key == u"applicant-csr") {
        return KeyGeneration::ApplicantCsr;
    }
    return std::nullopt;
}

} // namespace

const ProductCatalogue& ProductCatalogue::builtIn()
{
    static const ProductCatalogue catalogue =
        catalogue::loadBuiltIn<ProductCatalogue>(QStringLiteral(":/guichet/products.json"));
    return catalogue;
}

Result<ProductCatalogue> ProductCatalogue::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{
            ErrorCode::InvalidInput,
            tr("The product catalogue is not valid JSON: %1").arg(parseError.errorString())};
    }
    const QJsonObject root = document.object();
    ProductCatalogue catalogue;
    const QJsonObject usages = root.value(u"usages").toObject();
    for (auto it = usages.begin(); it != usages.end(); ++it) {
        catalogue.m_usageNames.insert(it.key(), catalogue::localised(it.value()));
    }
    const QJsonArray products = root.value(u"products").toArray();
    for (const QJsonValue& value : products) {
        const QJsonObject object = value.toObject();
        Product product;
        product.id = object.value(u"id").toString();
        if (product.id.isEmpty() || catalogue.product(product.id) != nullptr) {
            return Error{ErrorCode::InvalidInput,
                         tr("A product in the catalogue has no identifier or a duplicate one.")};
        }
        product.name = catalogue::localised(object.value(u"name"));
        product.standard = object.value(u"standard").toString();
        product.usages = catalogue::strings(object.value(u"usages"));
        for (const QString& usage : std::as_const(product.usages)) {
            if (!catalogue.m_usageNames.contains(usage)) {
                return Error{
                    ErrorCode::InvalidInput,
                    tr("Product %1 names an unknown usage \"%2\".").arg(product.id, usage)};
            }
        }
        product.faceToFace = object.value(u"faceToFace").toBool();
        product.organisationRequired = object.value(u"organisationRequired").toBool();
        const QJsonObject token = object.value(u"token").toObject();
        product.tokenRequired = token.value(u"required").toBool();
        product.qscdRequired = token.value(u"qscd").toBool();
        const auto generation = keyGeneration(object.value(u"keyGeneration").toString());
        if (!generation) {
            return Error{ErrorCode::InvalidInput,
                         tr("Product %1 has an unknown key generation mode.").arg(product.id)};
        }
        product.keyGeneration = *generation;
        product.keyAlgorithms = catalogue::strings(object.value(u"keyAlgorithms"));
        const QJsonObject oids = object.value(u"policyOids").toObject();
        for (auto it = oids.begin(); it != oids.end(); ++it) {
            product.policyOids.insert(it.key(), it.value().toString());
        }
        product.retentionYears = object.value(u"retentionYears").toInt(7);
        product.requirements = catalogue::strings(object.value(u"requirements"));
        catalogue.m_products.append(product);
    }
    const QJsonArray uses = root.value(u"uses").toArray();
    for (const QJsonValue& value : uses) {
        const QJsonObject object = value.toObject();
        UseCase use;
        use.id = object.value(u"id").toString();
        use.name = catalogue::localised(object.value(u"name"));
        use.productIds = catalogue::strings(object.value(u"products"));
        use.usages = catalogue::strings(object.value(u"usages"));
        use.organisationRequired = object.value(u"organisationRequired").toBool();
        for (const QString& productId : std::as_const(use.productIds)) {
            if (catalogue.product(productId) == nullptr) {
                return Error{ErrorCode::InvalidInput,
                             tr("Use %1 names an unknown product \"%2\".").arg(use.id, productId)};
            }
        }
        catalogue.m_useCases.append(use);
    }
    if (catalogue.m_products.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("The product catalogue lists no product.")};
    }
    qCDebug(lcDomain) << "product catalogue:" << catalogue.m_products.size() << "products";
    return catalogue;
}

const Product* ProductCatalogue::product(const QString& id) const
{
    for (const Product& product : m_products) {
        if (product.id == id) {
            return &product;
        }
    }
    return nullptr;
}

const UseCase* ProductCatalogue::useCase(const QString& id) const
{
    for (const UseCase& use : m_useCases) {
        if (use.id == id) {
            return &use;
        }
    }
    return nullptr;
}

QString ProductCatalogue::usageName(const QString& usage, const QString& language) const
{
    return m_usageNames.value(usage).in(language);
}

} // namespace guichet
