// The dossier -> certificate subject mapping, and the request that carries it.
#include "token/DossierSubject.h"

#include "domain/Dossier.h"
#include "domain/ProductCatalogue.h"
#include "token/CertificateRequest.h"

#include <gtest/gtest.h>
#include <memory>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace guichet;

namespace {

const Product& product(const char* id)
{
    const Product* found = ProductCatalogue::builtIn().product(QString::fromLatin1(id));
    if (found == nullptr) {
        throw std::runtime_error(id);
    }
    return *found;
}

Dossier holderDossier()
{
    Dossier dossier;
    dossier.usage = QStringLiteral("signature");
    dossier.holder.givenNames = QStringLiteral("  Marie  Hélène ");
    dossier.holder.surnames = QStringLiteral("Lefèvre");
    dossier.holder.email = QStringLiteral("mh.lefevre@example.fr");
    return dossier;
}

Dossier employeeDossier()
{
    Dossier dossier = holderDossier();
    Organisation organisation;
    organisation.name = QStringLiteral("Étude Martin");
    organisation.registrationId = QStringLiteral("732 829 320 00074");
    dossier.organisation = organisation;
    return dossier;
}

QString entry(X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0) {
        return {};
    }
    unsigned char* utf8 = nullptr;
    const int size =
        ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), size);
    OPENSSL_free(utf8);
    return text;
}

} // namespace

TEST(DossierSubject, NaturalPersonNamesAsOnTheIdentityDocument)
{
    auto subject = DossierSubject::build(holderDossier(), product("rgs2"));
    ASSERT_TRUE(subject.ok()) << subject.error().message.toStdString();
    EXPECT_EQ(subject->givenName, QStringLiteral("Marie Hélène"));
    EXPECT_EQ(subject->surname, QStringLiteral("Lefèvre"));
    EXPECT_EQ(subject->commonName, QStringLiteral("Marie Hélène Lefèvre"));
    EXPECT_EQ(subject->country, QStringLiteral("FR"));
    EXPECT_EQ(subject->email, QStringLiteral("mh.lefevre@example.fr"));
    EXPECT_TRUE(subject->organisation.isEmpty());
    EXPECT_TRUE(subject->organisationIdentifier.isEmpty());
    EXPECT_TRUE(subject->serialNumber.isEmpty());
}

TEST(DossierSubject, OrganisationHolderGetsTheNtrIdentifierFromTheSiren)
{
    auto subject = DossierSubject::build(employeeDossier(), product("rgs2"));
    ASSERT_TRUE(subject.ok()) << subject.error().message.toStdString();
    EXPECT_EQ(subject->organisation, QStringLiteral("Étude Martin"));
    EXPECT_EQ(subject->organisationIdentifier, QStringLiteral("NTRFR-732829320"));
    EXPECT_EQ(subject->commonName, QStringLiteral("Marie Hélène Lefèvre"));
    EXPECT_EQ(DossierSubject::organisationIdentifier(QStringLiteral("732829320")),
              QStringLiteral("NTRFR-732829320"));
    EXPECT_FALSE(DossierSubject::organisationIdentifier(QStringLiteral("73282932")).has_value());
    EXPECT_FALSE(DossierSubject::organisationIdentifier(QStringLiteral("W751234567")).has_value());

    Dossier bad = employeeDossier();
    bad.organisation->registrationId = QStringLiteral("12AB");
    EXPECT_FALSE(DossierSubject::build(bad, product("rgs2")).ok());
    // A product for organisations refuses a dossier without one.
    EXPECT_FALSE(DossierSubject::build(holderDossier(), product("qcp-l")).ok());
}

