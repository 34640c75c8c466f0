#include "operators/OperatorCertificate.h"

#include "ca/CaOpenSsl.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

#include <QFile>
#include <vector>

namespace guichet {
namespace {

using Store = std::unique_ptr<X509_STORE, openssl::Deleter<X509_STORE_free>>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, openssl::Deleter<X509_STORE_CTX_free>>;

QString utc(const ASN1_TIME* time)
{
    struct tm parts {};
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    const QDate date(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday);
    return date.toString(Qt::ISODate);
}

// One C_FindObjects search, always finalised (RAII for the search state).
class ObjectSearch {
public:
    ObjectSearch(CK_FUNCTION_LIST& api, CK_SESSION_HANDLE session) : m_api(api), m_session(session)
    {
    }
    ~ObjectSearch()
    {
        if (m_active) {
            m_api.C_FindObjectsFinal(m_session);
        }
    }
    ObjectSearch(const ObjectSearch&) = delete;
    ObjectSearch& operator=(const ObjectSearch&) = delete;

    CK_RV start(CK_ATTRIBUTE* query, CK_ULONG count)
    {
        const CK_RV rv = m_api.C_FindObjectsInit(m_session, query, count);
        m_active = rv == CKR_OK;
        return rv;
    }

private:
    CK_FUNCTION_LIST& m_api;
    CK_SESSION_HANDLE m_session;
    bool m_active = false;
};

QByteArray readAttribute(CK_FUNCTION_LIST& api, CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object,
                         CK_ATTRIBUTE_TYPE type)
{
    CK_ATTRIBUTE query{type, nullptr, 0};
    if (api.C_GetAttributeValue(session, object, &query, 1) != CKR_OK ||
        query.ulValueLen == CK_UNAVAILABLE_INFORMATION) {
        return {};
    }
    QByteArray value(static_cast<qsizetype>(query.ulValueLen), Qt::Uninitialized);
    query.pValue = value.data();
    if (api.C_GetAttributeValue(session, object, &query, 1) != CKR_OK) {
        return {};
    }
    return value;
}

} // namespace

Status OperatorCertificate::check(const QByteArray& certificateDer,
                                  const QList<QByteArray>& trustAnchorsDer, const QDateTime& nowUtc)
{
    openssl::X509Ptr certificate = openssl::certificateFromDer(certificateDer);
    if (!certificate) {
        openssl::takeErrors();
        return Error{ErrorCode::InvalidInput, tr("The operator's certificate cannot be read.")};
    }
    // GEN-6.5.5-04: the card must be able to sign the login challenge.
    if ((X509_get_extension_flags(certificate.get()) & EXFLAG_KUSAGE) == 0 ||
        (X509_get_key_usage(certificate.get()) & KU_DIGITAL_SIGNATURE) == 0) {
        return Error{ErrorCode::Refused,
                     tr("The operator's certificate is not meant for authentication: its key "
                        "usage lacks digitalSignature.")};
    }
    if (trustAnchorsDer.isEmpty()) {
        return Error{ErrorCode::Refused,
                     tr("No CA is trusted for operator certificates on this workstation.")};
    }
    Store store(X509_STORE_new());
    if (!store) {
        return openssl::failure(tr("checking the operator's certificate"));
    }
    for (const QByteArray& der : trustAnchorsDer) {
        openssl::X509Ptr anchor = openssl::certificateFromDer(der);
        if (anchor) {
            X509_STORE_add_cert(store.get(), anchor.get()); // the store takes its own reference
        }
    }
    openssl::takeErrors(); // duplicates in the list are not a failure
    StoreCtx context(X509_STORE_CTX_new());
    if (!context ||
        X509_STORE_CTX_init(context.get(), store.get(), certificate.get(), nullptr) != 1) {
        return openssl::failure(tr("checking the operator's certificate"));
    }
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(context.get());
    // An anchor may be the issuing CA itself; validity is judged at the injected clock's time.
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(nowUtc.toSecsSinceEpoch()));
    if (X509_verify_cert(context.get()) == 1) {
        return Status::success();
    }
    const int error = X509_STORE_CTX_get_error(context.get());
    openssl::takeErrors();
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return Error{ErrorCode::Refused, tr("The operator's certificate expired on %1.")
                                             .arg(utc(X509_get0_notAfter(certificate.get())))};
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return Error{ErrorCode::Refused, tr("The operator's certificate is not valid before %1.")
                                             .arg(utc(X509_get0_notBefore(certificate.get())))};
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return Error{ErrorCode::Refused,
                     tr("The operator's certificate was not issued by a CA this workstation "
                        "trusts.")};
    default:
        return Error{ErrorCode::Refused,
                     tr("The operator's certificate does not verify: %1.")
                         .arg(QString::fromUtf8(X509_verify_cert_error_string(error)))};
    }
}

