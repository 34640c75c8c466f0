#include "ca/CertificateProfile.h"

#include "ca/CaOpenSsl.h"
#include "domain/ProductCatalogue.h"

#include <QRegularExpression>

namespace guichet {
namespace {

QByteArray derOid(const char* dotted)
{
    openssl::Asn1Object object(OBJ_txt2obj(dotted, 1));
    return object ? openssl::toDer(object.get(), i2d_ASN1_OBJECT) : QByteArray();
}

// A DER SEQUENCE around already encoded content.
QByteArray derSequence(const QByteArray& content)
{
    const int length = static_cast<int>(content.size());
    const int total = ASN1_object_size(1, length, V_ASN1_SEQUENCE);
    QByteArray der(total, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    ASN1_put_object(&out, 1, length, V_ASN1_SEQUENCE, V_ASN1_UNIVERSAL);
    std::memcpy(out, content.constData(), static_cast<size_t>(length));
    return der;
}

Status addExtension(X509* cert, X509V3_CTX* context, int nid, const QByteArray& value)
{
    openssl::X509ExtPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value.constData()));
    if (!extension || X509_add_ext(cert, extension.get(), -1) != 1) {
        return openssl::failure(CertificateProfile::tr("building the %1 extension")
                                    .arg(QString::fromLatin1(OBJ_nid2sn(nid))));
    }
    return Status::success();
}

struct Usage {
    const char* keyUsage;
    const char* extendedKeyUsage; // nullptr: none
};

// EN 319 412-2 section 4.3.2: a signature (non-repudiation) certificate carries
// contentCommitment; authentication keys carry digitalSignature; EN 319 412-3 the same for
// seals; CA/B Forum and EN 319 412-4 serverAuth for TLS servers.
std::optional<Usage> usageFor(const QString& usage)
{
    if (usage == u"signature") {
        return Usage{"critical,nonRepudiation", nullptr};
    }
    if (usage == u"authentication") {
        return Usage{"critical,digitalSignature", "clientAuth"};
    }
    if (usage == u"signature-authentication") {
        return Usage{"critical,digitalSignature,nonRepudiation", "clientAuth"};
    }
    if (usage == u"seal") {
        return Usage{"critical,nonRepudiation", nullptr};
    }
    if (usage == u"server-authentication") {
        return Usage{"critical,digitalSignature,keyEncipherment", "serverAuth"};
    }
    return std::nullopt;
}

} // namespace

bool CertificateProfile::isQualified(const Product& product)
{
    return product.id.startsWith(u"qcp-");
}

Result<QByteArray> CertificateProfile::qcStatements(const Product& product, const QString& usage)
{
    // EN 319 412-5 4.2.1: QcCompliance; 4.2.2: QcSSCD when the key is in a QSCD;
    // 4.2.3: QcType esign for a natural person's signature, eseal for a legal person's seal.
    QByteArray statements = derSequence(derOid(QcComplianceOid));
    if (product.qscdRequired) {
        statements += derSequence(derOid(QcSscdOid));
    }
    const char* type = usage == u"seal" ? QcTypeEsealOid : QcTypeEsignOid;
    statements += derSequence(derOid(QcTypeOid) + derSequence(derOid(type)));
    if (statements.isEmpty()) {
        return openssl::failure(tr("encoding the QC statements"));
    }
    return derSequence(statements);
}

Status CertificateProfile::apply(X509* cert, const X509* issuer, const Product& product,
                                 const IssueRequest& request, const QString& policyOid)
{
    const std::optional<Usage> usage = usageFor(request.usage);
    if (!usage || !product.usages.contains(request.usage)) {
        return Error{
            ErrorCode::Refused,
            tr("The product %1 does not allow the usage \"%2\".").arg(product.id, request.usage)};
    }
    X509V3_CTX context;
    X509V3_set_ctx(&context, const_cast<X509*>(issuer), cert, nullptr, nullptr, 0);
    const struct {
        int nid;
        QByteArray value;
    } common[] = {
        {NID_basic_constraints, "critical,CA:FALSE"},
        {NID_subject_key_identifier, "hash"},
        {NID_authority_key_identifier, "keyid:always"},
        {NID_key_usage, usage->keyUsage},
    };
    for (const auto& extension : common) {
        if (Status added = addExtension(cert, &context, extension.nid, extension.value); !added) {
            return added;
        }
    }
    // Built directly: the configuration syntax of certificatePolicies needs a config database.
    CERTIFICATEPOLICIES* policies = CERTIFICATEPOLICIES_new();
    POLICYINFO* policy = POLICYINFO_new();
    const bool policyAdded =
        policies != nullptr && policy != nullptr && sk_POLICYINFO_push(policies, policy) > 0;
    if (!policyAdded) {
        POLICYINFO_free(policy);
    }
    if (policyAdded) {
        ASN1_OBJECT_free(policy->policyid);
        policy->policyid = OBJ_txt2obj(policyOid.toLatin1().constData(), 1);
    }
    const bool policiesSet =
        policyAdded && policy->policyid != nullptr &&
        X509_add1_ext_i2d(cert, NID_certificate_policies, policies, 0, X509V3_ADD_DEFAULT) == 1;
    CERTIFICATEPOLICIES_free(policies);
    if (!policiesSet) {
        return openssl::failure(tr("building the certificatePolicies extension"));
    }
    if (usage->extendedKeyUsage != nullptr) {
        if (Status added = addExtension(cert, &context, NID_ext_key_usage, usage->extendedKeyUsage);
            !added) {
            return added;
        }
    }
    if (request.usage == u"server-authentication") {
        static const QRegularExpression dnsShape(
            QStringLiteral("^(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*"
                           "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
        QStringList names = request.dnsNames;
        if (names.isEmpty() && !request.commonName.isEmpty()) {
            names.append(request.commonName);
        }
        if (names.isEmpty()) {
            return Error{ErrorCode::InvalidInput,
                         tr("A server certificate needs at least one DNS name.")};
        }
        QStringList entries;
        for (const QString& name : names) {
            if (!dnsShape.match(name).hasMatch()) {
                return Error{ErrorCode::InvalidInput, tr("\"%1\" is not a DNS name.").arg(name)};
            }
            entries.append(QStringLiteral("DNS:") + name);
        }
        if (Status added =
                addExtension(cert, &context, NID_subject_alt_name, entries.join(u',').toLatin1());
            !added) {
            return added;
        }
    }
    if (isQualified(product)) {
        auto der = qcStatements(product, request.usage);
        if (!der) {
            return der.error();
        }
        openssl::Asn1Object oid(OBJ_txt2obj(QcStatementsOid, 1));
        openssl::Asn1OctetString value(ASN1_OCTET_STRING_new());
        if (!oid || !value ||
            ASN1_OCTET_STRING_set(value.get(),
                                  reinterpret_cast<const unsigned char*>(der->constData()),
                                  static_cast<int>(der->size())) != 1) {
            return openssl::failure(tr("encoding the QC statements"));
        }
        openssl::X509ExtPtr extension(
            X509_EXTENSION_create_by_OBJ(nullptr, oid.get(), 0, value.get()));
        if (!extension || X509_add_ext(cert, extension.get(), -1) != 1) {
            return openssl::failure(tr("adding the QC statements"));
        }
    }
    return Status::success();
}

} // namespace guichet
