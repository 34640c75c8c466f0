#include "ca/TrainingCa.h"

#include "audit/AuditLog.h"
#include "ca/CaProfile.h"
#include "ca/CertificateProfile.h"
#include "common/Clock.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "storage/Database.h"

#include <QSaveFile>
#include <openssl/rand.h>

namespace guichet {
namespace {

constexpr int RootYears = 20;
constexpr int IssuingYears = 10;
constexpr int CrlValidityDays = 7;

QString serialHex(const ASN1_INTEGER* serial)
{
    openssl::BigNum number(ASN1_INTEGER_to_BN(serial, nullptr));
    if (!number) {
        return {};
    }
    char* hex = BN_bn2hex(number.get());
    const QString text = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return text;
}

// RFC 5280 4.1.2.2: positive, at most 20 bytes; 16 random bytes make it unpredictable.
bool setRandomSerial(X509* cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1) {
        return false;
    }
    bytes[0] &= 0x7f;
    bytes[0] |= 0x01; // never a leading zero byte, so the hex form is canonical
    openssl::BigNum number(BN_bin2bn(bytes, sizeof bytes, nullptr));
    openssl::Asn1Integer serial(number ? BN_to_ASN1_INTEGER(number.get(), nullptr) : nullptr);
    return serial && X509_set_serialNumber(cert, serial.get()) == 1;
}

bool addText(X509_NAME* name, int nid, const QString& value)
{
    if (value.isEmpty()) {
        return true;
    }
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_NID(name, nid, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(utf8.constData()),
                                      static_cast<int>(utf8.size()), -1, 0) == 1;
}

QString entryText(const X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0) {
        return {};
    }
    unsigned char* utf8 = nullptr;
    const int size =
        ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (size < 0) {
        return {};
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), size);
    OPENSSL_free(utf8);
    return text;
}

bool setValidity(X509* cert, const QDateTime& from, int days)
{
    const time_t start = static_cast<time_t>(from.toSecsSinceEpoch());
    return X509_time_adj_ex(X509_getm_notBefore(cert), 0, 0, const_cast<time_t*>(&start)) &&
           X509_time_adj_ex(X509_getm_notAfter(cert), days, 0, const_cast<time_t*>(&start));
}

// The training CA acts as itself in the audit trail, not as the operator who asked.
const QString kAuditActor = QStringLiteral("training-ca");

QByteArray keyAssociatedData(const char* role)
{
    return QByteArrayLiteral("guichet/training-ca/") + role + QByteArrayLiteral("-key");
}

} // namespace

TrainingCa::TrainingCa(Database& db, EncryptionService& encryption, const Clock& clock,
                       const ProductCatalogue& catalogue)
    : m_db(db), m_encryption(encryption), m_clock(clock), m_catalogue(catalogue)
{
}

TrainingCa::~TrainingCa() = default;

Status TrainingCa::ensureReady()
{
    if (m_issuingKey) {
        return Status::success();
    }
    QSqlQuery query = m_db.query();
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM training_ca")) || !query.next()) {
        return m_db.storageError(query, tr("reading the training CA"));
    }
    return query.value(0).toInt() == 0 ? create() : load();
}

Result<QByteArray> TrainingCa::sealKey(EVP_PKEY* key, const char* role)
{
    const int size = i2d_PrivateKey(key, nullptr);
    if (size <= 0) {
        return openssl::failure(tr("encoding the training CA key"));
    }
    SecretBytes der(static_cast<std::size_t>(size));
    unsigned char* out = der.data();
    if (i2d_PrivateKey(key, &out) != size) {
        return openssl::failure(tr("encoding the training CA key"));
    }
    return m_encryption.seal(der.view(), keyAssociatedData(role));
}

Result<openssl::PKey> TrainingCa::openKey(const QByteArray& blob, const char* role)
{
    auto der = m_encryption.openSecret(blob, keyAssociatedData(role));
    if (!der) {
        return der.error();
    }
    const unsigned char* in = der->data();
    openssl::PKey key(d2i_AutoPrivateKey(nullptr, &in, static_cast<long>(der->size())));
    if (!key) {
        return openssl::failure(tr("reading the training CA key"));
    }
    return key;
}

