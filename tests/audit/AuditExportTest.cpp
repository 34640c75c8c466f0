#include "audit/AuditExport.h"

#include "EngineFixture.h"
#include "TestSigners.h"
#include "audit/AuditCheckpoints.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace guichet;
using namespace guichet::test;

namespace {

// An export is evidence handed to an auditor: it must verify offline, and any edited,
// removed or added line must be named.
class AuditExportTest : public EngineTest {
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        signer = ca.issueOperator(QStringLiteral("Alice Operator"));
        ASSERT_TRUE(signer);
        AuditLog audit(*db, clock);
        AuditCheckpoints checkpoints(*db, clock, timeSource);
        // Day 1: events 1-4, checkpoint at 4; day 2: events 5-8, checkpoint at 8; day 3: 9-10.
        for (int day = 0; day < 3; ++day) {
            clock.set(QDateTime(QDate(2026, 11, 23 + day), QTime(9, 0), Qt::UTC));
            for (int i = 0; i < (day < 2 ? 4 : 2); ++i) {
                clock.advanceMs(60'000);
                Transaction transaction(*db);
                ASSERT_TRUE(audit
                                .append(QStringLiteral("op-alice"),
                                        QStringLiteral("dossier.updated"),
                                        QStringLiteral("dossier"), QString::number(day + 1),
                                        QJsonObject{{QStringLiteral("changed"), i}})
                                .ok());
                ASSERT_TRUE(transaction.commit().ok());
            }
            if (day < 2) {
                ASSERT_TRUE(checkpoints
                                .checkpoint(*signer, QStringLiteral("op-alice"),
                                            QStringLiteral("session-end"))
                                .ok());
            }
        }
    }

    QByteArray exportDays(int firstDay, int lastDay, AuditExportSummary* summary = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = AuditExport(*db).write(
            QDateTime(QDate(2026, 11, firstDay), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2026, 11, lastDay + 1), QTime(0, 0), Qt::UTC), buffer);
        EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().message.toStdString());
        if (summary && written.ok()) {
            *summary = *written;
        }
        return buffer.data();
    }

    static AuditVerification verifyBytes(QByteArray bytes, const QList<QByteArray>& anchors = {})
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        auto report = AuditExport::verify(buffer, anchors);
        EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().message.toStdString());
        return report.ok() ? *report : AuditVerification{};
    }

    static QByteArray editLine(const QByteArray& bytes, qint64 seq, const QString& key,
                               const QJsonValue& value)
    {
        QList<QByteArray> lines = bytes.split('\n');
        for (QByteArray& line : lines) {
            QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.value(QStringLiteral("type")) == QStringLiteral("event") &&
                object.value(QStringLiteral("seq")).toInteger() == seq) {
                object.insert(key, value);
                line = QJsonDocument(object).toJson(QJsonDocument::Compact);
            }
        }
        return lines.join('\n');
    }

    TestOperatorCa ca;
    FixedTimeSource timeSource{QStringLiteral("system clock, UTC; NTP synchronised: yes")};
    std::unique_ptr<KeySigner> signer;
};
GUICHET_ON_BOTH_ENGINES(AuditExportTest);

} // namespace

TEST_P(AuditExportTest, ExportOfAPeriodVerifiesOfflineWithItsCheckpoints)
{
    AuditExportSummary summary;
    const QByteArray bytes = exportDays(23, 23, &summary);
    // Day 1 is events 1-4, already covered by the checkpoint at 4.
    EXPECT_EQ(summary.firstSeq, 1);
    EXPECT_EQ(summary.lastSeq, 4);
    EXPECT_EQ(summary.events, 4);
    EXPECT_EQ(summary.checkpoints, 1);
    EXPECT_EQ(summary.uncoveredEvents, 0);
    const AuditVerification report = verifyBytes(bytes, {ca.certificateDer()});
    EXPECT_TRUE(report.intact) << report.problem.toStdString();
    EXPECT_EQ(report.eventsChecked, 4);
    EXPECT_EQ(report.checkpointsChecked, 1);

    // The last day is after the last checkpoint: exported, verified by the chain only.
    const QByteArray tail = exportDays(25, 25, &summary);
    EXPECT_EQ(summary.firstSeq, 9);
    EXPECT_EQ(summary.uncoveredEvents, 2);
    EXPECT_TRUE(verifyBytes(tail).intact);
}

