#pragma once

// guichet-cli run as a user runs it, for the tests that drive it with an operator card: a
// private HOME and XDG folders in `home`, the SQLite file `cli.sqlite` there, the test's
// SoftHSM2 configuration, and no D-Bus session (so no keychain: the master key is under a
// passphrase). `input` goes to standard input (PINs and passphrases, never arguments).
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace guichet::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCliAt(const QString& program, const QTemporaryDir& home,
                       const QString& softHsmConfig, QStringList arguments,
                       const QByteArray& input = {})
{
    arguments.prepend(home.filePath(QStringLiteral("cli.sqlite")));
    arguments.prepend(QStringLiteral("--db"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("SOFTHSM2_CONF"), softHsmConfig);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: a passphrase
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(120'000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace guichet::test
