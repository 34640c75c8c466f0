// `document certify` and `keychain change-passphrase` as a supervisor and an operator use
// them, on a workstation without a keychain (master key protected by a passphrase): the
// real guichet-cli, a SQLite file, passphrases on standard input, never on the command line.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <unistd.h>

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

const QByteArray kPassphrase("correct horse battery staple");
const QByteArray kNewPassphrase("a brand new passphrase 2026");

class DocumentCertifyCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        ASSERT_EQ(run({QStringLiteral("keychain"), QStringLiteral("use-passphrase"),
                       QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                      kPassphrase + '\n')
                      .exitCode,
                  0);
        const Outcome created =
            run({QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral("--product"),
                 QStringLiteral("rgs2"), QStringLiteral("--usage"), QStringLiteral("signature"),
                 QStringLiteral("--surnames"), QStringLiteral("Dupont"),
                 QStringLiteral("--given-names"), QStringLiteral("Jean"),
                 QStringLiteral("--birth-date"), QStringLiteral("1980-05-17"),
                 QStringLiteral("--email"), QStringLiteral("jean@example.org"),
                 QStringLiteral("--order-ref"), QStringLiteral("CMD-2026-1")});
        ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
        m_dossier = created.out.trimmed();
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(qRgb(30, 90, 160));
        ASSERT_TRUE(image.save(path(QStringLiteral("id.jpg")), "JPEG"));
        const Outcome imported =
            run({QStringLiteral("document"), QStringLiteral("import"), QStringLiteral("--dossier"),
                 m_dossier, QStringLiteral("--type"), QStringLiteral("id-front"),
                 path(QStringLiteral("id.jpg")), QStringLiteral("--passphrase-fd"),
                 QStringLiteral("0")},
                kPassphrase + '\n');
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        m_document = imported.out.trimmed();
    }

    QString path(const QString& name) const { return m_home.filePath(name); }

    // `detach` runs the tool in a new session, without a controlling terminal.
    Outcome run(QStringList arguments, const QByteArray& input = {}, bool detach = false)
    {
        arguments.prepend(path(QStringLiteral("cli.sqlite")));
        arguments.prepend(QStringLiteral("--db"));
        arguments.prepend(QStringLiteral("Claire Dubois"));
        arguments.prepend(QStringLiteral("--operator"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain here
        process.setProcessEnvironment(env);
        if (detach) {
            process.setChildProcessModifier([] { ::setsid(); });
        }
        process.start(QStringLiteral(GUICHET_CLI), arguments);
        EXPECT_TRUE(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60'000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Outcome certify(const QString& document, const QString& out, const QByteArray& passphrase)
    {
        return run({QStringLiteral("document"), QStringLiteral("certify"), document,
                    QStringLiteral("--out"), out, QStringLiteral("--date"),
                    QStringLiteral("2026-11-20"), QStringLiteral("--passphrase-fd"),
                    QStringLiteral("0")},
                   passphrase + '\n');
    }

    Outcome verify(const QByteArray& passphrase)
    {
        return run({QStringLiteral("document"), QStringLiteral("verify"), m_document,
                    QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                   passphrase + '\n');
    }

    Outcome changePassphrase(const QByteArray& input)
    {
        return run({QStringLiteral("keychain"), QStringLiteral("change-passphrase"),
                    QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                   input);
    }

    QTemporaryDir m_home;
    QString m_dossier;
    QString m_document;
};

QString pdfText(const QString& file)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(30'000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_F(DocumentCertifyCliTest, CertifyWritesAStampedCopy)
{
    const QString out = path(QStringLiteral("copy.pdf"));
    const Outcome certified = certify(m_document, out, kPassphrase);
    ASSERT_EQ(certified.exitCode, 0) << certified.err.toStdString();
    const QString text = pdfText(out);
    EXPECT_TRUE(text.contains(QStringLiteral("Copie conforme \u00e0 l'original")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Claire Dubois"))) << text.toStdString();
    EXPECT_EQ(verify(kPassphrase).exitCode, 0);
}

TEST_F(DocumentCertifyCliTest, CertifyExitCodes)
{
    const QString out = path(QStringLiteral("copy.pdf"));
    // Usage: no --out, no id, a bad date.
    EXPECT_EQ(run({QStringLiteral("document"), QStringLiteral("certify"), m_document}).exitCode, 2);
    EXPECT_EQ(
        run({QStringLiteral("document"), QStringLiteral("certify"), QStringLiteral("--out"), out})
            .exitCode,
        2);
    EXPECT_EQ(
        run({QStringLiteral("document"), QStringLiteral("certify"), m_document,
             QStringLiteral("--out"), out, QStringLiteral("--date"), QStringLiteral("20/11/2026")})
            .exitCode,
        2);
    // Refused: no such document, wrong passphrase; no file either way.
    EXPECT_EQ(certify(QStringLiteral("999"), out, kPassphrase).exitCode, 1);
    const Outcome wrong = certify(m_document, out, "not the passphrase at all");
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("passphrase"))) << wrong.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(DocumentCertifyCliTest, ChangePassphraseRewrapsTheKeyAndKeepsDocumentsReadable)
{
    const Outcome changed = changePassphrase(kPassphrase + '\n' + kNewPassphrase + '\n');
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_EQ(verify(kNewPassphrase).exitCode, 0) << "documents open under the new passphrase";
    EXPECT_EQ(verify(kPassphrase).exitCode, 1) << "the old passphrase no longer opens the key";
}

TEST_F(DocumentCertifyCliTest, ChangePassphraseRefusals)
{
    // A wrong current passphrase changes nothing.
    EXPECT_EQ(changePassphrase("wrong current passphrase\n" + kNewPassphrase + '\n').exitCode, 1);
    // Too short, or the same again.
    EXPECT_EQ(changePassphrase(kPassphrase + "\nshort\n").exitCode, 1);
    EXPECT_EQ(changePassphrase(kPassphrase + '\n' + kPassphrase + '\n').exitCode, 1);
    // Only one line: usage.
    EXPECT_EQ(changePassphrase(kPassphrase + '\n').exitCode, 2);
    // Never from the command line; without a terminal and without a descriptor: usage.
    EXPECT_EQ(run({QStringLiteral("keychain"), QStringLiteral("change-passphrase"),
                   QString::fromLatin1(kNewPassphrase)})
                  .exitCode,
              2);
    const Outcome noTerminal =
        run({QStringLiteral("keychain"), QStringLiteral("change-passphrase")}, {}, true);
    EXPECT_EQ(noTerminal.exitCode, 2);
    EXPECT_TRUE(noTerminal.err.contains(QStringLiteral("--passphrase-fd")))
        << noTerminal.err.toStdString();
    EXPECT_EQ(verify(kPassphrase).exitCode, 0) << "the passphrase is still the first one";
}
