#include "ca/CaProfile.h"

#include "ca/CaOpenSsl.h"
#include "domain/ProductCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace guichet {
namespace {

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidInput, message};
}

bool isOid(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-2](\\.(0|[1-9][0-9]*))+$"));
    if (!shape.match(text).hasMatch()) {
        return false;
    }
    openssl::Asn1Object object(OBJ_txt2obj(text.toLatin1().constData(), 1));
    return object != nullptr;
}

bool isLoopback(const QString& host)
{
    return host == u"127.0.0.1" || host == u"::1" || host == u"localhost";
}

QString protectionKey(CmpProtection protection)
{
    return protection == CmpProtection::SharedSecret ? QStringLiteral("shared-secret")
                                                     : QStringLiteral("signature");
}

} // namespace

QString CaProfile::policyOid(const QString& productId) const
{
    const auto found = products.constFind(productId);
    return found == products.cend() ? QString() : found->policyOid;
}

QJsonObject CaProfile::toJson() const
{
    QJsonArray anchors;
    for (const QByteArray& pem : trustAnchorsPem) {
        anchors.append(QString::fromLatin1(pem));
    }
    QJsonObject productObject;
    for (auto it = products.cbegin(); it != products.cend(); ++it) {
        productObject.insert(
            it.key(), QJsonObject{{QStringLiteral("certificateProfile"), it->certificateProfile},
                                  {QStringLiteral("policyOid"), it->policyOid}});
    }
    return QJsonObject{
        {QStringLiteral("format"), FormatVersion},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("trustAnchors"), anchors},
        {QStringLiteral("cmp"),
         QJsonObject{{QStringLiteral("url"), cmpUrl.toString()},
                     {QStringLiteral("path"), cmpPath},
                     {QStringLiteral("protection"), protectionKey(protection)}}},
        {QStringLiteral("products"), productObject},
        {QStringLiteral("interventionFormTemplate"), interventionFormTemplate},
        {QStringLiteral("retention"),
         QJsonObject{{QStringLiteral("registrationRecordYears"), registrationRecordRetentionYears},
                     {QStringLiteral("identityValidationMonths"), identityValidationMonths}}},
        {QStringLiteral("documentsRequired"), QJsonArray::fromStringList(documentsRequired)},
    };
}

CaProfile CaProfiles::training(const ProductCatalogue& catalogue)
{
    CaProfile profile;
    profile.id = CaProfile::TrainingId;
    profile.name = tr("Training CA (TRAINING — certificates NOT VALID)");
    profile.cmpUrl = QUrl(QStringLiteral("training:"));
    profile.cmpPath = QStringLiteral("pkix/");
    profile.protection = CmpProtection::SharedSecret;
    for (const Product& product : catalogue.products()) {
        const QString oid = product.policyOids.value(CaProfile::TrainingId);
        if (!oid.isEmpty()) {
            profile.products.insert(product.id, CaProductProfile{product.id, oid});
        }
    }
    profile.interventionFormTemplate = QStringLiteral("default");
    profile.documentsRequired = {QStringLiteral("id-front"), QStringLiteral("signed-form")};
    return profile;
}

Result<CaProfile> CaProfiles::fromFile(const QString& path, const ProductCatalogue& catalogue)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io,
                     tr("Cannot read the CA profile file %1: %2").arg(path, file.errorString())};
    }
    return parse(file.readAll(), catalogue);
}

