#include "ca/TrainingCmpServer.h"

#include "ca/CmpMessage.h"
#include "ca/TrainingCa.h"
#include "domain/ProductCatalogue.h"

#include <QLoggingCategory>
#include <cstring>

namespace guichet {
namespace {

Q_LOGGING_CATEGORY(lcCmpServer, "guichet.ca.server")

int quietLog(const char*, const char*, int, OSSL_CMP_severity level, const char* message)
{
    if (level <= OSSL_CMP_LOG_WARNING) {
        qCDebug(lcCmpServer) << message;
    }
    return 1;
}

OSSL_CMP_PKISI* rejection(int failureBit, const QString& text)
{
    return OSSL_CMP_STATUSINFO_new(OSSL_CMP_PKISTATUS_rejection, 1 << failureBit,
                                   text.toUtf8().constData());
}

STACK_OF(X509) * stackOf(X509* cert)
{
    STACK_OF(X509)* stack = sk_X509_new_null();
    if (stack != nullptr && X509_up_ref(cert) == 1 && sk_X509_push(stack, cert) <= 0) {
        X509_free(cert);
    }
    return stack;
}

} // namespace

TrainingCmpServer::TrainingCmpServer(TrainingCa& ca, QByteArray reference, SecretBytes secret)
    : m_ca(ca), m_reference(std::move(reference)), m_secret(std::move(secret))
{
}

TrainingCmpServer::~TrainingCmpServer() = default;

Status TrainingCmpServer::configure(OSSL_CMP_SRV_CTX* server, bool passwordBased)
{
    OSSL_CMP_CTX* context = OSSL_CMP_SRV_CTX_get0_cmp_ctx(server);
    bool ok = OSSL_CMP_SRV_CTX_init(
                  server, this, &TrainingCmpServer::certRequest, &TrainingCmpServer::revocation,
                  nullptr, &TrainingCmpServer::error, &TrainingCmpServer::certConf, nullptr) == 1 &&
              OSSL_CMP_CTX_set_log_cb(context, quietLog) == 1 &&
              OSSL_CMP_CTX_set1_cert(context, m_ca.issuingCertificate()) == 1 &&
              OSSL_CMP_CTX_set1_pkey(context, m_ca.issuingKey()) == 1;
    if (passwordBased) {
        ok = ok &&
             OSSL_CMP_CTX_set1_referenceValue(
                 context, reinterpret_cast<const unsigned char*>(m_reference.constData()),
                 static_cast<int>(m_reference.size())) == 1 &&
             OSSL_CMP_CTX_set1_secretValue(context, m_secret.data(),
                                           static_cast<int>(m_secret.size())) == 1;
    } else {
        // Operators sign with a credential the training CA issued. Their signature
        // certificates may carry only nonRepudiation (kur of a signing certificate).
        X509_STORE* store = X509_STORE_new();
        ok = ok && store != nullptr && X509_STORE_add_cert(store, m_ca.rootCertificate()) == 1 &&
             X509_STORE_add_cert(store, m_ca.issuingCertificate()) == 1 &&
             OSSL_CMP_CTX_set0_trustedStore(context, store) == 1 &&
             OSSL_CMP_CTX_set_option(context, OSSL_CMP_OPT_IGNORE_KEYUSAGE, 1) == 1;
        if (!ok && store != nullptr && OSSL_CMP_CTX_get0_trustedStore(context) != store) {
            X509_STORE_free(store);
        }
    }
    if (!ok) {
        return openssl::failure(tr("starting the training CA's CMP service"));
    }
    return Status::success();
}

Status TrainingCmpServer::start()
{
    if (Status ready = m_ca.ensureReady(); !ready) {
        return ready;
    }
    m_macServer.reset(OSSL_CMP_SRV_CTX_new(nullptr, nullptr));
    m_signatureServer.reset(OSSL_CMP_SRV_CTX_new(nullptr, nullptr));
    if (!m_macServer || !m_signatureServer) {
        return openssl::failure(tr("starting the training CA's CMP service"));
    }
    if (Status done = configure(m_macServer.get(), true); !done) {
        return done;
    }
    return configure(m_signatureServer.get(), false);
}

openssl::CmpMsg TrainingCmpServer::answer(const OSSL_CMP_MSG* request)
{
    const std::optional<CmpRequestInfo> info = CmpMessage::inspect(request);
    OSSL_CMP_SRV_CTX* server =
        info && info->passwordBased ? m_macServer.get() : m_signatureServer.get();
    openssl::CmpMsg response(OSSL_CMP_SRV_process_request(server, request));
    ERR_clear_error();
    return response;
}

Result<QByteArray> TrainingCmpServer::answer(const QByteArray& requestDer)
{
    if (!m_macServer) {
        return Error{ErrorCode::Internal, tr("The training CA's CMP service is not started.")};
    }
    openssl::CmpMsg request = CmpMessage::fromDer(requestDer);
    if (!request) {
        return Error{ErrorCode::InvalidInput, tr("The request is not a CMP message.")};
    }
    openssl::CmpMsg response = answer(request.get());
    if (!response) {
        return Error{ErrorCode::Internal, tr("The training CA could not answer the CMP request.")};
    }
    return CmpMessage::der(response.get());
}

OSSL_CMP_PKISI* TrainingCmpServer::certRequest(OSSL_CMP_SRV_CTX* server,
                                               const OSSL_CMP_MSG* request, int,
                                               const OSSL_CRMF_MSG* crm, const X509_REQ* p10cr,
                                               X509** certOut, STACK_OF(X509) * *chainOut,
                                               STACK_OF(X509) * *caPubs)
{
    auto* self = static_cast<TrainingCmpServer*>(OSSL_CMP_SRV_CTX_get0_custom_ctx(server));
    const std::optional<CmpRequestInfo> info = CmpMessage::inspect(request);
    if (!info) {
        return rejection(OSSL_CMP_PKIFAILUREINFO_badDataFormat, tr("Unreadable request header."));
    }
    IssueRequest issue;
    issue.productId =
        CmpMessage::utf8Value(info->generalInfo.value(QLatin1String(cmpoid::CertProfile)));
    if (issue.productId.isEmpty()) {
        return rejection(OSSL_CMP_PKIFAILUREINFO_badCertTemplate,
                         tr("The request names no certificate profile (id-it-certProfile)."));
    }
    issue.usage = CmpMessage::utf8Value(info->generalInfo.value(QLatin1String(cmpoid::CertUsage)));
    if (issue.usage.isEmpty()) {
        const Product* product = ProductCatalogue::builtIn().product(issue.productId);
        issue.usage = product != nullptr ? product->usages.value(0) : QString();
    }
    const QString key =
        CmpMessage::utf8Value(info->generalInfo.value(QLatin1String(cmpoid::IdempotencyKey)));
    issue.idempotencyKey =
        !key.isEmpty() ? key
                       : QStringLiteral("tid:") + QString::fromLatin1(info->transactionId.toHex());

    Result<IssuedCertificate> issued = Error{};
    if (p10cr != nullptr) {
        issued = self->m_ca.issueCertificate(openssl::toDer(p10cr, i2d_X509_REQ), issue);
    } else if (crm != nullptr) {
        openssl::PKey publicKey = CmpMessage::templatePublicKey(crm);
        if (!publicKey) {
            return rejection(OSSL_CMP_PKIFAILUREINFO_badCertTemplate,
                             tr("The certificate template has no public key."));
        }
        issued = self->m_ca.issueForKey(
            publicKey.get(), OSSL_CRMF_CERTTEMPLATE_get0_subject(OSSL_CRMF_MSG_get0_tmpl(crm)),
            issue);
    } else {
        return rejection(OSSL_CMP_PKIFAILUREINFO_badRequest, tr("No certificate request."));
    }
    if (!issued) {
        const int bit =
            issued.error().code == ErrorCode::InvalidInput ? OSSL_CMP_PKIFAILUREINFO_badCertTemplate
            : issued.error().code == ErrorCode::Refused    ? OSSL_CMP_PKIFAILUREINFO_badRequest
                                                           : OSSL_CMP_PKIFAILUREINFO_systemFailure;
        return rejection(bit, issued.error().message);
    }
    if (issued->repeated) {
        ++self->m_repeats;
    }
    self->m_serialByTransaction.insert(info->transactionId, issued->serialHex);
    *certOut = openssl::certificateFromDer(issued->der).release();
    *chainOut = stackOf(self->m_ca.issuingCertificate());
    *caPubs = stackOf(self->m_ca.rootCertificate());
    return OSSL_CMP_STATUSINFO_new(OSSL_CMP_PKISTATUS_accepted, 0, nullptr);
}

OSSL_CMP_PKISI* TrainingCmpServer::revocation(OSSL_CMP_SRV_CTX* server, const OSSL_CMP_MSG* request,
                                              const X509_NAME* issuer, const ASN1_INTEGER* serial)
{
    auto* self = static_cast<TrainingCmpServer*>(OSSL_CMP_SRV_CTX_get0_custom_ctx(server));
    if (issuer == nullptr || serial == nullptr ||
        X509_NAME_cmp(issuer, X509_get_subject_name(self->m_ca.issuingCertificate())) != 0) {
        return rejection(OSSL_CMP_PKIFAILUREINFO_badCertId,
                         tr("The certificate was not issued by the training CA."));
    }
    openssl::BigNum number(ASN1_INTEGER_to_BN(serial, nullptr));
    char* hex = number ? BN_bn2hex(number.get()) : nullptr;
    const QString serialHex = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    const Status revoked = self->m_ca.revoke(
        serialHex, static_cast<RevocationReason>(CmpMessage::revocationReason(request)));
    if (!revoked) {
        return rejection(revoked.error().code == ErrorCode::NotFound
                             ? OSSL_CMP_PKIFAILUREINFO_badCertId
                             : OSSL_CMP_PKIFAILUREINFO_systemFailure,
                         revoked.error().message);
    }
    return OSSL_CMP_STATUSINFO_new(OSSL_CMP_PKISTATUS_accepted, 0, nullptr);
}

int TrainingCmpServer::certConf(OSSL_CMP_SRV_CTX* server, const OSSL_CMP_MSG* request, int,
                                const ASN1_OCTET_STRING*, const OSSL_CMP_PKISI* status)
{
    auto* self = static_cast<TrainingCmpServer*>(OSSL_CMP_SRV_CTX_get0_custom_ctx(server));
    if (status == nullptr) {
        return 1; // accepted
    }
    char text[OSSL_CMP_PKISI_BUFLEN];
    const char* printed = OSSL_CMP_snprint_PKIStatusInfo(status, text, sizeof text);
    if (printed != nullptr && std::strstr(printed, "rejection") != nullptr) {
        // RFC 9483 4.1.1: a certificate the requester refuses is revoked.
        const std::optional<CmpRequestInfo> info = CmpMessage::inspect(request);
        const QString serial =
            info ? self->m_serialByTransaction.value(info->transactionId) : QString();
        if (!serial.isEmpty()) {
            (void)self->m_ca.revoke(serial, RevocationReason::CessationOfOperation);
        }
    }
    return 1;
}

void TrainingCmpServer::error(OSSL_CMP_SRV_CTX*, const OSSL_CMP_MSG*, const OSSL_CMP_PKISI* status,
                              const ASN1_INTEGER*, const OSSL_CMP_PKIFREETEXT*)
{
    char text[OSSL_CMP_PKISI_BUFLEN];
    const char* printed =
        status != nullptr ? OSSL_CMP_snprint_PKIStatusInfo(status, text, sizeof text) : nullptr;
    qCInfo(lcCmpServer) << "client reported an error:" << (printed != nullptr ? printed : "");
}

} // namespace guichet
