#include "documents/PageEncoder.h"

#include "documents/FileInspector.h"

#include <QBuffer>
#include <QImageWriter>

namespace guichet {
namespace {

// Calls `visit(r, g, b)` for each pixel until it returns false; true if all passed.
template <typename Visit> bool everyPixel(const QImage& source, Visit visit)
{
    if (source.format() == QImage::Format_Grayscale8) {
        for (int y = 0; y < source.height(); ++y) {
            const uchar* line = source.constScanLine(y);
            for (int x = 0; x < source.width(); ++x) {
                if (!visit(line[x], line[x], line[x])) {
                    return false;
                }
            }
        }
        return true;
    }
    const QImage image =
        source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
            ? source
            : source.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (!visit(qRed(line[x]), qGreen(line[x]), qBlue(line[x]))) {
                return false;
            }
        }
    }
    return true;
}

Result<QByteArray> write(const QImage& image, const char* format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0) {
        writer.setQuality(quality);
    }
    if (!writer.write(image)) {
        return Error{
            ErrorCode::Internal,
            PageEncoder::tr("The page could not be encoded: %1").arg(writer.errorString())};
    }
    return bytes;
}

} // namespace

bool PageEncoder::isBitonal(const QImage& image)
{
    if (image.format() == QImage::Format_Mono || image.format() == QImage::Format_MonoLSB) {
        return true;
    }
    return everyPixel(image,
                      [](int r, int g, int b) { return r == g && g == b && (r == 0 || r == 255); });
}

bool PageEncoder::isGreyscale(const QImage& image)
{
    if (image.isGrayscale()) {
        return true;
    }
    return everyPixel(image, [](int r, int g, int b) { return r == g && g == b; });
}

Result<EncodedPage> PageEncoder::encode(const QImage& page, Fidelity fidelity, int jpegQuality)
{
    if (page.isNull()) {
        return Error{ErrorCode::InvalidInput, tr("The page image is empty.")};
    }
    if (isBitonal(page)) {
        auto png = write(page.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither), "png", -1);
        if (!png) {
            return png.error();
        }
        return EncodedPage{std::move(png).value(), FileInspector::mimeType(FileFormat::Png)};
    }
    const bool grey = isGreyscale(page);
    if (fidelity == Fidelity::Lossless) {
        auto png = write(grey ? page.convertToFormat(QImage::Format_Grayscale8) : page, "png", -1);
        if (!png) {
            return png.error();
        }
        return EncodedPage{std::move(png).value(), FileInspector::mimeType(FileFormat::Png)};
    }
    auto jpeg = write(grey ? page.convertToFormat(QImage::Format_Grayscale8)
                           : page.convertToFormat(QImage::Format_RGB32),
                      "jpeg", jpegQuality);
    if (!jpeg) {
        return jpeg.error();
    }
    return EncodedPage{std::move(jpeg).value(), FileInspector::mimeType(FileFormat::Jpeg)};
}

Result<QList<QImage>> PageEncoder::decodeAll(const QByteArray& bytes)
{
    auto pages = FileInspector::decodePages(bytes);
    if (!pages) {
        return Error{ErrorCode::IncompatibleData, pages.error().message};
    }
    return pages;
}

} // namespace guichet
