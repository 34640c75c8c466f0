#include "operators/TrainingOperatorCard.h"

#include "ca/TrainingCa.h"
#include "operators/OperatorService.h"
#include "storage/Database.h"
#include "token/AuditPersonalisationRecorder.h"
#include "token/CertificateIssuer.h"
#include "token/Pkcs11Module.h"
#include "token/SoPinVault.h"
#include "token/TokenPersonaliser.h"
#include "token/TokenSession.h"

namespace guichet {
namespace {

// The training CA as the personaliser's issuer, for an operator: authentication and
// signature in one certificate (keyUsage digitalSignature + nonRepudiation).
class OperatorCertificateIssuer final : public CertificateIssuer {
public:
    OperatorCertificateIssuer(TrainingCa& ca, QString name, QString organisation)
        : m_ca(ca), m_name(std::move(name)), m_organisation(std::move(organisation))
    {
    }
    Result<QByteArray> issue(const QByteArray& csrDer, const QString& product) override
    {
        IssueRequest request;
        request.productId = product;
        request.usage = QStringLiteral("signature-authentication");
        request.commonName = m_name;
        request.organisation = m_organisation;
        request.country = QStringLiteral("FR");
        return m_ca.issue(csrDer, request);
    }

private:
    TrainingCa& m_ca;
    QString m_name;
    QString m_organisation;
};

} // namespace

TrainingOperatorCard::TrainingOperatorCard(Database& db, EncryptionService& encryption,
                                           const Clock& clock, const ProductCatalogue& catalogue)
    : m_db(db), m_encryption(encryption), m_clock(clock), m_catalogue(catalogue)
{
}

Result<TrainingOperatorCard::Card> TrainingOperatorCard::makeCard(const Pkcs11Module& module,
                                                                  const Request& request,
                                                                  const SecretBytes& userPin,
                                                                  const OperatorAccount* actor)
{
    const QString name = request.name.trimmed();
    if (name.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("Give the operator's name.")};
    }
    if (userPin.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("The operator must choose a PIN.")};
    }
    OperatorService operators(m_db, m_clock);
    // Refused before a token is touched, not after it was made for nothing.
    if (Status allowed = operators.mayCreate(actor); !allowed) {
        return allowed.error();
    }
    if (request.role == OperatorRole::CertificationAgent &&
        request.organisationName.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     tr("A Certification Agent acts for one organisation: give its name.")};
    }
    TrainingCa ca(m_db, m_encryption, m_clock, m_catalogue);
    if (Status ready = ca.ensureReady(); !ready) {
        return ready.error();
    }
    auto slot = TokenSlot::findBlank(module);
    if (!slot) {
        return Error{slot.error().code,
                     tr("No free token slot to make the operator's training card: %1")
                         .arg(slot.error().message)};
    }
    const QString actorId = actor != nullptr ? actor->id : QStringLiteral("bootstrap");
    SoPinVault vault(m_db, m_encryption, m_clock, actorId);
    AuditPersonalisationRecorder recorder(m_db, m_clock, actorId);
    const QString organisation = request.organisationName.trimmed().isEmpty()
                                     ? tr("Guichet training")
                                     : request.organisationName.trimmed();
    OperatorCertificateIssuer issuer(ca, name, organisation);
    TokenPersonaliser personaliser(module, vault, recorder, &issuer);

    PersonalisationRequest personalisation;
    personalisation.slot = *slot;
    personalisation.label = QStringLiteral("Guichet operator %1").arg(name).left(32);
    personalisation.algorithm = request.algorithm;
    personalisation.subject.commonName = name;
    personalisation.subject.organisation = organisation;
    personalisation.subject.country = QStringLiteral("FR");
    personalisation.product = ProductId;
    PersonalisationSecrets secrets;
    secrets.holderPin = SecretBytes::copyOf(userPin.view()); // SO PIN: made and vaulted
    PersonalisationState state;
    if (Status done = personaliser.run(personalisation, secrets, state); !done) {
        return done.error();
    }
    return Card{state.serial, state.certificateDer};
}

Result<TrainingOperatorCard::Created> TrainingOperatorCard::create(const Pkcs11Module& module,
                                                                   const Request& request,
                                                                   const SecretBytes& userPin,
                                                                   const OperatorAccount* actor)
{
    auto card = makeCard(module, request, userPin, actor);
    if (!card) {
        return card.error();
    }
    OperatorService operators(m_db, m_clock);
    NewOperator account;
    account.certificateDer = card->certificateDer;
    account.role = request.role;
    account.caRegistrationNumber = request.caRegistrationNumber;
    account.organisationName = request.organisationName;
    account.trainingDate = request.trainingDate;
    auto created = operators.create(account, actor);
    if (!created) {
        return Error{created.error().code,
                     tr("The training card %1 was made, but its account was not: %2")
                         .arg(card->tokenSerial, created.error().message)};
    }
    return Created{card->tokenSerial, *created};
}

} // namespace guichet
