#pragma once

#include "documents/DocumentType.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace guichet {

// One stored, encrypted piece of a document. An imported file is one part (its original
// bytes, or its re-encoded form); a multi-page scan has one part per page.
struct DocumentPart {
    int index = 0;
    QString mimeType;
    QByteArray storedSha256; // of the plaintext bytes kept (32 bytes)
    qint64 storedSize = 0;
    bool isOriginal = false; // the bytes are exactly the imported file
};

// A captured paper of a dossier. Its bytes are never held here: DocumentService opens the
// encrypted parts on demand.
struct DocumentInfo {
    qint64 id = 0;
    QString uid; // random, bound into every part's encryption
    qint64 dossierId = 0;
    DocumentType type = DocumentType::Other;
    QString source; // "import" or "scan"
    QString mimeType;
    int pageCount = 0;
    std::optional<QDate> paperDate;
    // Import: SHA-256 and size of the original file, as the operator gave it.
    // Scan: SHA-256 of the one stored page, or for several pages SHA-256 over the stored
    // pages' digests in order (a manifest), and the total stored size.
    QByteArray sha256;
    qint64 size = 0;
    QString capturedBy;
    QDateTime capturedAtUtc;
    QList<DocumentPart> parts;

    bool reencoded() const
    {
        return source == u"import" && !(parts.size() == 1 && parts[0].isOriginal);
    }
};

} // namespace guichet
