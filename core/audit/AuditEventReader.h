#pragma once

#include "audit/AuditChainCheck.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <functional>

namespace guichet {

class Database;

// Reads stored events in sequence order, forward only, and hands each to `visit` as views
// into the row (valid during the call only); `visit` returns false to stop.
//
// On SQLite it steps the statement with SQLite's own API on Qt's connection handle: Qt Sql
// builds a QVariant and a QString for every column of every row, which alone costs more
// than the 1,000,000 events/s the verification must reach (bench/AuditVerifyBench.cpp).
// PostgreSQL goes through Qt Sql.
class AuditEventReader {
    Q_DECLARE_TR_FUNCTIONS(AuditEventReader)
public:
    using Visitor = std::function<bool(const StoredEventView&)>;

    explicit AuditEventReader(Database& db) : m_db(db) {}

    Status read(qint64 fromSeq, qint64 toSeq, const Visitor& visit);

    // Whether readSqliteFile() sees what read() sees: a SQLite file, and no transaction open
    // on the database's connection (other connections would not see its uncommitted events).
    bool canReadOnOwnConnections() const;

    // The log's head record (table audit_head).
    struct Head {
        bool present = false;
        qint64 seq = 0;
        QByteArray hash; // 32 bytes
    };
    // The same, on a read-only connection of its own to the SQLite file at `path`, so that
    // several threads read ranges of one log side by side (WAL lets readers run beside each
    // other and beside a writer). One read transaction: when `head` is given, the head record
    // is read in it too, consistent with the events even while the log is being appended to.
    static Status readSqliteFile(const QString& path, int busyTimeoutMs, qint64 fromSeq,
                                 qint64 toSeq, const Visitor& visit, Head* head = nullptr);
    // Qt Sql even on SQLite (the benchmark's comparison).
    Status readThroughQtSql(qint64 fromSeq, qint64 toSeq, const Visitor& visit);

private:
    void* sqliteHandle() const;
    static Status readSqlite(void* handle, qint64 fromSeq, qint64 toSeq, const Visitor& visit);
    static Error sqliteError(void* handle);

    Database& m_db;
};

} // namespace guichet
