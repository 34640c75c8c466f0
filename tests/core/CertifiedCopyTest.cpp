// Certified copies ("copie conforme à l'original"): the stamp is really in the exported PDF
// (read back with poppler's pdftotext), the stored original is untouched, an altered
// document gives no copy, and the decision is in the audit trail.
#include "DocumentFixture.h"
#include "DocumentSamples.h"
#include "crypto/Sha256.h"
#include "documents/CertifiedCopyService.h"
#include "documents/DocumentPages.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace guichet;
using namespace guichet::test;

namespace {

// The text poppler finds in a PDF, or an empty string when it cannot read it.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0) {
        return -1;
    }
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(QStringLiteral("Pages:"))) {
            return line.mid(6).trimmed().toInt();
        }
    }
    return -1;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class CertifiedCopyTest : public DocumentTest {
protected:
    void SetUp() override
    {
        DocumentTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            GTEST_FAIL() << "pdftotext is missing: install poppler-utils (test-depends.txt)";
        }
        copies = std::make_unique<CertifiedCopyService>(*db, clock, *documents, actor);
    }

    void TearDown() override
    {
        copies.reset();
        DocumentTest::TearDown();
    }

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

    QList<AuditEvent> certifications()
    {
        QList<AuditEvent> found;
        AuditLog audit(*db, clock);
        auto events = audit.eventsFor(QStringLiteral("dossier"), QString::number(dossierId));
        EXPECT_TRUE(events);
        for (const AuditEvent& event : events ? *events : QList<AuditEvent>()) {
            if (event.action == u"document.copy-certified") {
                found.append(event);
            }
        }
        return found;
    }

    const OperatorIdentity actor{QStringLiteral("op-alice"), QStringLiteral("Alice")};
    const Certification certification{QStringLiteral("Alice Martin"), QDate(2026, 11, 20)};
    std::unique_ptr<CertifiedCopyService> copies;
    QTemporaryDir out;
};

} // namespace

TEST_P(CertifiedCopyTest, StampIsOnEveryPageAndTheOriginalIsUnchanged)
{
    const QByteArray jpeg = jpegFile(600, 400);
    auto stored = documents->importBytes(request(), jpeg);
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    const QByteArray blobBefore = blob(stored->id);

    const QString path = out.filePath(QStringLiteral("copy.pdf"));
    const Status certified = copies->certifyTo(stored->id, certification, path);
    ASSERT_TRUE(certified) << certified.error().message.toStdString();

    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Copie conforme \u00e0 l'original")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Alice Martin"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLocale().toString(certification.date, QLocale::ShortFormat)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Signature"))) << text.toStdString();
    EXPECT_EQ(pdfPages(path), 1);

    // The original: same sealed bytes, same digest, and its export still verifies.
    EXPECT_EQ(blob(stored->id), blobBefore);
    auto after = documents->find(stored->id);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->sha256, Sha256::hash(jpeg));
    EXPECT_TRUE(documents->verify(stored->id).intact);
    const QString original = out.filePath(QStringLiteral("original.jpg"));
    ASSERT_TRUE(documents->exportTo(stored->id, original, DocumentService::ExportFormat::AsStored));
    EXPECT_EQ(Sha256::hash(readFile(original)), stored->sha256);
}

