// A key update whose last step failed, finished later (issue 6): the CA issued the new
// certificate, but the token went away before it was written there. The fault is real: the
// token's sessions are closed (what a PKCS#11 module does when the token is pulled) at the
// moment the key update reports its last step. The dossier stays "submitted to CA" with the
// certificate; IssuedCertificateWriter then writes it beside the new key (never the old one,
// never on another token) and only then does the dossier reach "certificate issued"; once.
#include "KeyUpdateFixture.h"
#include "ca/renewal/IssuedCertificateTargets.h"
#include "ca/renewal/TokenCertificates.h"
#include "ca/renewal/TokenKeyUpdate.h"
#include "support/PersonalisationRecords.h"
#include "token/IssuedCertificateWriter.h"

namespace guichet::test {
namespace {

const OperatorIdentity kAlice{QStringLiteral("op-alice"), QStringLiteral("Alice")};

class KeyUpdateFinishTest : public KeyUpdateTest {
protected:
    // The holder's certificate on the token and the renewal dossier opened from it.
    qint64 renewalOnToken()
    {
        const qint64 previous = readyDossier();
        m_current = enrolOnToken(previous);
        EXPECT_FALSE(m_current.isEmpty());
        EXPECT_TRUE(
            card.session->importCertificate(kOldKeyId, QStringLiteral("old"), m_current).ok());
        auto certificate = PreviousCertificates::read(m_current);
        EXPECT_TRUE(certificate.ok());
        RenewalService renewals(*db, clock, ProductCatalogue::builtIn(), kAlice);
        auto opened = renewals.open(*certificate, {QStringLiteral("CMD-KUR-9"), {}, {}, {}, {}});
        EXPECT_TRUE(opened.ok()) << (opened ? "" : text(opened.error()));
        EXPECT_EQ(opened->second.path, RenewalPath::KeyUpdate);
        card.session.reset(); // the key update logs in with its own session
        return opened ? opened->first.id : 0;
    }

    // Which key the token holds this certificate beside (NotFound: not on the token).
    Result<QByteArray> keyIdOnToken(const QByteArray& certificateDer)
    {
        auto slot = TokenSlot::findBySerial(*card.module, card.serial);
        if (!slot) {
            return slot.error();
        }
        auto opened = TokenSession::open(*card.module, *slot);
        if (!opened) {
            return opened.error();
        }
        return TokenCertificates::keyIdOf(*card.module, **opened, certificateDer);
    }

    QList<QByteArray> certificatesOnToken()
    {
        auto slot = TokenSlot::findBySerial(*card.module, card.serial);
        auto opened = slot ? TokenSession::open(*card.module, *slot)
                           : Result<std::unique_ptr<TokenSession>>(slot.error());
        auto all = opened ? TokenCertificates::all(*card.module, **opened)
                          : Result<QList<QByteArray>>(opened.error());
        EXPECT_TRUE(all.ok());
        return all ? *all : QList<QByteArray>();
    }

    QByteArray m_current;
};

TEST_P(KeyUpdateFinishTest, AWriteThatFailsAtTheEndIsFinishedLaterOnTheRightKeyOnce)
{
    const qint64 renewal = renewalOnToken();
    ASSERT_GT(renewal, 0);
    const SecretBytes pin = SecretBytes::copyOf(QByteArrayView("483920"));
    auto slot = TokenSlot::findBySerial(*card.module, card.serial);
    ASSERT_TRUE(slot.ok());

    // The token is pulled once the CA has answered, just before the write.
    bool pulled = false;
    TokenProgress progress;
    progress.report = [&](const QString&, int done, int) {
        if (done == TokenKeyUpdate::kSteps - 1 && !pulled) {
            pulled = card.module->api().C_CloseAllSessions(*slot) == CKR_OK;
        }
    };
    const int issuedBefore = *ca->issuedCount();
    auto failed =
        TokenKeyUpdate(*db, clock, ProductCatalogue::builtIn(), kAlice, inProcessEndpoint())
            .run(*card.module, renewal, card.serial, pin, progress);
    ASSERT_TRUE(pulled);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("write-certificate")))
        << text(failed.error());
    EXPECT_EQ(*ca->issuedCount(), issuedBefore + 1);
    auto issued = requests->certificates(renewal);
    ASSERT_TRUE(issued.ok());
    ASSERT_EQ(issued->size(), 1) << "the certificate is kept in the dossier";
    const QByteArray renewed = issued->at(0).der;
    EXPECT_EQ(service->find(renewal)->status, DossierStatus::SubmittedToCa)
        << "not issued while the holder does not have it";
    auto absent = keyIdOnToken(renewed);
    ASSERT_FALSE(absent.ok());
    EXPECT_EQ(absent.error().code, ErrorCode::NotFound);

