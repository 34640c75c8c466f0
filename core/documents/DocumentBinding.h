#pragma once

#include "documents/Document.h"

#include <QByteArray>
#include <QList>

namespace guichet {

// How a stored document's parts are tied to it, on the way in (DocumentService) and on the
// way out (DocumentReader): the associated data each part's encryption carries, and the
// digest that stands for a scan of several pages.
class DocumentBinding {
public:
    // Binds each blob to its document, dossier, place and recorded digest: a blob copied to
    // another row, or a digest edited in the table, fails to open.
    static QByteArray associatedData(const DocumentInfo& document, const DocumentPart& part);
    // For several scanned pages: SHA-256 over the pages' digests in order (one page: its own).
    static QByteArray manifestHash(const QList<DocumentPart>& parts);
};

} // namespace guichet
