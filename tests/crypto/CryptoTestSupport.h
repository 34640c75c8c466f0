#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QTemporaryDir>

namespace guichet::test {

// What `openssl` said: its exit code and both streams.
struct OpensslRun {
    int exitCode = -1;
    QByteArray output;
};

// Runs the openssl command line in `folder` (QProcess, no shell).
OpensslRun runOpenssl(const QString& folder, const QStringList& arguments);

// Writes `bytes` to `folder`/`name` and returns the path.
QString writeFile(const QString& folder, const QString& name, const QByteArray& bytes);

// `openssl cms -verify -binary -inform DER -content CONTENT -CAfile ROOT` on the files'
// paths, as an auditor would run it. Output discarded; the exit code tells.
OpensslRun opensslVerify(const QString& folder, const QByteArray& signature,
                         const QByteArray& content, const QByteArray& rootPem);

inline QDateTime signingTime()
{
    return QDateTime(QDate(2026, 11, 25), QTime(9, 30, 12), Qt::UTC);
}

} // namespace guichet::test
