#include "ca/renewal/TokenCertificates.h"

#include "ca/CaOpenSsl.h"
#include "token/Pkcs11.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

namespace guichet {

Result<QList<QByteArray>> TokenCertificates::all(const Pkcs11Module& module, TokenSession& session)
{
    CK_FUNCTION_LIST& api = module.api();
    CK_OBJECT_CLASS certificateClass = CKO_CERTIFICATE;
    CK_ATTRIBUTE query[] = {{CKA_CLASS, &certificateClass, sizeof certificateClass}};
    const QString what = tr("reading the certificates on the token");
    if (const CK_RV rv = api.C_FindObjectsInit(session.handle(), query, 1); rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, what);
    }
    QList<CK_OBJECT_HANDLE> handles;
    for (;;) {
        CK_OBJECT_HANDLE batch[16];
        CK_ULONG count = 0;
        const CK_RV rv = api.C_FindObjects(session.handle(), batch, 16, &count);
        if (rv != CKR_OK) {
            api.C_FindObjectsFinal(session.handle());
            return TokenErrors::fromReturn(rv, what);
        }
        for (CK_ULONG i = 0; i < count; ++i) {
            handles.append(batch[i]);
        }
        if (count == 0) {
            break;
        }
    }
    api.C_FindObjectsFinal(session.handle());
    QList<QByteArray> certificates;
    for (CK_OBJECT_HANDLE handle : std::as_const(handles)) {
        CK_ATTRIBUTE value{CKA_VALUE, nullptr, 0};
        if (const CK_RV rv = api.C_GetAttributeValue(session.handle(), handle, &value, 1);
            rv != CKR_OK) {
            return TokenErrors::fromReturn(rv, what);
        }
        QByteArray der(static_cast<qsizetype>(value.ulValueLen), Qt::Uninitialized);
        value.pValue = der.data();
        if (const CK_RV rv = api.C_GetAttributeValue(session.handle(), handle, &value, 1);
            rv != CKR_OK) {
            return TokenErrors::fromReturn(rv, what);
        }
        certificates.append(der);
    }
    return certificates;
}

Result<QByteArray> TokenCertificates::holders(const Pkcs11Module& module, TokenSession& session)
{
    auto certificates = all(module, session);
    if (!certificates) {
        return certificates.error();
    }
    QByteArray chosen;
    openssl::X509Ptr best;
    for (const QByteArray& der : std::as_const(*certificates)) {
        openssl::X509Ptr cert = openssl::certificateFromDer(der);
        if (!cert || X509_check_ca(cert.get()) != 0) {
            continue; // unreadable, or the CA's own certificate kept beside the holder's
        }
        if (!best ||
            ASN1_TIME_compare(X509_get0_notAfter(cert.get()), X509_get0_notAfter(best.get())) > 0) {
            best = std::move(cert);
            chosen = der;
        }
    }
    ERR_clear_error();
    if (chosen.isEmpty()) {
        return Error{ErrorCode::NotFound, tr("The token holds no certificate of its holder.")};
    }
    return chosen;
}

Result<QByteArray> TokenCertificates::keyIdOf(const Pkcs11Module& module, TokenSession& session,
                                              const QByteArray& certificateDer)
{
    CK_FUNCTION_LIST& api = module.api();
    CK_OBJECT_CLASS certificateClass = CKO_CERTIFICATE;
    QByteArray value = certificateDer; // the template takes a non-const pointer
    CK_ATTRIBUTE query[] = {{CKA_CLASS, &certificateClass, sizeof certificateClass},
                            {CKA_VALUE, value.data(), static_cast<CK_ULONG>(value.size())}};
    const QString what = tr("looking for the certificate on the token");
    if (const CK_RV rv = api.C_FindObjectsInit(session.handle(), query, 2); rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, what);
    }
    CK_OBJECT_HANDLE handle = 0;
    CK_ULONG count = 0;
    const CK_RV found = api.C_FindObjects(session.handle(), &handle, 1, &count);
    api.C_FindObjectsFinal(session.handle());
    if (found != CKR_OK) {
        return TokenErrors::fromReturn(found, what);
    }
    if (count == 0) {
        return Error{ErrorCode::NotFound,
                     tr("The holder's token does not hold the certificate being renewed.")};
    }
    CK_ATTRIBUTE id{CKA_ID, nullptr, 0};
    if (const CK_RV rv = api.C_GetAttributeValue(session.handle(), handle, &id, 1); rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, what);
    }
    QByteArray keyId(static_cast<qsizetype>(id.ulValueLen), Qt::Uninitialized);
    id.pValue = keyId.data();
    if (const CK_RV rv = api.C_GetAttributeValue(session.handle(), handle, &id, 1); rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, what);
    }
    return keyId;
}

} // namespace guichet
