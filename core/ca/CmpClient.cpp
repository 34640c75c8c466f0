#include "ca/CmpClient.h"

#include "ca/CmpMessage.h"
#include "ca/TrainingCmpServer.h"
#include "ca/protection/KeySignerPkey.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QLoggingCategory>
#include <algorithm>
#include <iterator>
#include <openssl/httperr.h>
#include <openssl/ssl.h>
#include <optional>

namespace guichet {
namespace {

Q_LOGGING_CATEGORY(lcCmp, "guichet.ca.cmp")

int quietLog(const char*, const char*, int, OSSL_CMP_severity level, const char* message)
{
    if (level <= OSSL_CMP_LOG_WARNING) {
        qCDebug(lcCmp) << message;
    }
    return 1;
}

// RFC 4210 5.2.3 PKIFailureInfo bit names, for the operator and the support desk.
const char* const kFailureNames[] = {
    "badAlg",
    "badMessageCheck",
    "badRequest",
    "badTime",
    "badCertId",
    "badDataFormat",
    "wrongAuthority",
    "incorrectData",
    "missingTimeStamp",
    "badPOP",
    "certRevoked",
    "certConfirmed",
    "wrongIntegrity",
    "badRecipientNonce",
    "timeNotAvailable",
    "unacceptedPolicy",
    "unacceptedExtension",
    "addInfoNotAvailable",
    "badSenderNonce",
    "badCertTemplate",
    "signerNotTrusted",
    "transactionIdInUse",
    "unsupportedVersion",
    "notAuthorized",
    "systemUnavail",
    "systemFailure",
    "duplicateCertReq",
};

QString failureNames(int bits)
{
    QStringList names;
    for (int bit = 0; bit <= OSSL_CMP_PKIFAILUREINFO_MAX; ++bit) {
        if ((bits & (1 << bit)) != 0) {
            names.append(QString::fromLatin1(kFailureNames[bit]));
        }
    }
    return names.join(QStringLiteral(", "));
}

QString statusText(const OSSL_CMP_CTX* context)
{
    QStringList lines;
    const OSSL_CMP_PKIFREETEXT* texts = OSSL_CMP_CTX_get0_statusString(context);
    for (int i = 0; texts != nullptr && i < sk_ASN1_UTF8STRING_num(texts); ++i) {
        const ASN1_UTF8STRING* text = sk_ASN1_UTF8STRING_value(texts, i);
        lines.append(QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(text)),
                                       ASN1_STRING_length(text)));
    }
    return lines.join(QStringLiteral("; "));
}

// OpenSSL's CMP reasons that mean a message's protection did not verify.
constexpr int kProtectionReasons[] = {
    CMP_R_WRONG_PBM_VALUE,
    CMP_R_ERROR_VALIDATING_PROTECTION,
    CMP_R_ERROR_VALIDATING_SIGNATURE,
    CMP_R_NO_SUITABLE_SENDER_CERT,
    CMP_R_MISSING_TRUST_STORE,
    CMP_R_MISSING_TRUST_ANCHOR,
    CMP_R_SRVCERT_DOES_NOT_VALIDATE_MSG,
    CMP_R_MISSING_PROTECTION,
    CMP_R_MISSING_KEY_USAGE_DIGITALSIGNATURE,
};

bool protectionReason(int reason)
{
    return std::find(std::begin(kProtectionReasons), std::end(kProtectionReasons), reason) !=
           std::end(kProtectionReasons);
}

// A CA built on OpenSSL (its mock server among them) rejects with failure info badRequest and
// the reason's text: one of the reasons above says the request's protection did not verify.
bool protectionText(const QString& text)
{
    for (const int reason : kProtectionReasons) {
        const char* name = ERR_reason_error_string(ERR_PACK(ERR_LIB_CMP, 0, reason));
        if (name != nullptr && text == QLatin1String(name)) {
            return true;
        }
    }
    return false;
}

QList<QByteArray> derList(STACK_OF(X509) * certs)
{
    openssl::X509Stack owned(certs);
    QList<QByteArray> list;
    for (int i = 0; owned && i < sk_X509_num(owned.get()); ++i) {
        list.append(openssl::toDer(sk_X509_value(owned.get(), i), i2d_X509));
    }
    return list;
}

} // namespace

