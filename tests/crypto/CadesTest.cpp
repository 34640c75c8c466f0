// CAdES baseline B with an in-memory key (SoftwareKeySigner): each signature is checked by
// Guichet and by `openssl cms -verify`, as an auditor would, and must fail in both when the
// content changes.
#include "crypto/Cades.h"

#include "CryptoTestSupport.h"
#include "TestPki.h"
#include "crypto/SoftwareKeySigner.h"

#include <gtest/gtest.h>

using namespace guichet;
using namespace guichet::test;

namespace {

class CadesTest : public ::testing::TestWithParam<TestPki::KeyType> {
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    std::unique_ptr<SoftwareKeySigner> signerFor(const TestPki::Issued& issued)
    {
        auto signer = SoftwareKeySigner::fromPem(issued.keyPem, issued.certificateDer);
        EXPECT_TRUE(signer.ok()) << (signer.ok() ? "" : signer.error().message.toStdString());
        return signer.ok() ? std::move(signer).value() : nullptr;
    }

    QByteArray sign(KeySigner& signer, const QByteArray& bytes)
    {
        auto signature = CadesSigner::signDetached(signer, bytes, signingTime());
        EXPECT_TRUE(signature.ok())
            << (signature.ok() ? "" : signature.error().message.toStdString());
        return signature.ok() ? *signature : QByteArray();
    }

    SignatureReport verify(const QByteArray& signature, const QByteArray& bytes,
                           const QList<QByteArray>& anchors)
    {
        auto report = CadesVerifier::verifyDetached(signature, bytes, anchors);
        EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().message.toStdString());
        return report.ok() ? *report : SignatureReport{};
    }

    QTemporaryDir dir;
    TestPki pki;
    const QByteArray content = QByteArray("%PDF-1.4 intervention form\n") + QByteArray(5000, 'x');
};

TEST_P(CadesTest, VerifiesInGuichetAndInOpenssl)
{
    auto issued = pki.issue(GetParam(), QStringLiteral("Élise Opérateur"));
    auto signer = signerFor(issued);
    ASSERT_TRUE(signer);
    const QByteArray signature = sign(*signer, content);
    ASSERT_FALSE(signature.isEmpty());

    const SignatureReport report = verify(signature, content, {pki.rootDer()});
    EXPECT_TRUE(report.valid) << report.problem.toStdString();
    EXPECT_TRUE(report.trusted) << report.problem.toStdString();
    EXPECT_TRUE(report.cadesSigningCertificate);
    EXPECT_TRUE(report.problem.isEmpty());
    EXPECT_EQ(report.signingTimeUtc, signingTime());
    EXPECT_EQ(report.signerName, QStringLiteral("CN=Élise Opérateur, C=FR"));
    EXPECT_EQ(report.signerCertificateDer, issued.certificateDer);

    const OpensslRun run = opensslVerify(dir.path(), signature, content, pki.rootPem());
    EXPECT_EQ(run.exitCode, 0) << run.output.toStdString();
    EXPECT_TRUE(run.output.contains("Verification successful")) << run.output.toStdString();
}

TEST_P(CadesTest, OpensslSeesSigningCertificateV2SigningTimeAndDigest)
{
    auto signer = signerFor(pki.issue(GetParam(), QStringLiteral("Opérateur")));
    ASSERT_TRUE(signer);
    writeFile(dir.path(), QStringLiteral("s.p7s"), sign(*signer, content));
    const OpensslRun run = runOpenssl(dir.path(), {QStringLiteral("cms"), QStringLiteral("-cmsout"),
                                                   QStringLiteral("-print"),
                                                   QStringLiteral("-inform"), QStringLiteral("DER"),
                                                   QStringLiteral("-in"), QStringLiteral("s.p7s")});
    ASSERT_EQ(run.exitCode, 0) << run.output.toStdString();
    const std::string printed = run.output.toStdString();
    EXPECT_NE(printed.find("id-smime-aa-signingCertificateV2"), std::string::npos) << printed;
    EXPECT_NE(printed.find("signingTime"), std::string::npos) << printed;
    EXPECT_NE(printed.find("UTCTIME:Nov 25 09:30:12 2026 GMT"), std::string::npos) << printed;
    EXPECT_NE(printed.find("eContent: <ABSENT>"), std::string::npos) << printed; // detached
    const char* digest = GetParam() == TestPki::KeyType::EcP384 ? "sha384" : "sha256";
    EXPECT_NE(printed.find(std::string("algorithm: ") + digest), std::string::npos) << printed;
}

