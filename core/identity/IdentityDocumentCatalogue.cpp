#include "identity/IdentityDocumentCatalogue.h"

#include "common/Logging.h"
#include "identity/MrzResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace guichet {
namespace {

std::optional<SecurityFeature::Inspection> inspection(const QString& key)
{
    using Inspection = SecurityFeature::Inspection;
    static const QHash<QString, Inspection> keys{
        {QStringLiteral("optical"), Inspection::Optical},
        {QStringLiteral("tactile"), Inspection::Tactile},
        {QStringLiteral("uv"), Inspection::Uv},
        {QStringLiteral("magnifier"), Inspection::Magnifier},
        {QStringLiteral("transmitted-light"), Inspection::TransmittedLight}};
    const auto it = keys.constFind(key);
    return it == keys.cend() ? std::nullopt : std::optional(*it);
}

} // namespace

const IdentityDocumentCatalogue& IdentityDocumentCatalogue::builtIn()
{
    static const IdentityDocumentCatalogue catalogue =
        catalogue::loadBuiltIn<IdentityDocumentCatalogue>(
            QStringLiteral(":/guichet/identity-documents.json"));
    return catalogue;
}

Result<IdentityDocumentCatalogue> IdentityDocumentCatalogue::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorCode::InvalidInput,
                     tr("The identity document catalogue is not valid JSON: %1")
                         .arg(parseError.errorString())};
    }
    const QJsonObject root = document.object();
    IdentityDocumentCatalogue catalogue;
    const QJsonArray features = root.value(u"securityFeatures").toArray();
    for (const QJsonValue& value : features) {
        const QJsonObject object = value.toObject();
        SecurityFeature feature;
        feature.id = object.value(u"id").toString();
        if (feature.id.isEmpty() || catalogue.feature(feature.id) != nullptr) {
            return Error{ErrorCode::InvalidInput,
                         tr("A security feature has no identifier or a duplicate one.")};
        }
        feature.name = catalogue::localised(object.value(u"name"));
        feature.hint = catalogue::localised(object.value(u"hint"));
        const auto how = inspection(object.value(u"inspection").toString());
        if (!how) {
            return Error{ErrorCode::InvalidInput,
                         tr("Security feature %1 has an unknown inspection kind.").arg(feature.id)};
        }
        feature.inspection = *how;
        catalogue.m_features.append(feature);
    }
    const QJsonArray types = root.value(u"documentTypes").toArray();
    for (const QJsonValue& value : types) {
        const QJsonObject object = value.toObject();
        IdentityDocumentType type;
        type.id = object.value(u"id").toString();
        if (type.id.isEmpty() || catalogue.type(type.id) != nullptr) {
            return Error{ErrorCode::InvalidInput,
                         tr("A document type has no identifier or a duplicate one.")};
        }
        type.name = catalogue::localised(object.value(u"name"));
        type.mrzFormat = mrzFormatFromKey(object.value(u"mrz").toString());
        if (type.mrzFormat == MrzFormat::Unknown) {
            return Error{ErrorCode::InvalidInput,
                         tr("Document type %1 has an unknown MRZ layout.").arg(type.id)};
        }
        type.documentCodes = catalogue::strings(object.value(u"documentCodes"));
        type.issuingState = object.value(u"issuingState").toString();
        type.securityFeatures = catalogue::strings(object.value(u"securityFeatures"));
        for (const QString& feature : std::as_const(type.securityFeatures)) {
            if (catalogue.feature(feature) == nullptr) {
                return Error{ErrorCode::InvalidInput,
                             tr("Document type %1 names an unknown security feature \"%2\".")
                                 .arg(type.id, feature)};
            }
        }
        // VAL-8.3.3-07X: at least three different features must be checkable.
        if (type.securityFeatures.size() < 3) {
            return Error{
                ErrorCode::InvalidInput,
                tr("Document type %1 lists fewer than three security features.").arg(type.id)};
        }
        const QJsonObject validity = object.value(u"validity").toObject();
        type.expiryInMrz = validity.value(u"expiryInMrz").toBool(true);
        type.yearsFromIssue = validity.value(u"yearsFromIssue").toInt(0);
        const QJsonArray extensions = validity.value(u"extensions").toArray();
        for (const QJsonValue& each : extensions) {
            const QJsonObject rule = each.toObject();
            ValidityExtension extension;
            extension.years = rule.value(u"years").toInt(0);
            extension.issuedFrom =
                QDate::fromString(rule.value(u"issuedFrom").toString(), Qt::ISODate);
            extension.issuedUntil =
                QDate::fromString(rule.value(u"issuedUntil").toString(), Qt::ISODate);
            extension.adultAtIssue = rule.value(u"adultAtIssue").toBool();
            extension.verified = rule.value(u"verified").toBool();
            extension.note = catalogue::localised(rule.value(u"note"));
            if (extension.years <= 0 || extension.years > 20) {
                return Error{ErrorCode::InvalidInput,
                             tr("Document type %1 has a validity extension that is not between "
                                "1 and 20 years.")
                                 .arg(type.id)};
            }
            type.extensions.append(extension);
        }
        catalogue.m_types.append(type);
    }
    if (catalogue.m_types.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     tr("The identity document catalogue lists no document type.")};
    }
    qCDebug(lcDomain) << "identity document catalogue:" << catalogue.m_types.size() << "types";
    return catalogue;
}

