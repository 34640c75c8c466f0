#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace guichet {

class PersonalisationRecorder;
class Pkcs11Module;
class SecretVault;

// Writes the certificate the CA issued, through the outbox, to the holder's token after the
// personalisation dialog was closed (or from the command line): the token is found by the
// serial recorded at personalisation, the key by its CKA_ID, and the certificate is refused
// unless it carries that key's public key; then it is written and verified with a signature
// made on the token (TokenPersonaliser's own write-and-verify steps).
class IssuedCertificateWriter {
    Q_DECLARE_TR_FUNCTIONS(IssuedCertificateWriter)
public:
    struct Target {
        QString tokenSerial;
        QByteArray keyId;
        QByteArray certificateDer;
        QString dossierRef; // recorded with each step
        // A key update's certificate found already beside its key (written, then the dossier
        // not told: a crash in between) is only verified, so that the caller can record it.
        // An enrolment's is refused as done.
        bool verifyIfAlreadyWritten = false;
    };

    IssuedCertificateWriter(const Pkcs11Module& module, SecretVault& vault,
                            PersonalisationRecorder& recorder)
        : m_module(module), m_vault(vault), m_recorder(recorder)
    {
    }

    Status write(const Target& target, const SecretBytes& holderPin);

private:
    const Pkcs11Module& m_module;
    SecretVault& m_vault;
    PersonalisationRecorder& m_recorder;
};

} // namespace guichet