TEST_P(CadesTest, OneFlippedByteIsRefusedByBoth)
{
    auto signer = signerFor(pki.issue(GetParam(), QStringLiteral("Opérateur")));
    ASSERT_TRUE(signer);
    const QByteArray signature = sign(*signer, content);
    QByteArray changed = content;
    changed[2500] = static_cast<char>(changed[2500] ^ 0x01);

    const SignatureReport report = verify(signature, changed, {pki.rootDer()});
    EXPECT_FALSE(report.valid);
    EXPECT_FALSE(report.trusted);
    EXPECT_EQ(report.problem, QStringLiteral("The file was changed after it was signed."));

    const OpensslRun run = opensslVerify(dir.path(), signature, changed, pki.rootPem());
    EXPECT_NE(run.exitCode, 0) << run.output.toStdString();
}

std::string keyName(const ::testing::TestParamInfo<TestPki::KeyType>& key)
{
    switch (key.param) {
    case TestPki::KeyType::Rsa2048:
        return "Rsa2048";
    case TestPki::KeyType::EcP256:
        return "EcP256";
    case TestPki::KeyType::EcP384:
        return "EcP384";
    }
    return {};
}

INSTANTIATE_TEST_SUITE_P(Keys, CadesTest,
                         ::testing::Values(TestPki::KeyType::Rsa2048, TestPki::KeyType::EcP256,
                                           TestPki::KeyType::EcP384),
                         keyName);

class CadesTrustTest : public CadesTest {};

TEST_F(CadesTrustTest, AnotherAnchorGivesValidButNotTrusted)
{
    auto signer = signerFor(pki.issue(TestPki::KeyType::EcP256, QStringLiteral("Opérateur")));
    ASSERT_TRUE(signer);
    const QByteArray signature = sign(*signer, content);
    TestPki stranger(QStringLiteral("Some Other Root"));

    const SignatureReport report = verify(signature, content, {stranger.rootDer()});
    EXPECT_TRUE(report.valid);
    EXPECT_FALSE(report.trusted);
    EXPECT_EQ(report.problem, QStringLiteral("The signer's certificate does not chain to a "
                                             "trusted certification authority."));
    const SignatureReport noAnchor = verify(signature, content, {});
    EXPECT_TRUE(noAnchor.valid);
    EXPECT_FALSE(noAnchor.trusted);

    const OpensslRun run = opensslVerify(dir.path(), signature, content, stranger.rootPem());
    EXPECT_NE(run.exitCode, 0) << run.output.toStdString();
}

TEST_F(CadesTrustTest, CertificateExpiredAtSigningTimeIsNotTrusted)
{
    auto signer = signerFor(pki.issue(TestPki::KeyType::Rsa2048, QStringLiteral("Ancien"),
                                      QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC),
                                      QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)));
    ASSERT_TRUE(signer);
    const QByteArray signature = sign(*signer, content);
    const SignatureReport report = verify(signature, content, {pki.rootDer()});
    EXPECT_TRUE(report.valid);
    EXPECT_FALSE(report.trusted);
    EXPECT_EQ(report.problem,
              QStringLiteral("The signer's certificate had expired at the signing time."));
}

TEST_F(CadesTrustTest, ACertificateNotForSignaturesIsNotTrusted)
{
    // The root's own key: it chains (it is the anchor) but may only sign certificates.
    auto signer = signerFor(TestPki::Issued{pki.rootKeyPem(), pki.rootDer(), pki.rootPem()});
    ASSERT_TRUE(signer);
    const SignatureReport report = verify(sign(*signer, content), content, {pki.rootDer()});
    EXPECT_TRUE(report.valid);
    EXPECT_FALSE(report.trusted);
    EXPECT_EQ(report.problem,
              QStringLiteral("The signer's certificate is not meant for signatures."));
}

