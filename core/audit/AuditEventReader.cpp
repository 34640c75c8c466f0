#include "audit/AuditEventReader.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <memory>
#include <sqlite3.h>

namespace guichet {
namespace {

const char kSelect[] = "SELECT seq, at, operator, action, object_type, object_id, details, "
                       "prev_hash, hash FROM audit_event WHERE seq >= ? AND seq <= ? ORDER BY seq";

struct FinalizeStatement {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

std::string_view textColumn(sqlite3_stmt* statement, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    const int size = sqlite3_column_bytes(statement, column);
    return text ? std::string_view(text, size_t(size)) : std::string_view();
}

} // namespace

Status AuditEventReader::read(qint64 fromSeq, qint64 toSeq, const Visitor& visit)
{
    if (m_db.isSqlite()) {
        const QVariant handle = m_db.connection().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            if (void* connection = *static_cast<void* const*>(handle.constData())) {
                return readSqlite(connection, fromSeq, toSeq, visit);
            }
        }
    }
    return readThroughQtSql(fromSeq, toSeq, visit);
}

Status AuditEventReader::readSqlite(void* handle, qint64 fromSeq, qint64 toSeq,
                                    const Visitor& visit)
{
    auto* connection = static_cast<sqlite3*>(handle);
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(connection, kSelect, -1, &raw, nullptr) != SQLITE_OK) {
        sqlite3_finalize(raw);
        return Error{
            ErrorCode::Storage,
            tr("Cannot read the audit log: %1").arg(QString::fromUtf8(sqlite3_errmsg(connection)))};
    }
    Statement statement(raw);
    sqlite3_bind_int64(raw, 1, fromSeq);
    sqlite3_bind_int64(raw, 2, toSeq);
    StoredEventView event;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        event.seq = sqlite3_column_int64(raw, 0);
        event.atMs = sqlite3_column_int64(raw, 1);
        event.operatorId = textColumn(raw, 2);
        event.action = textColumn(raw, 3);
        event.objectType = textColumn(raw, 4);
        event.objectId = textColumn(raw, 5);
        event.details = textColumn(raw, 6);
        event.prevHashHex = textColumn(raw, 7);
        event.hashHex = textColumn(raw, 8);
        if (!visit(event)) {
            return Status::success();
        }
    }
    if (step != SQLITE_DONE) {
        return Error{
            ErrorCode::Storage,
            tr("Cannot read the audit log: %1").arg(QString::fromUtf8(sqlite3_errmsg(connection)))};
    }
    return Status::success();
}

Status AuditEventReader::readThroughQtSql(qint64 fromSeq, qint64 toSeq, const Visitor& visit)
{
    QSqlQuery query = m_db.query();
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromLatin1(kSelect))) {
        return m_db.storageError(query, AuditLog::tr("reading the audit log"));
    }
    query.addBindValue(fromSeq);
    query.addBindValue(toSeq);
    if (!query.exec()) {
        return m_db.storageError(query, AuditLog::tr("reading the audit log"));
    }
    // Reused between rows, so only Qt's own per-value conversions allocate.
    QByteArray text[7];
    StoredEventView event;
    while (query.next()) {
        event.seq = query.value(0).toLongLong();
        event.atMs = query.value(1).toLongLong();
        for (int i = 0; i < 7; ++i) {
            text[i] = query.value(2 + i).toString().toUtf8();
        }
        event.operatorId = std::string_view(text[0].constData(), size_t(text[0].size()));
        event.action = std::string_view(text[1].constData(), size_t(text[1].size()));
        event.objectType = std::string_view(text[2].constData(), size_t(text[2].size()));
        event.objectId = std::string_view(text[3].constData(), size_t(text[3].size()));
        event.details = std::string_view(text[4].constData(), size_t(text[4].size()));
        event.prevHashHex = std::string_view(text[5].constData(), size_t(text[5].size()));
        event.hashHex = std::string_view(text[6].constData(), size_t(text[6].size()));
        if (!visit(event)) {
            break;
        }
    }
    return Status::success();
}

} // namespace guichet
