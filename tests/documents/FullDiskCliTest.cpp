// A disk that is really full (ENOSPC), without touching the machine's own mounts: guichet-cli
// runs inside a private mount namespace (`unshare --mount`) on a tmpfs of a few KiB, which
// disappears with the namespace. Needs the right to make a mount namespace (root, as the test
// machines run); without it the tests skip and print why.
#include "core/DocumentSamples.h"
#include "documents/DocumentService.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "security/PassphraseMasterKeySource.h"
#include "service/DossierService.h"
#include "storage/Database.h"
#include "support/Samples.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace guichet;
using namespace guichet::test;

namespace {

const QByteArray kPassphrase = "full disk test passphrase";

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class FullDiskCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (QProcess::execute(QStringLiteral("unshare"),
                              {QStringLiteral("--mount"), QStringLiteral("--propagation"),
                               QStringLiteral("private"), QStringLiteral("true")}) != 0) {
            GTEST_SKIP() << "cannot make a private mount namespace (unshare --mount needs root "
                            "or CAP_SYS_ADMIN): the tiny full filesystem cannot be made here";
        }
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir(m_dir.path()).mkpath(QStringLiteral("full")));
        ASSERT_TRUE(QDir(m_dir.path()).mkpath(QStringLiteral("after")));
        auto db = Database::open(config(dbPath()));
        ASSERT_TRUE(db) << db.error().message.toStdString();
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC));
        const OperatorIdentity supervisor{QStringLiteral("sup"), QStringLiteral("Sup")};
        DossierService dossiers(**db, clock, ProductCatalogue::builtIn(), supervisor);
        auto created = dossiers.create(sampleDossier());
        ASSERT_TRUE(created) << created.error().message.toStdString();
        m_dossierId = created->id;
        auto protectedKey = PassphraseMasterKeySource::protect(
            **db, clock, supervisor, SecretBytes::copyOf(kPassphrase), SecretBytes());
        ASSERT_TRUE(protectedKey) << protectedKey.error().message.toStdString();
        EncryptionService encryption(
            std::make_unique<PassphraseMasterKeySource>(**db, SecretBytes::copyOf(kPassphrase)));
        DocumentService documents(**db, clock, encryption, supervisor);
        auto stored = documents.addScannedPages({m_dossierId, DocumentType::IdFront, {}},
                                                {photoImage(1240, 1754, 5)});
        ASSERT_TRUE(stored) << stored.error().message.toStdString();
        m_documentId = stored->id;
    }

    static DatabaseConfig config(const QString& path)
    {
        DatabaseConfig c;
        c.sqlitePath = path;
        return c;
    }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("guichet.sqlite")); }
    QString fullDir() const { return m_dir.filePath(QStringLiteral("full")); }

    // Runs `script` with sh in a private mount namespace where $FULL is a tmpfs of `kib` KiB;
    // $CLI is guichet-cli, $DB the database outside it, $AFTER a folder to copy things out to.
    CliRun inFullDisk(int kib, const QString& script, const QByteArray& input = kPassphrase + '\n')
    {
        const QString prologue =
            QStringLiteral("mount -t tmpfs -o size=%1k tmpfs \"$FULL\" || exit 97\n").arg(kib);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FULL"), fullDir());
        env.insert(QStringLiteral("CLI"), QStringLiteral(GUICHET_CLI));
        env.insert(QStringLiteral("DB"), dbPath());
        env.insert(QStringLiteral("AFTER"), m_dir.filePath(QStringLiteral("after")));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("unshare"),
                      {QStringLiteral("--mount"), QStringLiteral("--propagation"),
                       QStringLiteral("private"), QStringLiteral("--"), QStringLiteral("sh"),
                       QStringLiteral("-c"), prologue + script});
        EXPECT_TRUE(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(120'000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static qint64 count(Database& db, const QString& sql)
    {
        QSqlQuery q = db.query();
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        return q.value(0).toLongLong();
    }

    QTemporaryDir m_dir;
    qint64 m_dossierId = 0;
    qint64 m_documentId = 0;
};

TEST_F(FullDiskCliTest, ExportingToAFullDiskSaysSoAndLeavesNoPartialCopy)
{
    const CliRun run = inFullDisk(
        16, QStringLiteral("\"$CLI\" --db \"$DB\" document export %1 --out \"$FULL/id-front.jpg\" "
                           "--passphrase-fd 0\n"
                           "rc=$?\n"
                           "echo \"left:$(ls -A \"$FULL\" | tr '\\n' ' ')\"\n"
                           "exit $rc\n")
                .arg(m_documentId));
    ASSERT_NE(run.exitCode, 97) << "tmpfs mount refused: " << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("The disk is full"))) << run.err.toStdString();
    // QSaveFile's temporary file is gone and no copy was made.
    EXPECT_TRUE(run.out.contains(QStringLiteral("left:\n")) ||
                run.out.trimmed() == QStringLiteral("left:"))
        << run.out.toStdString();

    auto db = Database::open(config(dbPath()));
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ(count(**db, QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = "
                                         "'document.exported'")),
              0)
        << "an export was recorded although no copy was written";
}

TEST_F(FullDiskCliTest, ADatabaseOnAFullDiskRefusesAnImportAndKeepsNothingOfIt)
{
    // The database on the tiny filesystem, with room for its WAL index and a few pages only.
    const qint64 dbKib = (QFileInfo(dbPath()).size() + 1023) / 1024;
    const QString kbis = m_dir.filePath(QStringLiteral("kbis.jpg"));
    QFile file(kbis);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(encodeImage(photoImage(1240, 1754, 6), "jpeg", 90));
    file.close();
    const CliRun run = inFullDisk(
        int(dbKib) + 96,
        QStringLiteral("cp \"$DB\" \"$FULL/guichet.sqlite\" || exit 98\n"
                       "\"$CLI\" --db \"$FULL/guichet.sqlite\" document import --dossier %1 "
                       "--type kbis --paper-date 2026-11-20 --passphrase-fd 0 \"%2\"\n"
                       "rc=$?\n"
                       "cp \"$FULL\"/guichet.sqlite* \"$AFTER\"/\n"
                       "exit $rc\n")
            .arg(m_dossierId)
            .arg(kbis));
    ASSERT_NE(run.exitCode, 97) << "tmpfs mount refused: " << run.err.toStdString();
    ASSERT_NE(run.exitCode, 98) << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    // What the operator reads (the diagnostics log keeps SQLite's own words for maintainers).
    QString told;
    for (const QString& line : run.err.split(u'\n')) {
        if (line.startsWith(QStringLiteral("guichet-cli:"))) {
            told += line;
        }
    }
    EXPECT_TRUE(told.contains(QStringLiteral("disk that holds the database is full")))
        << run.err.toStdString();
    EXPECT_FALSE(told.contains(QStringLiteral("database or disk is full")))
        << "SQLite's own English message reached the operator: " << run.err.toStdString();

    // What was left on the full disk: the one document from before, nothing half-stored.
    auto db = Database::open(config(m_dir.filePath(QStringLiteral("after/guichet.sqlite"))));
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ(count(**db, QStringLiteral("SELECT COUNT(*) FROM document")), 1);
    EXPECT_EQ(count(**db, QStringLiteral("SELECT COUNT(*) FROM document_part")), 1);
    EXPECT_EQ(count(**db, QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = "
                                         "'document.added'")),
              1);
    QSqlQuery integrity = (*db)->query();
    ASSERT_TRUE(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
    EXPECT_EQ(integrity.value(0).toString(), QStringLiteral("ok"));
}

} // namespace
