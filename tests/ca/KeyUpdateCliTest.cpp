// The key update from the desk through the command line (issue 6, "Renewal"), as an operator
// runs it: `ca renew --token SERIAL --key-update` against `ca serve-training` on loopback, with
// the holder's token in SoftHSM2; then revocation by serial (`ca revoke --serial`), checked in
// the training CA's CRL.
#include "KeyUpdateCliFixture.h"
#include "ca/renewal/CertificateRevocations.h"
#include "ca/renewal/KeyUpdateRequests.h"
#include "ca/renewal/TokenCertificates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <openssl/x509.h>

namespace guichet::test {
namespace {

TEST_F(KeyUpdateCliTest, KeyUpdateOnTheHolderTokenThenRevocationBySerial)
{
    const QByteArray current = holderWithCertificate();
    ASSERT_FALSE(current.isEmpty());
    ASSERT_FALSE(m_card.serial.isEmpty());

    // A wrong PIN: the renewal dossier is opened, but nothing is queued and no key generated.
    const CliRun wrong =
        cli({QStringLiteral("ca"), QStringLiteral("renew"), QStringLiteral("--token"),
             m_card.serial, QStringLiteral("--key-update"), QStringLiteral("--pin-fd"),
             QStringLiteral("0"), QStringLiteral("--url"), url()},
            QByteArrayLiteral("000000\n"));
    EXPECT_EQ(wrong.exitCode, 1) << wrong.err.toStdString();
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("PIN"))) << wrong.err.toStdString();
    EXPECT_FALSE(wrong.err.contains(QStringLiteral("000000")));
    static const QRegularExpression openedLine(QStringLiteral("Renewal dossier (\\d+) opened"));
    const auto match = openedLine.match(wrong.out);
    ASSERT_TRUE(match.hasMatch()) << wrong.out.toStdString();
    const qint64 renewal = match.captured(1).toLongLong();
    EXPECT_TRUE(outboxOf(renewal).isEmpty()) << "nothing queued after a wrong PIN";
    auto draft = m_service->find(renewal);
    ASSERT_TRUE(draft.ok());
    EXPECT_EQ(draft->status, DossierStatus::Draft);
    openToken(true);
    const qsizetype objectsBefore = m_card.session->objects().size();
    closeToken();

    // The right PIN on the dossier just opened.
    const CliRun done =
        cli({QStringLiteral("ca"), QStringLiteral("renew"), QStringLiteral("--dossier"),
             QString::number(renewal), QStringLiteral("--token"), m_card.serial,
             QStringLiteral("--key-update"), QStringLiteral("--pin-fd"), QStringLiteral("0"),
             QStringLiteral("--url"), url(), QStringLiteral("--json")},
            kPin + '\n');
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_FALSE(done.err.contains(QString::fromLatin1(kPin)));
    const QJsonObject answer = QJsonDocument::fromJson(done.out.toUtf8()).object();
    const QString newSerial = answer.value(QStringLiteral("serial")).toString();
    const QByteArray newKeyId =
        QByteArray::fromHex(answer.value(QStringLiteral("keyId")).toString().toLatin1());
    ASSERT_FALSE(newSerial.isEmpty()) << done.out.toStdString();
    EXPECT_NE(newSerial, serialOf(current));

    // On the token: the new certificate beside the new key, which it certifies.
    openToken(true);
    EXPECT_EQ(m_card.session->objects().size(), objectsBefore + 3) << "key pair and certificate";
    auto onToken = TokenCertificates::all(*m_card.module, *m_card.session);
    ASSERT_TRUE(onToken.ok());
    QByteArray renewed;
    for (const QByteArray& der : *onToken) {
        if (serialOf(der) == newSerial) {
            renewed = der;
        }
    }
    ASSERT_FALSE(renewed.isEmpty()) << "the new certificate is on the token";
    auto keyId = TokenCertificates::keyIdOf(*m_card.module, *m_card.session, renewed);
    ASSERT_TRUE(keyId.ok());
    EXPECT_EQ(*keyId, newKeyId);
    openssl::X509Ptr cert = openssl::certificateFromDer(renewed);
    ASSERT_TRUE(cert);
    auto newKey = m_card.session->publicKeyInfo(newKeyId);
    ASSERT_TRUE(newKey.ok()) << text(newKey.error());
    EXPECT_EQ(openssl::toDer(X509_get0_pubkey(cert.get()), i2d_PUBKEY), *newKey);
    auto facts = m_card.session->keyFacts(newKeyId);
    ASSERT_TRUE(facts.ok());
    EXPECT_TRUE(facts->local && facts->neverExtractable);
    closeToken();

