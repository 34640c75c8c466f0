// Key update (CMP kur, RFC 9483 4.1.3) end to end: a holder's token in SoftHSM2 with a
// certificate the training CA issued through the outbox, a renewal dossier opened from that
// certificate, a new key generated on the token, and the kur request (protected by the old
// key, proof of possession by the new one, both signing on the token) delivered by the
// outbox to the training CA in process, through the same CMP client as production.
#include "KeyUpdateFixture.h"
#include "ca/renewal/KeyUpdateJob.h"
#include "ca/renewal/TokenCertificates.h"
#include "ca/renewal/TokenKeyUpdate.h"
#include "crypto/SoftwareKeySigner.h"

namespace guichet::test {
namespace {

TEST(SignerKeyTest, OpenSslSignsThroughTheSignerAndTheSignatureVerifies)
{
    for (const char* curveOrRsa : {"P-256", "RSA"}) {
        openssl::PKey key(std::strcmp(curveOrRsa, "RSA") == 0 ? EVP_RSA_gen(2048)
                                                              : EVP_EC_gen(curveOrRsa));
        ASSERT_TRUE(key);
        openssl::Bio pem(BIO_new(BIO_s_mem()));
        PEM_write_bio_PrivateKey(pem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
        char* data = nullptr;
        const long size = BIO_get_mem_data(pem.get(), &data);
        // A self-signed certificate only so that SoftwareKeySigner has one.
        openssl::X509Ptr cert(X509_new());
        X509_set_pubkey(cert.get(), key.get());
        X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0);
        X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600);
        X509_sign(cert.get(), key.get(), EVP_sha256());
        auto signer = SoftwareKeySigner::fromPem(QByteArray(data, static_cast<int>(size)),
                                                 openssl::toDer(cert.get(), i2d_X509));
        ASSERT_TRUE(signer.ok()) << text(signer.error());
        auto made = SignerKey::make(**signer, openssl::toDer(key.get(), i2d_PUBKEY));
        ASSERT_TRUE(made.ok()) << text(made.error());

        openssl::X509ReqPtr request(X509_REQ_new());
        X509_REQ_set_pubkey(request.get(), made->get());
        ASSERT_GT(X509_REQ_sign(request.get(), made->get(), EVP_sha256()), 0) << curveOrRsa;
        EXPECT_EQ(X509_REQ_verify(request.get(), key.get()), 1) << curveOrRsa;
    }
}

TEST_P(KeyUpdateTest, NewKeyOnTheTokenCertifiedByKurProtectedWithTheCurrentKey)
{
    const qint64 previous = readyDossier();
    const QByteArray current = enrolOnToken(previous);
    ASSERT_FALSE(current.isEmpty());
    // The holder brings the token: the renewal starts from the certificate on it, not from
    // the CA's certificate kept beside it.
    ASSERT_TRUE(card.session->importCertificate(kOldKeyId, QStringLiteral("old"), current).ok());
    ASSERT_TRUE(card.session
                    ->importCertificate(QByteArrayLiteral("\x09"), QStringLiteral("CA"),
                                        openssl::toDer(ca->issuingCertificate(), i2d_X509))
                    .ok());
    auto onToken = TokenCertificates::holders(*card.module, *card.session);
    ASSERT_TRUE(onToken.ok()) << text(onToken.error());
    EXPECT_EQ(*onToken, current);
    auto certificate = PreviousCertificates::read(*onToken);
    ASSERT_TRUE(certificate.ok());
    RenewalService renewals(*db, clock, ProductCatalogue::builtIn(),
                            OperatorIdentity{QStringLiteral("op-alice"), QStringLiteral("Alice")});
    auto opened = renewals.open(*certificate, {QStringLiteral("CMD-KUR-1"), {}, {}, {}, {}});
    ASSERT_TRUE(opened.ok()) << text(opened.error());
    ASSERT_EQ(opened->second.path, RenewalPath::KeyUpdate);
    const qint64 renewal = opened->first.id;

    auto generated =
        card.session->generateKeyPair(KeyAlgorithm::EcP256, kNewKeyId, QStringLiteral("new"));
    ASSERT_TRUE(generated.ok()) << text(generated.error());
    EXPECT_TRUE(generated->local && generated->neverExtractable);
    auto newSpki = card.session->publicKeyInfo(kNewKeyId);
    ASSERT_TRUE(newSpki.ok());
    KeyUpdateRequests kur(*db, clock, ProductCatalogue::builtIn(),
                          OperatorIdentity{QStringLiteral("op-alice"), QStringLiteral("Alice")});
    auto reused =
        kur.queue(renewal, {*card.session->publicKeyInfo(kOldKeyId), card.serial, kOldKeyId});
    EXPECT_FALSE(reused.ok()) << "the current key is not a new key";
    auto queued = kur.queue(renewal, {*newSpki, card.serial, kNewKeyId});
    ASSERT_TRUE(queued.ok()) << text(queued.error());

    // Without the holder's token the item waits in the queue; nothing is sent.
    auto sender = inProcessDelivery();
    const int issuedBefore = *ca->issuedCount();
    auto waiting = sender->sendOne();
    ASSERT_TRUE(waiting.ok()) << text(waiting.error());
    EXPECT_EQ(waiting->outcome, OutboxDelivery::Outcome::Unreachable);
    EXPECT_TRUE(waiting->message.contains(QStringLiteral("token")))
        << waiting->message.toStdString();
    EXPECT_EQ(*ca->issuedCount(), issuedBefore);

    sender->setKeyUpdateKeys(tokenKeys());
    clock.advanceMs(sender->options().maxBackoffMs + 1);
    auto sent = sender->sendOne();
    ASSERT_TRUE(sent.ok()) << text(sent.error());
    ASSERT_EQ(sent->outcome, OutboxDelivery::Outcome::Delivered) << sent->message.toStdString();

    auto landed = requests->certificates(renewal);
    ASSERT_TRUE(landed.ok());
    ASSERT_EQ(landed->size(), 1) << "the new certificate lands in the renewal dossier";
    openssl::X509Ptr renewed = openssl::certificateFromDer(landed->at(0).der);
    ASSERT_TRUE(renewed);
    EXPECT_EQ(openssl::toDer(X509_get0_pubkey(renewed.get()), i2d_PUBKEY), *newSpki);
    EXPECT_EQ(X509_check_issued(ca->issuingCertificate(), renewed.get()), X509_V_OK);
    auto facts = PreviousCertificates::read(landed->at(0).der);
    ASSERT_TRUE(facts.ok());
    EXPECT_EQ(facts->commonName, QStringLiteral("Jean Dupont"));
    EXPECT_NE(facts->serialHex, certificate->serialHex);
    EXPECT_EQ(*ca->issuedCount(), issuedBefore + 1);
    // The new certificate goes onto the token beside its key.
    EXPECT_TRUE(
        card.session->importCertificate(kNewKeyId, QStringLiteral("renewed"), landed->at(0).der)
            .ok());
}

TEST_P(KeyUpdateTest, RefusedWhenTheRenewalNeedsANewMeeting)
{
    const qint64 previous = readyDossier();
    const QByteArray current = enrolOnToken(previous);
    ASSERT_FALSE(current.isEmpty());
    clock.advanceMs(qint64(40) * 31 * 24 * 3600 * 1000); // identity validation too old
    auto certificate = PreviousCertificates::read(current);
    ASSERT_TRUE(certificate.ok());
    RenewalService renewals(*db, clock, ProductCatalogue::builtIn(),
                            OperatorIdentity{QStringLiteral("op-alice"), QStringLiteral("Alice")});
    auto opened = renewals.open(*certificate, {QStringLiteral("CMD-KUR-2"), {}, {}, {}, {}});
    ASSERT_TRUE(opened.ok()) << text(opened.error());
    ASSERT_EQ(opened->second.path, RenewalPath::NewMeeting);
    auto generated =
        card.session->generateKeyPair(KeyAlgorithm::EcP256, kNewKeyId, QStringLiteral("new"));
    ASSERT_TRUE(generated.ok());
    KeyUpdateRequests kur(*db, clock, ProductCatalogue::builtIn(),
                          OperatorIdentity{QStringLiteral("op-alice"), QStringLiteral("Alice")});
    auto queued = kur.queue(opened->first.id,
                            {*card.session->publicKeyInfo(kNewKeyId), card.serial, kNewKeyId});
    ASSERT_FALSE(queued.ok());
    EXPECT_EQ(queued.error().code, ErrorCode::Refused);
    EXPECT_TRUE(queued.error().message.contains(QStringLiteral("REG-6.3.1")));
}

// The desk's key update (TokenKeyUpdate, as `ca renew --key-update` and the window run it):
// the CA down leaves the kur queued with the key already on the token and the dossier
// submitted; run again once the CA is back, the same item and key are sent (no second key),
// and the dossier reaches "certificate issued" (REG-6.3.1 path of the status machine).
TEST_P(KeyUpdateTest, DeskKeyUpdateWaitsWhileTheCaIsDownThenResumesWithTheSameKey)
{
    const qint64 previous = readyDossier();
    const QByteArray current = enrolOnToken(previous);
    ASSERT_FALSE(current.isEmpty());
    ASSERT_TRUE(card.session->importCertificate(kOldKeyId, QStringLiteral("old"), current).ok());
    auto certificate = PreviousCertificates::read(current);
    ASSERT_TRUE(certificate.ok());
    const OperatorIdentity alice{QStringLiteral("op-alice"), QStringLiteral("Alice")};
    RenewalService renewals(*db, clock, ProductCatalogue::builtIn(), alice);
    auto opened = renewals.open(*certificate, {QStringLiteral("CMD-KUR-3"), {}, {}, {}, {}});
    ASSERT_TRUE(opened.ok()) << text(opened.error());
    ASSERT_EQ(opened->second.path, RenewalPath::KeyUpdate);
    const qint64 renewal = opened->first.id;
    card.session.reset(); // the key update logs in with its own session
    const SecretBytes pin = SecretBytes::copyOf(QByteArrayView("483920"));

    auto down = transport(2000); // nobody listens on the port yet
    ASSERT_TRUE(down);
    CmpEndpoint offline;
    offline.transport = down.get();
    auto waiting = TokenKeyUpdate(*db, clock, ProductCatalogue::builtIn(), alice, offline)
                       .run(*card.module, renewal, card.serial, pin);
    ASSERT_FALSE(waiting.ok());
    EXPECT_EQ(waiting.error().code, ErrorCode::Io) << text(waiting.error());
    auto items = requests->outbox().forDossier(renewal);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 1);
    EXPECT_EQ(items->at(0).state, OutboxState::Queued);
    EXPECT_EQ(service->find(renewal)->status, DossierStatus::SubmittedToCa);

