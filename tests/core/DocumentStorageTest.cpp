#include "DocumentFixture.h"
#include "DocumentSamples.h"
#include "crypto/Sha256.h"
#include "documents/FileInspector.h"
#include "documents/PageEncoder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace guichet;
using namespace guichet::test;

namespace {

class DocumentStorageTest : public DocumentTest {};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_P(DocumentStorageTest, ImportsEachFormatAndGivesBackTheSameBytes)
{
    const QList<std::pair<QByteArray, QString>> files{
        {pngFile(), QStringLiteral("image/png")},
        {jpegFile(), QStringLiteral("image/jpeg")},
        {pdfFile(3), QStringLiteral("application/pdf")},
        {compressedTiff(), QStringLiteral("image/tiff")}};
    QTemporaryDir out;
    for (const auto& [bytes, mime] : files) {
        auto stored = documents->importBytes(request(), bytes);
        ASSERT_TRUE(stored) << stored.error().message.toStdString();
        EXPECT_EQ(stored->mimeType, mime);
        EXPECT_EQ(stored->sha256, Sha256::hash(bytes));
        EXPECT_EQ(stored->size, bytes.size());
        EXPECT_FALSE(stored->reencoded());
        const QString path = out.filePath(QStringLiteral("export-%1").arg(stored->id));
        ASSERT_TRUE(documents->exportTo(stored->id, path, DocumentService::ExportFormat::AsStored));
        EXPECT_EQ(readFile(path), bytes);
        EXPECT_EQ(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                  QFileDevice::Permissions())
            << "an exported copy is readable by its owner only";
        EXPECT_TRUE(documents->verify(stored->id).intact);
    }
    auto listed = documents->list(dossierId);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 4);
    EXPECT_EQ(listed->at(2).pageCount, 3);
    EXPECT_EQ(listed->at(0).capturedBy, QStringLiteral("op-alice"));
    EXPECT_EQ(listed->at(0).capturedAtUtc, clock.nowUtc());
    EXPECT_EQ(listed->at(0).type, DocumentType::IdFront);

    // One audit event per document, with type, digest and size: never content.
    auto trail = service->auditTrail(dossierId);
    ASSERT_TRUE(trail);
    QList<AuditEvent> added;
    for (const AuditEvent& event : std::as_const(*trail)) {
        if (event.action == u"document.added") {
            added.append(event);
        }
    }
    ASSERT_EQ(added.size(), 4);
    const QJsonObject details = added.first().details();
    EXPECT_EQ(details.value(QStringLiteral("type")).toString(), QStringLiteral("id-front"));
    EXPECT_EQ(details.value(QStringLiteral("sha256")).toString(),
              QString::fromLatin1(Sha256::hash(files[0].first).toHex()));
    EXPECT_EQ(details.value(QStringLiteral("size")).toInteger(), files[0].first.size());
    EXPECT_TRUE(service->verifyAudit()->intact);
}

TEST_P(DocumentStorageTest, PaperDatesAreRequiredWhereARuleNeedsThem)
{
    auto missing = documents->importBytes(request(DocumentType::Kbis), pdfFile(1));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(documents->importBytes(
        request(DocumentType::Mandate, clock.nowUtc().date().addDays(1)), pdfFile(1)))
        << "a future date";
    auto kbis = documents->importBytes(request(DocumentType::Kbis, QDate(2026, 10, 1)), pdfFile(1));
    ASSERT_TRUE(kbis);
    auto found = documents->find(kbis->id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->paperDate, QDate(2026, 10, 1));
}

TEST_P(DocumentStorageTest, UncompressedTiffIsReencodedLosslesslyKeepingBothDigests)
{
    const QByteArray tiff = uncompressedTiff(3, 32, 16);
    auto stored = documents->importBytes(request(DocumentType::PassportPage), tiff);
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    EXPECT_TRUE(stored->reencoded());
    EXPECT_EQ(stored->pageCount, 3);
    EXPECT_EQ(stored->sha256, Sha256::hash(tiff)) << "the original's digest is recorded";
    ASSERT_EQ(stored->parts.size(), 3);
    auto parts = documents->openParts(*stored);
    ASSERT_TRUE(parts);
    auto originals = PageEncoder::decodeAll(tiff);
    ASSERT_TRUE(originals);
    ASSERT_EQ(originals->size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        EXPECT_EQ(stored->parts[i].mimeType, QStringLiteral("image/png"));
        EXPECT_FALSE(stored->parts[i].isOriginal);
        EXPECT_EQ(stored->parts[i].storedSha256, Sha256::hash(parts->at(i)));
        EXPECT_EQ(QImage::fromData(parts->at(i)).convertToFormat(QImage::Format_RGB32),
                  originals->at(i).convertToFormat(QImage::Format_RGB32))
            << "page " << i << " lost pixels";
    }
    EXPECT_TRUE(documents->verify(stored->id).intact);
}

