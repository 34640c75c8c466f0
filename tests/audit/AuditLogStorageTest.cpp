#include "EngineFixture.h"
#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

using namespace guichet;
using namespace guichet::test;

namespace {

// How the audit log is stored since migration 14: on SQLite the sequence number is the
// table's rowid, so verification reads the events in one pass over the table instead of an
// index step and a table lookup per event (issue 7: >= 1,000,000 events/s). Everything else
// (columns, text hashes, the unique sequence number, the indexes) is as before.
class AuditLogStorageTest : public EngineTest {
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        audit = std::make_unique<AuditLog>(*db, clock);
        Transaction transaction(*db);
        ASSERT_TRUE(transaction.begun().ok());
        for (int i = 0; i < 20; ++i) {
            clock.advanceMs(1000);
            ASSERT_TRUE(audit
                            ->append(QStringLiteral("op-alice"), QStringLiteral("dossier.updated"),
                                     QStringLiteral("dossier"), QString::number(i % 4 + 1),
                                     QJsonObject{{QStringLiteral("changed"), i}})
                            .ok());
        }
        ASSERT_TRUE(transaction.commit().ok());
    }

    void TearDown() override
    {
        audit.reset();
        EngineTest::TearDown();
    }

    QStringList rows(const QString& sql)
    {
        QSqlQuery q = db->query();
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        QStringList out;
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i) {
                columns.append(q.value(i).toString());
            }
            out.append(columns.join(u'|'));
        }
        return out;
    }

    std::unique_ptr<AuditLog> audit;
};
GUICHET_ON_BOTH_ENGINES(AuditLogStorageTest);

} // namespace

TEST_P(AuditLogStorageTest, OnSqliteTheSequenceNumberIsTheTablesRowid)
{
    if (!db->isSqlite()) {
        // No rowid there: the sequence number stays a 64-bit primary key.
        EXPECT_EQ(rows(QStringLiteral("SELECT c.data_type FROM information_schema.columns c "
                                      "JOIN information_schema.key_column_usage k ON "
                                      "k.table_name = c.table_name AND k.column_name = "
                                      "c.column_name WHERE c.table_name = 'audit_event' AND "
                                      "c.column_name = 'seq'")),
                  QStringList{QStringLiteral("bigint")});
        return;
    }
    // PRAGMA table_info: cid|name|type|notnull|default|pk
    const QStringList columns = rows(QStringLiteral("PRAGMA table_info(audit_event)"));
    ASSERT_FALSE(columns.isEmpty());
    EXPECT_TRUE(columns.first().startsWith(QStringLiteral("0|seq|INTEGER|")))
        << columns.first().toStdString();
    EXPECT_TRUE(columns.first().endsWith(QStringLiteral("|1"))) << columns.first().toStdString();
    EXPECT_EQ(rows(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE rowid <> seq")),
              QStringList{QStringLiteral("0")});
    // The verifier's read (AuditEventReader) is a range of the table itself, no index.
    const QString plan =
        rows(QStringLiteral("EXPLAIN QUERY PLAN SELECT seq, at, operator, action, object_type, "
                            "object_id, details, prev_hash, hash FROM audit_event WHERE seq >= 1 "
                            "AND seq <= 9223372036854775807 ORDER BY seq"))
            .join(u'\n');
    EXPECT_TRUE(plan.contains(QStringLiteral("INTEGER PRIMARY KEY"))) << plan.toStdString();
    EXPECT_FALSE(plan.contains(QStringLiteral("USING INDEX"))) << plan.toStdString();
}

TEST_P(AuditLogStorageTest, TheLogKeepsItsKeyItsIndexesAndVerifies)
{
    // A second event with a sequence number already taken is refused, as before.
    QSqlQuery duplicate = db->query();
    EXPECT_FALSE(duplicate.exec(
        QStringLiteral("INSERT INTO audit_event (seq, at, operator, action, object_type, "
                       "object_id, details, prev_hash, hash) SELECT seq, at, operator, action, "
                       "object_type, object_id, details, prev_hash, hash FROM audit_event "
                       "WHERE seq = 7")));

    const QStringList indexes =
        db->isSqlite()
            ? rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                  "tbl_name = 'audit_event' AND sql IS NOT NULL ORDER BY name"))
            : rows(QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = "
                                  "'audit_event' AND indexname LIKE 'audit_event_by_%' "
                                  "ORDER BY indexname"));
    EXPECT_EQ(indexes, (QStringList{QStringLiteral("audit_event_by_object"),
                                    QStringLiteral("audit_event_by_time")}));

    auto forDossier = audit->eventsFor(QStringLiteral("dossier"), QStringLiteral("2"));
    ASSERT_TRUE(forDossier.ok());
    ASSERT_EQ(forDossier->size(), 5);
    EXPECT_EQ(forDossier->first().seq, 2);
    EXPECT_EQ(forDossier->last().seq, 18);

    auto report = AuditVerifier(*db).verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->intact) << report->problem.toStdString();
    EXPECT_EQ(report->eventsChecked, 20);
}
