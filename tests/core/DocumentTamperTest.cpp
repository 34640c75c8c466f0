#include "DocumentFixture.h"
#include "DocumentSamples.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace guichet;
using namespace guichet::test;

namespace {

class DocumentTamperTest : public DocumentTest {
protected:
    QByteArray blob(qint64 documentId, int part = 0)
    {
        QSqlQuery q = db->query();
        q.prepare(
            QStringLiteral("SELECT content FROM document_part WHERE document_id = ? AND part = ?"));
        q.addBindValue(documentId);
        q.addBindValue(part);
        EXPECT_TRUE(q.exec() && q.next());
        return q.value(0).toByteArray();
    }

    // Tampering as an attacker with database access would: through SQL.
    void setBlob(qint64 documentId, const QByteArray& content, int part = 0)
    {
        QSqlQuery q = db->query();
        q.prepare(QStringLiteral(
            "UPDATE document_part SET content = ? WHERE document_id = ? AND part = ?"));
        q.addBindValue(content);
        q.addBindValue(documentId);
        q.addBindValue(part);
        ASSERT_TRUE(q.exec());
        ASSERT_EQ(q.numRowsAffected(), 1);
    }

    void expectRefused(qint64 documentId)
    {
        const DocumentCheck check = documents->verify(documentId);
        EXPECT_FALSE(check.intact);
        EXPECT_TRUE(check.problem.contains(QStringLiteral("altered")))
            << check.problem.toStdString();
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("copy"));
        const Status exported =
            documents->exportTo(documentId, path, DocumentService::ExportFormat::AsStored);
        EXPECT_FALSE(exported);
        EXPECT_FALSE(QFile::exists(path)) << "a tampered document must never be written out";
    }
};

// Unique enough never to appear by chance in ciphertext or in SQLite's own pages.
const QByteArray kMarker("GUICHET-PLAINTEXT-MARKER-5d1c9e");

} // namespace

TEST_P(DocumentTamperTest, NoPlaintextReachesTheDatabase)
{
    const QByteArray jpeg = jpegFile(120, 90, QString::fromLatin1(kMarker));
    const QByteArray pdf = pdfFile(2, kMarker);
    const QByteArray png = pngFile();
    ASSERT_TRUE(jpeg.contains(kMarker)) << "the test JPEG must carry the marker";
    ASSERT_TRUE(pdf.contains(kMarker));
    ASSERT_TRUE(documents->importBytes(request(), jpeg));
    ASSERT_TRUE(documents->importBytes(request(DocumentType::Mandate, QDate(2026, 11, 1)), pdf));
    ASSERT_TRUE(documents->importBytes(request(DocumentType::IdBack), png));
    ASSERT_TRUE(
        documents->addScannedPages(request(DocumentType::PassportPage), {photoImage(200, 150)}));

    // What would betray a stored file: its signatures, its first bytes, the marker.
    const QList<QByteArray> forbidden{kMarker,
                                      QByteArray("JFIF"),
                                      QByteArray("%PDF-"),
                                      QByteArray("%%EOF"),
                                      QByteArray("\x89PNG\r\n\x1a\n", 8),
                                      QByteArray("IHDR"),
                                      jpeg.left(16),
                                      pdf.left(16),
                                      png.left(24)};
    for (const QByteArray& value : everyStoredValue()) {
        for (const QByteArray& needle : forbidden) {
            ASSERT_FALSE(value.contains(needle))
                << "a database value contains " << needle.toHex().toStdString();
        }
    }
    if (db->isSqlite()) {
        // The files themselves: the database and its write-ahead log, as they are on disk.
        const QDir folder = QFileInfo(testDb().config().sqlitePath).dir();
        int scanned = 0;
        for (const QString& name : folder.entryList(QDir::Files)) {
            QFile file(folder.filePath(name));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++scanned;
            for (const QByteArray& needle : forbidden) {
                ASSERT_FALSE(bytes.contains(needle))
                    << name.toStdString() << " contains " << needle.toHex().toStdString();
            }
        }
        EXPECT_GE(scanned, 2) << "expected the database file and its -wal";
    }
    // And everything still opens.
    auto all = documents->verifyAll();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 4);
    for (const DocumentCheck& check : std::as_const(*all)) {
        EXPECT_TRUE(check.intact) << check.problem.toStdString();
    }
}

TEST_P(DocumentTamperTest, AFlippedByteInAStoredBlobIsDetected)
{
    auto stored = documents->importBytes(request(), jpegFile(80, 60));
    ASSERT_TRUE(stored);
    const QByteArray original = blob(stored->id);
    // Header, wrapped key, ciphertext start, middle and end, tag.
    for (const qsizetype at :
         {qsizetype(0), qsizetype(4), qsizetype(9), qsizetype(30), qsizetype(80), qsizetype(90),
          original.size() / 2, original.size() - 17, original.size() - 1}) {
        QByteArray altered = original;
        altered[at] = char(altered[at] ^ 0x01);
        setBlob(stored->id, altered);
        SCOPED_TRACE(at);
        expectRefused(stored->id);
    }
    setBlob(stored->id, original.chopped(1));
    expectRefused(stored->id);
    setBlob(stored->id, original);
    EXPECT_TRUE(documents->verify(stored->id).intact);
}

TEST_P(DocumentTamperTest, BlobsAndDigestsCannotBeSwappedOrEdited)
{
    auto first = documents->importBytes(request(), pngFile(30, 30));
    auto second = documents->importBytes(request(), pngFile(31, 30));
    ASSERT_TRUE(first && second);
    const QByteArray firstBlob = blob(first->id);
    setBlob(first->id, blob(second->id));
    expectRefused(first->id);
    setBlob(first->id, firstBlob);
    ASSERT_TRUE(documents->verify(first->id).intact);

    QSqlQuery q = db->query();
    ASSERT_TRUE(q.exec(
        QStringLiteral("UPDATE document_part SET stored_sha256 = '%1' WHERE document_id = %2")
            .arg(QString(64, u'0'))
            .arg(second->id)));
    expectRefused(second->id);

    auto third = documents->importBytes(request(), pngFile(32, 30));
    ASSERT_TRUE(third);
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE document SET sha256 = '%1' WHERE id = %2")
                           .arg(QString(64, u'a'))
                           .arg(third->id)));
    EXPECT_FALSE(documents->verify(third->id).intact);
}

GUICHET_ON_BOTH_ENGINES(DocumentTamperTest);
