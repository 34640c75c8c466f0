// The dossier's document viewer, driven as an operator would: import a JPEG and a PDF,
// thumbnails, paging, zoom and rotation, and an altered document shown as an error. The
// real worker thread, a SQLite file, and the master key protected by a passphrase (the
// supervisor's choice on a workstation without a keychain).
#include "documents/DocumentViewer.h"

#include "UiTestSupport.h"
#include "documents/PageView.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "security/PassphraseMasterKeySource.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QWheelEvent>

using namespace guichet;
using namespace guichet::test;

namespace {

const char* const kPassphrase = "viewer test passphrase";

SecretBytes passphrase()
{
    return SecretBytes::copyOf(QByteArrayView(kPassphrase));
}

class DocumentViewerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto config = DatabaseConfig::fromUrl(m_dir.filePath(QStringLiteral("guichet.sqlite")));
        ASSERT_TRUE(config.ok());
        m_config = *config;
        auto db = Database::open(m_config);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        m_db = std::move(db).value();
        DossierService other(*m_db, m_clock, ProductCatalogue::builtIn(),
                             OperatorIdentity{QStringLiteral("bob"), QStringLiteral("Bob")});
        auto created = other.create(validDossier(QStringLiteral("Dupont"), QStringLiteral("Jeanne"),
                                                 QStringLiteral("CMD-1")));
        ASSERT_TRUE(created) << created.error().message.toStdString();
        m_dossierId = created->id;
        auto protectedKey = PassphraseMasterKeySource::protect(
            *m_db, m_clock, OperatorIdentity{QStringLiteral("sup"), QStringLiteral("Sup")},
            passphrase(), SecretBytes());
        ASSERT_TRUE(protectedKey) << protectedKey.error().message.toStdString();

        const OperatorIdentity alice{QStringLiteral("alice"), QStringLiteral("Alice Martin")};
        m_worker =
            std::make_unique<DossierWorker>(m_config, m_clock, ProductCatalogue::builtIn(), alice);
        m_worker->start();
        m_viewer = std::make_unique<DocumentViewer>(*m_worker, [](Database& database) {
            return MasterKeySelection::select(database, passphrase());
        });
        m_viewer->resize(1000, 800);
        m_viewer->show();
        m_viewer->setDossier(m_dossierId);
    }

    void TearDown() override
    {
        m_viewer.reset();
        m_worker.reset();
        m_db.reset();
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    // A JPEG photo-like page and a two-page PDF drawn with QPdfWriter.
    static QByteArray jpeg()
    {
        QImage image(800, 500, QImage::Format_RGB32);
        image.fill(qRgb(200, 220, 240));
        QPainter painter(&image);
        painter.fillRect(QRect(50, 50, 300, 200), QColor(20, 40, 120));
        painter.end();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter(&buffer, "jpeg").write(image);
        return bytes;
    }

    static QByteArray pdf()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        painter.fillRect(QRect(100, 100, 2000, 1000), Qt::black);
        writer.newPage();
        painter.fillRect(QRect(100, 100, 1000, 3000), Qt::black);
        painter.end();
        return bytes;
    }

    void import(const QString& path, DocumentType type, std::optional<QDate> paperDate = {})
    {
        QSignalSpy finished(m_viewer.get(), &DocumentViewer::operationFinished);
        QSignalSpy opened(m_viewer.get(), &DocumentViewer::documentOpened);
        m_viewer->importFile(path, type, paperDate);
        ASSERT_TRUE(waitUntil([&] { return !finished.isEmpty(); }, std::chrono::seconds(30)));
        ASSERT_TRUE(finished.first().at(0).toBool())
            << finished.first().at(1).toString().toStdString();
        // The new document is selected and opened.
        ASSERT_TRUE(waitUntil([&] { return !opened.isEmpty(); }, std::chrono::seconds(30)));
        ASSERT_TRUE(opened.first().at(0).toBool()) << m_viewer->pages().errorText().toStdString();
    }

    template <typename T> T* child(const QString& name)
    {
        T* found = m_viewer->findChild<T*>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierWorker> m_worker;
    std::unique_ptr<DocumentViewer> m_viewer;
    qint64 m_dossierId = 0;
};

} // namespace

