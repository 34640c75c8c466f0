#include "EngineFixture.h"
#include "support/Samples.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace guichet;
using namespace guichet::test;

namespace {

class CrashTest : public EngineTest {};
GUICHET_ON_BOTH_ENGINES(CrashTest);

// Runs the writer until it has printed `atLeast` more ids, then kills it without warning.
QList<qint64> runAndKill(const QString& url, int atLeast)
{
    QProcess writer;
    writer.setProgram(QStringLiteral(GUICHET_CRASH_WRITER));
    writer.setArguments({url});
    writer.start();
    EXPECT_TRUE(writer.waitForStarted(10'000));
    QByteArray output;
    while (output.count('\n') < atLeast && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(10'000);
        output += writer.readAllStandardOutput();
    }
    writer.kill(); // SIGKILL: no destructor, no rollback, no close
    writer.waitForFinished(10'000);
    output += writer.readAllStandardOutput();
    const QByteArray errors = writer.readAllStandardError();
    EXPECT_TRUE(errors.isEmpty()) << errors.toStdString();

    QList<qint64> ids;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last piece may be cut mid-line
        ids.append(lines[i].toLongLong());
    }
    return ids;
}

} // namespace

TEST_P(CrashTest, KillingAWriterLosesNothingCommittedAndLeavesAnOpenableDatabase)
{
    db.reset(); // the writer process owns the database during the rounds
    service.reset();
    QList<qint64> committed;
    for (int round = 0; round < 6; ++round) {
        const int atLeast = 1 + int(QRandomGenerator::global()->bounded(25));
        committed += runAndKill(testDb().url(), atLeast);
    }
    ASSERT_GE(committed.size(), 6);

    db = openDb();
    ASSERT_TRUE(db);
    DossierService reader(*db, clock, ProductCatalogue::builtIn(),
                          {QStringLiteral("auditor"), QStringLiteral("Auditor")});
    for (qint64 id : std::as_const(committed)) {
        auto dossier = reader.find(id);
        ASSERT_TRUE(dossier.ok()) << "dossier " << id << " was committed, then lost";
        EXPECT_EQ(dossier->status, DossierStatus::ReadyForMeeting);
    }
    auto audit = reader.verifyAudit();
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(audit->intact) << audit->problem.toStdString();
    EXPECT_GE(audit->eventsChecked, 2 * committed.size());
    if (GetParam() == Engine::Sqlite) {
        QSqlQuery check = db->query();
        ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")));
        ASSERT_TRUE(check.next());
        EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
    }
    // Still writable after the crashes.
    auto created = reader.create(sampleDossier());
    EXPECT_TRUE(created.ok());
}
