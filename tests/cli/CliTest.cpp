#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace guichet::test;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

class CliTest : public ::testing::Test {
protected:
    CliRun cli(QStringList arguments, bool withDb = true, const QByteArray& input = {})
    {
        if (withDb) {
            arguments.prepend(m_db);
            arguments.prepend(QStringLiteral("--db"));
        }
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Hermetic: no settings from the user running the tests.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GUICHET_CLI), arguments);
        EXPECT_TRUE(process.waitForStarted());
        if (!input.isEmpty()) {
            process.write(input);
        }
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(30'000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList validHolder() const
    {
        return {QStringLiteral("--product"),     QStringLiteral("rgs2"),
                QStringLiteral("--usage"),       QStringLiteral("signature"),
                QStringLiteral("--surnames"),    QStringLiteral("Dupont"),
                QStringLiteral("--given-names"), QStringLiteral("Jean"),
                QStringLiteral("--birth-date"),  QStringLiteral("1980-05-17"),
                QStringLiteral("--email"),       QStringLiteral("jean@example.org"),
                QStringLiteral("--order-ref"),   QStringLiteral("CMD-2026-1")};
    }

    qint64 create()
    {
        const CliRun run =
            cli(QStringList{QStringLiteral("dossier"), QStringLiteral("create")} + validHolder());
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.out.trimmed().toLongLong();
    }

    void useDatabase(const QString& url) { m_db = url; }

private:
    QTemporaryDir m_home;
    QString m_db = m_home.filePath(QStringLiteral("cli.sqlite"));
};

} // namespace

TEST_F(CliTest, VersionHelpAndUsageErrors)
{
    const CliRun version = cli({QStringLiteral("--version")}, false);
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("guichet-cli ")));
    const CliRun help = cli({QStringLiteral("--help")}, false);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("dossier list")));
    EXPECT_EQ(cli({}, false).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("teleport")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("dossier"), QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--bogus")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("dossier"), QStringLiteral("show")}).exitCode, 2);
    const CliRun dossierHelp =
        cli({QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral("--help")});
    EXPECT_EQ(dossierHelp.exitCode, 0);
    EXPECT_TRUE(dossierHelp.out.contains(QStringLiteral("--surnames")));
}

TEST_F(CliTest, CreatesShowsAndListsADossier)
{
    const qint64 id = create();
    ASSERT_GT(id, 0);
    const CliRun show = cli({QStringLiteral("dossier"), QStringLiteral("show"), QString::number(id),
                             QStringLiteral("--json")});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    const QJsonObject dossier = show.json().object();
    EXPECT_EQ(dossier.value(u"holder").toObject().value(u"surnames").toString(),
              QStringLiteral("Dupont"));
    EXPECT_EQ(dossier.value(u"status").toString(), QStringLiteral("draft"));
    EXPECT_EQ(dossier.value(u"history").toArray().size(), 1);

    const CliRun list =
        cli({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--search"),
             QStringLiteral("dup"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    const QJsonArray rows = list.json().array();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].toObject().value(u"id").toInteger(), id);
    const CliRun none =
        cli({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--search"),
             QStringLiteral("zola"), QStringLiteral("--json")});
    EXPECT_EQ(none.json().array().size(), 0);
}

TEST_F(CliTest, CreatesFromJsonOnStandardInput)
{
    const QByteArray json = R"({"productId": "qcp-l", "usage": "seal",
        "holder": {"surnames": "Martin", "givenNames": "Élodie", "birthDate": "1990-02-03",
                   "email": "e.martin@example.org"},
        "organisation": {"name": "ACME", "registrationId": "732 829 320 00074"}})";
    const CliRun run =
        cli({QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral("--from-json"),
             QStringLiteral("-"), QStringLiteral("--json")},
            true, json);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().object().value(u"organisation").toObject().value(u"name").toString(),
              QStringLiteral("ACME"));
}

TEST_F(CliTest, RefusedOperationsExitOneWithTheReason)
{
    QStringList invalid =
        QStringList{QStringLiteral("dossier"), QStringLiteral("create")} + validHolder();
    invalid[invalid.indexOf(QStringLiteral("jean@example.org"))] = QStringLiteral("nope");
    const CliRun bad = cli(invalid);
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("holder.email"))) << bad.err.toStdString();

    const qint64 id = create();
    const CliRun forbidden = cli({QStringLiteral("dossier"), QStringLiteral("set-status"),
                                  QString::number(id), QStringLiteral("certificate-issued")});
    EXPECT_EQ(forbidden.exitCode, 1);
    EXPECT_TRUE(forbidden.err.contains(QStringLiteral("cannot go from")));
    const CliRun noReason = cli({QStringLiteral("dossier"), QStringLiteral("set-status"),
                                 QString::number(id), QStringLiteral("cancelled")});
    EXPECT_EQ(noReason.exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("dossier"), QStringLiteral("set-status"), QString::number(id),
                   QStringLiteral("issued")})
                  .exitCode,
              2);
    EXPECT_EQ(
        cli({QStringLiteral("dossier"), QStringLiteral("show"), QStringLiteral("999")}).exitCode,
        1);
}

TEST_F(CliTest, StatusChangesAndStaleUpdatesAreChecked)
{
    const qint64 id = create();
    const CliRun moved =
        cli({QStringLiteral("dossier"), QStringLiteral("set-status"), QString::number(id),
             QStringLiteral("ready-for-meeting"), QStringLiteral("--json")});
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_EQ(moved.json().object().value(u"version").toInt(), 2);

    // Only the meeting, with its rules, verifies an identity.
    const CliRun shortcut = cli({QStringLiteral("dossier"), QStringLiteral("set-status"),
                                 QString::number(id), QStringLiteral("identity-verified")});
    EXPECT_EQ(shortcut.exitCode, 1);
    EXPECT_TRUE(shortcut.err.contains(QStringLiteral("meeting verify")))
        << shortcut.err.toStdString();

    const CliRun stale =
        cli({QStringLiteral("dossier"), QStringLiteral("update"), QString::number(id),
             QStringLiteral("--email"), QStringLiteral("new@example.org"),
             QStringLiteral("--expect-version"), QStringLiteral("1")});
    EXPECT_EQ(stale.exitCode, 1);
    EXPECT_TRUE(stale.err.contains(QStringLiteral("changed by")));
    const CliRun fresh = cli({QStringLiteral("dossier"), QStringLiteral("update"),
                              QString::number(id), QStringLiteral("--email"),
                              QStringLiteral("new@example.org"), QStringLiteral("--json")});
    ASSERT_EQ(fresh.exitCode, 0) << fresh.err.toStdString();
    EXPECT_EQ(fresh.json().object().value(u"holder").toObject().value(u"email").toString(),
              QStringLiteral("new@example.org"));

    const CliRun audit =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    EXPECT_TRUE(audit.json().object().value(u"intact").toBool());
    EXPECT_EQ(audit.json().object().value(u"eventsChecked").toInt(), 3);
}

TEST_F(CliTest, WorksAgainstPostgreSql)
{
    TestDatabase postgres(Engine::Postgres);
    GUICHET_REQUIRE_DATABASE(postgres);
    useDatabase(postgres.url());
    const qint64 id = create();
    ASSERT_GT(id, 0);
    const CliRun list =
        cli({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.json().array().size(), 1);
    EXPECT_EQ(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}
