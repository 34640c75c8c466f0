#include "documents/FileInspector.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QtEndian>
#include <memory>

namespace guichet {
namespace {

const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);

Error corrupt(const QString& what)
{
    return Error{ErrorCode::InvalidInput, what};
}

Result<InspectedFile> inspectPdf(const QByteArray& bytes)
{
    // ISO 32000-1 7.5.5: the file ends with %%EOF (possibly followed by an end of line).
    const QByteArray tail = bytes.right(1024);
    if (!tail.contains("%%EOF") || !bytes.contains("startxref")) {
        return corrupt(FileInspector::tr("The PDF file is truncated or damaged (no end-of-file "
                                         "marker). It was not stored."));
    }
    InspectedFile file{FileFormat::Pdf, FileInspector::mimeType(FileFormat::Pdf), 0, true};
    // Rough page count: page objects are "/Type /Page" (not "/Pages"). Pages hidden in
    // compressed object streams are not seen; the page tree's /Count then gives the number.
    auto isSpace = [](char c) { return c == ' ' || c == '\r' || c == '\n' || c == '\t'; };
    auto isLetter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    for (qsizetype at = bytes.indexOf("/Type"); at >= 0; at = bytes.indexOf("/Type", at + 5)) {
        qsizetype next = at + 5;
        while (next < bytes.size() && isSpace(bytes[next])) {
            ++next;
        }
        if (bytes.sliced(next).startsWith("/Page") &&
            (next + 5 >= bytes.size() || !isLetter(bytes[next + 5]))) {
            ++file.pageCount;
        }
    }
    if (file.pageCount == 0) {
        for (qsizetype at = bytes.indexOf("/Count"); at >= 0;
             at = bytes.indexOf("/Count", at + 6)) {
            qsizetype next = at + 6;
            while (next < bytes.size() && isSpace(bytes[next])) {
                ++next;
            }
            int value = 0;
            while (next < bytes.size() && bytes[next] >= '0' && bytes[next] <= '9' &&
                   value < 1'000'000) {
                value = value * 10 + (bytes[next] - '0');
                ++next;
            }
            file.pageCount = std::max(file.pageCount, value);
        }
    }
    file.pageCount = std::max(file.pageCount, 1);
    return file;
}

Result<InspectedFile> inspectPng(const QByteArray& bytes)
{
    // Walk the chunks (length, type, data, CRC): they must end with IEND exactly at the end.
    qsizetype at = kPngSignature.size();
    while (at + 12 <= bytes.size()) {
        const quint32 length = qFromBigEndian<quint32>(bytes.constData() + at);
        const QByteArray type = bytes.mid(at + 4, 4);
        const qsizetype next = at + 12 + qsizetype(length);
        if (length > 0x7fffffffU || next > bytes.size()) {
            break;
        }
        if (type == "IEND") {
            if (next == bytes.size()) {
                return InspectedFile{FileFormat::Png, FileInspector::mimeType(FileFormat::Png), 1,
                                     true};
            }
            break;
        }
        at = next;
    }
    return corrupt(FileInspector::tr("The PNG file is truncated or damaged (its chunks do not "
                                     "end with IEND). It was not stored."));
}

Result<InspectedFile> inspectJpeg(const QByteArray& bytes)
{
    // The image ends with the EOI marker; some devices pad with zeros after it.
    qsizetype end = bytes.size();
    while (end > 2 && bytes[end - 1] == '\0') {
        --end;
    }
    if (end < 4 || quint8(bytes[end - 2]) != 0xFF || quint8(bytes[end - 1]) != 0xD9) {
        return corrupt(FileInspector::tr("The JPEG file is truncated or damaged (no end-of-image "
                                         "marker). It was not stored."));
    }
    return InspectedFile{FileFormat::Jpeg, FileInspector::mimeType(FileFormat::Jpeg), 1, true};
}

Result<InspectedFile> inspectTiff(const QByteArray& bytes)
{
    // TIFF 6.0 section 2: header, then a chain of image file directories (IFDs).
    const bool little = bytes.startsWith("II");
    auto u16 = [&](qsizetype at) {
        return little ? qFromLittleEndian<quint16>(bytes.constData() + at)
                      : qFromBigEndian<quint16>(bytes.constData() + at);
    };
    auto u32 = [&](qsizetype at) {
        return little ? qFromLittleEndian<quint32>(bytes.constData() + at)
                      : qFromBigEndian<quint32>(bytes.constData() + at);
    };
    const Error damaged = corrupt(FileInspector::tr(
        "The TIFF file is truncated or damaged (its directories point outside the file). It "
        "was not stored."));
    InspectedFile file{FileFormat::Tiff, FileInspector::mimeType(FileFormat::Tiff), 0, true};
    qsizetype ifd = qsizetype(u32(4));
    while (ifd != 0) {
        if (ifd < 8 || ifd + 2 > bytes.size() || file.pageCount >= 10000) {
            return damaged;
        }
        const quint16 entries = u16(ifd);
        if (ifd + 2 + 12 * qsizetype(entries) + 4 > bytes.size()) {
            return damaged;
        }
        for (quint16 i = 0; i < entries; ++i) {
            const qsizetype entry = ifd + 2 + 12 * qsizetype(i);
            // Tag 259 Compression, a SHORT: 1 means no compression.
            if (u16(entry) == 259 && u16(entry + 2) == 3 && u16(entry + 8) == 1) {
                file.compressed = false;
            }
        }
        ++file.pageCount;
        ifd = qsizetype(u32(ifd + 2 + 12 * qsizetype(entries)));
    }
    if (file.pageCount == 0) {
        return damaged;
    }
    return file;
}

} // namespace

