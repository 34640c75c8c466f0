#include "ca/renewal/PreviousCertificate.h"

#include "ca/CaOpenSsl.h"
#include "domain/ProductCatalogue.h"

#include <QFile>
#include <ctime>

namespace guichet {
namespace {

QString entryText(const X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0) {
        return {};
    }
    ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(&utf8, data);
    if (size < 0) {
        ERR_clear_error();
        return {};
    }
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), size);
    OPENSSL_free(utf8);
    return text.simplified();
}

QString oneLine(const X509_NAME* name)
{
    openssl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0) {
        return {};
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(size));
}

QDateTime utcOf(const ASN1_TIME* time)
{
    std::tm parts{};
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

void freePolicies(CERTIFICATEPOLICIES* policies)
{
    CERTIFICATEPOLICIES_free(policies);
}
void freeNames(GENERAL_NAMES* names)
{
    GENERAL_NAMES_free(names);
}

} // namespace

QString PreviousCertificate::siren() const
{
    static const QString prefix = QStringLiteral("NTRFR-");
    return organisationIdentifier.startsWith(prefix) ? organisationIdentifier.mid(prefix.size())
                                                     : QString();
}

QString PreviousCertificate::productId(const ProductCatalogue& catalogue) const
{
    for (const Product& product : catalogue.products()) {
        for (const QString& oid : product.policyOids) {
            if (policyOids.contains(oid)) {
                return product.id;
            }
        }
    }
    return {};
}

Dossier PreviousCertificate::draft(const ProductCatalogue& catalogue,
                                   const QString& caProfileId) const
{
    Dossier dossier;
    dossier.caProfileId = caProfileId;
    dossier.productId = productId(catalogue);
    if (const Product* product = catalogue.product(dossier.productId); product != nullptr) {
        dossier.usage = product->usages.value(0);
    }
    dossier.holder.givenNames = givenName;
    dossier.holder.surnames = surname;
    if ((givenName.isEmpty() || surname.isEmpty()) && commonName.contains(QLatin1Char(' '))) {
        // No GN/SN attributes: the common name is "Given names SURNAME" (EN 319 412-2 4.2.4).
        const qsizetype last = commonName.lastIndexOf(QLatin1Char(' '));
        dossier.holder.givenNames = commonName.left(last);
        dossier.holder.surnames = commonName.mid(last + 1);
    }
    dossier.holder.email = email;
    dossier.holder.address.country = country;
    if (!organisation.isEmpty()) {
        Organisation company;
        company.name = organisation;
        company.registrationId = siren();
        company.address.country = country;
        dossier.organisation = company;
    }
    return dossier;
}

Result<PreviousCertificate> PreviousCertificates::read(const QByteArray& bytes)
{
    openssl::X509Ptr cert = bytes.contains("-----BEGIN CERTIFICATE-----")
                                ? openssl::certificateFromPem(bytes)
                                : openssl::certificateFromDer(bytes);
    ERR_clear_error();
    if (!cert) {
        return Error{ErrorCode::InvalidInput, tr("This is not an X.509 certificate (PEM or DER).")};
    }
    PreviousCertificate facts;
    facts.der = openssl::toDer(cert.get(), i2d_X509);
    openssl::BigNum serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert.get()), nullptr));
    char* hex = serial ? BN_bn2hex(serial.get()) : nullptr;
    facts.serialHex = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    const X509_NAME* subject = X509_get_subject_name(cert.get());
    facts.issuer = oneLine(X509_get_issuer_name(cert.get()));
    facts.subject = oneLine(subject);
    facts.notBeforeUtc = utcOf(X509_get0_notBefore(cert.get()));
    facts.notAfterUtc = utcOf(X509_get0_notAfter(cert.get()));
    facts.commonName = entryText(subject, NID_commonName);
    facts.givenName = entryText(subject, NID_givenName);
    facts.surname = entryText(subject, NID_surname);
    facts.organisation = entryText(subject, NID_organizationName);
    facts.organisationIdentifier = entryText(subject, NID_organizationIdentifier);
    facts.country = entryText(subject, NID_countryName);

    std::unique_ptr<CERTIFICATEPOLICIES, openssl::Deleter<freePolicies>> policies(
        static_cast<CERTIFICATEPOLICIES*>(
            X509_get_ext_d2i(cert.get(), NID_certificate_policies, nullptr, nullptr)));
    for (int i = 0; policies && i < sk_POLICYINFO_num(policies.get()); ++i) {
        char oid[128];
        const int size =
            OBJ_obj2txt(oid, sizeof oid, sk_POLICYINFO_value(policies.get(), i)->policyid, 1);
        if (size > 0 && size < static_cast<int>(sizeof oid)) {
            facts.policyOids.append(QString::fromLatin1(oid));
        }
    }
    std::unique_ptr<GENERAL_NAMES, openssl::Deleter<freeNames>> names(static_cast<GENERAL_NAMES*>(
        X509_get_ext_d2i(cert.get(), NID_subject_alt_name, nullptr, nullptr)));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_EMAIL && facts.email.isEmpty()) {
            const ASN1_IA5STRING* mail = name->d.rfc822Name;
            facts.email =
                QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(mail)),
                                    ASN1_STRING_length(mail));
        }
    }
    ERR_clear_error();
    return facts;
}

Result<PreviousCertificate> PreviousCertificates::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io,
                     tr("Cannot read the certificate file %1: %2").arg(path, file.errorString())};
    }
    return read(file.read(1 << 20));
}

} // namespace guichet