TEST_P(DocumentStorageTest, ScannedPagesAreStoredCompressedAndExportAsOnePdf)
{
    auto stored = documents->addScannedPages(request(DocumentType::Request),
                                             {photoImage(300, 400), textImage(300, 400)});
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    EXPECT_EQ(stored->source, QStringLiteral("scan"));
    EXPECT_EQ(stored->pageCount, 2);
    ASSERT_EQ(stored->parts.size(), 2);
    EXPECT_EQ(stored->parts[0].mimeType, QStringLiteral("image/jpeg"));
    EXPECT_EQ(stored->parts[1].mimeType, QStringLiteral("image/png"));
    EXPECT_TRUE(documents->verify(stored->id).intact);

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("pages.pdf"));
    ASSERT_TRUE(documents->exportTo(stored->id, path, DocumentService::ExportFormat::Pdf));
    const QByteArray pdf = readFile(path);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    auto inspected = FileInspector::inspect(pdf);
    ASSERT_TRUE(inspected);
    EXPECT_EQ(inspected->pageCount, 2);

    // A PDF document cannot be merged into pages; exporting it "as PDF" gives it as is.
    auto original = documents->importBytes(request(), pdfFile(2));
    ASSERT_TRUE(original);
    ASSERT_TRUE(documents->exportTo(original->id, path, DocumentService::ExportFormat::Pdf));
    EXPECT_EQ(readFile(path), pdfFile(2));
}

TEST_P(DocumentStorageTest, RefusedFilesLeaveNothingStored)
{
    const qint64 documentsBefore = count(QStringLiteral("document"));
    const qint64 partsBefore = count(QStringLiteral("document_part"));
    const qint64 eventsBefore = count(QStringLiteral("audit_event"));

    const QList<QByteArray> refused{pngFile().chopped(12),      jpegFile().chopped(2),
                                    pdfFile(1).left(100),       uncompressedTiff(2).left(40),
                                    QByteArray("GIF89a......"), QByteArray()};
    for (const QByteArray& bytes : refused) {
        auto stored = documents->importBytes(request(), bytes);
        ASSERT_FALSE(stored);
        EXPECT_FALSE(stored.error().message.isEmpty());
    }
    // Oversized, in memory and from a file (refused before it is read).
    auto small = makeDocuments(DocumentLimits{1024, 85});
    auto oversized = small->importBytes(request(), jpegFile(200, 200));
    ASSERT_FALSE(oversized);
    EXPECT_TRUE(oversized.error().message.contains(QStringLiteral("limit")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jpg"));
    QFile big(path);
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    big.write(jpegFile(200, 200));
    big.close();
    EXPECT_FALSE(small->importFile(request(), path));
    EXPECT_FALSE(documents->importFile(request(), dir.filePath(QStringLiteral("missing.pdf"))));
    // Unknown dossier.
    auto nowhere = documents->importBytes(
        DocumentRequest{dossierId + 1000, DocumentType::Other, {}}, pngFile());
    ASSERT_FALSE(nowhere);
    EXPECT_EQ(nowhere.error().code, ErrorCode::NotFound);

    EXPECT_EQ(count(QStringLiteral("document")), documentsBefore);
    EXPECT_EQ(count(QStringLiteral("document_part")), partsBefore);
    EXPECT_EQ(count(QStringLiteral("audit_event")), eventsBefore);
}

TEST_P(DocumentStorageTest, WithoutAMasterKeyNothingIsStored)
{
    class Unreachable final : public MasterKeySource {
    public:
        QString kind() const override { return QStringLiteral("keychain"); }
        Result<SecretBytes> masterKey() override
        {
            return Error{ErrorCode::Io, QStringLiteral("No OS keychain is reachable: test")};
        }
    };
    EncryptionService none(std::make_unique<Unreachable>());
    DocumentService refusing(*db, clock, none, OperatorIdentity{QStringLiteral("op-alice"), {}});
    auto stored = refusing.importBytes(request(), jpegFile());
    ASSERT_FALSE(stored);
    EXPECT_TRUE(stored.error().message.contains(QStringLiteral("keychain")));
    EXPECT_FALSE(refusing.addScannedPages(request(), {photoImage(10, 10)}));
    EXPECT_EQ(count(QStringLiteral("document")), 0);
    EXPECT_EQ(count(QStringLiteral("document_part")), 0);
}

GUICHET_ON_BOTH_ENGINES(DocumentStorageTest);