TEST_P(AuditExportTest, ExportIsExtendedToTheNextCheckpoint)
{
    AuditExportSummary summary;
    // Nothing on the 22nd; the 24th's events 5-8 end at the second checkpoint.
    exportDays(22, 22, &summary);
    EXPECT_EQ(summary.events, 0);
    const QByteArray bytes = exportDays(24, 24, &summary);
    EXPECT_EQ(summary.firstSeq, 5);
    EXPECT_EQ(summary.lastSeq, 8);
    EXPECT_EQ(summary.checkpoints, 1);
    const AuditVerification report = verifyBytes(bytes, {ca.certificateDer()});
    EXPECT_TRUE(report.intact) << report.problem.toStdString();
    EXPECT_EQ(report.coveredUpToSeq, 8);
}

TEST_P(AuditExportTest, AChangedLineIsNamed)
{
    const QByteArray bytes = exportDays(23, 25);
    ASSERT_TRUE(verifyBytes(bytes).intact);

    AuditVerification report =
        verifyBytes(editLine(bytes, 6, QStringLiteral("operator"), QStringLiteral("op-mallory")));
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 6);

    report = verifyBytes(
        editLine(bytes, 3, QStringLiteral("at"), QStringLiteral("2026-11-23T09:03:00.001Z")));
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 3);

    // A removed line.
    QList<QByteArray> lines = bytes.split('\n');
    lines.removeAt(5); // header is line 0: this is event 5
    report = verifyBytes(lines.join('\n'));
    EXPECT_FALSE(report.intact);

    // An edited checkpoint (its time is signed).
    QByteArray edited = bytes;
    edited.replace("\"createdAt\":\"2026-11-23", "\"createdAt\":\"2026-11-22");
    ASSERT_NE(edited, bytes);
    report = verifyBytes(edited);
    EXPECT_FALSE(report.intact);
    EXPECT_TRUE(report.firstBadCheckpoint.has_value());

    // Not an export at all.
    QByteArray junk("hello\n");
    QBuffer buffer(&junk);
    buffer.open(QIODevice::ReadOnly);
    EXPECT_FALSE(AuditExport::verify(buffer, {}).ok());
}

TEST_P(AuditExportTest, RewrittenExportFailsAtTheCheckpoint)
{
    // Someone recomputes every hash of the exported events after changing one: the
    // checkpoint's signature over the head still names the original hash.
    const QByteArray bytes = exportDays(23, 23);
    QList<QByteArray> lines = bytes.split('\n');
    QByteArray previous(32, '\0');
    for (QByteArray& line : lines) {
        QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("type")) != QStringLiteral("event")) {
            continue;
        }
        AuditEvent event;
        event.seq = object.value(QStringLiteral("seq")).toInteger();
        event.atUtc =
            QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        event.operatorId = event.seq == 2 ? QStringLiteral("op-mallory")
                                          : object.value(QStringLiteral("operator")).toString();
        event.action = object.value(QStringLiteral("action")).toString();
        event.objectType = object.value(QStringLiteral("objectType")).toString();
        event.objectId = object.value(QStringLiteral("objectId")).toString();
        event.detailsJson = object.value(QStringLiteral("details")).toString().toUtf8();
        event.prevHash = previous;
        event.hash = event.computeHash();
        previous = event.hash;
        object.insert(QStringLiteral("operator"), event.operatorId);
        object.insert(QStringLiteral("prevHash"), QString::fromLatin1(event.prevHash.toHex()));
        object.insert(QStringLiteral("hash"), QString::fromLatin1(event.hash.toHex()));
        line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    const AuditVerification report = verifyBytes(lines.join('\n'));
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 4);
    EXPECT_TRUE(report.firstBadCheckpoint.has_value());
}
