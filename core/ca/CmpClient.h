#pragma once

#include "ca/CaOpenSsl.h"
#include "ca/CaProfile.h"
#include "ca/TrainingCa.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

namespace guichet {

class CmpContextSetup;
class TrainingCmpServer;
struct CmpExchange;

// How CMP messages travel when not over OpenSSL's own HTTP client: the embedded training CA
// in-process, or (later) Qt Network. Called on the client's thread.
class CmpTransport {
public:
    virtual ~CmpTransport() = default;
    // One request (DER) in, one answer (DER) out; an Error says the CA was not reached.
    virtual Result<QByteArray> exchange(const QByteArray& requestDer) = 0;
};

// The training CA in this process: the same messages as over the network.
class InProcessCmpTransport final : public CmpTransport {
public:
    explicit InProcessCmpTransport(TrainingCmpServer& server) : m_server(server) {}
    Result<QByteArray> exchange(const QByteArray& requestDer) override;

private:
    TrainingCmpServer& m_server;
};

struct CmpEndpoint {
    // HTTP through OpenSSL's client: host, port, path (e.g. "pkix/").
    QString host;
    quint16 port = 0;
    QString path;
    bool tls = false; // https, verified against trustAnchorsDer and the host name
    // When set, messages go through it instead of HTTP (not owned).
    CmpTransport* transport = nullptr;
    int messageTimeoutSeconds = 10;
    int totalTimeoutSeconds = 30;
    // CA certificates trusted to sign the CA's answers (and to build the new chain).
    QList<QByteArray> trustAnchorsDer;
};

// The requester's authentication towards the CA (RFC 9483 section 3.2).
struct CmpCredentials {
    CmpProtection protection = CmpProtection::SharedSecret;
    QByteArray reference; // shared secret: the CA's reference for it (senderKID)
    SecretBytes secret;
    openssl::X509Ptr certificate; // signature: the operator's certificate and its key (a key
    openssl::PKey key;            // on a card: ca/protection/KeySignerPkey)
};

enum class CmpRequestType { P10cr, Ir, Cr, Kur };

// One certificate request; what an outbox item holds (plus the credentials).
struct CmpEnrolment {
    CmpRequestType type = CmpRequestType::P10cr;
    QByteArray csrDer;          // p10cr: the PKCS#10 request; ir/cr/kur: the subject comes from it
    EVP_PKEY* newKey = nullptr; // ir/cr/kur: the new key pair, for proof of possession (not owned)
    QByteArray oldCertificateDer; // kur: the certificate being renewed (credentials = its key)
    QString certificateProfile;   // the CA profile's name for the product
    QString usage;
    QString idempotencyKey; // same key -> same transactionID and generalInfo key
};

struct CmpCertificate {
    QByteArray certificateDer;
    QList<QByteArray> chainDer;
    QList<QByteArray> caPublicationsDer;
    QByteArray transactionId;
};

// What went wrong, for the outbox to decide between retrying and giving up.
enum class CmpFailure {
    None,
    Unreachable,       // refused, timed out, cut: retry later
    Tls,               // the TLS handshake failed (certificate, protocol)
    ProtectionInvalid, // a message's signature or MAC did not verify (either side)
    Rejected,          // the CA refused: failInfo and text say why
    UnexpectedMessage, // not CMP, or not the answer expected
    WrongCertificate,  // the certificate's public key is not the request's: refused
    InvalidRequest,    // the request could not be built (bad CSR, missing key)
    SignerUnavailable, // the operator's card did not sign the protection (locked, removed)
};

// A CMP client over OpenSSL's implementation (OSSL_CMP_CTX). Blocking: run it on a worker
// thread, never the GUI thread. One instance per request or sequence of requests.
class CmpClient {
    Q_DECLARE_TR_FUNCTIONS(CmpClient)
public:
    CmpClient(CmpEndpoint endpoint, CmpCredentials credentials);
    ~CmpClient();

    Result<CmpCertificate> enrol(const CmpEnrolment& request);
    Status revoke(const QByteArray& certificateDer, RevocationReason reason,
                  const QString& idempotencyKey = {});

    CmpFailure lastFailure() const { return m_failure; }
    int lastFailInfo() const { return m_failInfo; } // PKIFailureInfo bits, when rejected
    // The request waits and is tried again: the CA was not reached, or the operator's card
    // could not sign it yet (the item waits for the card, as a key update waits for the token).
    static bool isTransient(CmpFailure failure)
    {
        return failure == CmpFailure::Unreachable || failure == CmpFailure::SignerUnavailable;
    }

    // Where and how to reach the CA a profile describes (not the training profile, which is
    // reached in-process or through `ca serve-training`).
    static Result<CmpEndpoint> endpointFor(const CaProfile& profile);

    // The transactionID an idempotency key gives (16 bytes of its SHA-256).
    static QByteArray transactionIdFor(const QString& idempotencyKey);

private:
    Result<openssl::CmpCtx> newContext(CmpExchange& exchange, const QString& idempotencyKey);
    Error failure(const CmpExchange& exchange, OSSL_CMP_CTX* context, const QString& what);

    CmpEndpoint m_endpoint;
    CmpCredentials m_credentials;
    std::unique_ptr<CmpContextSetup> m_setup; // refers to the two above
    CmpFailure m_failure = CmpFailure::None;
    int m_failInfo = 0;
};

} // namespace guichet
