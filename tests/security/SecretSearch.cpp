#include "SecretSearch.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace guichet::test {

namespace {

QByteArray utf16(const QByteArray& secret, bool littleEndian)
{
    QByteArray out;
    out.reserve(secret.size() * 2);
    for (const char c : secret) {
        if (littleEndian) {
            out.append(c).append('\0');
        } else {
            out.append('\0').append(c);
        }
    }
    return out;
}

} // namespace

QList<Needle> needlesFor(const QString& name, const QByteArray& secret)
{
    return {{name + QStringLiteral(" (ASCII)"), secret},
            {name + QStringLiteral(" (UTF-16LE)"), utf16(secret, true)},
            {name + QStringLiteral(" (UTF-16BE)"), utf16(secret, false)}};
}

QList<Finding> searchFiles(const QStringList& roots, const QList<Needle>& needles)
{
    QList<Finding> findings;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!QFileInfo(path).isFile()) {
                continue; // sockets and pipes of the keyring daemon
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                findings.append({path, QStringLiteral("(unreadable file)"), -1});
                continue;
            }
            const QByteArray content = file.readAll();
            for (const Needle& needle : needles) {
                const qsizetype at = content.indexOf(needle.bytes);
                if (at >= 0) {
                    findings.append({path, needle.name, at});
                }
            }
        }
    }
    return findings;
}

QString describe(const QList<Finding>& findings)
{
    QString text;
    for (const Finding& finding : findings) {
        text += QStringLiteral("%1: %2 at offset %3\n")
                    .arg(finding.file, finding.needle)
                    .arg(finding.offset);
    }
    return text;
}

} // namespace guichet::test
