// Issue 4 gaps, on the real guichet-cli with a SQLite file and no keychain: choosing or
// changing the master key's passphrase, and the retention purge, are a supervisor's decision
// once a supervisor account exists (SupervisorDecision); the import size limit comes from the
// workstation's settings.
#include "storage/Database.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace guichet;

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

const QByteArray kPassphrase("correct horse battery staple");
const QByteArray kNewPassphrase("a brand new passphrase 2026");

class SupervisorDecisionCliTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_home.isValid()); }

    QString path(const QString& name) const { return m_home.filePath(name); }

    Outcome run(QStringList arguments, const QByteArray& input = {})
    {
        arguments.prepend(path(QStringLiteral("cli.sqlite")));
        arguments.prepend(QStringLiteral("--db"));
        arguments.prepend(QStringLiteral("Claire Dubois"));
        arguments.prepend(QStringLiteral("--operator"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain here
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GUICHET_CLI), arguments);
        EXPECT_TRUE(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60'000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Outcome usePassphrase()
    {
        return run(keychain(QStringLiteral("use-passphrase")), kPassphrase + '\n');
    }

    static QStringList keychain(const QString& command)
    {
        return {QStringLiteral("keychain"), command, QStringLiteral("--passphrase-fd"),
                QStringLiteral("0")};
    }

    std::unique_ptr<Database> open()
    {
        DatabaseConfig config;
        config.sqlitePath = path(QStringLiteral("cli.sqlite"));
        auto db = Database::open(config);
        EXPECT_TRUE(db) << db.error().message.toStdString();
        return db ? std::move(db).value() : nullptr;
    }

    // An account as the operators' commands store it (schema 7); no card is needed to refuse.
    void addAccount(const QString& id, const QString& role, bool active = true)
    {
        auto db = open();
        ASSERT_TRUE(db);
        QSqlQuery q = db->query();
        q.prepare(QStringLiteral(
            "INSERT INTO operator_account (id, version, display_name, role, "
            "ca_registration_number, organisation_name, training_date, certificate, "
            "certificate_sha256, active, created_at, created_by, updated_at, updated_by) "
            "VALUES (?, 1, ?, ?, '', '', '2026-01-10', ?, ?, ?, 0, 'setup', 0, 'setup')"));
        q.addBindValue(id);
        q.addBindValue(id);
        q.addBindValue(role);
        q.addBindValue(QByteArray("not a certificate"));
        q.addBindValue(QStringLiteral("00").repeated(32) + id);
        q.addBindValue(active ? 1 : 0);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    qint64 protections()
    {
        auto db = open();
        QSqlQuery q = db->query();
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM master_key_protection")));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    // The salt and wrapped key: a new passphrase changes both.
    QByteArray wrappedKey()
    {
        auto db = open();
        QSqlQuery q = db->query();
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT salt, wrapped_key FROM master_key_protection")));
        return q.next() ? q.value(0).toByteArray() + q.value(1).toByteArray() : QByteArray();
    }

    QTemporaryDir m_home;
};

} // namespace

TEST_F(SupervisorDecisionCliTest, BeforeAnySupervisorExistsTheWorkstationIsSetUpFreely)
{
    // An operator account alone does not close the set-up: a supervisor decides.
    ASSERT_EQ(run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    addAccount(QStringLiteral("op-dan"), QStringLiteral("dra-operator"));
    addAccount(QStringLiteral("sup-old"), QStringLiteral("supervisor"), false); // deactivated
    const Outcome chosen = usePassphrase();
    EXPECT_EQ(chosen.exitCode, 0) << chosen.err.toStdString();
    EXPECT_EQ(protections(), 1);
}

TEST_F(SupervisorDecisionCliTest, OnceASupervisorExistsChoosingAPassphraseNeedsTheirCard)
{
    ASSERT_EQ(run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    addAccount(QStringLiteral("sup-carol"), QStringLiteral("supervisor"));
    const Outcome refused = usePassphrase();
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("supervisor's decision")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--operator-token")))
        << refused.err.toStdString();
    EXPECT_EQ(protections(), 0) << "nothing chosen";
}

TEST_F(SupervisorDecisionCliTest, OnceASupervisorExistsChangingThePassphraseNeedsTheirCard)
{
    ASSERT_EQ(usePassphrase().exitCode, 0);
    addAccount(QStringLiteral("sup-carol"), QStringLiteral("supervisor"));
    const QByteArray before = wrappedKey();
    ASSERT_FALSE(before.isEmpty());
    const Outcome refused = run(keychain(QStringLiteral("change-passphrase")),
                                kPassphrase + '\n' + kNewPassphrase + '\n');
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("supervisor's decision")))
        << refused.err.toStdString();
    EXPECT_EQ(wrappedKey(), before) << "the passphrase was not changed";
}

TEST_F(SupervisorDecisionCliTest, OnceASupervisorExistsThePurgeNeedsTheirCardButADryRunDoesNot)
{
    ASSERT_EQ(run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("retention"), QStringLiteral("purge")}).exitCode, 0)
        << "a workstation being set up";
    addAccount(QStringLiteral("sup-carol"), QStringLiteral("supervisor"));
    const Outcome refused = run({QStringLiteral("retention"), QStringLiteral("purge")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("retention purge is a supervisor's decision")))
        << refused.err.toStdString();
    const Outcome dryRun =
        run({QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--dry-run")});
    EXPECT_EQ(dryRun.exitCode, 0) << dryRun.err.toStdString();
}

TEST_F(SupervisorDecisionCliTest, ImportLimitComesFromTheWorkstationSettings)
{
    ASSERT_EQ(usePassphrase().exitCode, 0);
    const Outcome created = run(
        {QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral("--product"),
         QStringLiteral("rgs2"), QStringLiteral("--usage"), QStringLiteral("signature"),
         QStringLiteral("--surnames"), QStringLiteral("Dupont"), QStringLiteral("--given-names"),
         QStringLiteral("Jean"), QStringLiteral("--birth-date"), QStringLiteral("1980-05-17"),
         QStringLiteral("--email"), QStringLiteral("jean@example.org"),
         QStringLiteral("--order-ref"), QStringLiteral("CMD-2026-7")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const QString dossier = created.out.trimmed();
    // Noise does not compress: a PNG of about 3 MiB.
    QImage noise(1024, 1024, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < noise.height(); ++y) {
        auto* line = reinterpret_cast<quint32*>(noise.scanLine(y));
        for (int x = 0; x < noise.width(); ++x) {
            line[x] = random.generate() | 0xff000000u;
        }
    }
    const QString file = path(QStringLiteral("large.png"));
    ASSERT_TRUE(noise.save(file, "PNG"));
    ASSERT_GT(QFileInfo(file).size(), 2 * 1024 * 1024);
    {
        // The file QSettings reads for organisation "Guichet", application "guichet".
        QSettings settings(path(QStringLiteral("config/Guichet/guichet.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("documents/importLimitMiB"), 2);
    }
    const QStringList import{QStringLiteral("document"),
                             QStringLiteral("import"),
                             QStringLiteral("--dossier"),
                             dossier,
                             QStringLiteral("--type"),
                             QStringLiteral("other"),
                             QStringLiteral("--passphrase-fd"),
                             QStringLiteral("0"),
                             file};
    const Outcome refused = run(import, kPassphrase + '\n');
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("2.0 MiB"))) << refused.err.toStdString();
    const Outcome listed = run({QStringLiteral("document"), QStringLiteral("list"),
                                QStringLiteral("--dossier"), dossier, QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0)
        << "nothing half-stored: " << listed.out.toStdString();

    // The command may name a larger limit for one file.
    const Outcome accepted =
        run(import + QStringList{QStringLiteral("--max-size-mib"), QStringLiteral("8")},
            kPassphrase + '\n');
    EXPECT_EQ(accepted.exitCode, 0) << accepted.err.toStdString();
}