TEST_F(DocumentViewerTest, ImportedJpegAndPdfShowThumbnailsAndPages)
{
    ASSERT_NO_FATAL_FAILURE(
        import(writeFile(QStringLiteral("id.jpg"), jpeg()), DocumentType::IdFront));
    PageView& view = m_viewer->pages();
    EXPECT_EQ(view.pageCount(), 1);
    EXPECT_EQ(child<QListWidget>(QStringLiteral("pageThumbnails"))->count(), 1);
    EXPECT_FALSE(child<QListWidget>(QStringLiteral("pageThumbnails"))->item(0)->icon().isNull());
    EXPECT_FALSE(view.displayedSize().isEmpty());

    ASSERT_NO_FATAL_FAILURE(import(writeFile(QStringLiteral("mandate.pdf"), pdf()),
                                   DocumentType::Mandate, QDate::currentDate()));
    auto* table = child<QTableWidget>(QStringLiteral("documentTable"));
    EXPECT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("alice"));
    EXPECT_EQ(view.pageCount(), 2);
    EXPECT_EQ(child<QListWidget>(QStringLiteral("pageThumbnails"))->count(), 2);
    EXPECT_EQ(view.currentPage(), 0);
    // The PDF page really rendered by Qt PDF: the black rectangle is in the top left.
    const QPixmap shown = child<QLabel>(QStringLiteral("pageImage"))->pixmap();
    ASSERT_FALSE(shown.isNull());
    const QImage pixels = shown.toImage();
    EXPECT_LT(qGray(pixels.pixel(pixels.width() / 8, pixels.height() / 20)), 60);
    EXPECT_GT(qGray(pixels.pixel(pixels.width() * 7 / 8, pixels.height() * 7 / 8)), 200);

    // Paging, by button and by thumbnail.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("nextPageButton")), Qt::LeftButton);
    EXPECT_EQ(view.currentPage(), 1);
    EXPECT_FALSE(child<QPushButton>(QStringLiteral("nextPageButton"))->isEnabled());
    EXPECT_EQ(child<QLabel>(QStringLiteral("pagePosition"))->text(), QStringLiteral("Page 2 of 2"));
    child<QListWidget>(QStringLiteral("pageThumbnails"))->setCurrentRow(0);
    EXPECT_EQ(view.currentPage(), 0);

    // Back to the JPEG.
    QSignalSpy opened(m_viewer.get(), &DocumentViewer::documentOpened);
    m_viewer->selectDocument(0);
    ASSERT_TRUE(waitUntil([&] { return !opened.isEmpty(); }, std::chrono::seconds(30)));
    EXPECT_EQ(view.pageCount(), 1);
}

TEST_F(DocumentViewerTest, ZoomAndRotateChangeTheViewOnly)
{
    ASSERT_NO_FATAL_FAILURE(
        import(writeFile(QStringLiteral("id.jpg"), jpeg()), DocumentType::IdFront));
    PageView& view = m_viewer->pages();
    ASSERT_TRUE(view.fitsWindow());
    const QSize fitted = view.displayedSize();
    const double fitZoom = view.zoom();
    ASSERT_FALSE(fitted.isEmpty());

    QTest::mouseClick(child<QPushButton>(QStringLiteral("zoomInButton")), Qt::LeftButton);
    EXPECT_FALSE(view.fitsWindow());
    EXPECT_NEAR(view.zoom(), fitZoom * PageView::ZoomStep, 1e-9);
    EXPECT_GT(view.displayedSize().width(), fitted.width());

    QTest::mouseClick(child<QPushButton>(QStringLiteral("zoomOutButton")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("zoomOutButton")), Qt::LeftButton);
    EXPECT_LT(view.displayedSize().width(), fitted.width());

    // Ctrl+wheel zooms; a plain wheel does not.
    auto* viewport = child<QScrollArea>(QStringLiteral("pageArea"))->viewport();
    const double before = view.zoom();
    const QPointF centre(viewport->width() / 2.0, viewport->height() / 2.0);
    QWheelEvent up(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &up);
    EXPECT_NEAR(view.zoom(), before * PageView::ZoomStep, 1e-9);
    QWheelEvent plain(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &plain);
    EXPECT_NEAR(view.zoom(), before * PageView::ZoomStep, 1e-9);

    QTest::mouseClick(child<QPushButton>(QStringLiteral("fitButton")), Qt::LeftButton);
    EXPECT_TRUE(view.fitsWindow());
    EXPECT_EQ(view.displayedSize(), fitted);

    // A landscape page turned a quarter is shown portrait.
    const QSize landscape = view.displayedSize();
    ASSERT_GT(landscape.width(), landscape.height());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("rotateRightButton")), Qt::LeftButton);
    EXPECT_EQ(view.rotation(), 90);
    EXPECT_LT(view.displayedSize().width(), view.displayedSize().height());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("rotateLeftButton")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("rotateLeftButton")), Qt::LeftButton);
    EXPECT_EQ(view.rotation(), 270);

    // Viewing changed nothing stored.
    QSignalSpy finished(m_viewer.get(), &DocumentViewer::operationFinished);
    m_viewer->verifyCurrent();
    ASSERT_TRUE(waitUntil([&] { return !finished.isEmpty(); }, std::chrono::seconds(30)));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
}