const IdentityDocumentType* IdentityDocumentCatalogue::type(const QString& id) const
{
    const auto it = std::find_if(m_types.cbegin(), m_types.cend(),
                                 [&](const IdentityDocumentType& each) { return each.id == id; });
    return it == m_types.cend() ? nullptr : &*it;
}

const SecurityFeature* IdentityDocumentCatalogue::feature(const QString& id) const
{
    const auto it = std::find_if(m_features.cbegin(), m_features.cend(),
                                 [&](const SecurityFeature& each) { return each.id == id; });
    return it == m_features.cend() ? nullptr : &*it;
}

QList<const SecurityFeature*>
IdentityDocumentCatalogue::featuresOf(const IdentityDocumentType& type) const
{
    QList<const SecurityFeature*> list;
    for (const QString& id : type.securityFeatures) {
        if (const SecurityFeature* each = feature(id)) {
            list.append(each);
        }
    }
    return list;
}

QList<const IdentityDocumentType*> IdentityDocumentCatalogue::matching(const MrzResult& mrz) const
{
    const QString code = mrz.documentCode();
    const QString state = mrz.issuingState();
    QList<std::pair<int, const IdentityDocumentType*>> scored;
    for (const IdentityDocumentType& type : m_types) {
        if (type.mrzFormat != mrz.format()) {
            continue;
        }
        int score = 0;
        if (!type.documentCodes.isEmpty()) {
            const bool fits =
                std::any_of(type.documentCodes.cbegin(), type.documentCodes.cend(),
                            [&](const QString& prefix) { return code.startsWith(prefix); });
            if (!fits) {
                continue;
            }
            score += 1;
        }
        if (!type.issuingState.isEmpty()) {
            if (type.issuingState != state) {
                continue;
            }
            score += 2;
        }
        scored.append({score, &type});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<const IdentityDocumentType*> result;
    for (const auto& each : std::as_const(scored)) {
        result.append(each.second);
    }
    return result;
}

DocumentValidity IdentityDocumentCatalogue::validity(const IdentityDocumentType& type,
                                                     QDate printedExpiry, QDate issueDate,
                                                     QDate birthDate)
{
    DocumentValidity validity;
    validity.printedExpiry = printedExpiry;
    if (!printedExpiry.isValid() && issueDate.isValid() && type.yearsFromIssue > 0) {
        // The day before the anniversary of issue: a card issued on 2005-03-01 for 10 years
        // is valid until 2015-02-28.
        validity.printedExpiry = issueDate.addYears(type.yearsFromIssue).addDays(-1);
    }
    validity.validUntil = validity.printedExpiry;
    if (!validity.printedExpiry.isValid()) {
        return validity;
    }
    for (const ValidityExtension& extension : type.extensions) {
        if (!issueDate.isValid()) {
            break; // every extension depends on when the document was issued
        }
        const bool inRange =
            (!extension.issuedFrom.isValid() || issueDate >= extension.issuedFrom) &&
            (!extension.issuedUntil.isValid() || issueDate <= extension.issuedUntil);
        const bool adult = birthDate.isValid() && birthDate.addYears(18) <= issueDate;
        if (inRange && (!extension.adultAtIssue || adult)) {
            validity.validUntil = validity.printedExpiry.addYears(extension.years);
            validity.extension = extension;
            break;
        }
    }
    return validity;
}

} // namespace guichet
