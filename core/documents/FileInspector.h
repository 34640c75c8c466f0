#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace guichet {

enum class FileFormat { Pdf, Jpeg, Png, Tiff };

struct InspectedFile {
    FileFormat format = FileFormat::Pdf;
    QString mimeType;
    int pageCount = 1;
    // False for a TIFF whose pages are stored uncompressed: worth re-encoding.
    bool compressed = true;
};

// Recognises an imported file by its content (magic bytes), never by its name, and checks
// that it is whole: a PDF ends with %%EOF, a PNG's chunks run to IEND, a JPEG ends with EOI,
// a TIFF's directories stay inside the file; images are then decoded once to prove it.
// Page count: a rough count of /Type /Page objects for a PDF (falling back to /Count),
// directories for a TIFF, one for JPEG and PNG.
class FileInspector {
    Q_DECLARE_TR_FUNCTIONS(FileInspector)
public:
    static Result<InspectedFile> inspect(const QByteArray& bytes);

    static QString mimeType(FileFormat format);
    // Every page of an image file, decoded; `format` is Qt's name ("jpeg", "png", "tiff"),
    // or null to let Qt recognise the content.
    static Result<QList<QImage>> decodePages(const QByteArray& bytes, const char* format = nullptr);
    // Largest decoded image accepted, so that a small file cannot expand into gigabytes.
    static constexpr int DecodeLimitMiB = 1024;
};

} // namespace guichet
