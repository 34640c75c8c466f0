#include "audit/AuditExport.h"

#include "audit/AuditChainCheck.h"
#include "audit/AuditCheckpoints.h"
#include "audit/AuditEventReader.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

namespace guichet {
namespace {

const QString kFormat = QStringLiteral("guichet-audit-export");

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

QString isoMs(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

bool writeLine(QIODevice& out, const QJsonObject& object)
{
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    line.append('\n');
    return out.write(line) == line.size();
}

QJsonObject checkpointJson(const AuditCheckpoint& checkpoint)
{
    return {
        {QStringLiteral("type"), QStringLiteral("checkpoint")},
        {QStringLiteral("id"), checkpoint.id},
        {QStringLiteral("seq"), checkpoint.seq},
        {QStringLiteral("headHash"), QString::fromLatin1(checkpoint.headHash.toHex())},
        {QStringLiteral("createdAt"), isoMs(checkpoint.createdAtUtc)},
        {QStringLiteral("timeSource"), checkpoint.timeSource},
        {QStringLiteral("operator"), checkpoint.operatorId},
        {QStringLiteral("reason"), checkpoint.reason},
        {QStringLiteral("digest"), digestName(checkpoint.digest)},
        {QStringLiteral("certificate"), QString::fromLatin1(checkpoint.certificateDer.toBase64())},
        {QStringLiteral("signature"), QString::fromLatin1(checkpoint.signature.toBase64())}};
}

// An exported event, owning the bytes the view points into.
struct OwnedEvent {
    qint64 seq = 0;
    qint64 atMs = 0;
    QByteArray fields[7];
    StoredEventView view() const
    {
        auto v = [this](int i) {
            return std::string_view(fields[i].constData(), size_t(fields[i].size()));
        };
        return {seq, atMs, v(0), v(1), v(2), v(3), v(4), v(5), v(6)};
    }
};

bool parseTime(const QJsonValue& value, QDateTime& into)
{
    into = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return into.isValid();
}

} // namespace

Result<AuditExportSummary> AuditExport::write(const QDateTime& from, const QDateTime& to,
                                              QIODevice& out)
{
    AuditExportSummary summary;
    QSqlQuery range = m_db.query();
    range.prepare(QStringLiteral(
        "SELECT COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM audit_event WHERE at >= ? "
        "AND at < ?"));
    range.addBindValue(from.toMSecsSinceEpoch());
    range.addBindValue(to.toMSecsSinceEpoch());
    if (!range.exec() || !range.next()) {
        return m_db.storageError(range, AuditLog::tr("reading the audit log"));
    }
    summary.firstSeq = range.value(0).toLongLong();
    summary.lastSeq = range.value(1).toLongLong();
    range.finish();

    QList<AuditCheckpoint> checkpoints;
    if (summary.lastSeq > 0) {
        SystemClock clock;
        SystemTimeSource source;
        auto covering =
            AuditCheckpoints(m_db, clock, source).covering(summary.firstSeq, summary.lastSeq);
        if (!covering) {
            return covering.error();
        }
        checkpoints = *covering;
        if (!checkpoints.isEmpty()) {
            summary.lastSeq = std::max(summary.lastSeq, checkpoints.constLast().seq);
        }
    }
    const QJsonObject header{{QStringLiteral("type"), kFormat},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("from"), isoMs(from)},
                             {QStringLiteral("to"), isoMs(to)},
                             {QStringLiteral("firstSeq"), summary.firstSeq},
                             {QStringLiteral("lastSeq"), summary.lastSeq}};
    bool written = writeLine(out, header);
    if (summary.lastSeq > 0) {
        Status read = AuditEventReader(m_db).read(
            summary.firstSeq, summary.lastSeq, [&](const StoredEventView& event) {
                const QJsonObject line{{QStringLiteral("type"), QStringLiteral("event")},
                                       {QStringLiteral("seq"), event.seq},
                                       {QStringLiteral("at"),
                                        isoMs(QDateTime::fromMSecsSinceEpoch(event.atMs, Qt::UTC))},
                                       {QStringLiteral("operator"), text(event.operatorId)},
                                       {QStringLiteral("action"), text(event.action)},
                                       {QStringLiteral("objectType"), text(event.objectType)},
                                       {QStringLiteral("objectId"), text(event.objectId)},
                                       {QStringLiteral("details"), text(event.details)},
                                       {QStringLiteral("prevHash"), text(event.prevHashHex)},
                                       {QStringLiteral("hash"), text(event.hashHex)}};
                written = written && writeLine(out, line);
                ++summary.events;
                return written;
            });
        if (!read) {
            return read.error();
        }
    }
    for (const AuditCheckpoint& checkpoint : std::as_const(checkpoints)) {
        written = written && writeLine(out, checkpointJson(checkpoint));
    }
    if (!written) {
        return Error{ErrorCode::Io, tr("Cannot write the export: %1").arg(out.errorString())};
    }
    summary.checkpoints = checkpoints.size();
    const qint64 covered =
        checkpoints.isEmpty() ? summary.firstSeq - 1 : checkpoints.constLast().seq;
    summary.uncoveredEvents = summary.lastSeq > 0 ? summary.lastSeq - covered : 0;
    return summary;
}

Result<AuditVerification> AuditExport::verify(QIODevice& in,
                                              const QList<QByteArray>& trustAnchorsDer)
{
    QList<OwnedEvent> events;
    QList<AuditCheckpoint> checkpoints;
    AuditVerification malformed;
    auto refuse = [&malformed, &events](int lineNumber, const QString& why) {
        malformed.intact = false;
        malformed.firstBadSeq = events.isEmpty() ? 0 : events.constLast().seq + 1;
        malformed.problem = tr("Line %1 of the export is not valid: %2.").arg(lineNumber).arg(why);
        return malformed;
    };
    QJsonObject header;
    int lineNumber = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty()) {
            continue;
        }
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError || object.isEmpty()) {
            if (lineNumber == 1) {
                return Error{ErrorCode::InvalidInput,
                             tr("This file is not a Guichet audit export.")};
            }
            return refuse(lineNumber, tr("not a JSON object"));
        }
        const QString type = object.value(QStringLiteral("type")).toString();
        if (lineNumber == 1) {
            if (type != kFormat || object.value(QStringLiteral("version")).toInt() != 1) {
                return Error{ErrorCode::InvalidInput,
                             tr("This file is not a Guichet audit export.")};
            }
            header = object;
        } else if (type == u"event") {
            OwnedEvent event;
            QDateTime at;
            event.seq = object.value(QStringLiteral("seq")).toInteger();
            if (event.seq <= 0 || !parseTime(object.value(QStringLiteral("at")), at)) {
                return refuse(lineNumber, tr("an event without a sequence number or time"));
            }
            event.atMs = at.toMSecsSinceEpoch();
            const char* keys[] = {"operator", "action",   "objectType", "objectId",
                                  "details",  "prevHash", "hash"};
            for (int i = 0; i < 7; ++i) {
                const QJsonValue value = object.value(QLatin1String(keys[i]));
                if (!value.isString()) {
                    return refuse(lineNumber,
                                  tr("the event has no \"%1\"").arg(QLatin1String(keys[i])));
                }
                event.fields[i] = value.toString().toUtf8();
            }
            events.append(std::move(event));
        } else if (type == u"checkpoint") {
            AuditCheckpoint checkpoint;
            checkpoint.id = object.value(QStringLiteral("id")).toInteger();
            checkpoint.seq = object.value(QStringLiteral("seq")).toInteger();
            checkpoint.headHash =
                QByteArray::fromHex(object.value(QStringLiteral("headHash")).toString().toLatin1());
            if (!parseTime(object.value(QStringLiteral("createdAt")), checkpoint.createdAtUtc) ||
                !digestFromName(object.value(QStringLiteral("digest")).toString(),
                                checkpoint.digest)) {
                return refuse(lineNumber, tr("a checkpoint without a time or digest"));
            }
            checkpoint.createdAtUtc = checkpoint.createdAtUtc.toUTC();
            checkpoint.timeSource = object.value(QStringLiteral("timeSource")).toString();
            checkpoint.operatorId = object.value(QStringLiteral("operator")).toString();
            checkpoint.reason = object.value(QStringLiteral("reason")).toString();
            checkpoint.certificateDer = QByteArray::fromBase64(
                object.value(QStringLiteral("certificate")).toString().toLatin1());
            checkpoint.signature = QByteArray::fromBase64(
                object.value(QStringLiteral("signature")).toString().toLatin1());
            checkpoints.append(checkpoint);
        } else {
            return refuse(lineNumber, tr("unknown line type \"%1\"").arg(type));
        }
    }
    if (header.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("This file is not a Guichet audit export.")};
    }
    const qint64 firstSeq = events.isEmpty() ? 0 : events.constFirst().seq;
    const qint64 lastSeq = events.isEmpty() ? 0 : events.constLast().seq;
    if (header.value(QStringLiteral("firstSeq")).toInteger() != firstSeq ||
        header.value(QStringLiteral("lastSeq")).toInteger() != lastSeq) {
        return refuse(1, tr("its range does not match the events in the file: events were "
                            "removed or added"));
    }
    std::stable_sort(
        checkpoints.begin(), checkpoints.end(),
        [](const AuditCheckpoint& a, const AuditCheckpoint& b) { return a.seq < b.seq; });
    // The first event's predecessor is not exported: its link is taken as written, unless
    // it is the log's first event.
    Digest32 firstPrev{};
    if (firstSeq > 1 && !decodeHex32(events.constFirst().view().prevHashHex, firstPrev)) {
        firstPrev = {};
    }
    AuditChainCheck check(checkpoints, trustAnchorsDer, firstSeq > 0 ? firstSeq : 1, firstPrev);
    for (const OwnedEvent& event : std::as_const(events)) {
        if (!check.feed(event.view())) {
            break;
        }
    }
    check.finish();
    return check.report();
}

} // namespace guichet