    // Running the key update again neither makes a second key nor sends a second request.
    auto items = requests->outbox().forDossier(renewal);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 1);
    const NewTokenKey newKey = KeyUpdateRequests::newKeyOf(items->at(0));
    auto again =
        TokenKeyUpdate(*db, clock, ProductCatalogue::builtIn(), kAlice, inProcessEndpoint())
            .run(*card.module, renewal, card.serial, pin);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Refused);
    EXPECT_TRUE(again.error().message.contains(issued->at(0).serialHex)) << text(again.error());
    EXPECT_EQ(*ca->issuedCount(), issuedBefore + 1);
    EXPECT_EQ(requests->outbox().forDossier(renewal)->size(), 1);

    // What the later write finds: the new key recorded when the kur was queued.
    IssuedCertificateTargets targets(*db, clock, ProductCatalogue::builtIn(), kAlice);
    auto target = targets.find(renewal);
    ASSERT_TRUE(target.ok()) << text(target.error());
    EXPECT_TRUE(target->isKeyUpdate());
    EXPECT_EQ(target->certificate.tokenSerial, card.serial);
    EXPECT_EQ(target->certificate.keyId, newKey.keyId);
    EXPECT_NE(target->certificate.keyId, kOldKeyId);
    EXPECT_EQ(target->certificate.certificateDer, renewed);

    PersonalisationRecords records(*db, *encryption, clock, kAlice.id);
    IssuedCertificateWriter writer(*card.module, records.vault, records.recorder);
    // Never over the old key's certificate: the certificate is not for the old key.
    auto overOld = target->certificate;
    auto refusedOld = writer.write(
        {overOld.tokenSerial, kOldKeyId, overOld.certificateDer, QString::number(renewal), true},
        pin);
    ASSERT_FALSE(refusedOld.ok());
    EXPECT_EQ(refusedOld.error().code, ErrorCode::Refused) << text(refusedOld.error());
    // Never on another token.
    auto refusedElsewhere =
        writer.write({QStringLiteral("0000000000000000"), target->certificate.keyId,
                      target->certificate.certificateDer, QString::number(renewal), true},
                     pin);
    ASSERT_FALSE(refusedElsewhere.ok());
    EXPECT_TRUE(refusedElsewhere.error().message.contains(QStringLiteral("0000000000000000")))
        << text(refusedElsewhere.error());
    EXPECT_FALSE(keyIdOnToken(renewed).ok()) << "nothing written by the refusals";
    EXPECT_EQ(service->find(renewal)->status, DossierStatus::SubmittedToCa);

    // The later write, beside the new key, as the window and the CLI ask for it.
    IssuedCertificateWriter::Target where{
        target->certificate.tokenSerial, target->certificate.keyId,
        target->certificate.certificateDer, QString::number(renewal), true};
    auto written = writer.write(where, pin);
    ASSERT_TRUE(written.ok()) << text(written.error());
    // Had the dossier not been told (a crash in between), the next finish finds the same
    // certificate beside the key: verified, not written twice, and then recorded.
    EXPECT_EQ(service->find(renewal)->status, DossierStatus::SubmittedToCa);
    ASSERT_TRUE(targets.find(renewal).ok());
    auto verified = writer.write(where, pin);
    ASSERT_TRUE(verified.ok()) << text(verified.error());
    EXPECT_EQ(certificatesOnToken().count(renewed), 1);
    ASSERT_TRUE(targets.recordWritten(*target).ok());
    EXPECT_EQ(service->find(renewal)->status, DossierStatus::CertificateIssued);
    auto onToken = keyIdOnToken(renewed);
    ASSERT_TRUE(onToken.ok()) << text(onToken.error());
    EXPECT_EQ(*onToken, newKey.keyId);
    auto old = keyIdOnToken(m_current);
    ASSERT_TRUE(old.ok()) << "the old certificate is still there, beside its key";
    EXPECT_EQ(*old, kOldKeyId);

    // A second finish is refused as done, by the dossier and by the token.
    auto done = targets.find(renewal);
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().code, ErrorCode::Refused);
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("already"))) << text(done.error());
    where.verifyIfAlreadyWritten = false; // as for an enrolment
    auto twice = writer.write(where, pin);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::Refused);
    EXPECT_FALSE(targets.recordWritten(*target).ok());
}

// Without a fault, the desk's key update moves the dossier only after the write, with the
// token's event in the same transaction.
TEST_P(KeyUpdateFinishTest, TheDeskKeyUpdateMovesTheDossierOnceTheCertificateIsOnTheToken)
{
    const qint64 renewal = renewalOnToken();
    ASSERT_GT(renewal, 0);
    const SecretBytes pin = SecretBytes::copyOf(QByteArrayView("483920"));
    std::optional<DossierStatus> beforeWrite;
    TokenProgress progress;
    progress.report = [&](const QString&, int done, int) {
        if (done == TokenKeyUpdate::kSteps - 1) {
            beforeWrite = service->find(renewal)->status;
        }
    };
    auto done = TokenKeyUpdate(*db, clock, ProductCatalogue::builtIn(), kAlice, inProcessEndpoint())
                    .run(*card.module, renewal, card.serial, pin, progress);
    ASSERT_TRUE(done.ok()) << text(done.error());
    ASSERT_TRUE(beforeWrite.has_value());
    EXPECT_EQ(*beforeWrite, DossierStatus::SubmittedToCa) << "the CA's answer alone";
    EXPECT_EQ(service->find(renewal)->status, DossierStatus::CertificateIssued);
    auto onToken = keyIdOnToken(done->certificateDer);
    ASSERT_TRUE(onToken.ok());
    EXPECT_EQ(*onToken, done->keyId);
}

GUICHET_ON_BOTH_ENGINES(KeyUpdateFinishTest);

} // namespace
} // namespace guichet::test