Result<openssl::X509Ptr> TrainingCa::makeCaCertificate(EVP_PKEY* key, const QString& commonName,
                                                       const X509* issuer, EVP_PKEY* issuerKey,
                                                       int years, int pathLength)
{
    openssl::X509Ptr cert(X509_new());
    openssl::X509NamePtr subject(X509_NAME_new());
    if (!cert || !subject || X509_set_version(cert.get(), X509_VERSION_3) != 1 ||
        !setRandomSerial(cert.get()) ||
        !addText(subject.get(), NID_countryName, QStringLiteral("FR")) ||
        !addText(subject.get(), NID_organizationName, QStringLiteral("Guichet TRAINING")) ||
        !addText(subject.get(), NID_organizationalUnitName, TrainingMark) ||
        !addText(subject.get(), NID_commonName, commonName) ||
        X509_set_subject_name(cert.get(), subject.get()) != 1 ||
        X509_set_issuer_name(cert.get(), issuer != nullptr ? X509_get_subject_name(issuer)
                                                           : subject.get()) != 1 ||
        !setValidity(cert.get(), m_clock.nowUtc(), years * 365) ||
        X509_set_pubkey(cert.get(), key) != 1) {
        return openssl::failure(tr("building a training CA certificate"));
    }
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer != nullptr ? const_cast<X509*>(issuer) : cert.get(), cert.get(),
                   nullptr, nullptr, 0);
    const QByteArray constraints = "critical,CA:TRUE,pathlen:" + QByteArray::number(pathLength);
    const struct {
        int nid;
        const char* value;
    } extensions[] = {
        {NID_basic_constraints, constraints.constData()},
        // digitalSignature: the issuing CA also signs its CMP answers (RFC 9483 3.2).
        {NID_key_usage, "critical,digitalSignature,keyCertSign,cRLSign"},
        {NID_subject_key_identifier, "hash"},
        {NID_authority_key_identifier, "keyid:always"},
    };
    for (const auto& extension : extensions) {
        openssl::X509ExtPtr made(
            X509V3_EXT_conf_nid(nullptr, &context, extension.nid, extension.value));
        if (!made || X509_add_ext(cert.get(), made.get(), -1) != 1) {
            return openssl::failure(tr("building a training CA certificate"));
        }
    }
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0) {
        return openssl::failure(tr("signing a training CA certificate"));
    }
    return cert;
}