TEST_P(CertifiedCopyTest, PdfOriginalIsRenderedWithQtPdfAndEachPageStamped)
{
    const QByteArray pdf = pdfFile(3, "Extrait Kbis");
    auto stored = documents->importBytes(request(DocumentType::Kbis, QDate(2026, 11, 1)), pdf);
    ASSERT_TRUE(stored) << stored.error().message.toStdString();

    // The renderer really draws the page: the text is there as dark pixels.
    auto rendered = DocumentPages::renderPdf(pdf, 72);
    ASSERT_TRUE(rendered) << rendered.error().message.toStdString();
    ASSERT_EQ(rendered->size(), 3);
    EXPECT_EQ(rendered->first().size(), QSize(595, 842));
    int dark = 0;
    const QImage& first = rendered->first();
    for (int y = 100; y < 140; ++y) {
        for (int x = 60; x < 300; ++x) {
            dark += qGray(first.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    EXPECT_GT(dark, 50) << "the PDF page text was not rendered";

    const QString path = out.filePath(QStringLiteral("kbis-copy.pdf"));
    const Status certified = copies->certifyTo(stored->id, certification, path);
    ASSERT_TRUE(certified) << certified.error().message.toStdString();
    EXPECT_EQ(pdfPages(path), 3);
    const QString text = pdfText(path);
    EXPECT_EQ(text.count(QStringLiteral("Copie conforme \u00e0 l'original")), 3)
        << text.toStdString();
    auto after = documents->find(stored->id);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->sha256, Sha256::hash(pdf));
    EXPECT_TRUE(documents->verify(stored->id).intact);
}

TEST_P(CertifiedCopyTest, TamperedDocumentGivesNoCopyAndNoRecord)
{
    auto stored = documents->importBytes(request(), jpegFile(200, 150));
    ASSERT_TRUE(stored);
    QByteArray tampered = blob(stored->id);
    tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 0x01);
    QSqlQuery q = db->query();
    q.prepare(QStringLiteral("UPDATE document_part SET content = ? WHERE document_id = ?"));
    q.addBindValue(tampered);
    q.addBindValue(stored->id);
    ASSERT_TRUE(q.exec());

    const QString path = out.filePath(QStringLiteral("copy.pdf"));
    const Status certified = copies->certifyTo(stored->id, certification, path);
    ASSERT_FALSE(certified);
    EXPECT_TRUE(certified.error().message.contains(QStringLiteral("No certified copy")))
        << certified.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(certifications().isEmpty());
}

TEST_P(CertifiedCopyTest, CertificationIsRecordedInTheAuditTrail)
{
    auto stored = documents->addScannedPages(request(DocumentType::Mandate, QDate(2026, 11, 2)),
                                             {photoImage(300, 200), textImage(300, 200)});
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    const QString path = out.filePath(QStringLiteral("mandate.pdf"));
    ASSERT_TRUE(copies->certifyTo(stored->id, certification, path));
    EXPECT_EQ(pdfPages(path), 2);

    const QList<AuditEvent> events = certifications();
    ASSERT_EQ(events.size(), 1);
    const QJsonObject details = events.first().details();
    EXPECT_EQ(events.first().operatorId, QStringLiteral("op-alice"));
    EXPECT_EQ(details.value(QStringLiteral("document")).toInteger(), stored->id);
    EXPECT_EQ(details.value(QStringLiteral("certifiedBy")).toString(),
              QStringLiteral("Alice Martin"));
    EXPECT_EQ(details.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-20"));
    EXPECT_EQ(details.value(QStringLiteral("copySha256")).toString(),
              QString::fromLatin1(Sha256::hash(readFile(path)).toHex()));
    AuditLog audit(*db, clock);
    auto chain = audit.verify();
    ASSERT_TRUE(chain);
}

TEST_P(CertifiedCopyTest, NameAndDateAreRequired)
{
    auto stored = documents->importBytes(request(), pngFile());
    ASSERT_TRUE(stored);
    const QString path = out.filePath(QStringLiteral("copy.pdf"));
    EXPECT_FALSE(copies->certifyTo(stored->id, {QStringLiteral("  "), QDate(2026, 1, 1)}, path));
    EXPECT_FALSE(copies->certifyTo(stored->id, {QStringLiteral("Alice"), QDate()}, path));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(certifications().isEmpty());
}

TEST(CertifiedCopyText, PdfStringsAreEscapedInWinAnsi)
{
    EXPECT_EQ(CertifiedCopy::pdfString(QStringLiteral("a(b)c\\")), QByteArray("(a\\(b\\)c\\\\)"));
    EXPECT_EQ(CertifiedCopy::pdfString(QStringLiteral("\u00e0 \u2019\u0152")),
              QByteArray("(\\340 \\222\\214)"));
    EXPECT_EQ(CertifiedCopy::pdfString(QStringLiteral("\u4e2d")), QByteArray("(?)"));
}

GUICHET_ON_BOTH_ENGINES(CertifiedCopyTest);