    // The dossier: certificate issued, with the new certificate.
    auto issued = m_service->find(renewal);
    ASSERT_TRUE(issued.ok());
    EXPECT_EQ(issued->status, DossierStatus::CertificateIssued);

    // Revocation by serial: two certificates now, so the serial is required.
    const QStringList revoke{QStringLiteral("ca"),        QStringLiteral("revoke"),
                             QStringLiteral("--dossier"), QString::number(renewal),
                             QStringLiteral("--reason"),  QStringLiteral("superseded")};
    const CliRun ambiguous = cli(revoke);
    EXPECT_EQ(ambiguous.exitCode, 1);
    EXPECT_TRUE(ambiguous.err.contains(newSerial)) << ambiguous.err.toStdString();
    const CliRun unknown =
        cli(revoke + QStringList{QStringLiteral("--serial"), QStringLiteral("DEADBEEF")});
    EXPECT_EQ(unknown.exitCode, 1);
    const CliRun queued =
        cli(revoke + QStringList{QStringLiteral("--serial"), serialOf(current).toLower()});
    ASSERT_EQ(queued.exitCode, 0) << queued.err.toStdString();
    const CliRun again = cli(revoke + QStringList{QStringLiteral("--serial"), serialOf(current)});
    EXPECT_EQ(again.exitCode, 1) << "already in the outbox";
    const CliRun send =
        cli({QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("--url"), url(),
             QStringLiteral("--secret-file"), path("secret"), QStringLiteral("--until-empty")});
    ASSERT_EQ(send.exitCode, 0) << send.err.toStdString();

    auto listed =
        CertificateRevocations(*m_db, m_clock, ProductCatalogue::builtIn(), m_service->actor())
            .list(renewal);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 2);
    EXPECT_TRUE(listed->at(0).renewed);
    EXPECT_TRUE(listed->at(0).revokedUtc.has_value());
    EXPECT_EQ(listed->at(0).recordedInDossier, m_previousDossier);
    EXPECT_FALSE(listed->at(1).revokedUtc.has_value());

    // The training CA's CRL (published when it starts) lists the old serial, not the new one.
    stop(m_server);
    QFile::remove(path("training.crl"));
    QProcess restarted;
    ASSERT_EQ(serve(restarted, m_port), m_port);
    QFile crlFile(path("training.crl"));
    ASSERT_TRUE(crlFile.open(QIODevice::ReadOnly));
    const QByteArray crlDer = crlFile.readAll();
    stop(restarted);
    const auto* in = reinterpret_cast<const unsigned char*>(crlDer.constData());
    std::unique_ptr<X509_CRL, decltype(&X509_CRL_free)> crl(
        d2i_X509_CRL(nullptr, &in, static_cast<long>(crlDer.size())), X509_CRL_free);
    ASSERT_TRUE(crl);
    QStringList revokedSerials;
    STACK_OF(X509_REVOKED)* entries = X509_CRL_get_REVOKED(crl.get());
    for (int i = 0; i < sk_X509_REVOKED_num(entries); ++i) {
        BIGNUM* serial = ASN1_INTEGER_to_BN(
            X509_REVOKED_get0_serialNumber(sk_X509_REVOKED_value(entries, i)), nullptr);
        char* hex = BN_bn2hex(serial);
        revokedSerials.append(QString::fromLatin1(hex));
        OPENSSL_free(hex);
        BN_free(serial);
    }
    EXPECT_TRUE(revokedSerials.contains(serialOf(current)))
        << revokedSerials.join(u' ').toStdString();
    EXPECT_FALSE(revokedSerials.contains(newSerial));
}

} // namespace
} // namespace guichet::test
