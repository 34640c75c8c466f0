// Issue 8, "Release": the About box and `guichet-cli --version` name the same versions, taken
// from the CMake project version and from the libraries loaded.
#include "AboutDialog.h"

#include "about/SoftwareVersions.h"

#include <QLabel>
#include <QProcess>
#include <gtest/gtest.h>
#include <openssl/crypto.h>

using namespace guichet;

namespace {

QString labelText(const QWidget& dialog, const QString& name)
{
    const auto* label = dialog.findChild<QLabel*>(name);
    return label ? label->text() : QStringLiteral("(no label %1)").arg(name);
}

} // namespace

TEST(AboutDialog, ShowsTheVersionsInUseAndTheMode)
{
    AboutDialog about(true);
    about.show();
    EXPECT_TRUE(
        labelText(about, QStringLiteral("aboutVersion")).contains(QStringLiteral(GUICHET_VERSION)));
    EXPECT_EQ(labelText(about, QStringLiteral("aboutLibrary_Qt")), QString::fromLatin1(qVersion()));
    // The library loaded, not the headers: OpenSSL_version as this process sees it.
    const QString openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    const QString shown = labelText(about, QStringLiteral("aboutLibrary_OpenSSL"));
    EXPECT_FALSE(shown.isEmpty());
    EXPECT_TRUE(openssl.contains(shown)) << shown.toStdString() << " / " << openssl.toStdString();
    EXPECT_TRUE(labelText(about, QStringLiteral("aboutLibrary_pcsc-lite"))
                    .endsWith(QStringLiteral("(build time)")))
        << labelText(about, QStringLiteral("aboutLibrary_pcsc-lite")).toStdString();
    EXPECT_TRUE(labelText(about, QStringLiteral("aboutMode")).contains(QStringLiteral("Training")));

    AboutDialog production(false);
    EXPECT_TRUE(
        labelText(production, QStringLiteral("aboutMode")).contains(QStringLiteral("Production")));
}

TEST(AboutDialog, CommandLineVersionNamesTheSameLibraries)
{
    QProcess cli;
    cli.start(QStringLiteral(GUICHET_CLI), {QStringLiteral("--version")});
    ASSERT_TRUE(cli.waitForFinished(30'000));
    ASSERT_EQ(cli.exitCode(), 0);
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    EXPECT_TRUE(
        out.startsWith(QStringLiteral("guichet-cli %1\n").arg(QStringLiteral(GUICHET_VERSION))))
        << out.toStdString();
    for (const ComponentVersion& component : SoftwareVersions::libraries()) {
        EXPECT_TRUE(out.contains(SoftwareVersions::describe(component))) << out.toStdString();
    }
}
