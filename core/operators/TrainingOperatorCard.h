#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"
#include "operators/OperatorAccount.h"
#include "token/TokenTypes.h"

#include <QCoreApplication>

namespace guichet {

class Database;
class EncryptionService;
class Pkcs11Module;
class ProductCatalogue;

// Training mode's operator credential (operators issue): a SoftHSM2 token Guichet makes.
// A free slot is initialised (label "Guichet operator <name>", a random SO PIN kept in the
// SoPinVault), the user PIN is the one the operator chose, the key pair is generated on the
// token, the training CA issues the certificate (subject marked TRAINING, keyUsage
// digitalSignature + nonRepudiation, so it logs in and signs) and it is written next to the
// key, then the operator account is created. Only a supervisor may, or anyone for the very
// first account (the bootstrap, see OperatorService). Use on the thread that opened `db`.
class TrainingOperatorCard {
    Q_DECLARE_TR_FUNCTIONS(TrainingOperatorCard)
public:
    struct Request {
        QString name; // the operator's name: certificate CN and token label
        OperatorRole role = OperatorRole::DraOperator;
        QString caRegistrationNumber;
        QString organisationName;
        QDate trainingDate;
        KeyAlgorithm algorithm = KeyAlgorithm::EcP256;
    };
    struct Created {
        QString tokenSerial;
        OperatorAccount account;
    };

    TrainingOperatorCard(Database& db, EncryptionService& encryption, const Clock& clock,
                         const ProductCatalogue& catalogue);

    Result<Created> create(const Pkcs11Module& module, const Request& request,
                           const SecretBytes& userPin, const OperatorAccount* actor);

    // The card alone (token, key, certificate), no account: create() is this, then the
    // account; tests use it for a card the training CA issued that no account knows.
    struct Card {
        QString tokenSerial;
        QByteArray certificateDer;
    };
    Result<Card> makeCard(const Pkcs11Module& module, const Request& request,
                          const SecretBytes& userPin, const OperatorAccount* actor);

    // The training product the operator certificates are issued under.
    static inline const QString ProductId = QStringLiteral("rgs2");

private:
    Database& m_db;
    EncryptionService& m_encryption;
    const Clock& m_clock;
    const ProductCatalogue& m_catalogue;
};

} // namespace guichet