Result<QList<QImage>> FileInspector::decodePages(const QByteArray& bytes, const char* format)
{
    // A fresh reader per page: Qt's TIFF reader cannot step through pages in sequence on a
    // device it has already read from, while jumpToImage() on a new reader is reliable.
    auto readerAt = [&](QBuffer& buffer) {
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        auto reader = std::make_unique<QImageReader>(&buffer, format);
        reader->setAllocationLimit(DecodeLimitMiB);
        return reader;
    };
    QBuffer first;
    const int count = std::max(1, readerAt(first)->imageCount());
    QList<QImage> pages;
    for (int i = 0; i < count; ++i) {
        QBuffer buffer;
        auto reader = readerAt(buffer);
        QImage image;
        if ((i > 0 && !reader->jumpToImage(i)) || !reader->read(&image) || image.isNull()) {
            return corrupt(tr("Page %1 of the image file is damaged and cannot be decoded (%2). "
                              "It was not stored.")
                               .arg(i + 1)
                               .arg(reader->errorString()));
        }
        pages.append(image);
    }
    return pages;
}

QString FileInspector::mimeType(FileFormat format)
{
    switch (format) {
    case FileFormat::Pdf:
        return QStringLiteral("application/pdf");
    case FileFormat::Jpeg:
        return QStringLiteral("image/jpeg");
    case FileFormat::Png:
        return QStringLiteral("image/png");
    case FileFormat::Tiff:
        return QStringLiteral("image/tiff");
    }
    return {};
}

Result<InspectedFile> FileInspector::inspect(const QByteArray& bytes)
{
    if (bytes.isEmpty()) {
        return corrupt(tr("The file is empty. It was not stored."));
    }
    Result<InspectedFile> inspected = Error{
        ErrorCode::InvalidInput,
        tr("The file is not a PDF, JPEG, PNG or TIFF file (recognised by its content, not its "
           "name). It was not stored.")};
    const char* decoder = nullptr;
    if (bytes.startsWith("%PDF-")) {
        inspected = inspectPdf(bytes);
    } else if (bytes.startsWith("\xFF\xD8\xFF")) {
        inspected = inspectJpeg(bytes);
        decoder = "jpeg";
    } else if (bytes.startsWith(kPngSignature)) {
        inspected = inspectPng(bytes);
        decoder = "png";
    } else if (bytes.size() >= 8 && (bytes.startsWith(QByteArray("II*\0", 4)) ||
                                     bytes.startsWith(QByteArray("MM\0*", 4)))) {
        inspected = inspectTiff(bytes);
        decoder = "tiff";
    }
    // Every image is decoded once: a file Qt cannot decode is refused now, not found
    // unreadable years later.
    if (inspected && decoder != nullptr) {
        auto decoded = decodePages(bytes, decoder);
        if (!decoded) {
            return decoded.error();
        }
        if (decoded->size() != inspected->pageCount) {
            return corrupt(tr("The image file has %1 readable page(s) out of %2. It was not "
                              "stored.")
                               .arg(decoded->size())
                               .arg(inspected->pageCount));
        }
    }
    return inspected;
}

} // namespace guichet
