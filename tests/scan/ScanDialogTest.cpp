// The scan dialog driven as an operator would, offscreen, against the SANE test backend and a
// real dossier worker on a SQLite file.
#include "scan/ScanDialog.h"

#include "SaneTestRig.h"
#include "ScanTestSupport.h"
#include "crypto/SecureRandom.h"
#include "documents/DocumentService.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace guichet;
using namespace guichet::test;

namespace {

qint64 createDossier(const DatabaseConfig& config, const Clock& clock,
                     const OperatorIdentity& actor)
{
    auto db = Database::open(config);
    if (!db) {
        return 0;
    }
    DossierService dossiers(**db, clock, ProductCatalogue::builtIn(), actor);
    Dossier draft;
    draft.productId = QStringLiteral("rgs2");
    draft.usage = QStringLiteral("signature");
    draft.holder.surnames = QStringLiteral("Martin");
    draft.holder.givenNames = QStringLiteral("Claire");
    draft.holder.birthDate = QDate(1985, 2, 3);
    draft.holder.email = QStringLiteral("claire@example.org");
    draft.holder.address.country = QStringLiteral("FR");
    draft.orderReference = QStringLiteral("SCAN-UI-1");
    auto created = dossiers.create(draft);
    return created ? created->id : 0;
}

TEST(ScanDialog, ScansOnePageAndStoresItInTheDossier)
{
    SaneTestRig rig;
    TestDatabase database(Engine::Sqlite);
    ASSERT_TRUE(database.available());
    SystemClock clock;
    const OperatorIdentity actor{QStringLiteral("op1"), QStringLiteral("Opérateur")};
    const qint64 dossierId = createDossier(database.config(), clock, actor);
    ASSERT_GT(dossierId, 0);

    ScanWorker scanner;
    ASSERT_TRUE(startWorker(scanner));
    DossierWorker dossiers(database.config(), clock, ProductCatalogue::builtIn(), actor);
    QSignalSpy opened(&dossiers, &DossierWorker::opened);
    dossiers.start();
    ASSERT_TRUE(opened.wait(30'000));
    ASSERT_TRUE(opened.first().first().toBool());

    const SecretBytes key = std::move(SecureRandom::secret(32)).value();
    QList<QThread*> storedOn;
    ScanDialog::StoreJob store = [&](DossierService& service, const DocumentRequest& request,
                                     const QList<QImage>& pages) -> Result<DocumentInfo> {
        storedOn.append(QThread::currentThread());
        EncryptionService encryption(
            std::make_unique<FixedMasterKeySource>(SecretBytes::copyOf(key.view())));
        DocumentService documents(service.database(), service.clock(), encryption, service.actor());
        return documents.addScannedPages(request, pages);
    };
    QList<QThread*> scannedOn;
    QObject::connect(
        &scanner, &ScanWorker::pageScanned, &scanner,
        [&](int, const QImage&) { scannedOn.append(QThread::currentThread()); },
        Qt::DirectConnection);

    ScanDialog dialog(scanner, dossiers, store, dossierId);
    dialog.show();
    auto* scan = dialog.findChild<QPushButton*>(QStringLiteral("scanStart"));
    auto* storeButton = dialog.findChild<QPushButton*>(QStringLiteral("scanStore"));
    auto* resolution = dialog.findChild<QComboBox*>(QStringLiteral("scanResolution"));
    auto* source = dialog.findChild<QComboBox*>(QStringLiteral("scanSource"));
    auto* type = dialog.findChild<QComboBox*>(QStringLiteral("scanType"));
    auto* thumbnails = dialog.findChild<QListWidget*>(QStringLiteral("scanPages"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("scanStatus"));
    ASSERT_TRUE(scan && storeButton && resolution && source && type && thumbnails && status);

    ASSERT_TRUE(QTest::qWaitFor([&] { return scan->isEnabled(); }, 30'000))
        << status->text().toStdString();
    EXPECT_EQ(resolution->currentData().toInt(), 300); // the default
    EXPECT_EQ(source->currentData().toInt(), int(ScanSource::Flatbed));
    EXPECT_FALSE(storeButton->isEnabled()); // nothing to store yet

    QTest::mouseClick(scan, Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return thumbnails->count() == 1 && scan->isEnabled(); }, 60'000))
        << status->text().toStdString();
    EXPECT_EQ(scannedOn, QList<QThread*>{scanner.workerThread()});
    EXPECT_NEAR(dialog.pages().first().width(), 2480, 2);

    type->setCurrentIndex(type->findData(int(DocumentType::IdFront)));
    std::optional<DocumentInfo> stored;
    QObject::connect(&dialog, &ScanDialog::documentStored, &dialog,
                     [&](const DocumentInfo& document) { stored = document; });
    ASSERT_TRUE(storeButton->isEnabled());
    QTest::mouseClick(storeButton, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored.has_value(); }, 30'000))
        << status->text().toStdString();
    const DocumentInfo document = *stored;
    EXPECT_EQ(document.pageCount, 1);
    EXPECT_EQ(document.type, DocumentType::IdFront);
    EXPECT_EQ(document.dossierId, dossierId);
    ASSERT_EQ(storedOn.size(), 1);
    EXPECT_NE(storedOn.first(), QThread::currentThread()); // stored on the dossier worker
    EXPECT_EQ(thumbnails->count(), 0);                     // handed over, cleared
}

} // namespace
