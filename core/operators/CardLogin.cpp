#include "operators/CardLogin.h"

#include "audit/AuditLog.h"
#include "crypto/SecureRandom.h"
#include "crypto/Sha256.h"
#include "operators/OperatorCertificate.h"
#include "operators/OperatorRepository.h"
#include "storage/Database.h"
#include "token/Pkcs11KeySigner.h"
#include "token/Pkcs11Module.h"
#include "token/TokenCrypto.h"
#include "token/TokenSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace guichet {
namespace {

const QString kObjectType = QStringLiteral("operator");

// What the login learnt before it stopped, for the refusal's audit event.
struct Attempt {
    QString tokenSerial;
    QByteArray certificateSha256;
    QString accountId;
};

} // namespace

OperatorSession::OperatorSession() = default;
OperatorSession::~OperatorSession() = default;
OperatorSession::OperatorSession(OperatorSession&&) noexcept = default;
OperatorSession& OperatorSession::operator=(OperatorSession&& other) noexcept
{
    if (this != &other) {
        // The card session closes (signer first) while its module is still loaded.
        signer.reset();
        tokenSession.reset();
        module = std::move(other.module);
        account = std::move(other.account);
        tokenSerial = std::move(other.tokenSerial);
        slotId = other.slotId;
        sinceUtc = std::move(other.sinceUtc);
        tokenSession = std::move(other.tokenSession);
        signer = std::move(other.signer);
        keyId = std::move(other.keyId);
    }
    return *this;
}

Result<QList<QByteArray>> CardLogin::workstationTrustAnchors(Database& db, bool trainingMode)
{
    QList<QByteArray> anchors;
    QSqlQuery query = db.query();
    query.prepare(QStringLiteral("SELECT definition FROM ca_profile ORDER BY id"));
    if (Status done = db.exec(query, tr("reading the CA profiles")); !done) {
        return done.error();
    }
    while (query.next()) {
        const QJsonObject profile =
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        for (const QJsonValue& pem : profile.value(QStringLiteral("trustAnchors")).toArray()) {
            if (auto der = OperatorCertificate::toDer(pem.toString().toUtf8())) {
                anchors.append(*der);
            }
        }
    }
    if (trainingMode) {
        QSqlQuery training = db.query();
        training.prepare(QStringLiteral("SELECT root_cert, issuing_cert FROM training_ca"));
        if (Status done = db.exec(training, tr("reading the training CA")); !done) {
            return done.error();
        }
        while (training.next()) {
            anchors.append(training.value(0).toByteArray());
            anchors.append(training.value(1).toByteArray());
        }
    }
    return anchors;
}

