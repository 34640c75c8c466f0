#pragma once

#include "audit/AuditLog.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QList>

namespace guichet {

class Database;

// What an export wrote: the events of the requested period, extended to the first signed
// checkpoint after it so that every exported event is covered by a signature.
struct AuditExportSummary {
    qint64 firstSeq = 0;
    qint64 lastSeq = 0; // 0 when no event fell in the period
    qint64 events = 0;
    qint64 checkpoints = 0;
    qint64 uncoveredEvents = 0; // after the newest checkpoint: protected by the chain only
};

// JSON Lines, one object per line, verifiable without the database:
//   {"type":"guichet-audit-export","version":1,"from":...,"to":...,"firstSeq":..,"lastSeq":..}
//   {"type":"event","seq":..,"at":"2026-11-25T09:30:00.000Z","operator":..,"action":..,
//    "objectType":..,"objectId":..,"details":"<the stored JSON text>","prevHash":..,"hash":..}
//   {"type":"checkpoint","id":..,"seq":..,"headHash":..,"createdAt":..,"timeSource":..,
//    "operator":..,"reason":..,"digest":"sha256","certificate":"<base64 DER>","signature":..}
// Details stay the exact stored text, since that is what the hash covers.
class AuditExport {
    Q_DECLARE_TR_FUNCTIONS(AuditExport)
public:
    explicit AuditExport(Database& db) : m_db(db) {}

    // Events with `from` <= time < `to` (UTC).
    Result<AuditExportSummary> write(const QDateTime& from, const QDateTime& to, QIODevice& out);

    // Checks an export: links and hashes from its first event (whose predecessor is not in
    // the file, unless it is event 1), every checkpoint in it (signature, trust anchors when
    // given, the hash of the event it names). Fails only for a file that is not an export;
    // a tampered one gives a report naming the first bad line's event or checkpoint.
    static Result<AuditVerification> verify(QIODevice& in,
                                            const QList<QByteArray>& trustAnchorsDer);

private:
    Database& m_db;
};

} // namespace guichet
