// The window's passphrase prompt on a workstation without a keychain (issue 4), offscreen:
// a wrong passphrase is refused with the core's message and asked again, the right one
// opens a stored identity document, Cancel keeps the window but documents refuse with the
// reason. The real dossier worker, a SQLite file, scrypt with the production settings.
#include "security/PassphrasePrompt.h"

#include "core/DocumentSamples.h"
#include "documents/DocumentViewer.h"
#include "documents/PageView.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "security/MasterKeyUnlock.h"
#include "security/PassphraseMasterKeySource.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"
#include "storage/Database.h"
#include "support/Samples.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace guichet;
using namespace guichet::test;

namespace {

const char* const kRight = "the supervisor's long passphrase";
const char* const kWrong = "not the supervisor's passphrase";
constexpr int kTimeoutMs = 60'000; // scrypt at 128 MiB on a loaded two-core machine

class PassphrasePromptTest : public ::testing::Test {
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
        const OperatorIdentity supervisor{QStringLiteral("sup"), QStringLiteral("Sup")};
        DossierService dossiers(*m_db, m_clock, ProductCatalogue::builtIn(), supervisor);
        auto created = dossiers.create(sampleDossier());
        ASSERT_TRUE(created) << created.error().message.toStdString();
        m_dossierId = created->id;
        auto protectedKey = PassphraseMasterKeySource::protect(
            *m_db, m_clock, supervisor, SecretBytes::copyOf(QByteArrayView(kRight)), SecretBytes());
        ASSERT_TRUE(protectedKey) << protectedKey.error().message.toStdString();
        // An ID card scanned in an earlier session.
        EncryptionService encryption(std::make_unique<PassphraseMasterKeySource>(
            *m_db, SecretBytes::copyOf(QByteArrayView(kRight))));
        DocumentService documents(*m_db, m_clock, encryption, supervisor);
        auto stored = documents.addScannedPages({m_dossierId, DocumentType::IdFront, {}},
                                                {photoImage(620, 400, 7)});
        ASSERT_TRUE(stored) << stored.error().message.toStdString();

        m_worker = std::make_unique<DossierWorker>(
            m_config, m_clock, ProductCatalogue::builtIn(),
            OperatorIdentity{QStringLiteral("alice"), QStringLiteral("Alice Martin")});
        m_worker->start();
        m_unlock = std::make_shared<MasterKeyUnlock>();
        m_window = std::make_unique<QWidget>();
        m_window->resize(900, 700);
        m_viewer =
            new DocumentViewer(*m_worker, MasterKeyUnlock::factory(m_unlock), m_window.get());
        m_viewer->resize(900, 700);
        m_window->show();
    }

    void TearDown() override
    {
        m_window.reset();
        m_worker.reset();
        m_db.reset();
    }

    // The prompt, once the worker has said the database needs a passphrase.
    PassphrasePrompt* waitForPrompt()
    {
        PassphrasePrompt* prompt = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                prompt = m_window->findChild<PassphrasePrompt*>();
                return prompt != nullptr && prompt->isVisible();
            },
            kTimeoutMs);
        return shown ? prompt : nullptr;
    }

    template <typename T> static T* part(QWidget* prompt, const char* name)
    {
        T* found = prompt->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    static void type(QWidget* prompt, const char* passphrase)
    {
        auto* field = part<QLineEdit>(prompt, "passphraseEdit");
        field->setFocus();
        QTest::keyClicks(field, QString::fromLatin1(passphrase));
        QTest::mouseClick(part<QPushButton>(prompt, "passphraseUnlockButton"), Qt::LeftButton);
    }

    // Every job queued so far on the worker has run and answered.
    void flushWorker()
    {
        bool answered = false;
        m_worker->run<Status>(
            m_window.get(), [](DossierService&) { return Status::success(); },
            [&answered](const Status&) { answered = true; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return answered; }, kTimeoutMs));
    }

    // Opens the dossier's first document in the viewer; says whether it was shown.
    bool openFirstDocument()
    {
        QSignalSpy loaded(m_viewer, &DocumentViewer::documentsLoaded);
        m_viewer->setDossier(m_dossierId);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, kTimeoutMs));
        QSignalSpy opened(m_viewer, &DocumentViewer::documentOpened);
        m_viewer->selectDocument(0);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !opened.isEmpty(); }, kTimeoutMs));
        return !opened.isEmpty() && opened.first().at(0).toBool();
    }

    qint64 storedDocuments()
    {
        QSqlQuery q = m_db->query();
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM document")) && q.next());
        return q.value(0).toLongLong();
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierWorker> m_worker;
    std::shared_ptr<MasterKeyUnlock> m_unlock;
    std::unique_ptr<QWidget> m_window;
    DocumentViewer* m_viewer = nullptr; // owned by m_window
    qint64 m_dossierId = 0;
};

