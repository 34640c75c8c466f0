#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace guichet {

// What C_GetTokenInfo says about a token (REFERENCE.md, "PKCS#11 personalisation
// sequence", step 1).
struct TokenObject {
    enum class Kind { PrivateKey, PublicKey, Certificate, Other };
    Kind kind = Kind::Other;
    QString label;
    QByteArray id;
    QString keyType; // "RSA", "EC" for keys
};

struct TokenInfo {
    unsigned long slotId = 0;
    QString label;
    QString manufacturer;
    QString model;
    QString serial;
    bool initialised = false;
    bool userPinInitialised = false;
    bool userPinCountLow = false;
    bool userPinFinalTry = false;
    bool userPinLocked = false;
    bool soPinCountLow = false;
    bool soPinFinalTry = false;
    bool soPinLocked = false;
    bool protectedAuthenticationPath = false; // pinpad: PINs are typed on the reader
    bool loginRequired = false;
    unsigned long minPinLength = 0;
    unsigned long maxPinLength = 0;
    QList<TokenObject> objects; // public objects only, until a login shows the rest

    // Tries left as far as the flags tell: 1 on the final try, 0 when locked.
    std::optional<int> userTriesLeft() const
    {
        if (userPinLocked) {
            return 0;
        }
        if (userPinFinalTry) {
            return 1;
        }
        return std::nullopt;
    }
    std::optional<int> soTriesLeft() const
    {
        if (soPinLocked) {
            return 0;
        }
        if (soPinFinalTry) {
            return 1;
        }
        return std::nullopt;
    }
};

enum class KeyAlgorithm { Rsa2048, Rsa3072, EcP256, EcP384 };

QString keyAlgorithmName(KeyAlgorithm algorithm);
std::optional<KeyAlgorithm> keyAlgorithmFromName(const QString& name);

// What the token says about a key it holds (SDP-6.5.1-04: recorded as evidence that the key
// was generated on the token and never left it).
struct KeyFacts {
    QByteArray id;
    QString label;
    KeyAlgorithm algorithm = KeyAlgorithm::EcP256;
    bool local = false;
    bool neverExtractable = false;
    bool alwaysSensitive = false;
    bool sensitive = false;
    bool extractable = true;
};

// The subject of a certificate request, as the product needs it (DossierSubject maps a
// dossier onto it).
struct CertificateSubject {
    QString commonName;
    QString givenName;
    QString surname;
    QString organisation;
    QString country; // ISO 3166 alpha-2
    QString email;   // subjectAltName rfc822Name, not a subject attribute (RFC 5280 4.1.2.6)
    QString organisationIdentifier; // "NTRFR-<SIREN>" (ETSI EN 319 412-1 5.1.4)
    QString serialNumber;           // "IDCFR-<number>" (ETSI EN 319 412-1 5.1.3)
};

} // namespace guichet

Q_DECLARE_METATYPE(guichet::TokenInfo)
