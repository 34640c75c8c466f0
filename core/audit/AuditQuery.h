#pragma once

#include "audit/AuditLog.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace guichet {

class Database;

// What a supervisor filters the audit trail by (the audit view). Empty fields do not filter.
struct AuditFilter {
    QString dossierId; // object_id of "dossier" events
    QString operatorId;
    QString actionPrefix; // "dossier." matches every dossier action
    QDateTime fromUtc;    // inclusive
    QDateTime toUtc;      // exclusive
};

// Pages of events, newest first, by keyset (the last row's seq), so the millionth event is
// as cheap to reach as the first.
class AuditQuery {
    Q_DECLARE_TR_FUNCTIONS(AuditQuery)
public:
    explicit AuditQuery(Database& db) : m_db(db) {}

    // Events older than `beforeSeq` (0: from the newest), at most `limit`.
    Result<QList<AuditEvent>> page(const AuditFilter& filter, qint64 beforeSeq, int limit);

private:
    Database& m_db;
};

} // namespace guichet
