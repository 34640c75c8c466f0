#pragma once

#include "ca/CaOpenSsl.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace guichet {

class TrainingCa;

// The training CA's CMP face, built on OpenSSL's server (OSSL_CMP_SRV_CTX): certificate
// requests (ir, cr, p10cr, kur), revocation (rr) and certConf. Requests protected by the
// shared secret (PBMAC) are answered with the same secret; requests signed with a
// certificate the training CA issued are answered with its signature.
//
// Which product: the certificate profile in generalInfo (id-it-certProfile, a catalogue
// product id). A repeated request is recognised by Guichet's idempotency key in generalInfo
// (cmpoid::IdempotencyKey), else by its transactionID, and answered with the certificate
// already issued.
//
// OpenSSL's server context follows one transaction at a time: requests are processed one
// after the other (the HTTP listener serialises them).
class TrainingCmpServer {
    Q_DECLARE_TR_FUNCTIONS(TrainingCmpServer)
public:
    TrainingCmpServer(TrainingCa& ca, QByteArray reference, SecretBytes secret);
    ~TrainingCmpServer();
    TrainingCmpServer(const TrainingCmpServer&) = delete;
    TrainingCmpServer& operator=(const TrainingCmpServer&) = delete;

    Status start();
    // One request in, one answer out (DER). An undecodable request gets an error.
    Result<QByteArray> answer(const QByteArray& requestDer);
    openssl::CmpMsg answer(const OSSL_CMP_MSG* request);

    int repeatsAnswered() const { return m_repeats; }

private:
    static OSSL_CMP_PKISI* certRequest(OSSL_CMP_SRV_CTX* server, const OSSL_CMP_MSG* request,
                                       int certReqId, const OSSL_CRMF_MSG* crm,
                                       const X509_REQ* p10cr, X509** certOut,
                                       STACK_OF(X509) * *chainOut, STACK_OF(X509) * *caPubs);
    static OSSL_CMP_PKISI* revocation(OSSL_CMP_SRV_CTX* server, const OSSL_CMP_MSG* request,
                                      const X509_NAME* issuer, const ASN1_INTEGER* serial);
    static int certConf(OSSL_CMP_SRV_CTX* server, const OSSL_CMP_MSG* request, int certReqId,
                        const ASN1_OCTET_STRING* certHash, const OSSL_CMP_PKISI* status);
    static void error(OSSL_CMP_SRV_CTX* server, const OSSL_CMP_MSG* request,
                      const OSSL_CMP_PKISI* status, const ASN1_INTEGER* errorCode,
                      const OSSL_CMP_PKIFREETEXT* details);
    Status configure(OSSL_CMP_SRV_CTX* server, bool passwordBased);

    TrainingCa& m_ca;
    QByteArray m_reference;
    SecretBytes m_secret;
    openssl::CmpSrvCtx m_macServer;
    openssl::CmpSrvCtx m_signatureServer;
    QHash<QByteArray, QString> m_serialByTransaction; // for a certConf that refuses
    int m_repeats = 0;
};

} // namespace guichet
