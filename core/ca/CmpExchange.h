#pragma once

#include "ca/CaOpenSsl.h"
#include "common/Result.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <memory>
#include <openssl/ssl.h>
#include <optional>

namespace guichet {

Q_DECLARE_LOGGING_CATEGORY(lcCmp)

class CmpTransport;

// What one CMP exchange learnt beyond OpenSSL's context: where its messages go, which key the
// answer must certify, and what OpenSSL's callbacks saw on the way (read by CmpFailures to say
// what went wrong). One per request; the callbacks receive it as their argument.
struct CmpExchange {
    CmpTransport* transport = nullptr; // in-process or Qt Network; null: OpenSSL's HTTP client
    std::unique_ptr<SSL_CTX, openssl::Deleter<SSL_CTX_free>> tls;
    QByteArray host;
    EVP_PKEY* expectedKey = nullptr;
    std::optional<Error> transportError;
    bool garbage = false;
    bool wrongCertificate = false;

    // OSSL_CMP_CTX_set_transfer_cb: one message through `transport`.
    static OSSL_CMP_MSG* transfer(OSSL_CMP_CTX* context, const OSSL_CMP_MSG* request);
    // OSSL_CMP_CTX_set_http_cb: TLS over OpenSSL's HTTP connection, checked against the host.
    static BIO* tlsBio(BIO* bio, void* arg, int connect, int detail);
    // OSSL_CMP_CTX_set_certConf_cb: refuses a certificate that is not for the request's key.
    static int confirm(OSSL_CMP_CTX* context, X509* cert, int failInfo, const char** text);
};

} // namespace guichet
