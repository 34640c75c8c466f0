#include "DocumentSamples.h"
#include "documents/DocumentType.h"
#include "documents/FileInspector.h"
#include "documents/PageEncoder.h"

#include <gtest/gtest.h>

using namespace guichet;
using namespace guichet::test;

namespace {

InspectedFile accepted(const QByteArray& bytes)
{
    auto inspected = FileInspector::inspect(bytes);
    EXPECT_TRUE(inspected) << (inspected ? "" : inspected.error().message.toStdString());
    return inspected ? *inspected : InspectedFile{};
}

QString refusal(const QByteArray& bytes)
{
    auto inspected = FileInspector::inspect(bytes);
    EXPECT_FALSE(inspected) << "accepted a file that should be refused";
    if (inspected) {
        return {};
    }
    EXPECT_EQ(inspected.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(inspected.error().message.contains(QStringLiteral("not stored")))
        << inspected.error().message.toStdString();
    return inspected.error().message;
}

} // namespace

TEST(DocumentFormat, RecognisesEachFormatByContentWithItsPageCount)
{
    const InspectedFile png = accepted(pngFile());
    EXPECT_EQ(png.format, FileFormat::Png);
    EXPECT_EQ(png.mimeType, QStringLiteral("image/png"));
    EXPECT_EQ(png.pageCount, 1);

    const InspectedFile jpeg = accepted(jpegFile());
    EXPECT_EQ(jpeg.format, FileFormat::Jpeg);
    EXPECT_EQ(jpeg.mimeType, QStringLiteral("image/jpeg"));

    const InspectedFile pdf = accepted(pdfFile(3));
    EXPECT_EQ(pdf.format, FileFormat::Pdf);
    EXPECT_EQ(pdf.pageCount, 3);

    const InspectedFile tiff = accepted(uncompressedTiff(3));
    EXPECT_EQ(tiff.format, FileFormat::Tiff);
    EXPECT_EQ(tiff.pageCount, 3);
    EXPECT_FALSE(tiff.compressed);

    const InspectedFile lzw = accepted(compressedTiff());
    EXPECT_EQ(lzw.format, FileFormat::Tiff);
    EXPECT_EQ(lzw.pageCount, 1);
    EXPECT_TRUE(lzw.compressed);
}

TEST(DocumentFormat, RefusesTruncatedFiles)
{
    EXPECT_TRUE(refusal(pngFile().chopped(12)).contains(QStringLiteral("IEND")));
    EXPECT_TRUE(refusal(jpegFile().chopped(2)).contains(QStringLiteral("end-of-image")));
    const QByteArray pdf = pdfFile(1);
    EXPECT_TRUE(refusal(pdf.left(pdf.indexOf("xref"))).contains(QStringLiteral("PDF")));
    const QByteArray tiff = uncompressedTiff(2);
    refusal(tiff.left(tiff.size() / 2));
    refusal(jpegFile().left(200) + QByteArray("\xFF\xD9", 2)); // cut inside, EOI glued on
}

TEST(DocumentFormat, RefusesCorruptFiles)
{
    QByteArray png = pngFile();
    const qsizetype data = png.indexOf("IDAT") + 20;
    png[data] = char(png[data] ^ 0x55); // the chunk's CRC no longer matches
    refusal(png);
    QByteArray tiff = uncompressedTiff(1);
    tiff[4] = char(0x7f); // first directory offset outside the file
    tiff[7] = char(0x7f);
    refusal(tiff);
}

TEST(DocumentFormat, RefusesUnsupportedAndEmptyFilesWhateverTheirName)
{
    EXPECT_TRUE(refusal(QByteArray("GIF89a\x01\x00\x01\x00", 10))
                    .contains(QStringLiteral("PDF, JPEG, PNG or TIFF")));
    refusal(QByteArray("PK\x03\x04 a zip or office file", 26));
    refusal(QByteArray("just some text, named scan.pdf"));
    refusal(QByteArray("BM") + QByteArray(60, '\0'));
    refusal(QByteArray("II+\0", 4) + QByteArray(12, '\0')); // BigTIFF
    EXPECT_TRUE(refusal(QByteArray()).contains(QStringLiteral("empty")));
}

TEST(DocumentFormat, ScannedPagesAreCompressedByKind)
{
    const QImage colour = photoImage(600, 800);
    auto jpeg = PageEncoder::encode(colour, PageEncoder::Fidelity::Scan);
    ASSERT_TRUE(jpeg);
    EXPECT_EQ(jpeg->mimeType, QStringLiteral("image/jpeg"));
    EXPECT_LT(jpeg->bytes.size(), 600 * 800 * 3 / 2);

    const QImage text = textImage(600, 800);
    EXPECT_TRUE(PageEncoder::isBitonal(text));
    auto png = PageEncoder::encode(text, PageEncoder::Fidelity::Scan);
    ASSERT_TRUE(png);
    EXPECT_EQ(png->mimeType, QStringLiteral("image/png"));
    // Lossless: every pixel comes back.
    const QImage back = QImage::fromData(png->bytes).convertToFormat(QImage::Format_RGB32);
    EXPECT_EQ(back, text);
    EXPECT_LT(png->bytes.size(), 600 * 800 / 8);

    const QImage grey = colour.convertToFormat(QImage::Format_Grayscale8);
    auto greyJpeg = PageEncoder::encode(grey, PageEncoder::Fidelity::Scan);
    ASSERT_TRUE(greyJpeg);
    EXPECT_TRUE(QImage::fromData(greyJpeg->bytes).isGrayscale());

    auto lossless = PageEncoder::encode(colour, PageEncoder::Fidelity::Lossless);
    ASSERT_TRUE(lossless);
    EXPECT_EQ(lossless->mimeType, QStringLiteral("image/png"));
    EXPECT_EQ(QImage::fromData(lossless->bytes).convertToFormat(QImage::Format_RGB32), colour);
}

TEST(DocumentFormat, TypesHaveStableKeysAndNames)
{
    for (DocumentType type : DocumentTypes::all()) {
        EXPECT_EQ(DocumentTypes::fromKey(DocumentTypes::key(type)), type);
        EXPECT_FALSE(DocumentTypes::displayName(type).isEmpty());
    }
    EXPECT_EQ(DocumentTypes::all().size(), 10);
    EXPECT_TRUE(DocumentTypes::needsPaperDate(DocumentType::Kbis));
    EXPECT_TRUE(DocumentTypes::needsPaperDate(DocumentType::Mandate));
    EXPECT_FALSE(DocumentTypes::needsPaperDate(DocumentType::IdFront));
    EXPECT_TRUE(DocumentTypes::isIdentityDocument(DocumentType::PassportPage));
    EXPECT_FALSE(DocumentTypes::fromKey(QStringLiteral("passport")));
}