QString OperatorCertificate::displayName(const QByteArray& certificateDer)
{
    openssl::X509Ptr certificate = openssl::certificateFromDer(certificateDer);
    if (!certificate) {
        openssl::takeErrors();
        return {};
    }
    const X509_NAME* subject = X509_get_subject_name(certificate.get());
    const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (index >= 0) {
        const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index));
        unsigned char* utf8 = nullptr;
        const int size = ASN1_STRING_to_UTF8(&utf8, value);
        if (size >= 0) {
            QString name = QString::fromUtf8(reinterpret_cast<const char*>(utf8), size);
            OPENSSL_free(utf8);
            return name;
        }
    }
    char* line = X509_NAME_oneline(subject, nullptr, 0);
    QString name = line != nullptr ? QString::fromUtf8(line) : QString();
    OPENSSL_free(line);
    return name;
}

Result<QByteArray> OperatorCertificate::toDer(const QByteArray& pemOrDer)
{
    openssl::X509Ptr certificate = pemOrDer.contains("-----BEGIN")
                                       ? openssl::certificateFromPem(pemOrDer)
                                       : openssl::certificateFromDer(pemOrDer);
    if (!certificate) {
        openssl::takeErrors();
        return Error{ErrorCode::InvalidInput,
                     tr("This is not an X.509 certificate (PEM or DER expected).")};
    }
    return openssl::toDer(certificate.get(), i2d_X509);
}

Result<QByteArray> OperatorCertificate::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io,
                     tr("Cannot read the certificate file %1: %2").arg(path, file.errorString())};
    }
    return toDer(file.readAll());
}

Result<QList<CardCertificate>> CardCertificates::read(const Pkcs11Module& module,
                                                      TokenSession& session)
{
    CK_FUNCTION_LIST& api = module.api();
    CK_OBJECT_CLASS objectClass = CKO_CERTIFICATE;
    CK_CERTIFICATE_TYPE type = CKC_X_509;
    CK_ATTRIBUTE query[] = {{CKA_CLASS, &objectClass, sizeof objectClass},
                            {CKA_CERTIFICATE_TYPE, &type, sizeof type}};
    std::vector<CK_OBJECT_HANDLE> handles;
    {
        ObjectSearch search(api, session.handle());
        if (CK_RV rv = search.start(query, 2); rv != CKR_OK) {
            return TokenErrors::fromReturn(rv, tr("reading the certificates on the card"));
        }
        CK_OBJECT_HANDLE batch[16];
        CK_ULONG count = 0;
        while (api.C_FindObjects(session.handle(), batch, 16, &count) == CKR_OK && count > 0) {
            handles.insert(handles.end(), batch, batch + count);
        }
    }
    QList<CardCertificate> certificates;
    for (CK_OBJECT_HANDLE handle : handles) {
        CardCertificate certificate{readAttribute(api, session.handle(), handle, CKA_ID),
                                    readAttribute(api, session.handle(), handle, CKA_VALUE)};
        if (!certificate.der.isEmpty()) {
            certificates.append(certificate);
        }
    }
    return certificates;
}

} // namespace guichet
