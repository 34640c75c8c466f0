#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

// One file of a container, by its path inside the ZIP ("scans/01-id-front-p1.jpg").
struct AsicEntry {
    QString name;
    QByteArray data;
    // Deflate it; off for what is already compressed (JPEG, PNG, PDF streams), which would
    // cost time and gain nothing.
    bool compress = true;
};

// What reading a container found, besides its files: the ASiC-E rules on the `mimetype`
// entry (ETSI EN 319 162-1 A.1), each broken one named in `problems` (translated).
struct AsicContents {
    QList<AsicEntry> entries; // in ZIP order, without the mimetype entry
    QString mimeType;         // the content of the mimetype entry, when there is one
    QStringList problems;
    const AsicEntry* find(const QString& name) const;
};

// An ASiC-E container (ETSI EN 319 162-1): a ZIP whose first entry is `mimetype`, stored
// without compression or extra field, holding "application/vnd.etsi.asic-e+zip", so that a
// reader identifies it from fixed offsets; then the documents and META-INF/. Written and read
// in memory with libzip.
class AsicContainer {
    Q_DECLARE_TR_FUNCTIONS(AsicContainer)
public:
    static inline const QString MimeType = QStringLiteral("application/vnd.etsi.asic-e+zip");

    // The container's bytes: mimetype first, then `entries` in order, every entry dated
    // `modified` (so the same content gives the same bytes).
    static Result<QByteArray> write(const QList<AsicEntry>& entries, const QDateTime& modified);
    // Fails only for bytes that are not a ZIP at all; ASiC rules broken are `problems`.
    static Result<AsicContents> read(const QByteArray& bytes);
};

} // namespace guichet
