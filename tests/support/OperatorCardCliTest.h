#pragma once

// The common start of the tests that drive guichet-cli with an operator card: a workstation
// whose master key is under a passphrase, a training operator card made in the test's own
// SoftHSM2, and one dossier. PINs and the passphrase go through standard input, never as
// arguments.
#include "support/CliProcess.h"
#include "support/SoftHsmToken.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace guichet::test {

class OperatorCardCliTest : public ::testing::Test {
protected:
    // Each test file has its own secrets, so a leak found by one is traced to it.
    OperatorCardCliTest(QByteArray passphraseLine, QByteArray pinLine)
        : kPassphrase(std::move(passphraseLine)), kPin(std::move(pinLine))
    {
    }

    void SetUp() override
    {
        requireSoftHsm(softHsm);
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        const CliRun keychain = cli({QStringLiteral("keychain"), QStringLiteral("use-passphrase"),
                                     QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                                    kPassphrase);
        ASSERT_EQ(keychain.exitCode, 0) << keychain.err.toStdString();
        const CliRun card = cli({QStringLiteral("operator"), QStringLiteral("training-card"),
                                 QStringLiteral("--name"), QStringLiteral("Alice Martin"),
                                 QStringLiteral("--pin-fd"), QStringLiteral("0"),
                                 QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                                kPin + kPassphrase);
        ASSERT_EQ(card.exitCode, 0) << card.err.toStdString();
        serial = QRegularExpression(QStringLiteral("serial: (\\S+)")).match(card.out).captured(1);
        ASSERT_FALSE(serial.isEmpty()) << card.out.toStdString();
    }

    // An RGS** signature dossier for Anne Lefèvre; its id, or empty after a test failure.
    QString createDossier(const QString& orderReference)
    {
        const CliRun created =
            cli({QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral("--product"),
                 QStringLiteral("rgs2"), QStringLiteral("--usage"), QStringLiteral("signature"),
                 QStringLiteral("--surnames"), QStringLiteral("Lefèvre"),
                 QStringLiteral("--given-names"), QStringLiteral("Anne"),
                 QStringLiteral("--birth-date"), QStringLiteral("1980-05-17"),
                 QStringLiteral("--email"), QStringLiteral("anne@example.org"),
                 QStringLiteral("--order-ref"), orderReference});
        EXPECT_EQ(created.exitCode, 0) << created.err.toStdString();
        return created.exitCode == 0 ? created.out.trimmed() : QString();
    }

    CliRun cli(QStringList arguments, const QByteArray& input = {})
    {
        return runCliAt(QStringLiteral(GUICHET_CLI), home, softHsm.configPath(),
                        std::move(arguments), input);
    }

    // The operator-card options of a command that signs or logs in.
    QStringList operatorCard() const
    {
        return {QStringLiteral("--operator-token"), serial, QStringLiteral("--operator-pin-fd"),
                QStringLiteral("0")};
    }

    const QByteArray kPassphrase;
    const QByteArray kPin;
    SoftHsmToken softHsm;
    QTemporaryDir home;
    QString serial;
};

} // namespace guichet::test
