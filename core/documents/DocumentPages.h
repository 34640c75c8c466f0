#pragma once

#include "common/Result.h"
#include "documents/Document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>

namespace guichet {

// A document's pages as images, in memory only: image parts decoded (every frame of a TIFF),
// PDF parts rendered with Qt PDF. For viewing and for certified copies; the plaintext never
// reaches a file here. Call off the GUI thread: a long PDF takes a while to render.
class DocumentPages {
    Q_DECLARE_TR_FUNCTIONS(DocumentPages)
public:
    static constexpr int DefaultResolution = 200;
    // A page larger than this (in pixels, either side) is rendered smaller: a poster-sized
    // PDF page must not exhaust memory.
    static constexpr int MaximumSide = 6000;

    // `parts` are the opened parts of `document`, in order (DocumentService::openParts).
    static Result<QList<QImage>> render(const DocumentInfo& document,
                                        const QList<QByteArray>& parts,
                                        int resolution = DefaultResolution);

    // Every page of a PDF, rendered at `resolution` dots per inch on white.
    static Result<QList<QImage>> renderPdf(const QByteArray& pdf, int resolution);
};

} // namespace guichet