Status TrainingCa::create()
{
    openssl::PKey rootKey(EVP_EC_gen("P-256"));
    openssl::PKey issuingKey(EVP_EC_gen("P-256"));
    if (!rootKey || !issuingKey) {
        return openssl::failure(tr("generating the training CA keys"));
    }
    auto root =
        makeCaCertificate(rootKey.get(), QStringLiteral("Guichet TRAINING Root CA — NOT VALID"),
                          nullptr, rootKey.get(), RootYears, 1);
    if (!root) {
        return root.error();
    }
    auto issuing = makeCaCertificate(issuingKey.get(),
                                     QStringLiteral("Guichet TRAINING Issuing CA — NOT VALID"),
                                     root->get(), rootKey.get(), IssuingYears, 0);
    if (!issuing) {
        return issuing.error();
    }
    auto sealedRoot = sealKey(rootKey.get(), "root");
    auto sealedIssuing = sealKey(issuingKey.get(), "issuing");
    if (!sealedRoot || !sealedIssuing) {
        return sealedRoot ? sealedIssuing.error() : sealedRoot.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    QSqlQuery insert = m_db.query();
    insert.prepare(QStringLiteral("INSERT INTO training_ca (id, root_cert, issuing_cert, root_key, "
                                  "issuing_key, created_at) VALUES (1, ?, ?, ?, ?, ?)"));
    insert.addBindValue(openssl::toDer(root->get(), i2d_X509));
    insert.addBindValue(openssl::toDer(issuing->get(), i2d_X509));
    insert.addBindValue(*sealedRoot);
    insert.addBindValue(*sealedIssuing);
    insert.addBindValue(m_clock.nowUtc().toMSecsSinceEpoch());
    if (Status done = m_db.exec(insert, tr("storing the training CA")); !done) {
        return done;
    }
    auto created = AuditLog(m_db, m_clock)
                       .append(kAuditActor, QStringLiteral("training-ca.created"),
                               QStringLiteral("training-ca"), QStringLiteral("root"),
                               QJsonObject{{QStringLiteral("root"),
                                            serialHex(X509_get0_serialNumber(root->get()))},
                                           {QStringLiteral("issuing"),
                                            serialHex(X509_get0_serialNumber(issuing->get()))}});
    if (!created) {
        return created.error();
    }
    if (Status committed = tx.commit(); !committed) {
        return committed;
    }
    m_rootCert = std::move(root).value();
    m_issuingCert = std::move(issuing).value();
    m_issuingKey = std::move(issuingKey);
    return Status::success();
}

Status TrainingCa::load()
{
    QSqlQuery query = m_db.query();
    if (!query.exec(QStringLiteral("SELECT root_cert, issuing_cert, issuing_key FROM training_ca "
                                   "WHERE id = 1")) ||
        !query.next()) {
        return m_db.storageError(query, tr("reading the training CA"));
    }
    openssl::X509Ptr root = openssl::certificateFromDer(query.value(0).toByteArray());
    openssl::X509Ptr issuing = openssl::certificateFromDer(query.value(1).toByteArray());
    if (!root || !issuing) {
        return Error{ErrorCode::IncompatibleData,
                     tr("The training CA's certificates are damaged.")};
    }
    auto key = openKey(query.value(2).toByteArray(), "issuing");
    if (!key) {
        return Error{key.error().code,
                     tr("The training CA's key cannot be opened: %1").arg(key.error().message)};
    }
    m_rootCert = std::move(root);
    m_issuingCert = std::move(issuing);
    m_issuingKey = std::move(key).value();
    return Status::success();
}

Result<QByteArray> TrainingCa::issue(const QByteArray& csrDer, const QString& product)
{
    const Product* known = m_catalogue.product(product);
    IssueRequest request;
    request.productId = product;
    request.usage = known != nullptr ? known->usages.value(0) : QString();
    return issue(csrDer, request);
}

Result<QByteArray> TrainingCa::issue(const QByteArray& csrDer, const IssueRequest& request)
{
    auto issued = issueCertificate(csrDer, request);
    if (!issued) {
        return issued.error();
    }
    return issued->der;
}

Result<IssuedCertificate> TrainingCa::issueCertificate(const QByteArray& csrDer,
                                                       const IssueRequest& request)
{
    const auto* in = reinterpret_cast<const unsigned char*>(csrDer.constData());
    openssl::X509ReqPtr csr(d2i_X509_REQ(nullptr, &in, static_cast<long>(csrDer.size())));
    if (!csr) {
        ERR_clear_error();
        return Error{ErrorCode::InvalidInput,
                     tr("The certificate request is not a PKCS#10 request.")};
    }
    EVP_PKEY* key = X509_REQ_get0_pubkey(csr.get());
    if (key == nullptr || X509_REQ_verify(csr.get(), key) != 1) {
        ERR_clear_error();
        return Error{ErrorCode::Refused,
                     tr("The certificate request's signature does not verify: it was not made "
                        "with the key it carries.")};
    }
    return issueForKey(key, X509_REQ_get_subject_name(csr.get()), request);
}

Result<std::optional<IssuedCertificate>> TrainingCa::findByRequestKey(const QString& key)
{
    QSqlQuery query = m_db.query();
    query.prepare(QStringLiteral("SELECT c.serial, c.cert FROM training_ca_request r "
                                 "JOIN training_ca_cert c ON c.serial = r.serial "
                                 "WHERE r.request_key = ?"));
    query.addBindValue(key);
    if (Status done = m_db.exec(query, tr("looking up a repeated request")); !done) {
        return done.error();
    }
    if (!query.next()) {
        return std::optional<IssuedCertificate>();
    }
    return std::optional<IssuedCertificate>(
        IssuedCertificate{query.value(0).toString(), query.value(1).toByteArray(), true});
}

Result<IssuedCertificate> TrainingCa::issueForKey(EVP_PKEY* publicKey,
                                                  const X509_NAME* requestedSubject,
                                                  const IssueRequest& request)
{
    if (Status ready = ensureReady(); !ready) {
        return ready.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    // Issue 6: a repeated request (same idempotency key) is answered with the certificate
    // already issued, never a second one. Looked up inside the write transaction, so two
    // answers to the same key cannot race.
    if (!request.idempotencyKey.isEmpty()) {
        auto earlier = findByRequestKey(request.idempotencyKey);
        if (!earlier) {
            return earlier.error();
        }
        if (earlier->has_value()) {
            return std::move(earlier->value());
        }
    }
    const Product* product = m_catalogue.product(request.productId);
    if (product == nullptr) {
        return Error{
            ErrorCode::InvalidInput,
            tr("The training CA does not know the product \"%1\".").arg(request.productId)};
    }
    const QString policyOid = product->policyOids.value(CaProfile::TrainingId);
    if (policyOid.isEmpty()) {
        return Error{ErrorCode::Refused,
                     tr("The training CA does not issue the product %1.").arg(product->id)};
    }

    // The dossier's CN, O, organisation identifier and C replace whatever the request says;
    // the request's other attributes are kept; OU always says TRAINING.
    openssl::X509NamePtr subject(X509_NAME_new());
    const auto forced = [&](int nid, const QString& dossierValue) {
        return dossierValue.isEmpty() && requestedSubject != nullptr
                   ? entryText(requestedSubject, nid)
                   : dossierValue;
    };
    IssueRequest effective = request;
    effective.commonName = forced(NID_commonName, request.commonName);
    effective.organisation = forced(NID_organizationName, request.organisation);
    effective.country = forced(NID_countryName, request.country);
    if (effective.commonName.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("The certificate needs a common name (CN).")};
    }
    bool built = subject && addText(subject.get(), NID_countryName, effective.country) &&
                 addText(subject.get(), NID_organizationName, effective.organisation) &&
                 addText(subject.get(), NID_organizationalUnitName, TrainingMark) &&
                 addText(subject.get(), NID_organizationIdentifier, request.organisationIdentifier);
    if (requestedSubject != nullptr) {
        for (int i = 0; built && i < X509_NAME_entry_count(requestedSubject); ++i) {
            const X509_NAME_ENTRY* entry = X509_NAME_get_entry(requestedSubject, i);
            const int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry));
            if (nid == NID_commonName || nid == NID_organizationName || nid == NID_countryName ||
                nid == NID_organizationalUnitName ||
                (nid == NID_organizationIdentifier && !request.organisationIdentifier.isEmpty())) {
                continue;
            }
            built = X509_NAME_add_entry(subject.get(), entry, -1, 0) == 1;
        }
    }
    built = built && addText(subject.get(), NID_commonName, effective.commonName);

    openssl::X509Ptr cert(X509_new());
    const int days = product->keyGeneration == KeyGeneration::ApplicantCsr ? 397 : 3 * 365;
    if (!built || !cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 ||
        !setRandomSerial(cert.get()) || X509_set_subject_name(cert.get(), subject.get()) != 1 ||
        X509_set_issuer_name(cert.get(), X509_get_subject_name(m_issuingCert.get())) != 1 ||
        !setValidity(cert.get(), m_clock.nowUtc(), days) ||
        X509_set_pubkey(cert.get(), publicKey) != 1) {
        return openssl::failure(tr("building the certificate"));
    }
    if (Status applied = CertificateProfile::apply(cert.get(), m_issuingCert.get(), *product,
                                                   effective, policyOid);
        !applied) {
        return applied.error();
    }
    if (X509_sign(cert.get(), m_issuingKey.get(), EVP_sha256()) <= 0) {
        return openssl::failure(tr("signing the certificate"));
    }

    IssuedCertificate issued{serialHex(X509_get0_serialNumber(cert.get())),
                             openssl::toDer(cert.get(), i2d_X509), false};
    const QString what = tr("recording the issued certificate");
    QSqlQuery insert = m_db.query();
    insert.prepare(
        QStringLiteral("INSERT INTO training_ca_cert (serial, cert, subject, product_id, "
                       "issued_at, revoked_at, revocation_reason) "
                       "VALUES (?, ?, ?, ?, ?, 0, 0)"));
    insert.addBindValue(issued.serialHex);
    insert.addBindValue(issued.der);
    insert.addBindValue(effective.commonName);
    insert.addBindValue(product->id);
    insert.addBindValue(m_clock.nowUtc().toMSecsSinceEpoch());
    if (Status done = m_db.exec(insert, what); !done) {
        return done.error();
    }
    if (!request.idempotencyKey.isEmpty()) {
        QSqlQuery remember = m_db.query();
        remember.prepare(QStringLiteral(
            "INSERT INTO training_ca_request (request_key, serial, answered_at) VALUES (?, ?, ?)"));
        remember.addBindValue(request.idempotencyKey);
        remember.addBindValue(issued.serialHex);
        remember.addBindValue(m_clock.nowUtc().toMSecsSinceEpoch());
        if (Status done = m_db.exec(remember, what); !done) {
            return done.error();
        }
    }
    auto audited = AuditLog(m_db, m_clock)
                       .append(kAuditActor, QStringLiteral("certificate.issued"),
                               QStringLiteral("certificate"), issued.serialHex,
                               QJsonObject{{QStringLiteral("product"), product->id},
                                           {QStringLiteral("usage"), effective.usage},
                                           {QStringLiteral("requestKey"), request.idempotencyKey}});
    if (!audited) {
        return audited.error();
    }
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }
    return issued;
}

