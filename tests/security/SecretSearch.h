#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet::test {

// One secret to look for, under every encoding a program might have written it in: the
// bytes as typed (ASCII/UTF-8), UTF-16 little- and big-endian (Qt's QString, Windows APIs,
// SQLite's UTF-16 text), so that a PIN copied through a QString and dumped still shows.
struct Needle {
    QString name;     // "holder PIN (UTF-16LE)", never the secret itself
    QByteArray bytes; // what is searched
};
QList<Needle> needlesFor(const QString& name, const QByteArray& secret);

struct Finding {
    QString file;
    QString needle;
    qint64 offset = 0;
};

// Searches every regular file under each root (recursively, hidden files included, symbolic
// links not followed) for every needle. Whole files are read: the trees of one run are a few
// megabytes.
QList<Finding> searchFiles(const QStringList& roots, const QList<Needle>& needles);

// "file: needle at offset" lines for a failure message.
QString describe(const QList<Finding>& findings);

} // namespace guichet::test
