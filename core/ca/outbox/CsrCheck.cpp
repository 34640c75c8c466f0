#include "ca/outbox/CsrCheck.h"

#include "ca/CaOpenSsl.h"
#include "domain/Dossier.h"
#include "domain/ProductCatalogue.h"

#include <QStringList>

namespace guichet {
namespace {

// The catalogue's key algorithm names (resources/products.json "keyAlgorithms").
QString algorithmOf(EVP_PKEY* key)
{
    if (EVP_PKEY_is_a(key, "RSA")) {
        return QStringLiteral("rsa-%1").arg(EVP_PKEY_get_bits(key));
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1) {
            const QByteArray name(group, static_cast<qsizetype>(length));
            if (name == "prime256v1" || name == "P-256") {
                return QStringLiteral("ec-p256");
            }
            if (name == "secp384r1" || name == "P-384") {
                return QStringLiteral("ec-p384");
            }
            return QStringLiteral("ec-%1").arg(QString::fromLatin1(name));
        }
    }
    return QString::fromLatin1(EVP_PKEY_get0_type_name(key));
}

QString entry(const X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0) {
        return {};
    }
    const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0) {
        return {};
    }
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

bool same(const QString& a, const QString& b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

} // namespace

Result<QByteArray> CsrCheck::toDer(const QByteArray& derOrPem)
{
    openssl::X509ReqPtr request;
    if (derOrPem.contains("-----BEGIN")) {
        openssl::Bio bio(BIO_new_mem_buf(derOrPem.constData(), static_cast<int>(derOrPem.size())));
        request.reset(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const auto* in = reinterpret_cast<const unsigned char*>(derOrPem.constData());
        request.reset(d2i_X509_REQ(nullptr, &in, static_cast<long>(derOrPem.size())));
    }
    ERR_clear_error();
    if (!request) {
        return Error{ErrorCode::InvalidInput,
                     tr("The file is not a PKCS#10 certificate request (DER or PEM).")};
    }
    return openssl::toDer(request.get(), i2d_X509_REQ);
}

Status CsrCheck::check(const QByteArray& der, const Product& product, const Dossier& dossier)
{
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    openssl::X509ReqPtr request(d2i_X509_REQ(nullptr, &in, static_cast<long>(der.size())));
    EVP_PKEY* key = request ? X509_REQ_get0_pubkey(request.get()) : nullptr;
    if (key == nullptr) {
        ERR_clear_error();
        return Error{ErrorCode::InvalidInput,
                     tr("The certificate request is not a readable PKCS#10 request.")};
    }
    if (X509_REQ_verify(request.get(), key) != 1) {
        ERR_clear_error();
        return Error{ErrorCode::Refused,
                     tr("The certificate request's signature does not verify with its own key: "
                        "it was altered or not signed by the key holder.")};
    }
    const QString algorithm = algorithmOf(key);
    if (!product.keyAlgorithms.contains(algorithm)) {
        return Error{ErrorCode::Refused,
                     tr("The key of the certificate request (%1) is not allowed for this "
                        "product (allowed: %2).")
                         .arg(algorithm, product.keyAlgorithms.join(QStringLiteral(", ")))};
    }
    const X509_NAME* subject = X509_REQ_get_subject_name(request.get());
    QStringList problems;
    const QString commonName = entry(subject, NID_commonName);
    if (commonName.isEmpty()) {
        problems.append(tr("it has no common name (CN)"));
    }
    const bool organisational = dossier.organisation.has_value();
    // A server certificate names a host, not a person: its CN is the applicant's choice,
    // bound to the dossier through the organisation.
    const bool server = product.keyGeneration == KeyGeneration::ApplicantCsr;
    if (server && !organisational) {
        problems.append(tr("a server certificate needs the dossier's organisation"));
    }
    if (!server && !commonName.isEmpty() &&
        !same(commonName, dossier.holder.givenNames + u' ' + dossier.holder.surnames) &&
        !same(commonName, dossier.holder.surnames + u' ' + dossier.holder.givenNames)) {
        problems.append(tr("its common name « %1 » is not the holder's name").arg(commonName));
    }
    const QString organisation = entry(subject, NID_organizationName);
    if (organisational && !same(organisation, dossier.organisation->name)) {
        problems.append(tr("its organisation « %1 » is not the dossier's « %2 »")
                            .arg(organisation, dossier.organisation->name));
    }
    if (!organisational && !organisation.isEmpty()) {
        problems.append(tr("it names an organisation but the dossier has none"));
    }
    const QString country = entry(subject, NID_countryName);
    const QString expectedCountry =
        organisational ? dossier.organisation->address.country : dossier.holder.address.country;
    if (!country.isEmpty() && !same(country, expectedCountry)) {
        problems.append(tr("its country %1 is not the dossier's %2").arg(country, expectedCountry));
    }
    if (!problems.isEmpty()) {
        return Error{ErrorCode::Refused,
                     tr("The certificate request's subject does not match the dossier: %1.")
                         .arg(problems.join(QStringLiteral("; ")))};
    }
    return Status::success();
}

} // namespace guichet