Status TrainingCa::revoke(const X509* certificate, RevocationReason reason)
{
    if (certificate == nullptr) {
        return Error{ErrorCode::InvalidInput, tr("No certificate to revoke.")};
    }
    return revoke(serialHex(X509_get0_serialNumber(certificate)), reason);
}

Status TrainingCa::revoke(const QString& serialHex, RevocationReason reason)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    QSqlQuery update = m_db.query();
    update.prepare(
        QStringLiteral("UPDATE training_ca_cert SET revoked_at = ?, revocation_reason = ? "
                       "WHERE serial = ? AND revoked_at = 0"));
    update.addBindValue(m_clock.nowUtc().toMSecsSinceEpoch());
    update.addBindValue(static_cast<int>(reason));
    update.addBindValue(serialHex.toUpper());
    if (Status done = m_db.exec(update, tr("revoking the certificate %1").arg(serialHex)); !done) {
        return done;
    }
    if (update.numRowsAffected() > 0) {
        auto audited =
            AuditLog(m_db, m_clock)
                .append(kAuditActor, QStringLiteral("certificate.revoked"),
                        QStringLiteral("certificate"), serialHex.toUpper(),
                        QJsonObject{{QStringLiteral("reason"), static_cast<int>(reason)}});
        if (!audited) {
            return audited.error();
        }
        return tx.commit();
    }
    QSqlQuery exists = m_db.query();
    exists.prepare(QStringLiteral("SELECT revoked_at FROM training_ca_cert WHERE serial = ?"));
    exists.addBindValue(serialHex.toUpper());
    if (Status done = m_db.exec(exists, tr("revoking the certificate %1").arg(serialHex)); !done) {
        return done;
    }
    if (!exists.next()) {
        return Error{
            ErrorCode::NotFound,
            tr("The training CA never issued a certificate with serial number %1.").arg(serialHex)};
    }
    return Status::success(); // already revoked: a repeated revocation changes nothing
}

