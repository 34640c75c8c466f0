#include "token/IssuedCertificateWriter.h"

#include "token/Pkcs11Module.h"
#include "token/TokenPersonaliser.h"
#include "token/TokenSession.h"

namespace guichet {

Status IssuedCertificateWriter::write(const Target& target, const SecretBytes& holderPin)
{
    auto slot = TokenSlot::findBySerial(m_module, target.tokenSerial);
    if (!slot) {
        return TokenErrors::refused(tr("The holder's token %1 is not present: insert it, then "
                                       "try again.")
                                        .arg(target.tokenSerial));
    }
    auto info = TokenSlot::inspect(m_module, *slot);
    if (!info) {
        return info.error();
    }
    bool alreadyWritten = false;
    for (const TokenObject& object : info->objects) {
        if (object.kind != TokenObject::Kind::Certificate || object.id != target.keyId) {
            continue;
        }
        const Status refused = TokenErrors::refused(
            tr("The key of token %1 already has its certificate; nothing was written.")
                .arg(target.tokenSerial));
        if (!target.verifyIfAlreadyWritten) {
            return refused;
        }
        auto session = TokenSession::open(m_module, *slot);
        if (!session) {
            return session.error();
        }
        auto onToken = (*session)->certificateValue(target.keyId);
        if (!onToken) {
            return onToken.error();
        }
        if (*onToken != target.certificateDer) {
            return refused; // another certificate beside that key is never replaced
        }
        alreadyWritten = true;
    }
    // The key whose public key the certificate carries (none: refused, nothing written).
    auto resumed =
        TokenPersonaliser::resumeWithCertificate(m_module, *slot, holderPin, target.certificateDer);
    if (!resumed) {
        return resumed.error();
    }
    PersonalisationState state = std::move(resumed).value();
    if (state.key.id != target.keyId) {
        return TokenErrors::refused(tr("The certificate is for another key of token %1 than the "
                                       "one made for this dossier; it was not written.")
                                        .arg(target.tokenSerial));
    }
    if (alreadyWritten) {
        state.done = PersonalisationStep::CertificateWritten; // only the signature check is left
    }
    PersonalisationRequest request;
    request.slot = *slot;
    request.label = info->label;
    request.dossierRef = target.dossierRef;
    PersonalisationSecrets secrets;
    secrets.holderPin = SecretBytes::copyOf(holderPin.view());
    TokenPersonaliser personaliser(m_module, m_vault, m_recorder, nullptr);
    return personaliser.run(request, secrets, state);
}

} // namespace guichet
