#include "ca/CmpContextSetup.h"

#include "ca/CmpExchange.h"
#include "ca/CmpMessage.h"
#include "ca/protection/KeySignerPkey.h"

namespace guichet {
namespace {

int quietLog(const char*, const char*, int, OSSL_CMP_severity level, const char* message)
{
    if (level <= OSSL_CMP_LOG_WARNING) {
        qCDebug(lcCmp) << message;
    }
    return 1;
}

// `store` with the anchors added; null when there is no store or an anchor is unreadable.
X509_STORE* storeOf(const QList<QByteArray>& anchorsDer, X509_STORE* store)
{
    bool ok = store != nullptr;
    for (const QByteArray& der : anchorsDer) {
        openssl::X509Ptr anchor = openssl::certificateFromDer(der);
        ok = ok && anchor && X509_STORE_add_cert(store, anchor.get()) == 1;
    }
    return ok ? store : nullptr;
}

} // namespace

CmpContextSetup::CmpContextSetup(const CmpEndpoint& endpoint, const CmpCredentials& credentials)
    : m_endpoint(endpoint), m_credentials(credentials)
{
}

Result<openssl::CmpCtx> CmpContextSetup::open(CmpExchange& exchange, const QString& idempotencyKey)
{
    m_failure = CmpFailure::None;
    ERR_clear_error();
    openssl::CmpCtx context(OSSL_CMP_CTX_new(nullptr, nullptr));
    OSSL_CMP_CTX* ctx = context.get();
    bool ok = ctx != nullptr && OSSL_CMP_CTX_set_log_cb(ctx, quietLog) == 1 &&
              OSSL_CMP_CTX_set_option(ctx, OSSL_CMP_OPT_MSG_TIMEOUT,
                                      m_endpoint.messageTimeoutSeconds) == 1 &&
              OSSL_CMP_CTX_set_option(ctx, OSSL_CMP_OPT_TOTAL_TIMEOUT,
                                      m_endpoint.totalTimeoutSeconds) == 1 &&
              OSSL_CMP_CTX_set_certConf_cb(ctx, &CmpExchange::confirm) == 1 &&
              OSSL_CMP_CTX_set_certConf_cb_arg(ctx, &exchange) == 1;
    ok = ok && setTransport(ctx, exchange);
    if (ok && m_credentials.protection != CmpProtection::SharedSecret) {
        if (Status checked = checkOperatorKey(); !checked) {
            return checked.error();
        }
    }
    ok = ok && setProtection(ctx) && setTrustedAnchors(ctx) && setTransaction(ctx, idempotencyKey);
    if (!ok) {
        m_failure = CmpFailure::InvalidRequest;
        const QString reason = openssl::takeErrors();
        return Error{ErrorCode::InvalidInput,
                     tr("The CMP request could not be prepared (credentials or trust anchors "
                        "missing or unusable). %1")
                         .arg(reason)};
    }
    return context;
}

bool CmpContextSetup::setTransport(OSSL_CMP_CTX* context, CmpExchange& exchange) const
{
    if (m_endpoint.transport != nullptr) {
        exchange.transport = m_endpoint.transport;
        return OSSL_CMP_CTX_set_transfer_cb(context, &CmpExchange::transfer) == 1 &&
               OSSL_CMP_CTX_set_transfer_cb_arg(context, &exchange) == 1;
    }
    return (!m_endpoint.tls || setTls(context, exchange)) &&
           OSSL_CMP_CTX_set1_server(context, m_endpoint.host.toLatin1().constData()) == 1 &&
           OSSL_CMP_CTX_set_serverPort(context, m_endpoint.port) == 1 &&
           OSSL_CMP_CTX_set1_serverPath(context, m_endpoint.path.toLatin1().constData()) == 1;
}

bool CmpContextSetup::setTls(OSSL_CMP_CTX* context, CmpExchange& exchange) const
{
    exchange.host = m_endpoint.host.toLatin1();
    exchange.tls.reset(SSL_CTX_new(TLS_client_method()));
    if (!exchange.tls || m_endpoint.trustAnchorsDer.isEmpty() ||
        SSL_CTX_set_min_proto_version(exchange.tls.get(), TLS1_2_VERSION) != 1 ||
        storeOf(m_endpoint.trustAnchorsDer, SSL_CTX_get_cert_store(exchange.tls.get())) ==
            nullptr) {
        return false;
    }
    SSL_CTX_set_verify(exchange.tls.get(), SSL_VERIFY_PEER, nullptr);
    return OSSL_CMP_CTX_set_http_cb(context, &CmpExchange::tlsBio) == 1 &&
           OSSL_CMP_CTX_set_http_cb_arg(context, &exchange) == 1;
}

Status CmpContextSetup::checkOperatorKey()
{
    if (m_keyProven || !m_credentials.certificate) {
        return Status::success();
    }
    // Once per client: a card key that is not its certificate's is refused here, with its
    // reason, rather than sent for the CA to answer an unexplained "bad request".
    auto matches =
        KeySignerPkey::matchesCertificate(m_credentials.key.get(), m_credentials.certificate.get());
    if (!matches) {
        m_failure = CmpFailure::SignerUnavailable;
        return Error{ErrorCode::Refused,
                     tr("The operator's card did not sign the request's protection: %1 "
                        "It will be sent once the card can sign.")
                         .arg(matches.error().message)};
    }
    if (!*matches) {
        m_failure = CmpFailure::ProtectionInvalid;
        return Error{ErrorCode::Refused,
                     tr("The request cannot be protected with the operator's credential: "
                        "the key on the card does not match its certificate, so the CA "
                        "could not verify the request's protection. Nothing was sent; "
                        "log in with the card that holds the certificate's key.")};
    }
    m_keyProven = true;
    return Status::success();
}

bool CmpContextSetup::setProtection(OSSL_CMP_CTX* context) const
{
    if (m_credentials.protection == CmpProtection::SharedSecret) {
        return !m_credentials.secret.isEmpty() &&
               OSSL_CMP_CTX_set1_referenceValue(
                   context,
                   reinterpret_cast<const unsigned char*>(m_credentials.reference.constData()),
                   static_cast<int>(m_credentials.reference.size())) == 1 &&
               OSSL_CMP_CTX_set1_secretValue(context, m_credentials.secret.data(),
                                             static_cast<int>(m_credentials.secret.size())) == 1;
    }
    return m_credentials.certificate && m_credentials.key &&
           OSSL_CMP_CTX_set1_cert(context, m_credentials.certificate.get()) == 1 &&
           OSSL_CMP_CTX_set1_pkey(context, m_credentials.key.get()) == 1;
}

bool CmpContextSetup::setTrustedAnchors(OSSL_CMP_CTX* context) const
{
    if (m_endpoint.trustAnchorsDer.isEmpty()) {
        return true;
    }
    X509_STORE* store = X509_STORE_new();
    if (storeOf(m_endpoint.trustAnchorsDer, store) == nullptr) {
        X509_STORE_free(store);
        return false;
    }
    OSSL_CMP_CTX_set0_trustedStore(context, store);
    return true;
}

bool CmpContextSetup::setTransaction(OSSL_CMP_CTX* context, const QString& idempotencyKey)
{
    if (idempotencyKey.isEmpty()) {
        return true;
    }
    const QByteArray id = CmpClient::transactionIdFor(idempotencyKey);
    openssl::Asn1OctetString transaction(ASN1_OCTET_STRING_new());
    OSSL_CMP_ITAV* key = CmpMessage::utf8Itav(cmpoid::IdempotencyKey, idempotencyKey, false);
    return transaction &&
           ASN1_OCTET_STRING_set(transaction.get(),
                                 reinterpret_cast<const unsigned char*>(id.constData()),
                                 static_cast<int>(id.size())) == 1 &&
           OSSL_CMP_CTX_set1_transactionID(context, transaction.get()) == 1 && key != nullptr &&
           OSSL_CMP_CTX_push0_geninfo_ITAV(context, key) == 1;
}

} // namespace guichet