Result<QByteArray> TrainingCa::crl()
{
    if (Status ready = ensureReady(); !ready) {
        return ready.error();
    }
    const QDateTime now = m_clock.nowUtc();
    openssl::X509CrlPtr crl(X509_CRL_new());
    openssl::Asn1Time thisUpdate(
        ASN1_TIME_set(nullptr, static_cast<time_t>(now.toSecsSinceEpoch())));
    openssl::Asn1Time nextUpdate(ASN1_TIME_set(
        nullptr, static_cast<time_t>(now.addDays(CrlValidityDays).toSecsSinceEpoch())));
    if (!crl || !thisUpdate || !nextUpdate ||
        X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2) != 1 ||
        X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(m_issuingCert.get())) != 1 ||
        X509_CRL_set1_lastUpdate(crl.get(), thisUpdate.get()) != 1 ||
        X509_CRL_set1_nextUpdate(crl.get(), nextUpdate.get()) != 1) {
        return openssl::failure(tr("building the CRL"));
    }
    QSqlQuery query = m_db.query();
    if (!query.exec(QStringLiteral("SELECT serial, revoked_at, revocation_reason FROM "
                                   "training_ca_cert WHERE revoked_at <> 0 ORDER BY serial"))) {
        return m_db.storageError(query, tr("listing revoked certificates"));
    }
    while (query.next()) {
        openssl::X509RevokedPtr entry(X509_REVOKED_new());
        BIGNUM* raw = nullptr;
        const QByteArray hex = query.value(0).toString().toLatin1();
        if (BN_hex2bn(&raw, hex.constData()) == 0) {
            return openssl::failure(tr("building the CRL"));
        }
        openssl::BigNum number(raw);
        openssl::Asn1Integer serial(BN_to_ASN1_INTEGER(number.get(), nullptr));
        openssl::Asn1Time when(
            ASN1_TIME_set(nullptr, static_cast<time_t>(query.value(1).toLongLong() / 1000)));
        ASN1_ENUMERATED* code = ASN1_ENUMERATED_new();
        const bool ok = entry && serial && when && code &&
                        X509_REVOKED_set_serialNumber(entry.get(), serial.get()) == 1 &&
                        X509_REVOKED_set_revocationDate(entry.get(), when.get()) == 1 &&
                        ASN1_ENUMERATED_set(code, query.value(2).toInt()) == 1 &&
                        X509_REVOKED_add1_ext_i2d(entry.get(), NID_crl_reason, code, 0, 0) == 1;
        ASN1_ENUMERATED_free(code);
        if (!ok || X509_CRL_add0_revoked(crl.get(), entry.get()) != 1) {
            return openssl::failure(tr("building the CRL"));
        }
        entry.release(); // the CRL owns it now
    }
    // RFC 5280 5.2.3: the CRL number increases with each CRL; the issue time does.
    openssl::Asn1Integer number(ASN1_INTEGER_new());
    X509V3_CTX context;
    X509V3_set_ctx(&context, m_issuingCert.get(), nullptr, nullptr, crl.get(), 0);
    openssl::X509ExtPtr authorityKey(
        X509V3_EXT_conf_nid(nullptr, &context, NID_authority_key_identifier, "keyid:always"));
    if (!number || ASN1_INTEGER_set_int64(number.get(), now.toMSecsSinceEpoch()) != 1 ||
        X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number.get(), 0, 0) != 1 ||
        !authorityKey || X509_CRL_add_ext(crl.get(), authorityKey.get(), -1) != 1 ||
        X509_CRL_sort(crl.get()) != 1 ||
        X509_CRL_sign(crl.get(), m_issuingKey.get(), EVP_sha256()) <= 0) {
        return openssl::failure(tr("signing the CRL"));
    }
    return openssl::toDer(crl.get(), i2d_X509_CRL);
}

Status TrainingCa::publishCrl(const QString& path)
{
    auto der = crl();
    if (!der) {
        return der.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*der) != der->size() || !file.commit()) {
        return Error{ErrorCode::Io,
                     tr("Cannot write the CRL to %1: %2").arg(path, file.errorString())};
    }
    return Status::success();
}

Result<int> TrainingCa::issuedCount()
{
    QSqlQuery query = m_db.query();
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM training_ca_cert")) || !query.next()) {
        return m_db.storageError(query, tr("counting issued certificates"));
    }
    return query.value(0).toInt();
}

} // namespace guichet
