#pragma once

// Small real files for document tests, made here rather than shipped: PNG, JPEG and TIFF
// through Qt's image writers or by hand, PDF by hand with a correct cross-reference table.

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QtEndian>

namespace guichet::test {

// A photo-like colour image (gradients and noise), so JPEG has something to do.
inline QImage photoImage(int width, int height, quint32 seed = 1)
{
    QImage image(width, height, QImage::Format_RGB32);
    quint32 state = seed;
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            state = state * 1664525U + 1013904223U;
            const int noise = int(state >> 28);
            line[x] = qRgb((x * 255 / std::max(1, width - 1) + noise) & 0xff,
                           (y * 255 / std::max(1, height - 1) + noise) & 0xff, ((x + y) & 0xff));
        }
    }
    image.setDotsPerMeterX(11811); // 300 dpi
    image.setDotsPerMeterY(11811);
    return image;
}

// A black-and-white "text" page.
inline QImage textImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 10; y < height - 10; y += 12) {
        for (int x = 10; x < width - 10; ++x) {
            if ((x / 7) % 3 != 0) {
                image.setPixel(x, y, qRgb(0, 0, 0));
                image.setPixel(x, y + 1, qRgb(0, 0, 0));
            }
        }
    }
    return image;
}

inline QByteArray encodeImage(const QImage& image, const char* format, int quality = -1,
                              const QString& description = {}, int compression = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0) {
        writer.setQuality(quality);
    }
    if (compression >= 0) {
        writer.setCompression(compression);
    }
    if (!description.isEmpty()) {
        writer.setText(QStringLiteral("Description"), description);
    }
    writer.write(image);
    return bytes;
}

inline QByteArray pngFile(int width = 64, int height = 48)
{
    return encodeImage(photoImage(width, height), "png");
}

inline QByteArray jpegFile(int width = 64, int height = 48, const QString& comment = {})
{
    return encodeImage(photoImage(width, height), "jpeg", 90, comment);
}

// An uncompressed, 8-bit greyscale, little-endian TIFF with `pages` directories.
inline QByteArray uncompressedTiff(int pages, int width = 16, int height = 8)
{
    QByteArray out("II*\0\0\0\0\0", 8);
    auto put16 = [&](qsizetype at, quint16 v) { qToLittleEndian(v, out.data() + at); };
    auto put32 = [&](qsizetype at, quint32 v) { qToLittleEndian(v, out.data() + at); };
    qsizetype previousNext = 4;
    for (int page = 0; page < pages; ++page) {
        const qsizetype pixels = out.size();
        for (int i = 0; i < width * height; ++i) {
            out.append(char((i * 7 + page * 40) & 0xff));
        }
        if (out.size() % 2) {
            out.append('\0');
        }
        const qsizetype ifd = out.size();
        put32(previousNext, quint32(ifd));
        struct Entry {
            quint16 tag, type;
            quint32 count, value;
        };
        const Entry entries[] = {{256, 3, 1, quint32(width)},
                                 {257, 3, 1, quint32(height)},
                                 {258, 3, 1, 8},
                                 {259, 3, 1, 1},
                                 {262, 3, 1, 1},
                                 {273, 4, 1, quint32(pixels)},
                                 {277, 3, 1, 1},
                                 {278, 3, 1, quint32(height)},
                                 {279, 4, 1, quint32(width * height)}};
        out.append(QByteArray(2 + 12 * qsizetype(std::size(entries)) + 4, '\0'));
        put16(ifd, quint16(std::size(entries)));
        for (qsizetype i = 0; i < qsizetype(std::size(entries)); ++i) {
            const qsizetype at = ifd + 2 + 12 * i;
            put16(at, entries[i].tag);
            put16(at + 2, entries[i].type);
            put32(at + 4, entries[i].count);
            if (entries[i].type == 3) {
                put16(at + 8, quint16(entries[i].value));
            } else {
                put32(at + 8, entries[i].value);
            }
        }
        previousNext = ifd + 2 + 12 * qsizetype(std::size(entries));
    }
    return out;
}

// A compressed (LZW) single-page TIFF from Qt's writer.
inline QByteArray compressedTiff()
{
    return encodeImage(photoImage(40, 30), "tiff", -1, {}, 1);
}

// A small valid PDF with `pages` pages whose content streams show `marker` in clear.
inline QByteArray pdfFile(int pages, const QByteArray& marker = "Hello")
{
    QList<QByteArray> objects;
    QByteArray kids;
    for (int i = 0; i < pages; ++i) {
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    }
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) +
                   " >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int i = 0; i < pages; ++i) {
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                       "<< /F1 3 0 R >> >> /Contents " +
                       QByteArray::number(5 + 2 * i) + " 0 R >>");
        const QByteArray stream = "BT /F1 24 Tf 72 720 Td (" + marker + ") Tj ET";
        objects.append("<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" +
                       stream + "\nendstream");
    }
    QByteArray out("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace guichet::test
