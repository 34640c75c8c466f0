#pragma once

// The holder's token in a private SoftHSM2 and the outbox with the training CA in process, for
// the key update tests (KeyUpdateTest, KeyUpdateFinishTest).
#include "OutboxFixture.h"
#include "ca/renewal/KeyUpdateRequests.h"
#include "ca/renewal/RenewalService.h"
#include "ca/renewal/SignerKey.h"
#include "support/SoftHsmCard.h"
#include "token/CertificateRequest.h"
#include "token/Pkcs11KeySigner.h"

namespace guichet::test {

inline const QByteArray kOldKeyId = QByteArrayLiteral("\x01");
inline const QByteArray kNewKeyId = QByteArrayLiteral("\x02");

class KeyUpdateTest : public OutboxTest {
protected:
    void SetUp() override
    {
        OutboxTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        card.startLoggedIn(QStringLiteral("holder"), "12345678", "483920");
    }

    void TearDown() override
    {
        card.stop(); // C_Finalize before the token folder goes
        OutboxTest::TearDown();
    }

    // The holder's current certificate: key generated on the token, CSR signed there,
    // enrolled through the outbox for a dossier whose identity was verified.
    QByteArray enrolOnToken(qint64 dossierId)
    {
        auto generated =
            card.session->generateKeyPair(KeyAlgorithm::EcP256, kOldKeyId, QStringLiteral("old"));
        EXPECT_TRUE(generated.ok());
        auto spki = card.session->publicKeyInfo(kOldKeyId);
        EXPECT_TRUE(spki.ok());
        CertificateSubject subject;
        subject.commonName = QStringLiteral("Jean Dupont");
        subject.givenName = QStringLiteral("Jean");
        subject.surname = QStringLiteral("Dupont");
        subject.country = QStringLiteral("FR");
        auto csr = CertificateRequest::build(
            subject, *spki, KeyAlgorithm::EcP256,
            [this](const QByteArray& data) { return card.session->sign(kOldKeyId, data); });
        EXPECT_TRUE(csr.ok()) << (csr ? "" : text(csr.error()));
        auto queued = requests->queueEnrolment(dossierId, *csr);
        EXPECT_TRUE(queued.ok()) << (queued ? "" : text(queued.error()));
        auto sent = inProcessDelivery()->sendOne();
        EXPECT_TRUE(sent.ok() && sent->outcome == OutboxDelivery::Outcome::Delivered);
        auto certificates = requests->certificates(dossierId);
        return certificates.ok() && !certificates->isEmpty() ? certificates->last().der
                                                             : QByteArray();
    }

    // What the desk gives the sender while the holder's token is open.
    KeyUpdateKeysSource tokenKeys()
    {
        return [this](const OutboxItem& item) -> Result<KeyUpdateKeys> {
            const NewTokenKey where = KeyUpdateRequests::newKeyOf(item);
            if (where.tokenSerial != card.serial) {
                return Error{ErrorCode::NotFound, QStringLiteral("another token")};
            }
            oldSigner = std::make_unique<Pkcs11KeySigner>(*card.session, kOldKeyId,
                                                          KeyAlgorithm::EcP256, item.payload);
            newSigner = std::make_unique<Pkcs11KeySigner>(*card.session, where.keyId,
                                                          KeyAlgorithm::EcP256, QByteArray());
            auto oldSpki = card.session->publicKeyInfo(kOldKeyId);
            auto current = SignerKey::make(*oldSigner, *oldSpki);
            auto fresh = SignerKey::make(*newSigner, where.publicKeyInfo);
            if (!current || !fresh) {
                return Error{ErrorCode::Internal, QStringLiteral("keys")};
            }
            return KeyUpdateKeys{openssl::certificateFromDer(item.payload),
                                 std::move(current).value(), std::move(fresh).value()};
        };
    }

    SoftHsmCard card; // the holder's token, its user logged in on card.session
    std::unique_ptr<Pkcs11KeySigner> oldSigner;
    std::unique_ptr<Pkcs11KeySigner> newSigner;
};

} // namespace guichet::test
