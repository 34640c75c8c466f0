#pragma once

#include "audit/AuditLog.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace guichet {

class Database;

// Verifies the stored audit trail: the hash chain (every link, every hash, the head record)
// and every signed checkpoint (signature, certificate chain to `trustAnchorsDer` when given,
// the hash of the event it names). A rewrite of the whole chain, which anyone with write
// access to the database can compute, fails at the first checkpoint after the first change.
class AuditVerifier {
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)
public:
    explicit AuditVerifier(Database& db) : m_db(db) {}

    Result<AuditVerification> verify(const QList<QByteArray>& trustAnchorsDer = {});

private:
    Database& m_db;
};

} // namespace guichet