TEST_F(CadesTrustTest, ChainIsCheckedAtTheSigningTimeNotNow)
{
    // Valid from 2026-01-01 to 2026-12-31: trusted for a signature made on 2026-11-25,
    // whatever today's date; not yet valid for one claimed in 2025.
    auto issued = pki.issue(TestPki::KeyType::EcP256, QStringLiteral("Opérateur"),
                            QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                            QDateTime(QDate(2026, 12, 31), QTime(0, 0), Qt::UTC));
    auto signer = signerFor(issued);
    ASSERT_TRUE(signer);
    EXPECT_TRUE(verify(sign(*signer, content), content, {pki.rootDer()}).trusted);
    auto early = CadesSigner::signDetached(*signer, content,
                                           QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC));
    ASSERT_TRUE(early.ok());
    const SignatureReport report = verify(*early, content, {pki.rootDer()});
    EXPECT_TRUE(report.valid);
    EXPECT_FALSE(report.trusted);
    EXPECT_EQ(report.problem,
              QStringLiteral("The signer's certificate was not yet valid at the signing time."));
}

TEST_F(CadesTrustTest, ASignatureOfOtherContentOrGarbageIsRefused)
{
    auto signer = signerFor(pki.issue(TestPki::KeyType::EcP256, QStringLiteral("Opérateur")));
    ASSERT_TRUE(signer);
    const QByteArray signature = sign(*signer, content);
    EXPECT_FALSE(verify(signature, QByteArray("another file"), {pki.rootDer()}).valid);
    // A damaged signature value: the attributes no longer verify.
    QByteArray damaged = signature;
    damaged[damaged.size() - 5] = static_cast<char>(damaged[damaged.size() - 5] ^ 0x40);
    auto report = CadesVerifier::verifyDetached(damaged, content, {pki.rootDer()});
    if (report.ok()) { // still parses: must be refused
        EXPECT_FALSE(report->valid);
        EXPECT_FALSE(report->trusted);
    }
    auto garbage = CadesVerifier::verifyDetached(QByteArray("not a signature"), content, {});
    ASSERT_FALSE(garbage.ok());
    EXPECT_EQ(garbage.error().code, ErrorCode::InvalidInput);
}

TEST_F(CadesTrustTest, AKeyThatDoesNotMatchItsCertificateCannotSign)
{
    // A signer whose key is not its certificate's (a card holding another key) is caught
    // before the signature leaves the signer.
    class WrongKey final : public KeySigner {
    public:
        WrongKey(KeySigner& key, QByteArray certificate)
            : m_key(key), m_certificate(std::move(certificate))
        {
        }
        QByteArray certificateDer() const override { return m_certificate; }
        Result<QByteArray> signDigest(QCryptographicHash::Algorithm algorithm,
                                      const QByteArray& hash) override
        {
            return m_key.signDigest(algorithm, hash);
        }

    private:
        KeySigner& m_key;
        QByteArray m_certificate;
    };
    auto first = signerFor(pki.issue(TestPki::KeyType::EcP256, QStringLiteral("Un")));
    const auto second = pki.issue(TestPki::KeyType::EcP256, QStringLiteral("Deux"));
    ASSERT_TRUE(first);
    WrongKey wrong(*first, second.certificateDer);
    auto signature = CadesSigner::signDetached(wrong, content, signingTime());
    EXPECT_FALSE(signature.ok());
}

TEST_F(CadesTrustTest, LargeContentRoundTrip)
{
    auto signer = signerFor(pki.issue(TestPki::KeyType::EcP256, QStringLiteral("Opérateur")));
    ASSERT_TRUE(signer);
    QByteArray large(32 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < large.size(); i += 4096) {
        large[i] = static_cast<char>(i / 4096);
    }
    const QByteArray signature = sign(*signer, large);
    const SignatureReport report = verify(signature, large, {pki.rootDer()});
    EXPECT_TRUE(report.valid);
    EXPECT_TRUE(report.trusted) << report.problem.toStdString();
    EXPECT_LT(signature.size(), 4096); // detached: the content is not inside
}

} // namespace
