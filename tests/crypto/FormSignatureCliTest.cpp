// guichet-cli form sign / form verify as a user runs them: a training operator card in a
// private SoftHSM2, a SQLite file, PINs and the passphrase on standard input (never as
// arguments); the signature checked again by `openssl cms -verify`.
#include "support/OperatorCardCliTest.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace guichet::test;

namespace {

class FormSignatureCliTest : public OperatorCardCliTest {
protected:
    FormSignatureCliTest() : OperatorCardCliTest("form signature passphrase\n", "246813\n") {}

    void SetUp() override
    {
        OperatorCardCliTest::SetUp();
        if (!IsSkipped() && !HasFatalFailure()) {
            dossier = createDossier(QStringLiteral("CMD-2026-78"));
            ASSERT_FALSE(dossier.isEmpty());
        }
    }

    CliRun sign(const QString& out, const QByteArray& pin)
    {
        // Read in this order: the master-key passphrase, then the card's PIN.
        return cli(QStringList{QStringLiteral("form"), QStringLiteral("sign"), dossier,
                               QStringLiteral("--out"), out, QStringLiteral("--passphrase-fd"),
                               QStringLiteral("0")} +
                       operatorCard(),
                   kPassphrase + pin);
    }

    CliRun verify(const QString& pdf)
    {
        return cli({QStringLiteral("form"), QStringLiteral("verify"), pdf,
                    QStringLiteral("--signature"), pdf + QStringLiteral(".p7s")});
    }

    QString dossier;
};

} // namespace

TEST_F(FormSignatureCliTest, SignsWithTheOperatorsCardAndVerifies)
{
    const QString pdf = home.filePath(QStringLiteral("form.pdf"));
    const CliRun signedRun = sign(pdf, kPin);
    ASSERT_EQ(signedRun.exitCode, 0) << signedRun.err.toStdString();
    EXPECT_TRUE(signedRun.out.contains(QStringLiteral("Alice Martin")))
        << signedRun.out.toStdString();
    EXPECT_FALSE(signedRun.out.contains(QStringLiteral("246813")));
    EXPECT_FALSE(signedRun.err.contains(QStringLiteral("246813")));
    ASSERT_TRUE(QFile::exists(pdf));
    ASSERT_TRUE(QFile::exists(pdf + QStringLiteral(".p7s")));

    // The workstation's own anchors (training mode: the training CA).
    const CliRun verified = verify(pdf);
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString() << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("Signer: ")));
    EXPECT_TRUE(verified.out.contains(QStringLiteral("Alice Martin")));
    EXPECT_TRUE(verified.out.contains(QStringLiteral("Signature: valid")));

    // OpenSSL agrees that the signature covers these bytes (the chain is Guichet's part).
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-noverify"),
                   QStringLiteral("-binary"), QStringLiteral("-inform"), QStringLiteral("DER"),
                   QStringLiteral("-in"), pdf + QStringLiteral(".p7s"), QStringLiteral("-content"),
                   pdf, QStringLiteral("-out"), QStringLiteral("/dev/null")});
    ASSERT_TRUE(openssl.waitForFinished(60'000));
    EXPECT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().toStdString();

    // One changed byte: refused, exit 1.
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
    ASSERT_TRUE(file.seek(0));
    ASSERT_EQ(file.write(bytes), bytes.size());
    file.close();
    const CliRun refused = verify(pdf);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.contains(QStringLiteral("NOT valid"))) << refused.out.toStdString();
    EXPECT_TRUE(refused.out.contains(QStringLiteral("changed after it was signed")));
}

TEST_F(FormSignatureCliTest, AWrongPinSignsNothing)
{
    const QString pdf = home.filePath(QStringLiteral("refused.pdf"));
    const CliRun run = sign(pdf, "999999\n");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(run.err.contains(QStringLiteral("999999")));
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_FALSE(QFile::exists(pdf + QStringLiteral(".p7s")));
}

TEST_F(FormSignatureCliTest, UsageErrors)
{
    EXPECT_EQ(cli({QStringLiteral("form"), QStringLiteral("sign"), dossier}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("form"), QStringLiteral("verify"),
                   home.filePath(QStringLiteral("x.pdf"))})
                  .exitCode,
              2);
    // Without the operator's card named: a usage error, before any PIN is asked.
    const CliRun anonymous = cli({QStringLiteral("form"), QStringLiteral("sign"), dossier,
                                  QStringLiteral("--out"), home.filePath(QStringLiteral("y.pdf")),
                                  QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                                 kPassphrase);
    EXPECT_EQ(anonymous.exitCode, 2);
    EXPECT_TRUE(anonymous.err.contains(QStringLiteral("--operator-token")));
}
