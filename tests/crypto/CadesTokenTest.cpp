// CAdES signatures made with a key on a real SoftHSM2 token through Pkcs11KeySigner (the
// operator's card in production), checked by Guichet and by `openssl cms -verify`.
#include "CryptoTestSupport.h"
#include "TestPki.h"
#include "crypto/Cades.h"
#include "support/SoftHsmCard.h"
#include "token/Pkcs11KeySigner.h"

#include <gtest/gtest.h>

using namespace guichet;
using namespace guichet::test;

namespace {

// The operator's card: a SoftHSM2 token, logged in as its user.
class CadesTokenTest : public ::testing::TestWithParam<KeyAlgorithm> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        card.startLoggedIn(QStringLiteral("Operator card"), "12345678", "246810");
    }

    QTemporaryDir dir;
    TestPki pki;
    SoftHsmCard card;
};

TEST_P(CadesTokenTest, SignsWithTheKeyOnTheToken)
{
    const QByteArray keyId = QByteArray::fromHex("0a1b");
    auto facts = card.session->generateKeyPair(GetParam(), keyId, QStringLiteral("Signature"));
    ASSERT_TRUE(facts.ok()) << facts.error().message.toStdString();
    EXPECT_FALSE(facts->extractable);
    auto spki = card.session->publicKeyInfo(keyId);
    ASSERT_TRUE(spki.ok());
    const TestPki::Issued issued = pki.issueFor(*spki, QStringLiteral("Opératrice Carte"));

    Pkcs11KeySigner signer(*card.session, keyId, GetParam(), issued.certificateDer);
    EXPECT_EQ(signer.preferredDigest(), GetParam() == KeyAlgorithm::EcP384
                                            ? QCryptographicHash::Sha384
                                            : QCryptographicHash::Sha256);
    const QByteArray content = QByteArray("%PDF-1.7\n") + QByteArray(100000, 'f');
    auto signature = CadesSigner::signDetached(signer, content, signingTime());
    ASSERT_TRUE(signature.ok()) << signature.error().message.toStdString();

    auto report = CadesVerifier::verifyDetached(*signature, content, {pki.rootDer()});
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->valid) << report->problem.toStdString();
    EXPECT_TRUE(report->trusted) << report->problem.toStdString();
    EXPECT_TRUE(report->cadesSigningCertificate);
    EXPECT_EQ(report->signerName, QStringLiteral("CN=Opératrice Carte, C=FR"));

    const OpensslRun run = opensslVerify(dir.path(), *signature, content, pki.rootPem());
    EXPECT_EQ(run.exitCode, 0) << run.output.toStdString();

    QByteArray changed = content;
    changed[50000] = 'g';
    auto refused = CadesVerifier::verifyDetached(*signature, changed, {pki.rootDer()});
    ASSERT_TRUE(refused.ok());
    EXPECT_FALSE(refused->valid);
    EXPECT_NE(opensslVerify(dir.path(), *signature, changed, pki.rootPem()).exitCode, 0);
}

TEST_P(CadesTokenTest, AMissingKeyIsAnErrorNotASignature)
{
    const TestPki::Issued issued = pki.issue(TestPki::KeyType::EcP256, QStringLiteral("Absent"));
    Pkcs11KeySigner signer(*card.session, QByteArray::fromHex("ffff"), GetParam(),
                           issued.certificateDer);
    auto signature = CadesSigner::signDetached(signer, QByteArray("x"), signingTime());
    EXPECT_FALSE(signature.ok());
}

std::string algorithmName(const ::testing::TestParamInfo<KeyAlgorithm>& key)
{
    return keyAlgorithmName(key.param).remove(QLatin1Char('-')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Keys, CadesTokenTest,
                         ::testing::Values(KeyAlgorithm::Rsa2048, KeyAlgorithm::EcP256,
                                           KeyAlgorithm::EcP384),
                         algorithmName);

} // namespace