    CmpEndpoint online = inProcessEndpoint();
    const int issuedBefore = *ca->issuedCount();
    auto done = TokenKeyUpdate(*db, clock, ProductCatalogue::builtIn(), alice, online)
                    .run(*card.module, renewal, card.serial, pin);
    ASSERT_TRUE(done.ok()) << text(done.error());
    EXPECT_TRUE(done->resumed);
    EXPECT_EQ(done->outboxItemId, items->at(0).id);
    EXPECT_EQ(done->keyId, KeyUpdateRequests::newKeyOf(items->at(0)).keyId) << "no second key";
    EXPECT_EQ(*ca->issuedCount(), issuedBefore + 1);
    auto dossier = service->find(renewal);
    ASSERT_TRUE(dossier.ok());
    EXPECT_EQ(dossier->status, DossierStatus::CertificateIssued);
    openssl::X509Ptr renewed = openssl::certificateFromDer(done->certificateDer);
    ASSERT_TRUE(renewed);
    EXPECT_EQ(openssl::toDer(X509_get0_pubkey(renewed.get()), i2d_PUBKEY),
              KeyUpdateRequests::newKeyOf(items->at(0)).publicKeyInfo);
    // And it is on the token beside that key.
    auto reopened =
        TokenSession::open(*card.module, *TokenSlot::findBySerial(*card.module, card.serial));
    ASSERT_TRUE(reopened.ok());
    auto keyId = TokenCertificates::keyIdOf(*card.module, **reopened, done->certificateDer);
    ASSERT_TRUE(keyId.ok()) << text(keyId.error());
    EXPECT_EQ(*keyId, done->keyId);
}

GUICHET_ON_BOTH_ENGINES(KeyUpdateTest);

// A production desk sends to its own CA profile (DeskCaPlan::keyUpdateConfig): a dossier for
// another CA is refused before the PIN is used or a key generated, so its kur never reaches
// the wrong CA.
TEST_P(KeyUpdateTest, ADeskRefusesTheKeyUpdateOfADossierForAnotherCa)
{
    const qint64 dossier = readyDossier(); // for the training CA
    KeyUpdateCaConfig config;
    config.database = testDb().config();
    config.actor = OperatorIdentity{QStringLiteral("op-alice"), QStringLiteral("Alice")};
    config.profileId = QStringLiteral("acme-ca");
    auto refused = KeyUpdateJob::run(*card.module, config, dossier, card.serial,
                                     SoftHsmCard::secret("483920"), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("acme-ca")))
        << text(refused.error());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("training")));
    EXPECT_FALSE(card.session->publicKeyInfo(kNewKeyId).ok()) << "no key generated";
    auto items = requests->outbox().forDossier(dossier);
    ASSERT_TRUE(items.ok());
    EXPECT_TRUE(items->isEmpty());
}

} // namespace
} // namespace guichet::test
