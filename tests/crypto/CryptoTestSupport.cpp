#include "CryptoTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace guichet::test {

OpensslRun runOpenssl(const QString& folder, const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    OpensslRun run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        run.output = "openssl did not run: " + process.errorString().toUtf8();
        return run;
    }
    run.exitCode = process.exitCode();
    run.output = process.readAll();
    return run;
}

QString writeFile(const QString& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

OpensslRun opensslVerify(const QString& folder, const QByteArray& signature,
                         const QByteArray& content, const QByteArray& rootPem)
{
    writeFile(folder, QStringLiteral("content.bin"), content);
    writeFile(folder, QStringLiteral("content.p7s"), signature);
    writeFile(folder, QStringLiteral("root.pem"), rootPem);
    return runOpenssl(
        folder, {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                 QStringLiteral("content.p7s"), QStringLiteral("-content"),
                 QStringLiteral("content.bin"), QStringLiteral("-CAfile"),
                 QStringLiteral("root.pem"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
}

} // namespace guichet::test
