#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"
#include "token/Pkcs11.h"
#include "token/TokenTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace guichet {

class TokenSession;

class CertificateIssuer;
class Pkcs11Module;
class SecretVault;

// Records each finished step (SDP-6.4.5-10: token model and serial with every step). The
// audit implementation writes one event per step in its own transaction.
class PersonalisationRecorder {
public:
    virtual ~PersonalisationRecorder() = default;
    virtual Status record(const QString& action, const QJsonObject& details) = 0;
};

// Progress and cancellation between steps; the worker fills it in.
struct TokenProgress {
    std::function<void(const QString& step, int done, int total)> report;
    const std::atomic<bool>* cancelRequested = nullptr;
    bool cancelled() const { return cancelRequested && cancelRequested->load(); }
};

enum class PersonalisationStep {
    NotStarted,
    Inspected,
    Initialised,
    HolderPinSet,
    KeyGenerated,
    RequestSigned,
    CertificateWritten,
    Verified,
};
QString personalisationStepName(PersonalisationStep step);

// What the operator asked for.
struct PersonalisationRequest {
    CK_SLOT_ID slot = 0; // where the token was seen first
    QString label;       // up to 32 characters
    KeyAlgorithm algorithm = KeyAlgorithm::EcP256;
    CertificateSubject subject;
    QString product;          // passed to the CertificateIssuer
    bool qscd = false;        // the product needs a qualified signature creation device
    QString dossierRef;       // recorded with each step
    QByteArray existingKeyId; // use a key already on the token instead of generating one
};

// Where a personalisation stands, kept by the caller so that it can resume after a failure
// (the token removed, a wrong PIN, the CA unreachable) on the same token.
struct PersonalisationState {
    PersonalisationStep done = PersonalisationStep::NotStarted;
    QString serial;
    QString model;
    QString manufacturer;
    KeyFacts key;
    QByteArray requestDer;
    QByteArray certificateDer;
    // The SO PIN made at initialisation, held only until the vault has it.
    std::optional<SecretBytes> unstoredSoPin;
};

// Secrets the procedure needs, typed by the people who know them (never logged).
struct PersonalisationSecrets {
    std::optional<SecretBytes> transportSoPin; // supplied by the CA; else Guichet makes one
    SecretBytes holderPin;                     // empty: typed by the holder on the pinpad
};

// inspect → initialise → holder PIN → key generated on the token → CSR signed on the token
// → certificate (from the issuer, or given) written back → verified. Each call continues
// from `state.done`; it stops after the CSR when there is neither an issuer nor a
// certificate (state.requestDer then goes to the CA by other means).
class TokenPersonaliser {
    Q_DECLARE_TR_FUNCTIONS(TokenPersonaliser)
public:
    TokenPersonaliser(const Pkcs11Module& module, SecretVault& vault,
                      PersonalisationRecorder& recorder, CertificateIssuer* issuer = nullptr)
        : m_module(module), m_vault(vault), m_recorder(recorder), m_issuer(issuer)
    {
    }

    Status run(const PersonalisationRequest& request, const PersonalisationSecrets& secrets,
               PersonalisationState& state, const TokenProgress& progress = {});

    // Adds a certificate the CA returned by other means, so that run() writes and verifies it.
    static void supplyCertificate(PersonalisationState& state, QByteArray certificateDer)
    {
        state.certificateDer = std::move(certificateDer);
    }

    // A personalisation to finish with a certificate the CA returned by other means: the
    // key is the one on the token whose public key the certificate carries (none: refused).
    static Result<PersonalisationState> resumeWithCertificate(const Pkcs11Module& module,
                                                              CK_SLOT_ID slot,
                                                              const SecretBytes& holderPin,
                                                              const QByteArray& certificateDer);

    // SDP-6.5.1-04: a QSCD product needs a key generated on the token that never left it.
    static Status acceptKey(const KeyFacts& facts, bool qscd);
    // A new random SO PIN: 16 characters from an unambiguous alphabet.
    static Result<SecretBytes> generateSoPin();

private:
    Result<CK_SLOT_ID> locate(const PersonalisationRequest& request,
                              const PersonalisationState& state);
    // The token of this personalisation (found again by serial once known), read-write.
    Result<std::unique_ptr<TokenSession>> openSession(const PersonalisationRequest& request,
                                                      const PersonalisationState& state);
    Status inspect(const PersonalisationRequest& request, PersonalisationState& state);
    Status initialise(const PersonalisationRequest& request, const PersonalisationSecrets& secrets,
                      PersonalisationState& state);
    Status setHolderPin(const PersonalisationRequest& request,
                        const PersonalisationSecrets& secrets, PersonalisationState& state);
    Status generateKey(const PersonalisationRequest& request, const PersonalisationSecrets& secrets,
                       PersonalisationState& state);
    Status signRequest(const PersonalisationRequest& request, const PersonalisationSecrets& secrets,
                       PersonalisationState& state);
    Status writeCertificate(const PersonalisationRequest& request,
                            const PersonalisationSecrets& secrets, PersonalisationState& state);
    Status verify(const PersonalisationRequest& request, const PersonalisationSecrets& secrets,
                  PersonalisationState& state);
    Status record(const QString& action, const PersonalisationRequest& request,
                  const PersonalisationState& state, QJsonObject details = {});

    const Pkcs11Module& m_module;
    SecretVault& m_vault;
    PersonalisationRecorder& m_recorder;
    CertificateIssuer* m_issuer;
};

} // namespace guichet
