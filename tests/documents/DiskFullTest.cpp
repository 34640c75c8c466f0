// A full disk while storing a document: the operator gets a clear, translated message and
// nothing is half-stored. SQLite's size limit (PRAGMA max_page_count) makes the engine fail
// with SQLITE_FULL for real, exactly as when the disk holding the database fills up.
#include "core/DocumentFixture.h"
#include "core/DocumentSamples.h"

#include <QSqlQuery>

using namespace guichet;
using namespace guichet::test;

namespace {

class DiskFullTest : public DocumentTest {
protected:
    qint64 pragma(const QString& name)
    {
        QSqlQuery q = db->query();
        EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA %1").arg(name)));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    // The database may grow by a few pages only (the limit is per connection, so it binds the
    // document service's connection, and no other).
    void fillTheDisk()
    {
        const qint64 pages = pragma(QStringLiteral("page_count"));
        ASSERT_GT(pages, 0);
        QSqlQuery q = db->query();
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        ASSERT_EQ(pragma(QStringLiteral("max_page_count")), pages + 2);
    }

    void freeSomeSpace()
    {
        QSqlQuery q = db->query();
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
    }

    struct Counts {
        qint64 documents = 0;
        qint64 parts = 0;
        qint64 events = 0;
        bool operator==(const Counts&) const = default;
    };
    Counts counts()
    {
        return {count(QStringLiteral("document")), count(QStringLiteral("document_part")),
                count(QStringLiteral("audit_event"))};
    }

    static void expectDiskFullMessage(const Error& error)
    {
        EXPECT_EQ(error.code, ErrorCode::Storage);
        EXPECT_TRUE(error.message.contains(QStringLiteral("disk that holds the database is full")))
            << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("nothing was saved")))
            << error.message.toStdString();
        // Not SQLite's own English text passed through.
        EXPECT_FALSE(error.message.contains(QStringLiteral("database or disk is full")))
            << error.message.toStdString();
    }
};

TEST_P(DiskFullTest, AScanOnAFullDiskIsRefusedClearlyAndNothingIsHalfStored)
{
    const Counts before = counts();
    fillTheDisk();
    // Two 300 dpi-like pages: far more than the few pages left.
    const QList<QImage> pages{photoImage(1240, 1754, 1), photoImage(1240, 1754, 2)};
    auto stored = documents->addScannedPages(request(DocumentType::IdFront), pages);
    ASSERT_FALSE(stored) << "stored although the disk is full";
    expectDiskFullMessage(stored.error());
    EXPECT_EQ(counts(), before) << "a document, a page or an audit event was half-stored";
    QSqlQuery integrity = db->query();
    ASSERT_TRUE(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
    EXPECT_EQ(integrity.value(0).toString(), QStringLiteral("ok"));

    // Once space is freed the same connection works again: no transaction was left open.
    freeSomeSpace();
    auto retried = documents->addScannedPages(request(DocumentType::IdFront), pages);
    ASSERT_TRUE(retried) << retried.error().message.toStdString();
    EXPECT_EQ(counts().documents, before.documents + 1);
    EXPECT_EQ(counts().parts, before.parts + 2);
    auto opened = documents->openParts(*retried);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_EQ(opened->size(), 2);
}

TEST_P(DiskFullTest, AnImportOnAFullDiskIsRefusedClearlyAndNothingIsHalfStored)
{
    const Counts before = counts();
    fillTheDisk();
    const QByteArray jpeg = encodeImage(photoImage(1240, 1754, 3), "jpeg", 90);
    auto stored = documents->importBytes(request(DocumentType::Kbis, QDate(2026, 11, 20)), jpeg);
    ASSERT_FALSE(stored) << "imported although the disk is full";
    expectDiskFullMessage(stored.error());
    EXPECT_EQ(counts(), before);
}

// The size limit is SQLite's; PostgreSQL's disk_full (SQLSTATE 53100) maps to the same
// message but cannot be produced here without a tiny filesystem under a tablespace.
INSTANTIATE_TEST_SUITE_P(Engines, DiskFullTest, ::testing::Values(Engine::Sqlite), engineParamName);

} // namespace
