#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>

namespace guichet {

struct EncodedPage {
    QByteArray bytes;
    QString mimeType;
};

// How a page image is kept. Text pages that are pure black and white are kept losslessly
// as 1-bit PNG (a 300 dpi A4 page of text is a few tens of kilobytes); photo-like colour or
// greyscale pages from the scanner as JPEG at quality 85, which keeps security features and
// faces legible at a tenth of the PNG size. Imported images are never made lossy: they are
// someone's original, so only uncompressed ones are re-encoded, and losslessly.
class PageEncoder {
    Q_DECLARE_TR_FUNCTIONS(PageEncoder)
public:
    enum class Fidelity { Scan, Lossless };

    static Result<EncodedPage> encode(const QImage& page, Fidelity fidelity, int jpegQuality = 85);

    static bool isBitonal(const QImage& image);
    static bool isGreyscale(const QImage& image);

    // Every image in an image file (several for a multi-page TIFF).
    static Result<QList<QImage>> decodeAll(const QByteArray& bytes);
};

} // namespace guichet
