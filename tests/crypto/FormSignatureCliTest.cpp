// guichet-cli form sign / form verify as a user runs them: a training operator card in a
// private SoftHSM2, a SQLite file, PINs and the passphrase on standard input (never as
// arguments); the signature checked again by `openssl cms -verify`.
#include "support/CliProcess.h"
#include "support/SoftHsmToken.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace guichet::test;

namespace {

const QByteArray kPassphrase = "form signature passphrase\n";
const QByteArray kPin = "246813\n";

class FormSignatureCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!softHsm.available()) {
            if (qEnvironmentVariableIntValue("GUICHET_REQUIRE_SOFTHSM") == 1) {
                FAIL() << "SoftHSM2 is not installed";
            }
            GTEST_SKIP() << "SoftHSM2 is not installed";
        }
        ASSERT_EQ(cli({QStringLiteral("keychain"), QStringLiteral("use-passphrase"),
                       QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                      kPassphrase)
                      .exitCode,
                  0);
        const CliRun card = cli({QStringLiteral("operator"), QStringLiteral("training-card"),
                                 QStringLiteral("--name"), QStringLiteral("Alice Martin"),
                                 QStringLiteral("--pin-fd"), QStringLiteral("0"),
                                 QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                                kPin + kPassphrase);
        ASSERT_EQ(card.exitCode, 0) << card.err.toStdString();
        serial = QRegularExpression(QStringLiteral("serial: (\\S+)")).match(card.out).captured(1);
        ASSERT_FALSE(serial.isEmpty()) << card.out.toStdString();
        const CliRun created =
            cli({QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral("--product"),
                 QStringLiteral("rgs2"), QStringLiteral("--usage"), QStringLiteral("signature"),
                 QStringLiteral("--surnames"), QStringLiteral("Lefèvre"),
                 QStringLiteral("--given-names"), QStringLiteral("Anne"),
                 QStringLiteral("--birth-date"), QStringLiteral("1980-05-17"),
                 QStringLiteral("--email"), QStringLiteral("anne@example.org"),
                 QStringLiteral("--order-ref"), QStringLiteral("CMD-2026-78")});
        ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
        dossier = created.out.trimmed();
    }

    CliRun cli(QStringList arguments, const QByteArray& input = {})
    {
        return runCliAt(QStringLiteral(GUICHET_CLI), home, softHsm.configPath(),
                        std::move(arguments), input);
    }

    CliRun sign(const QString& out, const QByteArray& pin)
    {
        // Read in this order: the master-key passphrase, then the card's PIN.
        return cli({QStringLiteral("form"), QStringLiteral("sign"), dossier,
                    QStringLiteral("--out"), out, QStringLiteral("--passphrase-fd"),
                    QStringLiteral("0"), QStringLiteral("--operator-token"), serial,
                    QStringLiteral("--operator-pin-fd"), QStringLiteral("0")},
                   kPassphrase + pin);
    }

    CliRun verify(const QString& pdf)
    {
        return cli({QStringLiteral("form"), QStringLiteral("verify"), pdf,
                    QStringLiteral("--signature"), pdf + QStringLiteral(".p7s")});
    }

    SoftHsmToken softHsm;
    QTemporaryDir home;
    QString serial;
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