TEST(DossierSubject, QualifiedNaturalPersonNeedsTheIdentityDocumentForTheSerialNumber)
{
    const auto missing = DossierSubject::build(holderDossier(), product("qcp-n-qscd"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::InvalidInput);
    auto subject = DossierSubject::build(
        holderDossier(), product("qcp-n-qscd"),
        HolderIdentity{QStringLiteral("idc"), QStringLiteral("fr"), QStringLiteral("x4rtbpfw4")});
    ASSERT_TRUE(subject.ok());
    EXPECT_EQ(subject->serialNumber, QStringLiteral("IDCFR-X4RTBPFW4"));
    // RGS products do not ask for it.
    EXPECT_FALSE(DossierSubject::needsSerialNumber(product("rgs3")));
}

TEST(DossierSubject, ASealIsTheOrganisationAndAServerProductIsNotForTokens)
{
    Dossier seal = employeeDossier();
    seal.usage = QStringLiteral("seal");
    auto subject = DossierSubject::build(seal, product("qcp-l"));
    ASSERT_TRUE(subject.ok()) << subject.error().message.toStdString();
    EXPECT_EQ(subject->commonName, QStringLiteral("Étude Martin"));
    EXPECT_TRUE(subject->givenName.isEmpty());
    EXPECT_TRUE(subject->email.isEmpty());
    EXPECT_EQ(subject->organisationIdentifier, QStringLiteral("NTRFR-732829320"));

    const auto server = DossierSubject::build(employeeDossier(), product("ssl-server"));
    ASSERT_FALSE(server.ok());
    EXPECT_EQ(server.error().code, ErrorCode::Refused);

    Dossier nameless = holderDossier();
    nameless.holder.surnames.clear();
    EXPECT_FALSE(DossierSubject::build(nameless, product("rgs2")).ok());
}

// The request carries organizationIdentifier and serialNumber as subject attributes and the
// e-mail address as subjectAltName (RFC 5280 4.1.2.6), not as emailAddress.
TEST(DossierSubject, TheRequestCarriesTheMappedSubject)
{
    auto subject = DossierSubject::build(
        employeeDossier(), product("qcp-n"),
        HolderIdentity{QStringLiteral("PAS"), QStringLiteral("FR"), QStringLiteral("20AB12345")});
    ASSERT_TRUE(subject.ok()) << subject.error().message.toStdString();
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    ASSERT_TRUE(key);
    QByteArray spki(i2d_PUBKEY(key.get(), nullptr), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(spki.data());
    i2d_PUBKEY(key.get(), &out);
    const auto sign = [&](const QByteArray& tbs) -> Result<QByteArray> {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                    EVP_MD_CTX_free);
        std::size_t size = 0;
        const auto* data = reinterpret_cast<const unsigned char*>(tbs.constData());
        if (EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
            EVP_DigestSign(ctx.get(), nullptr, &size, data, static_cast<std::size_t>(tbs.size())) !=
                1) {
            return Error{ErrorCode::Internal, QStringLiteral("sign")};
        }
        QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
        if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &size,
                           data, static_cast<std::size_t>(tbs.size())) != 1) {
            return Error{ErrorCode::Internal, QStringLiteral("sign")};
        }
        signature.truncate(static_cast<qsizetype>(size));
        return signature;
    };
    auto der = CertificateRequest::build(*subject, spki, KeyAlgorithm::EcP256, sign);
    ASSERT_TRUE(der.ok()) << der.error().message.toStdString();

    const auto* cursor = reinterpret_cast<const unsigned char*>(der->constData());
    std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)> request(
        d2i_X509_REQ(nullptr, &cursor, der->size()), X509_REQ_free);
    ASSERT_TRUE(request);
    X509_NAME* name = X509_REQ_get_subject_name(request.get());
    EXPECT_EQ(entry(name, NID_commonName), QStringLiteral("Marie Hélène Lefèvre"));
    EXPECT_EQ(entry(name, NID_givenName), QStringLiteral("Marie Hélène"));
    EXPECT_EQ(entry(name, NID_surname), QStringLiteral("Lefèvre"));
    EXPECT_EQ(entry(name, NID_organizationName), QStringLiteral("Étude Martin"));
    EXPECT_EQ(entry(name, NID_organizationIdentifier), QStringLiteral("NTRFR-732829320"));
    EXPECT_EQ(entry(name, NID_serialNumber), QStringLiteral("PASFR-20AB12345"));
    EXPECT_EQ(entry(name, NID_countryName), QStringLiteral("FR"));
    EXPECT_TRUE(entry(name, NID_pkcs9_emailAddress).isEmpty());

    STACK_OF(X509_EXTENSION)* extensions = X509_REQ_get_extensions(request.get());
    ASSERT_NE(extensions, nullptr);
    auto* names = static_cast<GENERAL_NAMES*>(
        X509V3_get_d2i(extensions, NID_subject_alt_name, nullptr, nullptr));
    sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
    ASSERT_NE(names, nullptr);
    ASSERT_EQ(sk_GENERAL_NAME_num(names), 1);
    const GENERAL_NAME* san = sk_GENERAL_NAME_value(names, 0);
    ASSERT_EQ(san->type, GEN_EMAIL);
    const QString email =
        QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(san->d.rfc822Name)),
                            ASN1_STRING_length(san->d.rfc822Name));
    GENERAL_NAMES_free(names);
    EXPECT_EQ(email, QStringLiteral("mh.lefevre@example.fr"));
}