Result<QByteArray> InProcessCmpTransport::exchange(const QByteArray& requestDer)
{
    return m_server.answer(requestDer);
}

// What one exchange learnt beyond OpenSSL's context, filled by the callbacks.
struct CmpClient::Session {
    CmpTransport* transport = nullptr;
    std::unique_ptr<SSL_CTX, openssl::Deleter<SSL_CTX_free>> tls;
    QByteArray host;
    EVP_PKEY* expectedKey = nullptr;
    std::optional<Error> transportError;
    bool garbage = false;
    bool wrongCertificate = false;
};

CmpClient::CmpClient(CmpEndpoint endpoint, CmpCredentials credentials)
    : m_endpoint(std::move(endpoint)), m_credentials(std::move(credentials))
{
}

CmpClient::~CmpClient() = default;

Result<CmpEndpoint> CmpClient::endpointFor(const CaProfile& profile)
{
    if (profile.isTraining()) {
        return Error{ErrorCode::InvalidInput,
                     tr("The training CA is reached in-process, not through its profile.")};
    }
    CmpEndpoint endpoint;
    endpoint.tls = profile.cmpUrl.scheme() == u"https";
    endpoint.host = profile.cmpUrl.host();
    endpoint.port = static_cast<quint16>(profile.cmpUrl.port(endpoint.tls ? 443 : 80));
    endpoint.path = profile.cmpPath;
    for (const QByteArray& pem : profile.trustAnchorsPem) {
        openssl::X509Ptr anchor = openssl::certificateFromPem(pem);
        if (!anchor) {
            ERR_clear_error();
            return Error{
                ErrorCode::IncompatibleData,
                tr("A trust anchor of the CA profile %1 is not readable.").arg(profile.id)};
        }
        endpoint.trustAnchorsDer.append(openssl::toDer(anchor.get(), i2d_X509));
    }
    return endpoint;
}

QByteArray CmpClient::transactionIdFor(const QString& idempotencyKey)
{
    return QCryptographicHash::hash("guichet-cmp-transaction:" + idempotencyKey.toUtf8(),
                                    QCryptographicHash::Sha256)
        .left(16);
}

OSSL_CMP_MSG* CmpClient::transfer(OSSL_CMP_CTX* context, const OSSL_CMP_MSG* request)
{
    auto* session = static_cast<Session*>(OSSL_CMP_CTX_get_transfer_cb_arg(context));
    auto answer = session->transport->exchange(CmpMessage::der(request));
    if (!answer) {
        session->transportError = answer.error();
        return nullptr;
    }
    openssl::CmpMsg message = CmpMessage::fromDer(*answer);
    if (!message) {
        session->garbage = true;
    }
    return message.release();
}

BIO* CmpClient::tlsBio(BIO* bio, void* arg, int connect, int detail)
{
    auto* session = static_cast<Session*>(arg);
    if (connect == 0 || detail == 0) {
        return bio; // disconnecting, or no TLS wanted at this step
    }
    SSL* ssl = SSL_new(session->tls.get());
    BIO* sslBio = BIO_new(BIO_f_ssl());
    if (ssl == nullptr || sslBio == nullptr) {
        SSL_free(ssl);
        BIO_free(sslBio);
        return nullptr;
    }
    // The CA's TLS certificate must name the host the profile gives, and chain to one of the
    // profile's trust anchors (issue 6: HTTPS with the profile's trust anchors).
    X509_VERIFY_PARAM* verify = SSL_get0_param(ssl);
    if (!QHostAddress(QString::fromLatin1(session->host)).isNull()) {
        X509_VERIFY_PARAM_set1_ip_asc(verify, session->host.constData());
    } else {
        X509_VERIFY_PARAM_set1_host(verify, session->host.constData(), 0);
        SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                 static_cast<void*>(session->host.data()));
    }
    SSL_set_connect_state(ssl);
    BIO_set_ssl(sslBio, ssl, BIO_CLOSE);
    return BIO_push(sslBio, bio);
}