TEST_F(PassphrasePromptTest, AWrongPassphraseIsRefusedThenTheRightOneOpensTheStoredDocument)
{
    int keyUsable = 0; // what starts the window's outbox
    PassphrasePrompt::askWhenNeeded(*m_worker, m_unlock, m_window.get(), [&] { ++keyUsable; });
    QPointer<PassphrasePrompt> prompt = waitForPrompt();
    ASSERT_TRUE(prompt) << "no passphrase prompt for a passphrase-protected workstation";
    auto* field = part<QLineEdit>(prompt, "passphraseEdit");
    EXPECT_EQ(field->echoMode(), QLineEdit::Password);

    type(prompt, kWrong);
    // The passphrase left the field at once; the key derivation runs on the worker while the
    // window shows it is busy (its answer is a queued call, so it cannot have come yet).
    EXPECT_TRUE(field->text().isEmpty());
    EXPECT_TRUE(part<QProgressBar>(prompt, "passphraseProgress")->isVisible());
    auto* message = part<QLabel>(prompt, "passphraseMessage");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !message->text().isEmpty(); }, kTimeoutMs));
    EXPECT_TRUE(message->text().contains(QStringLiteral("The passphrase is wrong")))
        << message->text().toStdString();
    EXPECT_TRUE(prompt->isVisible()) << "a wrong passphrase must be asked again";
    EXPECT_FALSE(part<QProgressBar>(prompt, "passphraseProgress")->isVisible());
    EXPECT_FALSE(m_unlock->isUnlocked());
    EXPECT_FALSE(openFirstDocument()) << "a document was shown with a wrong passphrase";
    EXPECT_EQ(keyUsable, 0);

    QSignalSpy unlocked(prompt.data(), &PassphrasePrompt::unlocked);
    type(prompt, kRight);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !unlocked.isEmpty(); }, kTimeoutMs))
        << message->text().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return prompt.isNull(); }, kTimeoutMs));
    EXPECT_TRUE(m_unlock->isUnlocked());
    EXPECT_EQ(keyUsable, 1);

    ASSERT_TRUE(openFirstDocument()) << m_viewer->pages().errorText().toStdString();
    EXPECT_EQ(m_viewer->pages().pageCount(), 1);
}

TEST_F(PassphrasePromptTest, CancelKeepsTheWindowButDocumentsAreRefusedWithTheReason)
{
    int keyUsable = 0;
    PassphrasePrompt::askWhenNeeded(*m_worker, m_unlock, m_window.get(), [&] { ++keyUsable; });
    QPointer<PassphrasePrompt> prompt = waitForPrompt();
    ASSERT_TRUE(prompt);
    QTest::mouseClick(part<QPushButton>(prompt, "passphraseCancelButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return prompt.isNull(); }, kTimeoutMs));
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_EQ(keyUsable, 0) << "the outbox must not start without the key";

    // Shown: refused, with the reason, never an image.
    EXPECT_FALSE(openFirstDocument());
    EXPECT_TRUE(m_viewer->pages().errorText().contains(QStringLiteral("Identity documents are "
                                                                      "locked")))
        << m_viewer->pages().errorText().toStdString();
    EXPECT_EQ(m_viewer->pages().pageCount(), 0);

    // Stored: refused, with the reason, nothing written.
    const QString path = m_dir.filePath(QStringLiteral("id.jpg"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(encodeImage(photoImage(400, 300, 9), "jpeg", 90));
    file.close();
    QSignalSpy finished(m_viewer, &DocumentViewer::operationFinished);
    m_viewer->importFile(path, DocumentType::IdBack, std::nullopt);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kTimeoutMs));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_TRUE(finished.first().at(1).toString().contains(QStringLiteral("locked")))
        << finished.first().at(1).toString().toStdString();
    EXPECT_EQ(storedDocuments(), 1);
}

TEST_F(PassphrasePromptTest, AKeychainWorkstationIsNotAsked)
{
    // The supervisor's choice undone: the key is in the keychain, so no passphrase is asked.
    QSqlQuery q = m_db->query();
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM master_key_protection")));
    int keyUsable = 0;
    PassphrasePrompt::askWhenNeeded(*m_worker, m_unlock, m_window.get(), [&] { ++keyUsable; });
    ASSERT_NO_FATAL_FAILURE(flushWorker());
    QCoreApplication::processEvents();
    EXPECT_EQ(m_window->findChild<PassphrasePrompt*>(), nullptr);
    EXPECT_EQ(keyUsable, 1);
}

// The token service's SO PIN vault is made at start, before the passphrase is typed: its
// deferred source refuses with the reason until then, and afterwards seals under the same key.
TEST_F(PassphrasePromptTest, TheTokenServicesDeferredKeyWaitsForThePassphrase)
{
    EncryptionService vault(MasterKeyUnlock::deferred(m_unlock, m_config));
    auto early = vault.seal("SO PIN", "so-pin");
    ASSERT_FALSE(early);
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("passphrase")))
        << early.error().message.toStdString();

    ASSERT_TRUE(m_unlock->unlock(*m_db, SecretBytes::copyOf(QByteArrayView(kRight))));
    auto sealed = vault.seal("SO PIN", "so-pin");
    ASSERT_TRUE(sealed) << sealed.error().message.toStdString();
    EncryptionService direct(std::make_unique<PassphraseMasterKeySource>(
        *m_db, SecretBytes::copyOf(QByteArrayView(kRight))));
    auto opened = direct.open(*sealed, "so-pin");
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_EQ(*opened, QByteArray("SO PIN"));
}

} // namespace
