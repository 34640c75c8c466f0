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
    // Qt Sql even on SQLite (the benchmark's comparison).
    Status readThroughQtSql(qint64 fromSeq, qint64 toSeq, const Visitor& visit);

private:
    Status readSqlite(void* handle, qint64 fromSeq, qint64 toSeq, const Visitor& visit);

    Database& m_db;
};

} // namespace guichet
