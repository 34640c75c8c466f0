#include "token/TokenPersonaliser.h"

#include "crypto/SecureRandom.h"
#include "token/CertificateIssuer.h"
#include "token/CertificateRequest.h"
#include "token/PinPolicy.h"
#include "token/Pkcs11Module.h"
#include "token/SecretVault.h"
#include "token/TokenCrypto.h"
#include "token/TokenLogging.h"
#include "token/TokenSession.h"

#include <QCryptographicHash>
#include <algorithm>

namespace guichet {
namespace {

// Letters and digits a person cannot confuse (no 0/O, 1/l/I), should one ever be read out.
constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";

Result<SecretBytes> randomPin(std::size_t length)
{
    auto random = SecureRandom::secret(length);
    if (!random) {
        return random.error();
    }
    SecretBytes pin(length);
    constexpr std::size_t alphabetSize = sizeof kAlphabet - 1;
    for (std::size_t i = 0; i < length; ++i) {
        // 56 symbols: the modulo bias is below 2^-2 per symbol and harmless for a PIN that
        // is never typed by a person.
        pin.data()[i] = static_cast<unsigned char>(kAlphabet[random->data()[i] % alphabetSize]);
    }
    return pin;
}

Status fromError(const Error& error)
{
    return Status(error);
}

} // namespace

QString personalisationStepName(PersonalisationStep step)
{
    switch (step) {
    case PersonalisationStep::NotStarted:
        return TokenPersonaliser::tr("not started");
    case PersonalisationStep::Inspected:
        return TokenPersonaliser::tr("reading the token");
    case PersonalisationStep::Initialised:
        return TokenPersonaliser::tr("initialising the token");
    case PersonalisationStep::HolderPinSet:
        return TokenPersonaliser::tr("setting the holder's PIN");
    case PersonalisationStep::KeyGenerated:
        return TokenPersonaliser::tr("generating the key on the token");
    case PersonalisationStep::RequestSigned:
        return TokenPersonaliser::tr("signing the certificate request on the token");
    case PersonalisationStep::CertificateWritten:
        return TokenPersonaliser::tr("writing the certificate to the token");
    case PersonalisationStep::Verified:
        return TokenPersonaliser::tr("verifying the certificate with the token");
    }
    return {};
}

Result<SecretBytes> TokenPersonaliser::generateSoPin()
{
    return randomPin(16);
}

Status TokenPersonaliser::acceptKey(const KeyFacts& facts, bool qscd)
{
    if (facts.extractable || !facts.sensitive) {
        return TokenErrors::refused(tr("The key on the token can be extracted or read; it "
                                       "cannot hold a certificate."));
    }
    // SDP-6.5.1-04: for a QSCD the token must say that it generated the key itself and that
    // the key was never extractable nor readable.
    if (qscd && !facts.local) {
        return TokenErrors::refused(tr("The token says this key was not generated on it "
                                       "(imported): refused for a qualified (QSCD) product."));
    }
    if (qscd && (!facts.neverExtractable || !facts.alwaysSensitive)) {
        return TokenErrors::refused(tr("The token cannot vouch that this key never left it: "
                                       "refused for a qualified (QSCD) product."));
    }
    return Status::success();
}

Result<PersonalisationState>
TokenPersonaliser::resumeWithCertificate(const Pkcs11Module& module, CK_SLOT_ID slot,
                                         const SecretBytes& holderPin,
                                         const QByteArray& certificateDer)
{
    auto fields = TokenCrypto::certificateFields(certificateDer);
    if (!fields) {
        return fields.error();
    }
    auto info = TokenSlot::inspect(module, slot);
    if (!info) {
        return info.error();
    }
    auto session = TokenSession::open(module, slot);
    if (!session) {
        return session.error();
    }
    PersonalisationState state;
    state.done = PersonalisationStep::RequestSigned;
    state.serial = info->serial;
    state.model = info->model;
    state.manufacturer = info->manufacturer;
    for (const TokenObject& object : info->objects) {
        if (object.kind != TokenObject::Kind::PublicKey) {
            continue;
        }
        auto publicKey = (*session)->publicKeyInfo(object.id);
        if (!publicKey || *publicKey != fields->publicKeyInfo) {
            continue;
        }
        if (Status in = (*session)->login(CKU_USER, holderPin); !in) {
            return in.error();
        }
        auto facts = (*session)->keyFacts(object.id);
        if (!facts) {
            return facts.error();
        }
        state.key = *facts;
        state.certificateDer = certificateDer;
        return state;
    }
    return TokenErrors::refused(
        tr("The certificate is not for a key on this token; it was not written."));
}

Status TokenPersonaliser::run(const PersonalisationRequest& request,
                              const PersonalisationSecrets& secrets, PersonalisationState& state,
                              const TokenProgress& progress)
{
    using Step = PersonalisationStep;
    using Method = Status (TokenPersonaliser::*)(
        const PersonalisationRequest&, const PersonalisationSecrets&, PersonalisationState&);
    struct Entry {
        Step step;
        Method method;
    };
    static const Entry steps[] = {
        {Step::Inspected, nullptr},
        {Step::Initialised, &TokenPersonaliser::initialise},
        {Step::HolderPinSet, &TokenPersonaliser::setHolderPin},
        {Step::KeyGenerated, &TokenPersonaliser::generateKey},
        {Step::RequestSigned, &TokenPersonaliser::signRequest},
        {Step::CertificateWritten, &TokenPersonaliser::writeCertificate},
        {Step::Verified, &TokenPersonaliser::verify},
    };
    const int total = static_cast<int>(std::size(steps));
    for (int index = 0; index < total; ++index) {
        const Entry& entry = steps[index];
        if (state.done >= entry.step) {
            continue;
        }
        if (progress.cancelled()) {
            return TokenErrors::cancelled();
        }
        if (entry.step == Step::CertificateWritten && state.certificateDer.isEmpty() && !m_issuer) {
            // No issuer here: the request goes to the CA by other means, and a later run()
            // with supplyCertificate() finishes.
            return Status::success();
        }
        if (progress.report) {
            progress.report(personalisationStepName(entry.step), index, total);
        }
        qCInfo(lcToken) << "personalisation step" << static_cast<int>(entry.step) << "token"
                        << state.serial;
        Status done =
            entry.method ? (this->*entry.method)(request, secrets, state) : inspect(request, state);
        if (!done) {
            qCWarning(lcToken) << "personalisation step" << static_cast<int>(entry.step)
                               << "failed:" << done.error().message;
            return done;
        }
        state.done = entry.step;
    }
    if (progress.report) {
        progress.report(tr("personalised"), total, total);
    }
    return Status::success();
}

Result<CK_SLOT_ID> TokenPersonaliser::locate(const PersonalisationRequest& request,
                                             const PersonalisationState& state)
{
    if (state.serial.isEmpty()) {
        return request.slot;
    }
    return TokenSlot::findBySerial(m_module, state.serial);
}

Result<std::unique_ptr<TokenSession>>
TokenPersonaliser::openSession(const PersonalisationRequest& request,
                               const PersonalisationState& state)
{
    auto slot = locate(request, state);
    if (!slot) {
        return slot.error();
    }
    return TokenSession::open(m_module, *slot);
}

Status TokenPersonaliser::record(const QString& action, const PersonalisationRequest& request,
                                 const PersonalisationState& state, QJsonObject details)
{
    // SDP-6.4.5-10: every step names the token model and serial.
    details.insert(QStringLiteral("model"), state.model);
    details.insert(QStringLiteral("manufacturer"), state.manufacturer);
    details.insert(QStringLiteral("serial"), state.serial);
    if (!request.dossierRef.isEmpty()) {
        details.insert(QStringLiteral("dossier"), request.dossierRef);
    }
    return m_recorder.record(action, details);
}

Status TokenPersonaliser::inspect(const PersonalisationRequest& request,
                                  PersonalisationState& state)
{
    auto slot = locate(request, state);
    if (!slot) {
        return fromError(slot.error());
    }
    auto info = TokenSlot::inspect(m_module, *slot);
    if (!info) {
        return fromError(info.error());
    }
    state.serial = info->serial;
    state.model = info->model;
    state.manufacturer = info->manufacturer;
    return record(QStringLiteral("token.inspected"), request, state,
                  {{QStringLiteral("initialised"), info->initialised},
                   {QStringLiteral("pinpad"), info->protectedAuthenticationPath}});
}

Status TokenPersonaliser::initialise(const PersonalisationRequest& request,
                                     const PersonalisationSecrets& secrets,
                                     PersonalisationState& state)
{
    if (!state.unstoredSoPin) {
        auto slot = locate(request, state);
        if (!slot) {
            return fromError(slot.error());
        }
        auto info = TokenSlot::inspect(m_module, *slot);
        if (!info) {
            return fromError(info.error());
        }
        // A recycled token asks for its current SO PIN: the CA's transport PIN, or the one
        // Guichet stored when it initialised it.
        std::optional<SecretBytes> current;
        if (info->initialised) {
            if (secrets.transportSoPin) {
                current = SecretBytes::copyOf(secrets.transportSoPin->view());
            } else {
                auto stored =
                    m_vault.reveal(info->serial, VaultRole::Operator, VaultPurpose::UseOnToken);
                if (!stored) {
                    return fromError(stored.error());
                }
                current = std::move(stored).value();
            }
        }
        SecretBytes newSoPin;
        if (secrets.transportSoPin) {
            newSoPin = SecretBytes::copyOf(secrets.transportSoPin->view());
        } else {
            auto generated = generateSoPin();
            if (!generated) {
                return fromError(generated.error());
            }
            newSoPin = std::move(generated).value();
        }
        const SecretBytes& initPin = current ? *current : newSoPin;
        if (Status done = TokenSlot::initialise(m_module, *slot, initPin, request.label); !done) {
            return done;
        }
        if (current && !current->equals(newSoPin)) {
            auto session = TokenSession::open(m_module, *slot);
            if (!session) {
                return fromError(session.error());
            }
            if (Status in = (*session)->login(CKU_SO, *current); !in) {
                return in;
            }
            if (Status changed = (*session)->setPin(*current, newSoPin); !changed) {
                return changed;
            }
        }
        auto after = TokenSlot::inspect(m_module, *slot);
        if (!after) {
            return fromError(after.error());
        }
        state.serial = after->serial; // SoftHSM2 gives a token its serial when initialised
        state.unstoredSoPin = std::move(newSoPin);
    }
    // Kept in the state until the vault has it, so a failed store is retried on resume
    // instead of leaving a token nobody can unblock.
    if (Status stored = m_vault.store(state.serial, *state.unstoredSoPin); !stored) {
        return stored;
    }
    state.unstoredSoPin.reset();
    return record(QStringLiteral("token.initialised"), request, state,
                  {{QStringLiteral("label"), request.label},
                   {QStringLiteral("transport_so_pin"), secrets.transportSoPin.has_value()}});
}

Status TokenPersonaliser::setHolderPin(const PersonalisationRequest& request,
                                       const PersonalisationSecrets& secrets,
                                       PersonalisationState& state)
{
    auto slot = locate(request, state);
    if (!slot) {
        return fromError(slot.error());
    }
    auto info = TokenSlot::inspect(m_module, *slot);
    if (!info) {
        return fromError(info.error());
    }
    const bool pinpad = info->protectedAuthenticationPath && secrets.holderPin.isEmpty();
    if (!pinpad) {
        if (Status acceptable = PinPolicy::forToken(*info).check(secrets.holderPin); !acceptable) {
            return acceptable;
        }
    }
    auto soPin = m_vault.reveal(state.serial, VaultRole::Operator, VaultPurpose::UseOnToken);
    if (!soPin) {
        return fromError(soPin.error());
    }
    auto session = TokenSession::open(m_module, *slot);
    if (!session) {
        return fromError(session.error());
    }
    if (Status in = (*session)->login(CKU_SO, *soPin); !in) {
        return in;
    }
    if (pinpad) {
        // The holder types the PIN on the reader (REFERENCE.md step 1: null PIN).
        if (Status set = (*session)->initUserPin(SecretBytes()); !set) {
            return set;
        }
    } else {
        // C_InitPIN under the SO sets a one-time PIN nobody sees; the holder then replaces it
        // with C_SetPIN, so the operator never knows the holder's PIN (RGS).
        const std::size_t length =
            std::clamp<std::size_t>(16, std::max<std::size_t>(info->minPinLength, 1),
                                    info->maxPinLength > 0 ? info->maxPinLength : 16);
        auto transient = randomPin(length);
        if (!transient) {
            return fromError(transient.error());
        }
        if (Status set = (*session)->initUserPin(*transient); !set) {
            return set;
        }
        (*session)->logout();
        if (Status in = (*session)->login(CKU_USER, *transient); !in) {
            return in;
        }
        if (Status changed = (*session)->setPin(*transient, secrets.holderPin); !changed) {
            return changed;
        }
    }
    return record(QStringLiteral("token.holder_pin_set"), request, state,
                  {{QStringLiteral("pinpad"), pinpad}});
}

Status TokenPersonaliser::generateKey(const PersonalisationRequest& request,
                                      const PersonalisationSecrets& secrets,
                                      PersonalisationState& state)
{
    auto session = openSession(request, state);
    if (!session) {
        return fromError(session.error());
    }
    if (Status in = (*session)->login(CKU_USER, secrets.holderPin); !in) {
        return in;
    }
    Result<KeyFacts> facts = Error{};
    if (!request.existingKeyId.isEmpty()) {
        facts = (*session)->keyFacts(request.existingKeyId);
    } else {
        auto id = SecureRandom::bytes(16);
        if (!id) {
            return fromError(id.error());
        }
        facts = (*session)->generateKeyPair(request.algorithm, *id, request.label);
    }
    if (!facts) {
        return fromError(facts.error());
    }
    if (Status accepted = acceptKey(*facts, request.qscd); !accepted) {
        return accepted;
    }
    state.key = *facts;
    // SDP-6.5.1-04: what the token says about the key is kept as evidence.
    return record(QStringLiteral("token.key_generated"), request, state,
                  {{QStringLiteral("key_id"), QString::fromLatin1(facts->id.toHex())},
                   {QStringLiteral("algorithm"), keyAlgorithmName(facts->algorithm)},
                   {QStringLiteral("local"), facts->local},
                   {QStringLiteral("never_extractable"), facts->neverExtractable},
                   {QStringLiteral("always_sensitive"), facts->alwaysSensitive}});
}

Status TokenPersonaliser::signRequest(const PersonalisationRequest& request,
                                      const PersonalisationSecrets& secrets,
                                      PersonalisationState& state)
{
    auto session = openSession(request, state);
    if (!session) {
        return fromError(session.error());
    }
    if (Status in = (*session)->login(CKU_USER, secrets.holderPin); !in) {
        return in;
    }
    auto publicKey = (*session)->publicKeyInfo(state.key.id);
    if (!publicKey) {
        return fromError(publicKey.error());
    }
    TokenSession& onToken = **session;
    auto csr = CertificateRequest::build(
        request.subject, *publicKey, state.key.algorithm,
        [&](const QByteArray& toBeSigned) { return onToken.sign(state.key.id, toBeSigned); });
    if (!csr) {
        return fromError(csr.error());
    }
    state.requestDer = *csr;
    return record(QStringLiteral("token.request_signed"), request, state,
                  {{QStringLiteral("request_sha256"),
                    QString::fromLatin1(
                        QCryptographicHash::hash(*csr, QCryptographicHash::Sha256).toHex())}});
}

Status TokenPersonaliser::writeCertificate(const PersonalisationRequest& request,
                                           const PersonalisationSecrets& secrets,
                                           PersonalisationState& state)
{
    if (state.certificateDer.isEmpty()) {
        auto issued = m_issuer->issue(state.requestDer, request.product);
        if (!issued) {
            return fromError(issued.error());
        }
        state.certificateDer = *issued;
    }
    auto fields = TokenCrypto::certificateFields(state.certificateDer);
    if (!fields) {
        state.certificateDer.clear();
        return fromError(fields.error());
    }
    auto session = openSession(request, state);
    if (!session) {
        return fromError(session.error());
    }
    auto publicKey = (*session)->publicKeyInfo(state.key.id);
    if (!publicKey) {
        return fromError(publicKey.error());
    }
    if (fields->publicKeyInfo != *publicKey) {
        state.certificateDer.clear(); // a certificate for another key is never written
        return TokenErrors::refused(tr("The certificate is not for the key generated on this "
                                       "token; it was not written."));
    }
    if (Status in = (*session)->login(CKU_USER, secrets.holderPin); !in) {
        return in;
    }
    const QString label = request.label.isEmpty() ? request.subject.commonName : request.label;
    if (Status written = (*session)->importCertificate(state.key.id, label, state.certificateDer);
        !written) {
        return written;
    }
    return record(
        QStringLiteral("token.certificate_written"), request, state,
        {{QStringLiteral("key_id"), QString::fromLatin1(state.key.id.toHex())},
         {QStringLiteral("certificate_serial"), QString::fromLatin1(fields->serial.toHex())}});
}

Status TokenPersonaliser::verify(const PersonalisationRequest& request,
                                 const PersonalisationSecrets& secrets, PersonalisationState& state)
{
    auto fields = TokenCrypto::certificateFields(state.certificateDer);
    if (!fields) {
        return fromError(fields.error());
    }
    auto session = openSession(request, state);
    if (!session) {
        return fromError(session.error());
    }
    if (Status in = (*session)->login(CKU_USER, secrets.holderPin); !in) {
        return in;
    }
    auto challenge = SecureRandom::bytes(32);
    if (!challenge) {
        return fromError(challenge.error());
    }
    auto signature = (*session)->sign(state.key.id, *challenge);
    if (!signature) {
        return fromError(signature.error());
    }
    auto verified =
        TokenCrypto::verify(fields->publicKeyInfo, *challenge, *signature, state.key.algorithm);
    if (!verified) {
        return fromError(verified.error());
    }
    if (!*verified) {
        return TokenErrors::refused(tr("A signature made on the token does not verify with the "
                                       "certificate written to it."));
    }
    return record(QStringLiteral("token.personalised"), request, state,
                  {{QStringLiteral("key_id"), QString::fromLatin1(state.key.id.toHex())}});
}

} // namespace guichet
