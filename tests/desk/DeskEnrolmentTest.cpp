// Issue 6, enrolment through the real personalisation dialog that ends with the certificate on
// the holder's token, against OpenSSL's own CMP server. OpenSSL 3.0's mock server can only
// answer with a fixed certificate (-rsp_cert), given when it starts; so the CA is down while
// the dialog personalises the holder's blank SoftHSM2 token and queues the request. The
// test, as the CA, then issues a certificate for the queued PKCS#10's public key with its own
// CA key (the one the profile trusts) and starts the server with it: the desk's sender
// delivers on its next attempt, Guichet accepts the certificate (its key is the request's),
// the dossier reaches CertificateIssued, and the dialog, still waiting, writes it on the token.
#include "DeskPersonalisationFixture.h"
#include "ca/CaOpenSsl.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxRepository.h"

#include <QSignalSpy>
#include <openssl/x509.h>

namespace guichet::test {
namespace {

class DeskEnrolmentTest : public DeskPersonalisationFixture {
protected:
    // What the CA's officer does with the request: checks its self-signature, certifies its
    // public key under the CA's name (the subject's common name copied from the request), and
    // hands the result to the server as the certificate it returns.
    TestPki::Issued issueForRequest(const QByteArray& requestDer)
    {
        const auto* in = reinterpret_cast<const unsigned char*>(requestDer.constData());
        openssl::X509ReqPtr request(
            d2i_X509_REQ(nullptr, &in, static_cast<long>(requestDer.size())));
        EXPECT_NE(request, nullptr);
        if (!request) {
            return {};
        }
        EVP_PKEY* key = X509_REQ_get0_pubkey(request.get());
        EXPECT_EQ(X509_REQ_verify(request.get(), key), 1);
        char commonName[256] = {};
        EXPECT_GT(X509_NAME_get_text_by_NID(X509_REQ_get_subject_name(request.get()),
                                            NID_commonName, commonName, sizeof commonName),
                  0);
        TestPki::Issued issued =
            m_caPki.issueFor(openssl::toDer(key, i2d_PUBKEY), QString::fromUtf8(commonName));
        EXPECT_TRUE(writeFile(path("issued.crt"), issued.certificatePem));
        return issued;
    }

