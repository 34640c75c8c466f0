// The master key in a real OS keychain (GNOME Keyring over D-Bus, started for these tests by
// tests/support/with-keyring.sh), and the refusal when no keychain is reachable.
#include "crypto/Envelope.h"
#include "documents/DocumentService.h"
#include "security/EncryptionService.h"
#include "security/KeychainMasterKeySource.h"
#include "service/DossierService.h"
#include "storage/Database.h"
#include "support/Samples.h"
#include "support/TestDatabase.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

using namespace guichet;
using namespace guichet::test;

namespace {

const char* const kChildFlag = "GUICHET_KEYCHAIN_TEST_CHILD";

// These tests are meaningless outside the keyring session: fail, never skip.
#define REQUIRE_KEYRING_SESSION()                                                                  \
    do {                                                                                           \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {                             \
            FAIL() << "run through tests/support/with-keyring.sh (ctest does)";                    \
        }                                                                                          \
    } while (false)

QString uniqueService()
{
    return QStringLiteral("guichet-test-") + QUuid::createUuid().toString(QUuid::Id128);
}

QByteArray pngBytes()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(qRgb(10, 120, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "png");
    return bytes;
}

struct Workstation {
    TestDatabase testDb{Engine::Sqlite};
    FixedClock clock{QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> db;
    std::unique_ptr<DossierService> dossiers;
    qint64 dossierId = 0;

    Workstation()
    {
        db = std::move(Database::open(testDb.config())).value();
        dossiers = std::make_unique<DossierService>(*db, clock, ProductCatalogue::builtIn(),
                                                    OperatorIdentity{QStringLiteral("op"), {}});
        dossierId = dossiers->create(sampleDossier())->id;
    }

    qint64 documentCount()
    {
        QSqlQuery q = db->query();
        q.exec(QStringLiteral("SELECT COUNT(*) FROM document_part"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList& arguments, bool withSessionBus)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!withSessionBus) {
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GUICHET_CLI), arguments);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60'000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST(Keychain, WritesReadsAndRemovesASecret)
{
    REQUIRE_KEYRING_SESSION();
    const OsKeychain keychain(uniqueService());
    const SecretBytes secret = SecretBytes::copyOf(QByteArray("\x00\x01\xfe\xff binary", 11));
    ASSERT_TRUE(keychain.write(QStringLiteral("entry"), secret));
    auto read = keychain.read(QStringLiteral("entry"));
    ASSERT_TRUE(read) << read.error().message.toStdString();
    EXPECT_TRUE(read->equals(secret));
    ASSERT_TRUE(keychain.remove(QStringLiteral("entry")));
    auto gone = keychain.read(QStringLiteral("entry"));
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
}

TEST(Keychain, MasterKeyIsCreatedOnFirstUseAndFoundAgain)
{
    REQUIRE_KEYRING_SESSION();
    const QString service = uniqueService();
    KeychainMasterKeySource first{OsKeychain(service)};
    const KeychainState empty = first.inspect();
    EXPECT_TRUE(empty.reachable) << empty.problem.toStdString();
    EXPECT_FALSE(empty.hasMasterKey);

    auto created = first.masterKey();
    ASSERT_TRUE(created) << created.error().message.toStdString();
    EXPECT_EQ(created->size(), 32U);
    const KeychainState present = first.inspect();
    EXPECT_TRUE(present.hasMasterKey);
    EXPECT_EQ(present.keyId, QString::fromLatin1(Envelope::keyId(*created).toHex()));

    // The key is really in the keyring: another reader finds the same bytes.
    auto raw = OsKeychain(service).read(KeychainMasterKeySource::defaultEntry());
    ASSERT_TRUE(raw);
    EXPECT_TRUE(raw->equals(*created));
    KeychainMasterKeySource second{OsKeychain(service)};
    auto again = second.masterKey();
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->equals(*created));
}

TEST(Keychain, DocumentsSealedUnderTheKeychainKeyOpenOnlyWithThatKey)
{
    REQUIRE_KEYRING_SESSION();
    const QString service = uniqueService();
    Workstation ws;
    qint64 documentId = 0;
    {
        EncryptionService encryption(
            std::make_unique<KeychainMasterKeySource>(OsKeychain(service)));
        DocumentService documents(*ws.db, ws.clock, encryption,
                                  OperatorIdentity{QStringLiteral("op"), {}});
        auto stored = documents.importBytes({ws.dossierId, DocumentType::IdFront, {}}, pngBytes());
        ASSERT_TRUE(stored) << stored.error().message.toStdString();
        documentId = stored->id;
        EXPECT_EQ(encryption.sourceKind(), QStringLiteral("keychain"));
    }
    {
        // A later session: the key comes back from the keyring.
        EncryptionService encryption(
            std::make_unique<KeychainMasterKeySource>(OsKeychain(service)));
        DocumentService documents(*ws.db, ws.clock, encryption,
                                  OperatorIdentity{QStringLiteral("op"), {}});
        const DocumentCheck check = documents.verify(documentId);
        EXPECT_TRUE(check.intact) << check.problem.toStdString();
    }
    // Remove the key from the keyring: a new one is created, and the old documents are
    // refused as sealed under another key, never shown.
    ASSERT_TRUE(OsKeychain(service).remove(KeychainMasterKeySource::defaultEntry()));
    EncryptionService encryption(std::make_unique<KeychainMasterKeySource>(OsKeychain(service)));
    DocumentService documents(*ws.db, ws.clock, encryption,
                              OperatorIdentity{QStringLiteral("op"), {}});
    const DocumentCheck lost = documents.verify(documentId);
    EXPECT_FALSE(lost.intact);
    EXPECT_TRUE(lost.problem.contains(QStringLiteral("another key"))) << lost.problem.toStdString();
}

// Runs only as a child of the test below, in an environment without a session bus.
TEST(KeychainChild, NoSessionBusMeansAClearRefusalAndNothingStored)
{
    if (qEnvironmentVariableIsEmpty(kChildFlag)) {
        GTEST_SKIP() << "runs as a child of KeychainUnreachable";
    }
    KeychainMasterKeySource source{OsKeychain(uniqueService(), std::chrono::seconds(10))};
    const KeychainState state = source.inspect();
    EXPECT_FALSE(state.reachable);
    auto key = source.masterKey();
    ASSERT_FALSE(key);
    EXPECT_EQ(key.error().code, ErrorCode::Io);
    EXPECT_TRUE(key.error().message.contains(QStringLiteral("No OS keychain is reachable")))
        << key.error().message.toStdString();
    EXPECT_TRUE(key.error().message.contains(QStringLiteral("refuses to store")));

    Workstation ws;
    EncryptionService encryption(std::make_unique<KeychainMasterKeySource>(
        OsKeychain(uniqueService(), std::chrono::seconds(10))));
    DocumentService documents(*ws.db, ws.clock, encryption,
                              OperatorIdentity{QStringLiteral("op"), {}});
    auto stored = documents.importBytes({ws.dossierId, DocumentType::IdFront, {}}, pngBytes());
    ASSERT_FALSE(stored);
    EXPECT_TRUE(stored.error().message.contains(QStringLiteral("No OS keychain is reachable")));
    EXPECT_EQ(ws.documentCount(), 0);
}

TEST(KeychainUnreachable, NoSessionBusOrABrokenOneIsRefusedClearly)
{
    REQUIRE_KEYRING_SESSION();
    // QtDBus and libsecret keep their bus connection for the life of a process, so the
    // "no keychain" case runs in a fresh child process of this test binary.
    for (const QString& address : {QString(), QStringLiteral("unix:path=/nonexistent/bus")}) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        if (!address.isEmpty()) {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        }
        env.insert(QString::fromLatin1(kChildFlag), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--gtest_filter=KeychainChild.*")});
        ASSERT_TRUE(child.waitForFinished(60'000));
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
        EXPECT_TRUE(output.contains("[  PASSED  ] 1 test")) << output.toStdString();
    }
}

TEST(KeychainCli, StatusImportAndVerifyWithTheKeyringAndRefusalWithout)
{
    REQUIRE_KEYRING_SESSION();
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    const QStringList base{QStringLiteral("--db"), db};
    const CliRun created =
        cli(base + QStringList{QStringLiteral("dossier"), QStringLiteral("create"),
                               QStringLiteral("--product"), QStringLiteral("rgs2"),
                               QStringLiteral("--usage"), QStringLiteral("signature"),
                               QStringLiteral("--surnames"), QStringLiteral("Dupont"),
                               QStringLiteral("--given-names"), QStringLiteral("Jean"),
                               QStringLiteral("--birth-date"), QStringLiteral("1980-05-17"),
                               QStringLiteral("--email"), QStringLiteral("j@example.org"),
                               QStringLiteral("--order-ref"), QStringLiteral("CMD-1")},
            true);
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const QString file = dir.filePath(QStringLiteral("id.png"));
    QFile png(file);
    ASSERT_TRUE(png.open(QIODevice::WriteOnly));
    png.write(pngBytes());
    png.close();
    const QStringList import = base + QStringList{QStringLiteral("document"),
                                                  QStringLiteral("import"),
                                                  QStringLiteral("--dossier"),
                                                  QStringLiteral("1"),
                                                  QStringLiteral("--type"),
                                                  QStringLiteral("id-front"),
                                                  file};

    // Without a keychain: status says so, import is refused, nothing is stored.
    const CliRun noStatus =
        cli(base + QStringList{QStringLiteral("keychain"), QStringLiteral("status")}, false);
    EXPECT_EQ(noStatus.exitCode, 1);
    EXPECT_TRUE(noStatus.out.contains(QStringLiteral("NOT reachable")))
        << noStatus.out.toStdString();
    const CliRun refused = cli(import, false);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("No OS keychain is reachable")))
        << refused.err.toStdString();
    const CliRun none = cli(base + QStringList{QStringLiteral("document"), QStringLiteral("list"),
                                               QStringLiteral("--dossier"), QStringLiteral("1")},
                            false);
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_TRUE(none.out.trimmed().isEmpty());

    // With the keyring: the key is created on first use and the document stored.
    const CliRun stored = cli(import, true);
    ASSERT_EQ(stored.exitCode, 0) << stored.err.toStdString();
    EXPECT_EQ(stored.out.trimmed(), QStringLiteral("1"));
    const CliRun status =
        cli(base + QStringList{QStringLiteral("keychain"), QStringLiteral("status")}, true);
    EXPECT_EQ(status.exitCode, 0);
    EXPECT_TRUE(status.out.contains(QStringLiteral("present"))) << status.out.toStdString();
    const CliRun verified =
        cli(base + QStringList{QStringLiteral("document"), QStringLiteral("verify"),
                               QStringLiteral("--all")},
            true);
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("intact")));
    const QString out = dir.filePath(QStringLiteral("copy.png"));
    const CliRun exported =
        cli(base + QStringList{QStringLiteral("document"), QStringLiteral("export"),
                               QStringLiteral("1"), QStringLiteral("--out"), out},
            true);
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QFile copy(out);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), pngBytes());
}
