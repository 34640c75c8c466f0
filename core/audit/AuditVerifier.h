#pragma once

#include "audit/AuditLog.h"
#include "audit/AuditVerifierRanges.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace guichet {

class Database;

// Verifies the stored audit trail: the hash chain (every link, every hash, the head record)
// and every signed checkpoint (signature, certificate chain to `trustAnchorsDer` when given,
// the hash of the event it names). A rewrite of the whole chain, which anyone with write
// access to the database can compute, fails at the first checkpoint after the first change.
//
// A long SQLite log is verified in ranges on several cores (AuditVerifierRanges); a short
// one, a log read inside an open transaction, and PostgreSQL in one walk. Both give the
// same report.
class AuditVerifier {
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)
public:
    explicit AuditVerifier(Database& db, AuditVerifyOptions options = {})
        : m_db(db), m_options(options)
    {
    }

    Result<AuditVerification> verify(const QList<QByteArray>& trustAnchorsDer = {});

private:
    Result<AuditVerification> verifyInOneWalk(QList<AuditCheckpoint> checkpoints,
                                              const QList<QByteArray>& trustAnchorsDer);

    Database& m_db;
    AuditVerifyOptions m_options;
};

} // namespace guichet
