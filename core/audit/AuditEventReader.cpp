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

const char kSelectHead[] = "SELECT seq, hash FROM audit_head WHERE id = 1";

struct FinalizeStatement {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

struct CloseConnection {
    void operator()(sqlite3* connection) const { sqlite3_close_v2(connection); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

std::string_view textColumn(sqlite3_stmt* statement, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    const int size = sqlite3_column_bytes(statement, column);
    return text ? std::string_view(text, size_t(size)) : std::string_view();
}

} // namespace

void* AuditEventReader::sqliteHandle() const
{
    if (m_db.isSqlite()) {
        const QVariant handle = m_db.connection().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            return *static_cast<void* const*>(handle.constData());
        }
    }
    return nullptr;
}

bool AuditEventReader::canReadOnOwnConnections() const
{
    auto* connection = static_cast<sqlite3*>(sqliteHandle());
    const QString& path = m_db.config().sqlitePath;
    return connection && sqlite3_get_autocommit(connection) != 0 && !path.isEmpty() &&
           !path.startsWith(u':');
}

Status AuditEventReader::read(qint64 fromSeq, qint64 toSeq, const Visitor& visit)
{
    if (void* connection = sqliteHandle()) {
        return readSqlite(connection, fromSeq, toSeq, visit);
    }
    return readThroughQtSql(fromSeq, toSeq, visit);
}

Error AuditEventReader::sqliteError(void* handle)
{
    auto* connection = static_cast<sqlite3*>(handle);
    return Error{ErrorCode::Storage,
                 tr("Cannot read the audit log: %1")
                     .arg(QString::fromUtf8(connection ? sqlite3_errmsg(connection)
                                                       : sqlite3_errstr(SQLITE_NOMEM)))};
}

Status AuditEventReader::readSqliteFile(const QString& path, int busyTimeoutMs, qint64 fromSeq,
                                        qint64 toSeq, const Visitor& visit, Head* head)
{
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &raw,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    Connection connection(raw); // closed even when opening failed (SQLite's rule)
    if (opened != SQLITE_OK) {
        return sqliteError(raw);
    }
    sqlite3_busy_timeout(raw, busyTimeoutMs);
    // Issue 7 (>= 1,000,000 events/s): the pages are read through a memory map rather than
    // copied into SQLite's page cache one read() at a time, which took about a quarter of the
    // time of stepping the rows (bench/AuditVerifyBench.cpp). A read-only connection that lives for
    // one verification: the map is address space, not memory; SQLite caps the size at its
    // compile-time limit, and a failure leaves ordinary reads.
    sqlite3_exec(raw, "PRAGMA mmap_size = 2147418112", nullptr, nullptr, nullptr);
    if (sqlite3_exec(raw, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
        return sqliteError(raw);
    }
    if (Status read = readSqlite(raw, fromSeq, toSeq, visit); !read) {
        return read;
    }
    if (head) {
        sqlite3_stmt* rawHead = nullptr;
        if (sqlite3_prepare_v2(raw, kSelectHead, -1, &rawHead, nullptr) != SQLITE_OK) {
            sqlite3_finalize(rawHead);
            return sqliteError(raw);
        }
        Statement statement(rawHead);
        const int step = sqlite3_step(rawHead);
        if (step != SQLITE_ROW && step != SQLITE_DONE) {
            return sqliteError(raw);
        }
        head->present = step == SQLITE_ROW;
        if (head->present) {
            head->seq = sqlite3_column_int64(rawHead, 0);
            const std::string_view hex = textColumn(rawHead, 1);
            head->hash = QByteArray::fromHex(QByteArray(hex.data(), qsizetype(hex.size())));
        }
    }
    // A read transaction: ending it cannot fail in a way that changes what was read.
    sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
    return Status::success();
}

Status AuditEventReader::readSqlite(void* handle, qint64 fromSeq, qint64 toSeq,
                                    const Visitor& visit)
{
    auto* connection = static_cast<sqlite3*>(handle);
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(connection, kSelect, -1, &raw, nullptr) != SQLITE_OK) {
        sqlite3_finalize(raw);
        return sqliteError(connection);
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
        return sqliteError(connection);
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