int CmpClient::confirm(OSSL_CMP_CTX* context, X509* cert, int failInfo, const char** text)
{
    auto* session = static_cast<Session*>(OSSL_CMP_CTX_get_certConf_cb_arg(context));
    // Issue 6: a certificate whose public key is not the request's is refused (and the CA
    // told so in certConf), whatever else is right about it.
    if (session->expectedKey != nullptr &&
        (cert == nullptr || EVP_PKEY_eq(X509_get0_pubkey(cert), session->expectedKey) != 1)) {
        session->wrongCertificate = true;
        *text = "the certificate's public key does not match the request";
        return 1 << OSSL_CMP_PKIFAILUREINFO_incorrectData;
    }
    return failInfo;
}

Result<openssl::CmpCtx> CmpClient::newContext(Session& session, const QString& idempotencyKey)
{
    m_failure = CmpFailure::None;
    m_failInfo = 0;
    ERR_clear_error();
    openssl::CmpCtx context(OSSL_CMP_CTX_new(nullptr, nullptr));
    OSSL_CMP_CTX* ctx = context.get();
    bool ok = ctx != nullptr && OSSL_CMP_CTX_set_log_cb(ctx, quietLog) == 1 &&
              OSSL_CMP_CTX_set_option(ctx, OSSL_CMP_OPT_MSG_TIMEOUT,
                                      m_endpoint.messageTimeoutSeconds) == 1 &&
              OSSL_CMP_CTX_set_option(ctx, OSSL_CMP_OPT_TOTAL_TIMEOUT,
                                      m_endpoint.totalTimeoutSeconds) == 1 &&
              OSSL_CMP_CTX_set_certConf_cb(ctx, &CmpClient::confirm) == 1 &&
              OSSL_CMP_CTX_set_certConf_cb_arg(ctx, &session) == 1;
    if (ok && m_endpoint.transport != nullptr) {
        session.transport = m_endpoint.transport;
        ok = OSSL_CMP_CTX_set_transfer_cb(ctx, &CmpClient::transfer) == 1 &&
             OSSL_CMP_CTX_set_transfer_cb_arg(ctx, &session) == 1;
    } else if (ok) {
        if (m_endpoint.tls) {
            session.host = m_endpoint.host.toLatin1();
            session.tls.reset(SSL_CTX_new(TLS_client_method()));
            X509_STORE* store = session.tls ? SSL_CTX_get_cert_store(session.tls.get()) : nullptr;
            ok = store != nullptr && !m_endpoint.trustAnchorsDer.isEmpty() &&
                 SSL_CTX_set_min_proto_version(session.tls.get(), TLS1_2_VERSION) == 1;
            for (const QByteArray& der : m_endpoint.trustAnchorsDer) {
                openssl::X509Ptr anchor = openssl::certificateFromDer(der);
                ok = ok && anchor && X509_STORE_add_cert(store, anchor.get()) == 1;
            }
            if (ok) {
                SSL_CTX_set_verify(session.tls.get(), SSL_VERIFY_PEER, nullptr);
            }
            ok = ok && OSSL_CMP_CTX_set_http_cb(ctx, &CmpClient::tlsBio) == 1 &&
                 OSSL_CMP_CTX_set_http_cb_arg(ctx, &session) == 1;
        }
        ok = ok && OSSL_CMP_CTX_set1_server(ctx, m_endpoint.host.toLatin1().constData()) == 1 &&
             OSSL_CMP_CTX_set_serverPort(ctx, m_endpoint.port) == 1 &&
             OSSL_CMP_CTX_set1_serverPath(ctx, m_endpoint.path.toLatin1().constData()) == 1;
    }
    if (m_credentials.protection == CmpProtection::SharedSecret) {
        ok = ok && !m_credentials.secret.isEmpty() &&
             OSSL_CMP_CTX_set1_referenceValue(
                 ctx, reinterpret_cast<const unsigned char*>(m_credentials.reference.constData()),
                 static_cast<int>(m_credentials.reference.size())) == 1 &&
             OSSL_CMP_CTX_set1_secretValue(ctx, m_credentials.secret.data(),
                                           static_cast<int>(m_credentials.secret.size())) == 1;
    } else {
        if (ok && !m_keyProven && m_credentials.certificate) {
            // Once per client: a card key that is not its certificate's is refused here, with
            // its reason, rather than sent for the CA to answer an unexplained "bad request".
            auto matches = KeySignerPkey::matchesCertificate(m_credentials.key.get(),
                                                             m_credentials.certificate.get());
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
        }
        ok = ok && m_credentials.certificate && m_credentials.key &&
             OSSL_CMP_CTX_set1_cert(ctx, m_credentials.certificate.get()) == 1 &&
             OSSL_CMP_CTX_set1_pkey(ctx, m_credentials.key.get()) == 1;
    }
    if (ok && !m_endpoint.trustAnchorsDer.isEmpty()) {
        X509_STORE* store = X509_STORE_new();
        ok = store != nullptr;
        for (const QByteArray& der : m_endpoint.trustAnchorsDer) {
            openssl::X509Ptr anchor = openssl::certificateFromDer(der);
            ok = ok && anchor && X509_STORE_add_cert(store, anchor.get()) == 1;
        }
        if (ok) {
            OSSL_CMP_CTX_set0_trustedStore(ctx, store);
        } else {
            X509_STORE_free(store);
        }
    }
    if (ok && !idempotencyKey.isEmpty()) {
        const QByteArray id = transactionIdFor(idempotencyKey);
        openssl::Asn1OctetString transaction(ASN1_OCTET_STRING_new());
        OSSL_CMP_ITAV* key = CmpMessage::utf8Itav(cmpoid::IdempotencyKey, idempotencyKey, false);
        ok = transaction &&
             ASN1_OCTET_STRING_set(transaction.get(),
                                   reinterpret_cast<const unsigned char*>(id.constData()),
                                   static_cast<int>(id.size())) == 1 &&
             OSSL_CMP_CTX_set1_transactionID(ctx, transaction.get()) == 1 && key != nullptr &&
             OSSL_CMP_CTX_push0_geninfo_ITAV(ctx, key) == 1;
    }
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

Error CmpClient::failure(Session& session, OSSL_CMP_CTX* context, const QString& what)
{
    bool tls = false, protection = false, unexpected = false, unreachable = false;
    QStringList details;
    while (const unsigned long code = ERR_get_error()) {
        const int library = ERR_GET_LIB(code);
        const int reason = ERR_GET_REASON(code);
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        details.append(QString::fromLatin1(text));
        if (library == ERR_LIB_SSL) {
            tls = true;
        } else if (library == ERR_LIB_CMP && protectionReason(reason)) {
            protection = true;
        } else if ((library == ERR_LIB_CMP && reason == CMP_R_TOTAL_TIMEOUT) ||
                   (library == ERR_LIB_HTTP &&
                    (reason == HTTP_R_RETRY_TIMEOUT || reason == HTTP_R_CONNECT_FAILURE ||
                     reason == HTTP_R_ERROR_SENDING)) ||
                   library == ERR_LIB_BIO || library == ERR_LIB_SYS) {
            unreachable = true;
        } else if (library == ERR_LIB_HTTP || library == ERR_LIB_ASN1 ||
                   (library == ERR_LIB_CMP &&
                    (reason == CMP_R_UNEXPECTED_PKIBODY ||
                     reason == CMP_R_TRANSACTIONID_UNMATCHED ||
                     reason == CMP_R_RECIPNONCE_UNMATCHED || reason == CMP_R_UNEXPECTED_PVNO ||
                     reason == CMP_R_PKIBODY_ERROR))) {
            unexpected = true;
        }
    }
    const QString detail = details.join(QStringLiteral("; "));
    if (!detail.isEmpty()) {
        qCDebug(lcCmp) << what << detail;
    }
    const int status = OSSL_CMP_CTX_get_status(context);
    m_failInfo =
        status == OSSL_CMP_PKISTATUS_rejection ? OSSL_CMP_CTX_get_failInfoCode(context) : 0;
    constexpr int protectionBits = (1 << OSSL_CMP_PKIFAILUREINFO_badMessageCheck) |
                                   (1 << OSSL_CMP_PKIFAILUREINFO_wrongIntegrity) |
                                   (1 << OSSL_CMP_PKIFAILUREINFO_signerNotTrusted);
    if (auto refused = KeySignerPkey::takeSignerError(m_credentials.key.get())) {
        // OpenSSL only knows the protection could not be computed; the card said why.
        m_failure = CmpFailure::SignerUnavailable;
        return Error{ErrorCode::Refused,
                     tr("%1: the operator's card did not sign the request's protection: %2 "
                        "It will be sent once the card can sign.")
                         .arg(what, refused->message)};
    }
    if (session.wrongCertificate) {
        m_failure = CmpFailure::WrongCertificate;
        return Error{ErrorCode::Refused,
                     tr("%1: the CA returned a certificate whose public key does not match the "
                        "request. It was refused and the CA told so; nothing was installed.")
                         .arg(what)};
    }
    if (session.transportError) {
        m_failure = CmpFailure::Unreachable;
        return Error{
            ErrorCode::Io,
            tr("%1: the CA could not be reached: %2").arg(what, session.transportError->message)};
    }
    if (session.garbage) {
        m_failure = CmpFailure::UnexpectedMessage;
        return Error{ErrorCode::IncompatibleData,
                     tr("%1: the CA's answer is not a CMP message.").arg(what)};
    }
    if (status == OSSL_CMP_PKISTATUS_rejection &&
        ((m_failInfo & protectionBits) != 0 || protectionText(statusText(context)))) {
        m_failure = CmpFailure::ProtectionInvalid;
        return Error{ErrorCode::Refused,
                     tr("%1: the CA could not verify the request's protection (%2): check the "
                        "shared secret or the operator's credential. %3")
                         .arg(what, failureNames(m_failInfo), statusText(context))};
    }
    if (status == OSSL_CMP_PKISTATUS_rejection) {
        m_failure = CmpFailure::Rejected;
        return Error{ErrorCode::Refused,
                     tr("%1: the CA rejected the request: %2 (failure info: %3).")
                         .arg(what, statusText(context), failureNames(m_failInfo))};
    }
    if (tls) {
        m_failure = CmpFailure::Tls;
        return Error{ErrorCode::Io,
                     tr("%1: the secure connection to the CA failed (TLS). %2").arg(what, detail)};
    }
    if (protection) {
        m_failure = CmpFailure::ProtectionInvalid;
        return Error{ErrorCode::Refused,
                     tr("%1: the CA's answer is not protected as expected (wrong shared secret "
                        "or untrusted signature); it was ignored.")
                         .arg(what)};
    }
    if (unexpected) {
        m_failure = CmpFailure::UnexpectedMessage;
        return Error{ErrorCode::IncompatibleData,
                     tr("%1: the CA answered something that is not the expected CMP message. %2")
                         .arg(what, detail)};
    }
    m_failure = CmpFailure::Unreachable;
    Q_UNUSED(unreachable); // refused, reset, timed out: all mean "try again later"
    return Error{ErrorCode::Io, tr("%1: the CA could not be reached (%2:%3). It will be tried "
                                   "again later. %4")
                                    .arg(what, m_endpoint.host)
                                    .arg(m_endpoint.port)
                                    .arg(detail)};
}

Result<CmpCertificate> CmpClient::enrol(const CmpEnrolment& request)
{
    Session session;
    const QString what = tr("Certificate request");
    openssl::X509ReqPtr csr;
    if (!request.csrDer.isEmpty()) {
        const auto* in = reinterpret_cast<const unsigned char*>(request.csrDer.constData());
        csr.reset(d2i_X509_REQ(nullptr, &in, static_cast<long>(request.csrDer.size())));
        ERR_clear_error();
    }
    openssl::X509Ptr oldCert;
    if (request.type == CmpRequestType::Kur) {
        oldCert = openssl::certificateFromDer(request.oldCertificateDer);
    }
    const bool usable =
        request.type == CmpRequestType::P10cr
            ? csr != nullptr
            : request.newKey != nullptr && (request.type != CmpRequestType::Kur || oldCert);
    if (!usable) {
        m_failure = CmpFailure::InvalidRequest;
        return Error{ErrorCode::InvalidInput,
                     request.type == CmpRequestType::P10cr
                         ? tr("The certificate request is not a PKCS#10 request.")
                         : tr("The request needs the new key pair (and, for a renewal, the "
                              "certificate being renewed).")};
    }
    session.expectedKey =
        request.type == CmpRequestType::P10cr ? X509_REQ_get0_pubkey(csr.get()) : request.newKey;
    auto made = newContext(session, request.idempotencyKey);
    if (!made) {
        return made.error();
    }
    OSSL_CMP_CTX* ctx = made->get();
    bool ok = true;
    if (!request.certificateProfile.isEmpty()) {
        OSSL_CMP_ITAV* profile =
            CmpMessage::utf8Itav(cmpoid::CertProfile, request.certificateProfile, true);
        ok = profile != nullptr && OSSL_CMP_CTX_push0_geninfo_ITAV(ctx, profile) == 1;
    }
    if (ok && !request.usage.isEmpty()) {
        OSSL_CMP_ITAV* usage = CmpMessage::utf8Itav(cmpoid::CertUsage, request.usage, false);
        ok = usage != nullptr && OSSL_CMP_CTX_push0_geninfo_ITAV(ctx, usage) == 1;
    }
    int type = OSSL_CMP_P10CR;
    if (request.type == CmpRequestType::P10cr) {
        ok = ok && OSSL_CMP_CTX_set1_p10CSR(ctx, csr.get()) == 1;
    } else {
        type = request.type == CmpRequestType::Ir   ? OSSL_CMP_IR
               : request.type == CmpRequestType::Cr ? OSSL_CMP_CR
                                                    : OSSL_CMP_KUR;
        ok = ok && EVP_PKEY_up_ref(request.newKey) == 1;
        if (ok && OSSL_CMP_CTX_set0_newPkey(ctx, 1, request.newKey) != 1) {
            EVP_PKEY_free(request.newKey);
            ok = false;
        }
        if (ok && csr) {
            ok = OSSL_CMP_CTX_set1_subjectName(ctx, X509_REQ_get_subject_name(csr.get())) == 1;
        }
        if (ok && oldCert) {
            ok = OSSL_CMP_CTX_set1_oldCert(ctx, oldCert.get()) == 1;
        }
    }
    if (!ok) {
        m_failure = CmpFailure::InvalidRequest;
        return openssl::failure(tr("preparing the certificate request"));
    }
    X509* issued = OSSL_CMP_exec_certreq(ctx, type, nullptr);
    if (issued == nullptr) {
        return failure(session, ctx, what);
    }
    if (EVP_PKEY_eq(X509_get0_pubkey(issued), session.expectedKey) != 1) {
        session.wrongCertificate = true; // never reached when certConf ran; kept as a guard
        return failure(session, ctx, what);
    }
    CmpCertificate result;
    result.certificateDer = openssl::toDer(issued, i2d_X509);
    result.chainDer = derList(OSSL_CMP_CTX_get1_newChain(ctx));
    result.caPublicationsDer = derList(OSSL_CMP_CTX_get1_caPubs(ctx));
    result.transactionId = transactionIdFor(request.idempotencyKey);
    return result;
}

Status CmpClient::revoke(const QByteArray& certificateDer, RevocationReason reason,
                         const QString& idempotencyKey)
{
    Session session;
    openssl::X509Ptr cert = openssl::certificateFromDer(certificateDer);
    if (!cert) {
        m_failure = CmpFailure::InvalidRequest;
        return Error{ErrorCode::InvalidInput, tr("The certificate to revoke is not readable.")};
    }
    auto made = newContext(session, idempotencyKey);
    if (!made) {
        return made.error();
    }
    OSSL_CMP_CTX* ctx = made->get();
    if (OSSL_CMP_CTX_set1_oldCert(ctx, cert.get()) != 1 ||
        OSSL_CMP_CTX_set_option(ctx, OSSL_CMP_OPT_REVOCATION_REASON, static_cast<int>(reason)) !=
            1) {
        m_failure = CmpFailure::InvalidRequest;
        return openssl::failure(tr("preparing the revocation request"));
    }
    if (OSSL_CMP_exec_RR_ses(ctx) != 1) {
        return failure(session, ctx, tr("Revocation request"));
    }
    return Status::success();
}

} // namespace guichet
