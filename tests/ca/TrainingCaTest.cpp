#include "CaFixture.h"
#include "audit/AuditLog.h"
#include "ca/CertificateProfile.h"

#include <QFile>
#include <QSqlQuery>

namespace guichet::test {
namespace {

QString nameText(const X509_NAME* name)
{
    openssl::Bio bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(size));
}

QStringList policies(X509* cert)
{
    QStringList oids;
    auto* info = static_cast<CERTIFICATEPOLICIES*>(
        X509_get_ext_d2i(cert, NID_certificate_policies, nullptr, nullptr));
    for (int i = 0; info != nullptr && i < sk_POLICYINFO_num(info); ++i) {
        char buffer[128];
        OBJ_obj2txt(buffer, sizeof buffer, sk_POLICYINFO_value(info, i)->policyid, 1);
        oids.append(QString::fromLatin1(buffer));
    }
    CERTIFICATEPOLICIES_free(info);
    return oids;
}

QString oidText(const ASN1_OBJECT* object)
{
    char buffer[128];
    OBJ_obj2txt(buffer, sizeof buffer, object, 1);
    return QString::fromLatin1(buffer);
}

// Decodes the qcStatements extension independently of the encoder: statement OID ->
// the OIDs inside its statementInfo (QcType's types).
QMap<QString, QStringList> qcStatements(X509* cert)
{
    QMap<QString, QStringList> found;
    openssl::Asn1Object oid(OBJ_txt2obj(CertificateProfile::QcStatementsOid, 1));
    const int index = X509_get_ext_by_OBJ(cert, oid.get(), -1);
    if (index < 0) {
        return found;
    }
    const ASN1_OCTET_STRING* value = X509_EXTENSION_get_data(X509_get_ext(cert, index));
    const auto decode = [](const unsigned char* data, int length) {
        const unsigned char* in = data;
        return d2i_ASN1_SEQUENCE_ANY(nullptr, &in, length);
    };
    ASN1_SEQUENCE_ANY* outer = decode(ASN1_STRING_get0_data(value), ASN1_STRING_length(value));
    for (int i = 0; outer != nullptr && i < sk_ASN1_TYPE_num(outer); ++i) {
        const ASN1_TYPE* statement = sk_ASN1_TYPE_value(outer, i);
        EXPECT_EQ(statement->type, V_ASN1_SEQUENCE);
        ASN1_SEQUENCE_ANY* fields =
            decode(statement->value.sequence->data, statement->value.sequence->length);
        if (fields == nullptr) {
            ADD_FAILURE() << "a QC statement is not a SEQUENCE";
            break;
        }
        const ASN1_TYPE* id = sk_ASN1_TYPE_value(fields, 0);
        EXPECT_EQ(id->type, V_ASN1_OBJECT);
        QStringList inner;
        if (sk_ASN1_TYPE_num(fields) > 1) {
            const ASN1_TYPE* info = sk_ASN1_TYPE_value(fields, 1);
            ASN1_SEQUENCE_ANY* types =
                decode(info->value.sequence->data, info->value.sequence->length);
            for (int j = 0; types != nullptr && j < sk_ASN1_TYPE_num(types); ++j) {
                inner.append(oidText(sk_ASN1_TYPE_value(types, j)->value.object));
            }
            sk_ASN1_TYPE_pop_free(types, ASN1_TYPE_free);
        }
        found.insert(oidText(id->value.object), inner);
        sk_ASN1_TYPE_pop_free(fields, ASN1_TYPE_free);
    }
    sk_ASN1_TYPE_pop_free(outer, ASN1_TYPE_free);
    return found;
}

using TrainingCaTest = CaFixture;

TEST_F(TrainingCaTest, IssuesEveryProductWithItsExtensions)
{
    const ProductCatalogue& catalogue = ProductCatalogue::builtIn();
    int issued = 0;
    for (const Product& product : catalogue.products()) {
        for (const QString& usage : product.usages) {
            SCOPED_TRACE((product.id + u'/' + usage).toStdString());
            openssl::PKey key = newKey();
            IssueRequest request{product.id,
                                 usage,
                                 QStringLiteral("Jean Dupont"),
                                 QStringLiteral("ACME SA"),
                                 {},
                                 QStringLiteral("FR"),
                                 {},
                                 {}};
            if (usage == u"server-authentication") {
                request.commonName = QStringLiteral("www.acme.example");
                request.dnsNames = {QStringLiteral("www.acme.example"),
                                    QStringLiteral("acme.example")};
            }
            auto der = ca->issue(csrFor(key.get(), request.commonName), request);
            ASSERT_TRUE(der.ok()) << text(der.error());
            ++issued;
            openssl::X509Ptr cert = openssl::certificateFromDer(*der);
            ASSERT_TRUE(cert);
            EXPECT_EQ(X509_verify(cert.get(), X509_get0_pubkey(ca->issuingCertificate())), 1);
            EXPECT_EQ(EVP_PKEY_eq(X509_get0_pubkey(cert.get()), key.get()), 1);

            const QString subject = nameText(X509_get_subject_name(cert.get()));
            const QString issuer = nameText(X509_get_issuer_name(cert.get()));
            EXPECT_TRUE(subject.contains(u"OU=TRAINING — NOT VALID")) << subject.toStdString();
            EXPECT_TRUE(subject.contains(QStringLiteral("CN=") + request.commonName))
                << subject.toStdString();
            EXPECT_TRUE(subject.contains(u"O=ACME SA")) << subject.toStdString();
            EXPECT_TRUE(issuer.contains(u"TRAINING")) << issuer.toStdString();

            EXPECT_EQ(policies(cert.get()),
                      QStringList{product.policyOids.value(QStringLiteral("training"))});
            const uint32_t ku = X509_get_key_usage(cert.get());
            const uint32_t eku = X509_get_extended_key_usage(cert.get());
            if (usage == u"signature" || usage == u"seal") {
                EXPECT_EQ(ku, static_cast<uint32_t>(KU_NON_REPUDIATION));
                EXPECT_EQ(eku, UINT32_MAX); // no EKU extension
            } else if (usage == u"authentication") {
                EXPECT_EQ(ku, static_cast<uint32_t>(KU_DIGITAL_SIGNATURE));
                EXPECT_EQ(eku, static_cast<uint32_t>(XKU_SSL_CLIENT));
            } else if (usage == u"signature-authentication") {
                EXPECT_EQ(ku, static_cast<uint32_t>(KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION));
                EXPECT_EQ(eku, static_cast<uint32_t>(XKU_SSL_CLIENT));
            } else if (usage == u"server-authentication") {
                EXPECT_EQ(ku, static_cast<uint32_t>(KU_DIGITAL_SIGNATURE | KU_KEY_ENCIPHERMENT));
                EXPECT_EQ(eku, static_cast<uint32_t>(XKU_SSL_SERVER));
                EXPECT_EQ(X509_check_host(cert.get(), "acme.example", 0, 0, nullptr), 1);
                EXPECT_EQ(X509_check_host(cert.get(), "other.example", 0, 0, nullptr), 0);
            }
            EXPECT_EQ(X509_check_ca(cert.get()), 0);

            const QMap<QString, QStringList> qc = qcStatements(cert.get());
            if (product.id.startsWith(u"qcp-")) {
                EXPECT_TRUE(qc.contains(QString::fromLatin1(CertificateProfile::QcComplianceOid)));
                EXPECT_EQ(qc.contains(QString::fromLatin1(CertificateProfile::QcSscdOid)),
                          product.id == u"qcp-n-qscd");
                const QString type =
                    QString::fromLatin1(usage == u"seal" ? CertificateProfile::QcTypeEsealOid
                                                         : CertificateProfile::QcTypeEsignOid);
                EXPECT_EQ(qc.value(QString::fromLatin1(CertificateProfile::QcTypeOid)),
                          QStringList{type});
            } else {
                EXPECT_TRUE(qc.isEmpty());
            }
        }
    }
    EXPECT_GE(issued, 10);
    EXPECT_EQ(*ca->issuedCount(), issued);
}

TEST_F(TrainingCaTest, DossierSubjectIsForcedOverTheRequest)
{
    openssl::PKey key = newKey();
    IssueRequest request{QStringLiteral("rgs2"),
                         QStringLiteral("authentication"),
                         QStringLiteral("Jean Dupont"),
                         QStringLiteral("ACME SA"),
                         QStringLiteral("NTRFR-552100554"),
                         QStringLiteral("FR"),
                         {},
                         {}};
    auto der = ca->issue(csrFor(key.get(), QStringLiteral("Mallory"), QStringLiteral("Evil Corp"),
                                QStringLiteral("DE"), QStringLiteral("12345")),
                         request);
    ASSERT_TRUE(der.ok()) << text(der.error());
    openssl::X509Ptr cert = openssl::certificateFromDer(*der);
    const QString subject = nameText(X509_get_subject_name(cert.get()));
    EXPECT_TRUE(subject.contains(u"CN=Jean Dupont")) << subject.toStdString();
    EXPECT_TRUE(subject.contains(u"O=ACME SA"));
    EXPECT_TRUE(subject.contains(u"C=FR"));
    EXPECT_TRUE(subject.contains(u"NTRFR-552100554"));
    EXPECT_TRUE(subject.contains(u"serialNumber=12345")) << "the request's other attributes stay";
    EXPECT_FALSE(subject.contains(u"Mallory"));
    EXPECT_FALSE(subject.contains(u"Evil"));
}

TEST_F(TrainingCaTest, BadRequestsAreRefused)
{
    openssl::PKey key = newKey();
    const QByteArray csr = csrFor(key.get(), QStringLiteral("Jean Dupont"));
    QByteArray tampered = csr;
    tampered[tampered.size() - 3] = static_cast<char>(tampered[tampered.size() - 3] ^ 0x01);
    IssueRequest request{
        QStringLiteral("rgs2"), QStringLiteral("signature"), {}, {}, {}, {}, {}, {}};
    EXPECT_EQ(ca->issue(tampered, request).error().code, ErrorCode::Refused);
    EXPECT_EQ(ca->issue("garbage", request).error().code, ErrorCode::InvalidInput);
    request.productId = QStringLiteral("gold");
    EXPECT_EQ(ca->issue(csr, request).error().code, ErrorCode::InvalidInput);
    request.productId = QStringLiteral("qcp-n");
    request.usage = QStringLiteral("authentication");
    EXPECT_EQ(ca->issue(csr, request).error().code, ErrorCode::Refused);
    EXPECT_EQ(*ca->issuedCount(), 0);
}

TEST_F(TrainingCaTest, RepeatedRequestIsAnsweredWithoutIssuingTwice)
{
    openssl::PKey key = newKey();
    const QByteArray csr = csrFor(key.get(), QStringLiteral("Jean Dupont"));
    IssueRequest request{QStringLiteral("rgs2"),
                         QStringLiteral("signature"),
                         {},
                         {},
                         {},
                         {},
                         {},
                         QStringLiteral("dossier-42/enrol-1")};
    auto first = ca->issueCertificate(csr, request);
    auto second = ca->issueCertificate(csr, request);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_FALSE(first->repeated);
    EXPECT_TRUE(second->repeated);
    EXPECT_EQ(first->der, second->der);
    EXPECT_EQ(*ca->issuedCount(), 1);
    request.idempotencyKey = QStringLiteral("dossier-42/enrol-2");
    auto third = ca->issueCertificate(csr, request);
    ASSERT_TRUE(third.ok());
    EXPECT_NE(third->serialHex, first->serialHex);
    EXPECT_EQ(*ca->issuedCount(), 2);
}

TEST_F(TrainingCaTest, KeysAreStoredOnlyEncrypted)
{
    QSqlQuery query = db->query();
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT root_key, issuing_key FROM training_ca")));
    ASSERT_TRUE(query.next());
    for (int column : {0, 1}) {
        const QByteArray blob = query.value(column).toByteArray();
        EXPECT_TRUE(blob.startsWith("GENV")) << "an EncryptionService envelope";
        const unsigned char* in = reinterpret_cast<const unsigned char*>(blob.constData());
        EXPECT_EQ(d2i_AutoPrivateKey(nullptr, &in, static_cast<long>(blob.size())), nullptr);
        ERR_clear_error();
    }
    // The same master key opens it again: the same CA, not a new one.
    TrainingCa reopened(*db, *encryption, clock, ProductCatalogue::builtIn());
    ASSERT_TRUE(reopened.ensureReady().ok());
    EXPECT_EQ(X509_cmp(reopened.issuingCertificate(), ca->issuingCertificate()), 0);
    EXPECT_EQ(EVP_PKEY_eq(reopened.issuingKey(), ca->issuingKey()), 1);
    // Another master key cannot.
    QByteArray otherKey(32, '\x11');
    EncryptionService other(
        std::make_unique<FixedMasterKeySource>(SecretBytes::takeFrom(otherKey)));
    TrainingCa stranger(*db, other, clock, ProductCatalogue::builtIn());
    EXPECT_FALSE(stranger.ensureReady().ok());
}

TEST_F(TrainingCaTest, RevocationAppearsInThePublishedCrl)
{
    openssl::PKey key = newKey();
    IssueRequest request{
        QStringLiteral("rgs1"), QStringLiteral("authentication"), {}, {}, {}, {}, {}, {}};
    auto kept = ca->issue(csrFor(key.get(), QStringLiteral("Keep")), request);
    auto revoked = ca->issue(csrFor(key.get(), QStringLiteral("Revoke")), request);
    ASSERT_TRUE(kept.ok() && revoked.ok());
    openssl::X509Ptr keptCert = openssl::certificateFromDer(*kept);
    openssl::X509Ptr revokedCert = openssl::certificateFromDer(*revoked);
    ASSERT_TRUE(ca->revoke(revokedCert.get(), RevocationReason::KeyCompromise).ok());
    ASSERT_TRUE(ca->revoke(revokedCert.get(), RevocationReason::KeyCompromise).ok())
        << "a repeat is harmless";
    EXPECT_EQ(ca->revoke(QStringLiteral("0BADC0DE"), RevocationReason::Unspecified).error().code,
              ErrorCode::NotFound);

    const QString path = dataPath(QStringLiteral("training.crl"));
    ASSERT_TRUE(ca->publishCrl(path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray der = file.readAll();
    const unsigned char* in = reinterpret_cast<const unsigned char*>(der.constData());
    openssl::X509CrlPtr crl(d2i_X509_CRL(nullptr, &in, static_cast<long>(der.size())));
    ASSERT_TRUE(crl);
    EXPECT_EQ(X509_CRL_verify(crl.get(), X509_get0_pubkey(ca->issuingCertificate())), 1);
    EXPECT_TRUE(nameText(X509_CRL_get_issuer(crl.get())).contains(u"TRAINING"));
    X509_REVOKED* entry = nullptr;
    ASSERT_EQ(X509_CRL_get0_by_cert(crl.get(), &entry, revokedCert.get()), 1);
    auto* reason = static_cast<ASN1_ENUMERATED*>(
        X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, nullptr, nullptr));
    ASSERT_NE(reason, nullptr);
    EXPECT_EQ(ASN1_ENUMERATED_get(reason), 1);
    ASN1_ENUMERATED_free(reason);
    EXPECT_EQ(X509_CRL_get0_by_cert(crl.get(), &entry, keptCert.get()), 0);
    EXPECT_EQ(sk_X509_REVOKED_num(X509_CRL_get_REVOKED(crl.get())), 1);

    // Issuance and revocation are in the audit trail, once each.
    openssl::BigNum serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(revokedCert.get()), nullptr));
    char* hex = BN_bn2hex(serial.get());
    const QString serialHex = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    auto events = AuditLog(*db, clock).eventsFor(QStringLiteral("certificate"), serialHex);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 2);
    EXPECT_EQ(events->at(0).action, QStringLiteral("certificate.issued"));
    EXPECT_EQ(events->at(1).action, QStringLiteral("certificate.revoked"));
    EXPECT_TRUE(AuditLog(*db, clock).verify()->intact);
}

} // namespace
} // namespace guichet::test
