#include "audit/AuditLog.h"

#include "audit/AuditVerifier.h"
#include "common/Logging.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QtEndian>
#include <openssl/evp.h>

namespace guichet {
namespace {

void appendField(QByteArray& out, const QByteArray& field)
{
    // Length-prefixed, so no choice of field contents can make two events hash alike.
    const quint32 length = qToBigEndian(quint32(field.size()));
    out.append(reinterpret_cast<const char*>(&length), sizeof length);
    out.append(field);
}

void appendNumber(QByteArray& out, qint64 value)
{
    const qint64 big = qToBigEndian(value);
    out.append(reinterpret_cast<const char*>(&big), sizeof big);
}

AuditEvent readEvent(const QSqlQuery& q)
{
    AuditEvent event;
    event.seq = q.value(0).toLongLong();
    event.atUtc = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    event.operatorId = q.value(2).toString();
    event.action = q.value(3).toString();
    event.objectType = q.value(4).toString();
    event.objectId = q.value(5).toString();
    event.detailsJson = q.value(6).toString().toUtf8();
    event.prevHash = QByteArray::fromHex(q.value(7).toString().toLatin1());
    event.hash = QByteArray::fromHex(q.value(8).toString().toLatin1());
    return event;
}

const QString kEventColumns =
    QStringLiteral("seq, at, operator, action, object_type, object_id, details, prev_hash, hash");

} // namespace

QByteArray AuditEvent::canonicalBytes() const
{
    QByteArray out;
    out.reserve(256);
    out.append("guichet-audit-v1");
    appendNumber(out, seq);
    appendNumber(out, atUtc.toMSecsSinceEpoch());
    appendField(out, operatorId.toUtf8());
    appendField(out, action.toUtf8());
    appendField(out, objectType.toUtf8());
    appendField(out, objectId.toUtf8());
    appendField(out, detailsJson);
    appendField(out, prevHash);
    return out;
}

QJsonObject AuditEvent::details() const
{
    return QJsonDocument::fromJson(detailsJson).object();
}

QByteArray AuditEvent::computeHash() const
{
    const QByteArray bytes = canonicalBytes();
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()),
                   reinterpret_cast<unsigned char*>(digest.data()), &length, EVP_sha256(),
                   nullptr) != 1 ||
        length != 32) {
        return {};
    }
    return digest;
}

Result<AuditEvent> AuditLog::append(const QString& operatorId, const QString& action,
                                    const QString& objectType, const QString& objectId,
                                    const QJsonObject& details)
{
    // Touching the head first takes its row lock in PostgreSQL, so two workstations append
    // one after the other; SQLite's write transaction is already exclusive.
    QSqlQuery& lock = m_db.prepared(QStringLiteral("UPDATE audit_head SET seq = seq WHERE id = 1"));
    if (Status done = m_db.exec(lock, tr("locking the audit log")); !done) {
        return done.error();
    }
    QSqlQuery& head =
        m_db.prepared(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (Status done = m_db.exec(head, tr("reading the audit log")); !done) {
        return done.error();
    }
    if (!head.next()) {
        return Error{ErrorCode::IncompatibleData, tr("The audit log has no head record.")};
    }
    AuditEvent event;
    event.seq = head.value(0).toLongLong() + 1;
    event.prevHash = QByteArray::fromHex(head.value(1).toString().toLatin1());
    head.finish();
    event.atUtc = m_clock.nowUtc();
    event.operatorId = operatorId;
    event.action = action;
    event.objectType = objectType;
    event.objectId = objectId;
    event.detailsJson = QJsonDocument(details).toJson(QJsonDocument::Compact);
    event.hash = event.computeHash();
    if (event.hash.isEmpty()) {
        return Error{ErrorCode::Internal, tr("Cannot compute the audit hash (OpenSSL).")};
    }

    QSqlQuery& insert = m_db.prepared(
        QStringLiteral("INSERT INTO audit_event (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kEventColumns));
    insert.addBindValue(event.seq);
    insert.addBindValue(event.atUtc.toMSecsSinceEpoch());
    insert.addBindValue(sqlText(event.operatorId));
    insert.addBindValue(sqlText(event.action));
    insert.addBindValue(sqlText(event.objectType));
    insert.addBindValue(sqlText(event.objectId));
    insert.addBindValue(QString::fromUtf8(event.detailsJson));
    insert.addBindValue(QString::fromLatin1(event.prevHash.toHex()));
    insert.addBindValue(QString::fromLatin1(event.hash.toHex()));
    if (Status done = m_db.exec(insert, tr("writing the audit log")); !done) {
        return done.error();
    }
    QSqlQuery& move =
        m_db.prepared(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"));
    move.addBindValue(event.seq);
    move.addBindValue(QString::fromLatin1(event.hash.toHex()));
    if (Status done = m_db.exec(move, tr("writing the audit log")); !done) {
        return done.error();
    }
    return event;
}

Result<AuditVerification> AuditLog::verify()
{
    return AuditVerifier(m_db).verify();
}

Result<QList<AuditEvent>> AuditLog::eventsFor(const QString& objectType, const QString& objectId)
{
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("SELECT %1 FROM audit_event WHERE object_type = ? AND object_id = ? "
                       "ORDER BY seq")
            .arg(kEventColumns));
    query.addBindValue(objectType);
    query.addBindValue(objectId);
    if (Status done = m_db.exec(query, tr("reading the audit log")); !done) {
        return done.error();
    }
    QList<AuditEvent> events;
    while (query.next()) {
        events.append(readEvent(query));
    }
    query.finish();
    return events;
}

} // namespace guichet
