#include "ca/CmpFailures.h"

#include "ca/CmpExchange.h"
#include "ca/protection/KeySignerPkey.h"

#include <QStringList>
#include <algorithm>
#include <iterator>
#include <openssl/httperr.h>

namespace guichet {
namespace {

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

// What OpenSSL's error queue says, by family; the queue is emptied.
struct QueuedErrors {
    bool tls = false;
    bool protection = false;
    bool unexpected = false;
    bool unreachable = false;
    QString detail;
};

QueuedErrors takeQueuedErrors()
{
    QueuedErrors found;
    QStringList details;
    while (const unsigned long code = ERR_get_error()) {
        const int library = ERR_GET_LIB(code);
        const int reason = ERR_GET_REASON(code);
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        details.append(QString::fromLatin1(text));
        if (library == ERR_LIB_SSL) {
            found.tls = true;
        } else if (library == ERR_LIB_CMP && protectionReason(reason)) {
            found.protection = true;
        } else if ((library == ERR_LIB_CMP && reason == CMP_R_TOTAL_TIMEOUT) ||
                   (library == ERR_LIB_HTTP &&
                    (reason == HTTP_R_RETRY_TIMEOUT || reason == HTTP_R_CONNECT_FAILURE ||
                     reason == HTTP_R_ERROR_SENDING)) ||
                   library == ERR_LIB_BIO || library == ERR_LIB_SYS) {
            found.unreachable = true;
        } else if (library == ERR_LIB_HTTP || library == ERR_LIB_ASN1 ||
                   (library == ERR_LIB_CMP &&
                    (reason == CMP_R_UNEXPECTED_PKIBODY ||
                     reason == CMP_R_TRANSACTIONID_UNMATCHED ||
                     reason == CMP_R_RECIPNONCE_UNMATCHED || reason == CMP_R_UNEXPECTED_PVNO ||
                     reason == CMP_R_PKIBODY_ERROR))) {
            found.unexpected = true;
        }
    }
    found.detail = details.join(QStringLiteral("; "));
    return found;
}

} // namespace

QString CmpFailures::failureNames(int bits)
{
    QStringList names;
    for (int bit = 0; bit <= OSSL_CMP_PKIFAILUREINFO_MAX; ++bit) {
        if ((bits & (1 << bit)) != 0) {
            names.append(QString::fromLatin1(kFailureNames[bit]));
        }
    }
    return names.join(QStringLiteral(", "));
}

CmpFailureReport CmpFailures::describe(const CmpExchange& exchange, OSSL_CMP_CTX* context,
                                       const QString& what, const CmpEndpoint& endpoint,
                                       EVP_PKEY* operatorKey)
{
    const QueuedErrors queued = takeQueuedErrors();
    if (!queued.detail.isEmpty()) {
        qCDebug(lcCmp) << what << queued.detail;
    }
    const int status = OSSL_CMP_CTX_get_status(context);
    const int failInfo =
        status == OSSL_CMP_PKISTATUS_rejection ? OSSL_CMP_CTX_get_failInfoCode(context) : 0;
    const auto report = [failInfo](CmpFailure kind, ErrorCode code, const QString& message) {
        return CmpFailureReport{kind, failInfo, Error{code, message}};
    };
    constexpr int protectionBits = (1 << OSSL_CMP_PKIFAILUREINFO_badMessageCheck) |
                                   (1 << OSSL_CMP_PKIFAILUREINFO_wrongIntegrity) |
                                   (1 << OSSL_CMP_PKIFAILUREINFO_signerNotTrusted);
    if (auto refused = KeySignerPkey::takeSignerError(operatorKey)) {
        // OpenSSL only knows the protection could not be computed; the card said why.
        return report(CmpFailure::SignerUnavailable, ErrorCode::Refused,
                      tr("%1: the operator's card did not sign the request's protection: %2 "
                         "It will be sent once the card can sign.")
                          .arg(what, refused->message));
    }
    if (exchange.wrongCertificate) {
        return report(CmpFailure::WrongCertificate, ErrorCode::Refused,
                      tr("%1: the CA returned a certificate whose public key does not match the "
                         "request. It was refused and the CA told so; nothing was installed.")
                          .arg(what));
    }
    if (exchange.transportError) {
        return report(
            CmpFailure::Unreachable, ErrorCode::Io,
            tr("%1: the CA could not be reached: %2").arg(what, exchange.transportError->message));
    }
    if (exchange.garbage) {
        return report(CmpFailure::UnexpectedMessage, ErrorCode::IncompatibleData,
                      tr("%1: the CA's answer is not a CMP message.").arg(what));
    }
    if (status == OSSL_CMP_PKISTATUS_rejection &&
        ((failInfo & protectionBits) != 0 || protectionText(statusText(context)))) {
        return report(CmpFailure::ProtectionInvalid, ErrorCode::Refused,
                      tr("%1: the CA could not verify the request's protection (%2): check the "
                         "shared secret or the operator's credential. %3")
                          .arg(what, failureNames(failInfo), statusText(context)));
    }
    if (status == OSSL_CMP_PKISTATUS_rejection) {
        return report(CmpFailure::Rejected, ErrorCode::Refused,
                      tr("%1: the CA rejected the request: %2 (failure info: %3).")
                          .arg(what, statusText(context), failureNames(failInfo)));
    }
    if (queued.tls) {
        return report(
            CmpFailure::Tls, ErrorCode::Io,
            tr("%1: the secure connection to the CA failed (TLS). %2").arg(what, queued.detail));
    }
    if (queued.protection) {
        return report(CmpFailure::ProtectionInvalid, ErrorCode::Refused,
                      tr("%1: the CA's answer is not protected as expected (wrong shared secret "
                         "or untrusted signature); it was ignored.")
                          .arg(what));
    }
    if (queued.unexpected) {
        return report(CmpFailure::UnexpectedMessage, ErrorCode::IncompatibleData,
                      tr("%1: the CA answered something that is not the expected CMP message. %2")
                          .arg(what, queued.detail));
    }
    // Refused, reset, timed out (queued.unreachable) or nothing said: all mean "try again
    // later".
    return report(CmpFailure::Unreachable, ErrorCode::Io,
                  tr("%1: the CA could not be reached (%2:%3). It will be tried "
                     "again later. %4")
                      .arg(what, endpoint.host)
                      .arg(endpoint.port)
                      .arg(queued.detail));
}

} // namespace guichet
