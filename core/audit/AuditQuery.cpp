#include "audit/AuditQuery.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QStringList>
#include <limits>

namespace guichet {

Result<QList<AuditEvent>> AuditQuery::page(const AuditFilter& filter, qint64 beforeSeq, int limit)
{
    QStringList where{QStringLiteral("seq < ?")};
    QVariantList values{beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max()};
    if (!filter.dossierId.isEmpty()) {
        where << QStringLiteral("object_type = 'dossier' AND object_id = ?");
        values << filter.dossierId;
    }
    if (!filter.operatorId.isEmpty()) {
        where << QStringLiteral("operator = ?");
        values << filter.operatorId;
    }
    if (!filter.actionPrefix.isEmpty()) {
        // A prefix range rather than LIKE: no wildcard escaping, and it uses byte order.
        where << QStringLiteral("action >= ? AND action < ?");
        QString next = filter.actionPrefix;
        next.back() = QChar(char16_t(next.back().unicode() + 1));
        values << filter.actionPrefix << next;
    }
    if (filter.fromUtc.isValid()) {
        where << QStringLiteral("at >= ?");
        values << filter.fromUtc.toMSecsSinceEpoch();
    }
    if (filter.toUtc.isValid()) {
        where << QStringLiteral("at < ?");
        values << filter.toUtc.toMSecsSinceEpoch();
    }
    QSqlQuery query = m_db.query();
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT seq, at, operator, action, object_type, object_id, "
                                      "details, prev_hash, hash FROM audit_event WHERE %1 "
                                      "ORDER BY seq DESC LIMIT %2")
                           .arg(where.join(QStringLiteral(" AND ")))
                           .arg(std::max(1, limit)))) {
        return m_db.storageError(query, AuditLog::tr("reading the audit log"));
    }
    for (const QVariant& value : std::as_const(values)) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return m_db.storageError(query, AuditLog::tr("reading the audit log"));
    }
    QList<AuditEvent> events;
    while (query.next()) {
        AuditEvent event;
        event.seq = query.value(0).toLongLong();
        event.atUtc = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        event.operatorId = query.value(2).toString();
        event.action = query.value(3).toString();
        event.objectType = query.value(4).toString();
        event.objectId = query.value(5).toString();
        event.detailsJson = query.value(6).toString().toUtf8();
        event.prevHash = QByteArray::fromHex(query.value(7).toString().toLatin1());
        event.hash = QByteArray::fromHex(query.value(8).toString().toLatin1());
        events.append(event);
    }
    return events;
}

} // namespace guichet