    OutboxItem item(qint64 id)
    {
        auto found = OutboxRepository(*m_db).find(id);
        return found.ok() ? *found : OutboxItem{};
    }
};

TEST_F(DeskEnrolmentTest, TheDialogWaitsForTheCaThenWritesTheCertificateItIssuedOnTheToken)
{
    const quint16 port = closedPort(); // nothing listens there yet: the CA is down
    ASSERT_NE(port, 0);
    importProfile(port, QStringLiteral("signature"));
    m_settings->setTrainingMode(false);
    m_settings->setHolderTokenModule(SoftHsmToken::modulePath());
    ASSERT_NO_FATAL_FAILURE(openDesk());
    const Dossier dossier = verifiedDossier();
    ASSERT_GT(dossier.id, 0);

    // Long enough for the sender's retry once the CA is up (its backoff is at most 15 s).
    ASSERT_NO_FATAL_FAILURE(startPersonalisation(dossier, QStringLiteral("583920"), 180'000));
    QSignalSpy queued(m_dialog.get(), &PersonalisationDialog::requestQueued);
    QSignalSpy personalised(m_dialog.get(), &PersonalisationDialog::personalised);

    // The token is personalised and the request queued; the sender's first attempt finds no
    // CA, the item stays queued with the reason, and the dialog keeps waiting.
    ASSERT_TRUE(waitUntil([&] { return queued.count() == 1; }, std::chrono::seconds(60)))
        << message(m_dialog.get()).toStdString();
    const qint64 itemId = queued.at(0).at(0).toLongLong();
    ASSERT_TRUE(waitUntil(
        [&] {
            const OutboxItem now = item(itemId);
            return now.attempts >= 1 && now.state == OutboxState::Queued &&
                   !now.lastError.isEmpty();
        },
        std::chrono::seconds(30)))
        << item(itemId).lastError.toStdString();
    EXPECT_TRUE(message(m_dialog.get()).contains(u"waiting for the CA's answer"))
        << message(m_dialog.get()).toStdString();
    EXPECT_EQ(m_other->find(dossier.id)->status, DossierStatus::SubmittedToCa);
    EXPECT_EQ(personalised.count(), 0);

    // The request as stored (migration 13's token_request), the same as the item's payload.
    const OperatorIdentity actor = m_session->account().profile().identity;
    CaRequests requests(*m_db, m_clock, ProductCatalogue::builtIn(), actor);
    auto stored = requests.tokenRequest(dossier.id);
    ASSERT_TRUE(stored.ok()) << text(stored.error());
    ASSERT_TRUE(stored->has_value());
    const TokenRequest request = **stored;
    EXPECT_EQ(request.requestDer, item(itemId).payload);
    const TestPki::Issued issued = issueForRequest(request.requestDer);
    ASSERT_FALSE(issued.certificateDer.isEmpty());

    // The CA comes up with that certificate: delivered, accepted, written on the token.
    OpenSslServer ca;
    ASSERT_EQ(ca.start(caServerArguments(), port), port) << ca.output().toStdString();
    // (A refusal ends the wait at once: the item fails.)
    waitUntil(
        [&] { return personalised.count() == 1 || item(itemId).state == OutboxState::Failed; },
        std::chrono::seconds(90));
    ASSERT_EQ(personalised.count(), 1) << message(m_dialog.get()).toStdString()
                                       << "\nitem: " << item(itemId).lastError.toStdString()
                                       << "\nserver: " << ca.output().toStdString();
    EXPECT_EQ(personalised.at(0).at(0).toString(), request.tokenSerial);
    EXPECT_EQ(personalised.at(0).at(1).toByteArray(), issued.certificateDer);
    EXPECT_TRUE(message(m_dialog.get()).contains(u"is personalised"))
        << message(m_dialog.get()).toStdString();
    EXPECT_GE(ca.requestsReceived(2), 2) << ca.output().toStdString(); // p10cr and certConf
    EXPECT_FALSE(ca.output().contains("rejected by client")) << ca.output().toStdString();

    // What is stored: the item delivered with the certificate, the dossier's certificate and
    // status, and the trail from the request to the token.
    const OutboxItem delivered = item(itemId);
    EXPECT_EQ(delivered.state, OutboxState::Delivered);
    EXPECT_EQ(delivered.result, issued.certificateDer);
    auto certificates = requests.certificates(dossier.id);
    ASSERT_TRUE(certificates.ok()) << text(certificates.error());
    ASSERT_EQ(certificates->size(), 1);
    EXPECT_EQ(certificates->at(0).der, issued.certificateDer);
    EXPECT_EQ(m_other->find(dossier.id)->status, DossierStatus::CertificateIssued);
    const QStringList actions = auditActions();
    for (const char* action :
         {"token.key_generated", "token.request_signed", "ca.enrol.queued", "ca.certificate.issued",
          "token.certificate_written", "token.personalised"}) {
        EXPECT_TRUE(actions.contains(QString::fromLatin1(action))) << action;
    }
    EXPECT_FALSE(actions.contains(QStringLiteral("ca.request.failed")));

    // The token, read as any application would: the issued certificate, beside the key
    // generated there, whose public key is the certificate's.
    m_dialog.reset();
    closeDesk(); // the test opens the token itself now
    auto loaded = Pkcs11Module::load(SoftHsmToken::modulePath());
    ASSERT_TRUE(loaded.ok());
    const std::unique_ptr<Pkcs11Module> module = std::move(loaded).value();
    auto slot = TokenSlot::findBySerial(*module, request.tokenSerial);
    ASSERT_TRUE(slot.ok()) << request.tokenSerial.toStdString() << " " << text(slot.error());
    auto session = TokenSession::open(*module, *slot);
    ASSERT_TRUE(session.ok());
    ASSERT_TRUE((*session)->login(CKU_USER, SecretBytes::copyOf(QByteArrayView("583920"))).ok());
    EXPECT_EQ(certificatesOnToken(*module, **session), QList<QByteArray>{issued.certificateDer});
    auto onToken = (*session)->certificateValue(request.keyId);
    ASSERT_TRUE(onToken.ok()) << text(onToken.error());
    EXPECT_EQ(*onToken, issued.certificateDer);
    auto tokenKey = (*session)->publicKeyInfo(request.keyId);
    ASSERT_TRUE(tokenKey.ok()) << text(tokenKey.error());
    const openssl::X509Ptr certificate = openssl::certificateFromDer(issued.certificateDer);
    ASSERT_NE(certificate, nullptr);
    EXPECT_EQ(*tokenKey, openssl::toDer(X509_get0_pubkey(certificate.get()), i2d_PUBKEY));
}

} // namespace
} // namespace guichet::test