Result<OperatorSession> CardLogin::login(const Pkcs11Module& module, const QString& tokenSerial,
                                         const SecretBytes& pin,
                                         const QList<QByteArray>& trustAnchorsDer)
{
    Attempt attempt{tokenSerial, {}, {}};
    // Every refusal leaves an audit event with its reason (never the PIN) before it returns.
    const auto refuse = [&](const Error& error) -> Result<OperatorSession> {
        Transaction tx(m_db);
        if (tx.begun()) {
            QJsonObject details{{QStringLiteral("reason"), error.message},
                                {QStringLiteral("tokenSerial"), attempt.tokenSerial}};
            if (!attempt.certificateSha256.isEmpty()) {
                details.insert(QStringLiteral("certificateSha256"),
                               QString::fromLatin1(attempt.certificateSha256.toHex()));
            }
            auto appended =
                m_audit.append(attempt.accountId, QStringLiteral("operator.login_refused"),
                               kObjectType, attempt.accountId, details);
            if (appended) {
                (void)tx.commit();
            }
        }
        return error;
    };

    auto slot = TokenSlot::findBySerial(module, tokenSerial);
    if (!slot) {
        return refuse(Error{slot.error().code,
                            tr("The operator's card %1 is not present.").arg(tokenSerial)});
    }
    auto opened = TokenSession::open(module, *slot);
    if (!opened) {
        return refuse(opened.error());
    }
    std::unique_ptr<TokenSession> session = std::move(opened).value();
    if (Status in = session->login(CKU_USER, pin); !in) {
        return refuse(Error{in.error().code, tr("The operator's card %1 refused the login: %2")
                                                 .arg(tokenSerial, in.error().message)});
    }

    auto certificates = CardCertificates::read(module, *session);
    if (!certificates) {
        return refuse(certificates.error());
    }
    // The first certificate that has its key pair on the card (same CKA_ID) and passes the
    // checks; when none does, the first reason found is the one given.
    std::optional<Error> firstProblem;
    std::optional<CardCertificate> chosen;
    KeyAlgorithm algorithm = KeyAlgorithm::EcP256;
    const QDateTime now = m_clock.nowUtc();
    for (const CardCertificate& candidate : std::as_const(*certificates)) {
        auto facts = session->keyFacts(candidate.id);
        if (!facts) {
            continue;
        }
        if (Status valid = OperatorCertificate::check(candidate.der, trustAnchorsDer, now);
            !valid) {
            if (!firstProblem) {
                firstProblem = valid.error();
                attempt.certificateSha256 = Sha256::hash(candidate.der);
            }
            continue;
        }
        chosen = candidate;
        algorithm = facts->algorithm;
        break;
    }
    if (!chosen) {
        return refuse(firstProblem.value_or(
            Error{ErrorCode::Refused,
                  tr("The card %1 holds no certificate with its key pair.").arg(tokenSerial)}));
    }
    attempt.certificateSha256 = Sha256::hash(chosen->der);

    // GEN-6.5.5-04: possession of the key is proved on a fresh challenge, verified with the
    // certificate's public key (a certificate copied onto another card fails here).
    auto challenge = SecureRandom::bytes(32);
    if (!challenge) {
        return refuse(challenge.error());
    }
    auto signature = session->sign(chosen->id, *challenge);
    if (!signature) {
        return refuse(signature.error());
    }
    auto fields = TokenCrypto::certificateFields(chosen->der);
    if (!fields) {
        return refuse(fields.error());
    }
    auto verified = TokenCrypto::verify(fields->publicKeyInfo, *challenge, *signature, algorithm);
    if (!verified || !*verified) {
        return refuse(Error{ErrorCode::Refused,
                            tr("The card's key does not match its certificate: the card may "
                               "have been tampered with.")});
    }

    OperatorRepository repository(m_db);
    auto accounts = repository.findByCertificate(attempt.certificateSha256);
    if (!accounts) {
        return refuse(accounts.error());
    }
    std::optional<OperatorAccount> account;
    for (const OperatorAccount& candidate : std::as_const(*accounts)) {
        if (candidate.active) {
            account = candidate;
            break;
        }
        attempt.accountId = candidate.id;
    }
    if (!account) {
        const QString name = OperatorCertificate::displayName(chosen->der);
        return refuse(Error{ErrorCode::Refused,
                            accounts->isEmpty()
                                ? tr("%1 has no operator account on this workstation: a "
                                     "supervisor must create it.")
                                      .arg(name)
                                : tr("The operator account of %1 is deactivated.").arg(name)});
    }

    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto appended =
        m_audit.append(account->id, QStringLiteral("operator.login"), kObjectType, account->id,
                       QJsonObject{{QStringLiteral("tokenSerial"), tokenSerial},
                                   {QStringLiteral("role"), operatorRoleKey(account->role)},
                                   {QStringLiteral("certificateSha256"),
                                    QString::fromLatin1(attempt.certificateSha256.toHex())}});
    if (!appended) {
        return appended.error();
    }
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }

    OperatorSession result;
    result.account = *account;
    result.tokenSerial = tokenSerial;
    result.slotId = *slot;
    result.sinceUtc = now;
    result.keyId = chosen->id;
    result.signer = std::make_unique<Pkcs11KeySigner>(*session, chosen->id, algorithm, chosen->der);
    result.tokenSession = std::move(session);
    return result;
}

Status CardLogin::logout(OperatorSession& session)
{
    Status audited = Status::success();
    if (!session.account.id.isEmpty()) {
        Transaction tx(m_db);
        audited = tx.begun();
        if (audited) {
            auto appended =
                m_audit.append(session.account.id, QStringLiteral("operator.logout"), kObjectType,
                               session.account.id,
                               QJsonObject{{QStringLiteral("tokenSerial"), session.tokenSerial},
                                           {QStringLiteral("sinceUtc"),
                                            session.sinceUtc.toString(Qt::ISODateWithMs)}});
            audited = appended ? tx.commit() : Status(appended.error());
        }
    }
    // The signer borrows the card session: it goes first; closing the session logs out.
    session.signer.reset();
    session.tokenSession.reset();
    session.account = OperatorAccount{};
    return audited;
}

} // namespace guichet
