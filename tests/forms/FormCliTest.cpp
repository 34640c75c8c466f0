#include "FormSamples.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace guichet::test;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class FormCliTest : public ::testing::Test {
protected:
    CliRun cli(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Hermetic: no settings from the user running the tests.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GUICHET_CLI),
                      QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--operator"),
                                  QStringLiteral("Bernard Moreau")} +
                          arguments);
        EXPECT_TRUE(process.waitForStarted());
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60'000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString& name) const { return m_home.filePath(name); }

    QTemporaryDir m_home;
    QString m_db = m_home.filePath(QStringLiteral("form.sqlite"));
};

} // namespace

TEST_F(FormCliTest, RendersTheDossiersFormToAFile)
{
    const CliRun created = cli(
        {QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral("--product"),
         QStringLiteral("rgs2"), QStringLiteral("--usage"), QStringLiteral("signature"),
         QStringLiteral("--surnames"), QStringLiteral("Lefèvre"), QStringLiteral("--given-names"),
         QStringLiteral("Anne"), QStringLiteral("--birth-date"), QStringLiteral("1980-05-17"),
         QStringLiteral("--email"), QStringLiteral("anne@example.org"),
         QStringLiteral("--order-ref"), QStringLiteral("CMD-2026-77")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const QString id = created.out.trimmed();

    const QString pdfPath = path(QStringLiteral("form-en.pdf"));
    const CliRun rendered =
        cli({QStringLiteral("form"), QStringLiteral("render"), id, QStringLiteral("--out"), pdfPath,
             QStringLiteral("--language"), QStringLiteral("en")});
    ASSERT_EQ(rendered.exitCode, 0) << rendered.err.toStdString();
    QFile file(pdfPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    QString error;
    const QStringList pages = pdfTextPages(pdf, &error);
    ASSERT_FALSE(pages.isEmpty()) << error.toStdString();
    const QString text = pages.join(u'\n');
    EXPECT_TRUE(text.contains(QStringLiteral("Lefèvre")));
    EXPECT_TRUE(text.contains(QStringLiteral("CMD-2026-77")));
    EXPECT_TRUE(text.contains(QStringLiteral("Intervention form")));
    EXPECT_TRUE(pages.first().contains(
        QStringLiteral("Dossier %1 — page 1 / %2").arg(id).arg(pages.size())));
}

TEST_F(FormCliTest, UsageAndRefusals)
{
    // No --out: usage error.
    EXPECT_EQ(cli({QStringLiteral("form"), QStringLiteral("render"), QStringLiteral("1")}).exitCode,
              2);
    // Not a number: usage error.
    EXPECT_EQ(cli({QStringLiteral("form"), QStringLiteral("render"), QStringLiteral("abc"),
                   QStringLiteral("--out"), path(QStringLiteral("x.pdf"))})
                  .exitCode,
              2);
    // A dossier that does not exist: refused, nothing written.
    const CliRun missing =
        cli({QStringLiteral("form"), QStringLiteral("render"), QStringLiteral("999"),
             QStringLiteral("--out"), path(QStringLiteral("missing.pdf"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(missing.err.isEmpty());
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("missing.pdf"))));
}
