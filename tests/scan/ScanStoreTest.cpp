// Scanned pages stored through DocumentService: encrypted, one part per page, read back.
#include "SaneTestRig.h"
#include "ScanTestSupport.h"
#include "crypto/SecureRandom.h"
#include "documents/DocumentService.h"
#include "domain/ProductCatalogue.h"
#include "scan/SaneProcessScanner.h"
#include "scan/SaneStatus.h"
#include "security/EncryptionService.h"
#include "service/DossierService.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <QFile>

using namespace guichet;
using namespace guichet::test;

namespace {

class ScanStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_database.available());
        auto db = Database::open(m_database.config());
        ASSERT_TRUE(db) << db.error().message.toStdString();
        m_db = std::move(db).value();
        m_dossiers =
            std::make_unique<DossierService>(*m_db, m_clock, ProductCatalogue::builtIn(), m_actor);
        Dossier draft;
        draft.productId = QStringLiteral("rgs2");
        draft.usage = QStringLiteral("signature");
        draft.holder.surnames = QStringLiteral("Dupont");
        draft.holder.givenNames = QStringLiteral("Jean");
        draft.holder.birthDate = QDate(1980, 5, 17);
        draft.holder.email = QStringLiteral("jean@example.org");
        draft.holder.address.country = QStringLiteral("FR");
        draft.orderReference = QStringLiteral("SCAN-1");
        auto created = m_dossiers->create(draft);
        ASSERT_TRUE(created) << created.error().message.toStdString();
        m_dossierId = created->id;
        m_encryption = std::make_unique<EncryptionService>(
            std::make_unique<FixedMasterKeySource>(std::move(SecureRandom::secret(32)).value()));
        m_documents = std::make_unique<DocumentService>(*m_db, m_clock, *m_encryption, m_actor);
    }

    TestDatabase m_database{Engine::Sqlite};
    SystemClock m_clock;
    OperatorIdentity m_actor{QStringLiteral("op1"), QStringLiteral("Opératrice")};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierService> m_dossiers;
    std::unique_ptr<EncryptionService> m_encryption;
    std::unique_ptr<DocumentService> m_documents;
    qint64 m_dossierId = 0;
};

TEST_F(ScanStoreTest, AFlatbedPageIsStoredEncryptedAndReadsBack)
{
    SaneTestRig rig;
    ScanWorker worker;
    ASSERT_TRUE(startWorker(worker));
    ScanSettings settings;
    settings.device = SaneTestRig::device();
    const auto outcome = scanAndWait(worker, settings);
    ASSERT_TRUE(outcome && outcome->ok());

    auto stored =
        m_documents->addScannedPages({m_dossierId, DocumentType::IdFront, {}}, outcome->pages);
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    EXPECT_EQ(stored->source, QStringLiteral("scan"));
    EXPECT_EQ(stored->pageCount, 1);
    EXPECT_EQ(stored->mimeType, QStringLiteral("image/jpeg")); // a colour page

    auto parts = m_documents->openParts(*m_documents->find(stored->id));
    ASSERT_TRUE(parts) << parts.error().message.toStdString();
    ASSERT_EQ(parts->size(), 1);
    const QImage back = QImage::fromData(parts->first());
    EXPECT_EQ(back.size(), outcome->pages.first().size());

    // Encrypted at rest: the stored JPEG's first bytes appear nowhere in the database file.
    QFile file(m_database.config().sqlitePath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(parts->first().left(64)));
}

TEST_F(ScanStoreTest, AFeederBatchOfFivePagesIsOneDocumentOfFivePages)
{
    SaneTestRig rig({.picture = QStringLiteral("Grid")});
    ScanWorker worker;
    ASSERT_TRUE(startWorker(worker));
    ScanSettings settings;
    settings.device = SaneTestRig::device();
    settings.source = ScanSource::Feeder;
    settings.mode = ColourMode::Lineart;
    settings.maxPages = 5;
    const auto outcome = scanAndWait(worker, settings);
    ASSERT_TRUE(outcome && outcome->ok());
    auto stored =
        m_documents->addScannedPages({m_dossierId, DocumentType::Request, {}}, outcome->pages);
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    EXPECT_EQ(stored->pageCount, 5);
    EXPECT_EQ(stored->parts.size(), 5);
    EXPECT_EQ(stored->mimeType, QStringLiteral("image/png")); // bitonal text: lossless
    auto listed = m_documents->list(m_dossierId);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().pageCount, 5);
    EXPECT_TRUE(m_documents->verify(stored->id).intact);
}

// FAKE, for one fault the test backend cannot produce: a scanner unplugged in the middle of
// a batch. The pages before the fault come from the real SANE test backend; then the device
// "vanishes" as SANE reports it (SANE_STATUS_IO_ERROR).
class VanishingAfterPagesScanner final : public Scanner {
public:
    VanishingAfterPagesScanner(std::unique_ptr<Scanner> real, int pages)
        : m_real(std::move(real)), m_pages(pages)
    {
    }
    Result<QList<ScannerDevice>> devices() override { return m_real->devices(); }
    Result<ScannerCapabilities> capabilities(const QString& device) override
    {
        return m_real->capabilities(device);
    }
    ScanOutcome scan(const ScanSettings& settings, const ScanControl& control) override
    {
        ScanSettings first = settings;
        first.maxPages = m_pages;
        ScanOutcome outcome = m_real->scan(first, control);
        outcome.error = SaneStatus::toError(SANE_STATUS_IO_ERROR, settings.device);
        return outcome;
    }

private:
    std::unique_ptr<Scanner> m_real;
    int m_pages;
};

TEST_F(ScanStoreTest, ADeviceThatVanishesMidBatchKeepsThePagesAlreadyScanned)
{
    SaneTestRig rig;
    ScanWorker worker([]() -> Result<std::unique_ptr<Scanner>> {
        auto real = SaneProcessScanner::start();
        if (!real) {
            return real.error();
        }
        return std::unique_ptr<Scanner>(
            std::make_unique<VanishingAfterPagesScanner>(std::move(real).value(), 3));
    });
    ASSERT_TRUE(startWorker(worker));
    ScanSettings settings;
    settings.device = SaneTestRig::device();
    settings.source = ScanSource::Feeder;
    settings.resolution = 100;
    const auto outcome = scanAndWait(worker, settings);
    ASSERT_TRUE(outcome && outcome->error);
    EXPECT_TRUE(outcome->error->message.contains(QStringLiteral("switched on")));
    ASSERT_EQ(outcome->pages.size(), 3);
    // The operator may keep what was scanned.
    auto stored =
        m_documents->addScannedPages({m_dossierId, DocumentType::Other, {}}, outcome->pages);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->pageCount, 3);
}

} // namespace