TEST_F(DocumentViewerTest, TamperedDocumentShowsAnErrorNotAnImage)
{
    ASSERT_NO_FATAL_FAILURE(
        import(writeFile(QStringLiteral("id.jpg"), jpeg()), DocumentType::IdFront));
    const qint64 id = m_viewer->currentDocumentId();
    // One flipped byte, as an attacker with database access would do.
    QSqlQuery read = m_db->query();
    read.prepare(QStringLiteral("SELECT content FROM document_part WHERE document_id = ?"));
    read.addBindValue(id);
    ASSERT_TRUE(read.exec() && read.next());
    QByteArray blob = read.value(0).toByteArray();
    blob[blob.size() / 2] = char(blob[blob.size() / 2] ^ 0x01);
    QSqlQuery write = m_db->query();
    write.prepare(QStringLiteral("UPDATE document_part SET content = ? WHERE document_id = ?"));
    write.addBindValue(blob);
    write.addBindValue(id);
    ASSERT_TRUE(write.exec());

    // Opened again (as on the next visit to the dossier).
    QSignalSpy opened(m_viewer.get(), &DocumentViewer::documentOpened);
    m_viewer->setDossier(m_dossierId);
    ASSERT_TRUE(waitUntil([&] { return m_viewer->documents().size() == 1; }));
    m_viewer->selectDocument(0);
    ASSERT_TRUE(waitUntil([&] { return !opened.isEmpty(); }, std::chrono::seconds(30)));
    EXPECT_FALSE(opened.first().at(0).toBool());
    PageView& view = m_viewer->pages();
    EXPECT_TRUE(view.showsError());
    EXPECT_TRUE(view.errorText().contains(QStringLiteral("altered")))
        << view.errorText().toStdString();
    EXPECT_EQ(view.pageCount(), 0);
    EXPECT_TRUE(view.displayedSize().isEmpty());
    EXPECT_TRUE(child<QLabel>(QStringLiteral("pageImage"))->pixmap().isNull());
    EXPECT_EQ(child<QListWidget>(QStringLiteral("pageThumbnails"))->count(), 0);

    // Nor is a certified copy made of it.
    QSignalSpy finished(m_viewer.get(), &DocumentViewer::operationFinished);
    const QString out = m_dir.filePath(QStringLiteral("copy.pdf"));
    m_viewer->certifyCurrent({QStringLiteral("Alice Martin"), QDate::currentDate()}, out);
    ASSERT_TRUE(waitUntil([&] { return !finished.isEmpty(); }, std::chrono::seconds(30)));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(DocumentViewerTest, CertifiedCopyAndExportFromTheViewer)
{
    ASSERT_NO_FATAL_FAILURE(
        import(writeFile(QStringLiteral("id.jpg"), jpeg()), DocumentType::IdFront));
    QSignalSpy finished(m_viewer.get(), &DocumentViewer::operationFinished);
    const QString copy = m_dir.filePath(QStringLiteral("copy.pdf"));
    m_viewer->certifyCurrent({QStringLiteral("Alice Martin"), QDate::currentDate()}, copy);
    ASSERT_TRUE(waitUntil([&] { return !finished.isEmpty(); }, std::chrono::seconds(30)));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    QFile file(copy);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));

    finished.clear();
    const QString original = m_dir.filePath(QStringLiteral("original.jpg"));
    m_viewer->exportCurrent(original, DocumentService::ExportFormat::AsStored);
    ASSERT_TRUE(waitUntil([&] { return !finished.isEmpty(); }, std::chrono::seconds(30)));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    QFile exported(original);
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    EXPECT_EQ(exported.readAll(), jpeg());
}
