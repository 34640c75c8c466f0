#pragma once

#include "common/Result.h"
#include "operators/OperatorAccount.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace guichet {

class Database;

// Operator accounts in `operator_account` (migration 7). Plain reads and writes: the caller
// (OperatorService, CardLogin) holds the transaction and appends the audit event in it.
class OperatorRepository {
    Q_DECLARE_TR_FUNCTIONS(OperatorRepository)
public:
    explicit OperatorRepository(Database& db) : m_db(db) {}

    Result<OperatorAccount> find(const QString& id);
    // The active account whose certificate has this SHA-256 (32 bytes), if any.
    Result<std::optional<OperatorAccount>> findActiveByCertificate(const QByteArray& sha256);
    // Every account of that certificate, active or not (a deactivated one explains a refusal).
    Result<QList<OperatorAccount>> findByCertificate(const QByteArray& sha256);
    // Every account, active or not, oldest first.
    Result<QList<OperatorAccount>> list();
    Result<qint64> count();

    Status insert(const OperatorAccount& account, const QString& actorId);
    // Writes `account` if its version is still `account.version` in the database, and sets
    // the stored version to one more; a Conflict error otherwise.
    Status update(const OperatorAccount& account, const QString& actorId, const QDateTime& atUtc);

private:
    Database& m_db;
};

} // namespace guichet
