// A key update whose last write failed, finished from the command line (issue 6): the key
// update runs against `ca serve-training` on loopback and the CA issues the new certificate,
// but the holder's token goes away at the last step (its sessions closed, what a PKCS#11
// module does when a token is pulled). Then `guichet-cli token write-certificate` refuses
// another token, writes the certificate beside the new key, moves the dossier to
// "certificate issued", and refuses a second time.
#include "KeyUpdateCliFixture.h"
#include "ca/renewal/IssuedCertificateTargets.h"
#include "ca/renewal/KeyUpdateRequests.h"
#include "ca/renewal/RenewalService.h"
#include "ca/renewal/TokenCertificates.h"
#include "ca/renewal/TokenKeyUpdate.h"

namespace guichet::test {
namespace {

class KeyUpdateFinishCliTest : public KeyUpdateCliTest {
protected:
    // A second token in the same SoftHSM2: its serial. The card keeps the holder's serial.
    QString otherToken()
    {
        const QString holder = m_card.serial;
        m_card.load();
        if (HasFatalFailure()) {
            return QString();
        }
        m_card.initialise(QStringLiteral("other"), "12345678", kPin.constData());
        const QString other = m_card.serial;
        m_card.serial = holder;
        m_card.unload();
        return other;
    }

    // Which key the holder's token holds this certificate beside (NotFound: not there).
    Result<QByteArray> keyIdOnToken(const QByteArray& certificateDer)
    {
        openToken(false);
        auto keyId = TokenCertificates::keyIdOf(*m_card.module, *m_card.session, certificateDer);
        closeToken();
        return keyId;
    }

    CliRun writeCertificate(qint64 dossierId, const QStringList& more = {})
    {
        return cli(QStringList{QStringLiteral("token"), QStringLiteral("write-certificate"),
                               QStringLiteral("--dossier"), QString::number(dossierId),
                               QStringLiteral("--pin-fd"), QStringLiteral("0"),
                               QStringLiteral("--passphrase-fd"), QStringLiteral("0")} +
                       more,
                   kPin + '\n' + kPassphrase);
    }
};

TEST_F(KeyUpdateFinishCliTest, TheCertificateIssuedWhileTheTokenWentAwayIsWrittenLater)
{
    const QString other = otherToken();
    ASSERT_FALSE(other.isEmpty());
    const QByteArray current = holderWithCertificate();
    ASSERT_FALSE(current.isEmpty());
    auto certificate = PreviousCertificates::read(current);
    ASSERT_TRUE(certificate.ok());
    RenewalService renewals(*m_db, m_clock, ProductCatalogue::builtIn(), m_service->actor());
    auto opened = renewals.open(*certificate, {QStringLiteral("CMD-KUR-CLI"), {}, {}, {}, {}});
    ASSERT_TRUE(opened.ok()) << text(opened.error());
    ASSERT_EQ(opened->second.path, RenewalPath::KeyUpdate);
    const qint64 renewal = opened->first.id;

    // The key update as `ca renew --key-update` runs it, against serve-training; the token
    // goes away once the CA has answered, just before the write.
    auto transport = QtCmpTransport::create({QUrl(url()), {}, 15000});
    ASSERT_TRUE(transport.ok());
    auto anchors = TokenKeyUpdate::trainingTrustAnchors(*m_db);
    ASSERT_TRUE(anchors.ok()) << text(anchors.error());
    CmpEndpoint endpoint;
    endpoint.transport = transport->get();
    endpoint.trustAnchorsDer = *anchors;
    openToken(false);
    m_card.session.reset();
    auto slot = TokenSlot::findBySerial(*m_card.module, m_card.serial);
    ASSERT_TRUE(slot.ok());
    bool pulled = false;
    TokenProgress progress;
    progress.report = [&](const QString&, int done, int) {
        if (done == TokenKeyUpdate::kSteps - 1 && !pulled) {
            pulled = m_card.module->api().C_CloseAllSessions(*slot) == CKR_OK;
        }
    };
    auto failed =
        TokenKeyUpdate(*m_db, m_clock, ProductCatalogue::builtIn(), m_service->actor(),
                       std::move(endpoint))
            .run(*m_card.module, renewal, m_card.serial, SecretBytes::copyOf(kPin), progress);
    closeToken();
    ASSERT_TRUE(pulled);
    ASSERT_FALSE(failed.ok());
    auto issued = CaRequests(*m_db, m_clock, ProductCatalogue::builtIn(), m_service->actor())
                      .certificates(renewal);
    ASSERT_TRUE(issued.ok());
    ASSERT_EQ(issued->size(), 1);
    const QByteArray renewed = issued->at(0).der;
    const QString renewedSerial = issued->at(0).serialHex;
    EXPECT_EQ(m_service->find(renewal)->status, DossierStatus::SubmittedToCa);
    EXPECT_FALSE(keyIdOnToken(renewed).ok());
    const QList<OutboxItem> items = outboxOf(renewal);
    ASSERT_EQ(items.size(), 1);
    const NewTokenKey newKey = KeyUpdateRequests::newKeyOf(items.at(0));

    // Another token is refused, naming the one that holds the new key; nothing is written.
    const CliRun wrong = writeCertificate(renewal, {QStringLiteral("--serial"), other});
    EXPECT_EQ(wrong.exitCode, 1) << wrong.out.toStdString();
    EXPECT_TRUE(wrong.err.contains(m_card.serial)) << wrong.err.toStdString();
    EXPECT_EQ(m_service->find(renewal)->status, DossierStatus::SubmittedToCa);

    // The holder's token: written beside the new key, and the dossier moves.
    const CliRun done = writeCertificate(renewal);
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(renewedSerial)) << done.out.toStdString();
    EXPECT_FALSE(done.out.contains(QString::fromLatin1(kPin)));
    EXPECT_FALSE(done.err.contains(QString::fromLatin1(kPin)));
    EXPECT_EQ(m_service->find(renewal)->status, DossierStatus::CertificateIssued);
    auto onToken = keyIdOnToken(renewed);
    ASSERT_TRUE(onToken.ok()) << text(onToken.error());
    EXPECT_EQ(*onToken, newKey.keyId);
    auto old = keyIdOnToken(current);
    ASSERT_TRUE(old.ok()) << "the old certificate stays beside the old key";
    EXPECT_EQ(*old, kOldKeyId);

    // A second finish is refused as already done.
    const CliRun again = writeCertificate(renewal);
    EXPECT_EQ(again.exitCode, 1) << again.out.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("already"))) << again.err.toStdString();
}

} // namespace
} // namespace guichet::test
