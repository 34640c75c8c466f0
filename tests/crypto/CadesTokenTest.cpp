// CAdES signatures made with a key on a real SoftHSM2 token through Pkcs11KeySigner (the
// operator's card in production), checked by Guichet and by `openssl cms -verify`.
#include "CryptoTestSupport.h"
#include "TestPki.h"
#include "crypto/Cades.h"
#include "support/SoftHsmToken.h"
#include "token/Pkcs11KeySigner.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

#include <gtest/gtest.h>

using namespace guichet;
using namespace guichet::test;

namespace {

SecretBytes secret(const char* text)
{
    return SecretBytes::copyOf(QByteArrayView(text));
}

class CadesTokenTest : public ::testing::TestWithParam<KeyAlgorithm> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        softHsm = std::make_unique<SoftHsmToken>();
        if (!softHsm->available()) {
            if (qEnvironmentVariableIntValue("GUICHET_REQUIRE_SOFTHSM") == 1) {
                FAIL() << "SoftHSM2 is not installed";
            }
            GTEST_SKIP() << "SoftHSM2 is not installed (apt-get install softhsm2)";
        }
        auto loaded = Pkcs11Module::load(SoftHsmToken::modulePath());
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        module = std::move(loaded).value();
        auto blank = TokenSlot::findBlank(*module);
        ASSERT_TRUE(blank.ok());
        ASSERT_TRUE(TokenSlot::initialise(*module, *blank, secret("12345678"),
                                          QStringLiteral("Operator card"))
                        .ok());
        auto info = TokenSlot::inspect(*module, *blank);
        ASSERT_TRUE(info.ok());
        auto slot = TokenSlot::findBySerial(*module, info->serial);
        ASSERT_TRUE(slot.ok());
        {
            auto so = TokenSession::open(*module, *slot);
            ASSERT_TRUE(so.ok());
            ASSERT_TRUE((*so)->login(CKU_SO, secret("12345678")).ok());
            ASSERT_TRUE((*so)->initUserPin(secret("246810")).ok());
        }
        auto opened = TokenSession::open(*module, *slot);
        ASSERT_TRUE(opened.ok());
        session = std::move(opened).value();
        ASSERT_TRUE(session->login(CKU_USER, secret("246810")).ok());
    }

    void TearDown() override
    {
        session.reset();
        module.reset(); // C_Finalize before the token folder goes
        softHsm.reset();
    }

    QTemporaryDir dir;
    TestPki pki;
    std::unique_ptr<SoftHsmToken> softHsm;
    std::unique_ptr<Pkcs11Module> module;
    std::unique_ptr<TokenSession> session;
};

TEST_P(CadesTokenTest, SignsWithTheKeyOnTheToken)
{
    const QByteArray keyId = QByteArray::fromHex("0a1b");
    auto facts = session->generateKeyPair(GetParam(), keyId, QStringLiteral("Signature"));
    ASSERT_TRUE(facts.ok()) << facts.error().message.toStdString();
    EXPECT_FALSE(facts->extractable);
    auto spki = session->publicKeyInfo(keyId);
    ASSERT_TRUE(spki.ok());
    const TestPki::Issued issued = pki.issueFor(*spki, QStringLiteral("Opératrice Carte"));

    Pkcs11KeySigner signer(*session, keyId, GetParam(), issued.certificateDer);
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
    Pkcs11KeySigner signer(*session, QByteArray::fromHex("ffff"), GetParam(),
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
