#include "ca/CmpExchange.h"

#include "ca/CmpClient.h"
#include "ca/CmpMessage.h"

#include <QHostAddress>
#include <QString>

namespace guichet {

Q_LOGGING_CATEGORY(lcCmp, "guichet.ca.cmp")

OSSL_CMP_MSG* CmpExchange::transfer(OSSL_CMP_CTX* context, const OSSL_CMP_MSG* request)
{
    auto* exchange = static_cast<CmpExchange*>(OSSL_CMP_CTX_get_transfer_cb_arg(context));
    auto answer = exchange->transport->exchange(CmpMessage::der(request));
    if (!answer) {
        exchange->transportError = answer.error();
        return nullptr;
    }
    openssl::CmpMsg message = CmpMessage::fromDer(*answer);
    if (!message) {
        exchange->garbage = true;
    }
    return message.release();
}

BIO* CmpExchange::tlsBio(BIO* bio, void* arg, int connect, int detail)
{
    auto* exchange = static_cast<CmpExchange*>(arg);
    if (connect == 0 || detail == 0) {
        return bio; // disconnecting, or no TLS wanted at this step
    }
    SSL* ssl = SSL_new(exchange->tls.get());
    BIO* sslBio = BIO_new(BIO_f_ssl());
    if (ssl == nullptr || sslBio == nullptr) {
        SSL_free(ssl);
        BIO_free(sslBio);
        return nullptr;
    }
    // The CA's TLS certificate must name the host the profile gives, and chain to one of the
    // profile's trust anchors (issue 6: HTTPS with the profile's trust anchors).
    X509_VERIFY_PARAM* verify = SSL_get0_param(ssl);
    if (!QHostAddress(QString::fromLatin1(exchange->host)).isNull()) {
        X509_VERIFY_PARAM_set1_ip_asc(verify, exchange->host.constData());
    } else {
        X509_VERIFY_PARAM_set1_host(verify, exchange->host.constData(), 0);
        SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                 static_cast<void*>(exchange->host.data()));
    }
    SSL_set_connect_state(ssl);
    BIO_set_ssl(sslBio, ssl, BIO_CLOSE);
    return BIO_push(sslBio, bio);
}

int CmpExchange::confirm(OSSL_CMP_CTX* context, X509* cert, int failInfo, const char** text)
{
    auto* exchange = static_cast<CmpExchange*>(OSSL_CMP_CTX_get_certConf_cb_arg(context));
    // Issue 6: a certificate whose public key is not the request's is refused (and the CA
    // told so in certConf), whatever else is right about it.
    if (exchange->expectedKey != nullptr &&
        (cert == nullptr || EVP_PKEY_eq(X509_get0_pubkey(cert), exchange->expectedKey) != 1)) {
        exchange->wrongCertificate = true;
        *text = "the certificate's public key does not match the request";
        return 1 << OSSL_CMP_PKIFAILUREINFO_incorrectData;
    }
    return failInfo;
}

} // namespace guichet