Result<CaProfile> CaProfiles::parse(const QByteArray& json, const ProductCatalogue& catalogue)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return invalid(tr("The CA profile is not a JSON object (%1 at offset %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    const auto missing = [](const QString& field) {
        return invalid(tr("The CA profile has no \"%1\" field.").arg(field));
    };
    if (root.value(QStringLiteral("format")).toInt() != CaProfile::FormatVersion) {
        return invalid(tr("The CA profile's \"format\" must be %1.").arg(CaProfile::FormatVersion));
    }

    CaProfile profile;
    profile.id = root.value(QStringLiteral("id")).toString();
    if (profile.id.isEmpty()) {
        return missing(QStringLiteral("id"));
    }
    static const QRegularExpression idShape(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,62}$"));
    if (!idShape.match(profile.id).hasMatch()) {
        return invalid(tr("The CA profile id \"%1\" must be lower-case letters, digits, '.', "
                          "'_' or '-' (at most 63).")
                           .arg(profile.id));
    }
    if (profile.isTraining()) {
        return invalid(tr("The id \"training\" is reserved for the built-in training CA."));
    }
    profile.name = root.value(QStringLiteral("name")).toString().trimmed();
    if (profile.name.isEmpty()) {
        return missing(QStringLiteral("name"));
    }

    // Trust anchors: every one must be a readable certificate, and a CA certificate.
    const QJsonArray anchors = root.value(QStringLiteral("trustAnchors")).toArray();
    if (anchors.isEmpty()) {
        return missing(QStringLiteral("trustAnchors"));
    }
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        const QByteArray pem = anchors.at(i).toString().toLatin1();
        openssl::X509Ptr cert = openssl::certificateFromPem(pem);
        ERR_clear_error();
        if (!cert) {
            return invalid(tr("Trust anchor %1 is not a readable PEM certificate.").arg(i + 1));
        }
        if (X509_check_ca(cert.get()) == 0) {
            return invalid(tr("Trust anchor %1 is not a CA certificate.").arg(i + 1));
        }
        profile.trustAnchorsPem.append(pem);
    }

    const QJsonObject cmp = root.value(QStringLiteral("cmp")).toObject();
    if (cmp.isEmpty()) {
        return missing(QStringLiteral("cmp"));
    }
    const QString url = cmp.value(QStringLiteral("url")).toString();
    if (url.isEmpty()) {
        return missing(QStringLiteral("cmp.url"));
    }
    profile.cmpUrl = QUrl(url, QUrl::StrictMode);
    const QString scheme = profile.cmpUrl.scheme();
    if (!profile.cmpUrl.isValid() || profile.cmpUrl.host().isEmpty() ||
        (scheme != u"https" && scheme != u"http")) {
        return invalid(tr("The CMP URL \"%1\" is not an http(s)://host[:port] address.").arg(url));
    }
    // Issue 6: HTTPS with the profile's trust anchors; plain HTTP only for loopback tests.
    if (scheme == u"http" && !isLoopback(profile.cmpUrl.host())) {
        return invalid(tr("The CMP URL \"%1\" must use https (plain http is only accepted for "
                          "a CA on this machine).")
                           .arg(url));
    }
    profile.cmpPath = cmp.value(QStringLiteral("path")).toString();
    const QString protection = cmp.value(QStringLiteral("protection")).toString();
    if (protection == u"signature") {
        profile.protection = CmpProtection::Signature;
    } else if (protection == u"shared-secret") {
        profile.protection = CmpProtection::SharedSecret;
    } else {
        return invalid(tr("The CMP protection \"%1\" must be \"signature\" or \"shared-secret\".")
                           .arg(protection));
    }

    const QJsonObject products = root.value(QStringLiteral("products")).toObject();
    if (products.isEmpty()) {
        return missing(QStringLiteral("products"));
    }
    for (auto it = products.constBegin(); it != products.constEnd(); ++it) {
        if (catalogue.product(it.key()) == nullptr) {
            return invalid(tr("The CA profile names the product \"%1\", which the product "
                              "catalogue does not know.")
                               .arg(it.key()));
        }
        const QJsonObject entry = it.value().toObject();
        CaProductProfile product{entry.value(QStringLiteral("certificateProfile")).toString(),
                                 entry.value(QStringLiteral("policyOid")).toString()};
        if (!isOid(product.policyOid)) {
            return invalid(tr("The policy OID \"%1\" of product \"%2\" is not a dotted object "
                              "identifier.")
                               .arg(product.policyOid, it.key()));
        }
        profile.products.insert(it.key(), product);
    }

    profile.interventionFormTemplate =
        root.value(QStringLiteral("interventionFormTemplate")).toString();
    if (profile.interventionFormTemplate.isEmpty()) {
        return missing(QStringLiteral("interventionFormTemplate"));
    }
    const QJsonObject retention = root.value(QStringLiteral("retention")).toObject();
    if (retention.isEmpty()) {
        return missing(QStringLiteral("retention"));
    }
    profile.registrationRecordRetentionYears =
        retention.value(QStringLiteral("registrationRecordYears")).toInt(-1);
    // OVR-6.4.6-01: registration records are kept at least 7 years.
    if (profile.registrationRecordRetentionYears < 7) {
        return invalid(tr("retention.registrationRecordYears must be at least 7 "
                          "(EN 319 411-1 OVR-6.4.6-01)."));
    }
    profile.identityValidationMonths =
        retention.value(QStringLiteral("identityValidationMonths")).toInt(-1);
    if (profile.identityValidationMonths <= 0) {
        return invalid(tr("retention.identityValidationMonths must be a positive number of "
                          "months."));
    }
    const QJsonValue documents = root.value(QStringLiteral("documentsRequired"));
    if (!documents.isArray()) {
        return missing(QStringLiteral("documentsRequired"));
    }
    for (const QJsonValue& entry : documents.toArray()) {
        if (!entry.isString() || entry.toString().isEmpty()) {
            return invalid(tr("documentsRequired must list document type names."));
        }
        profile.documentsRequired.append(entry.toString());
    }
    return profile;
}

} // namespace guichet
