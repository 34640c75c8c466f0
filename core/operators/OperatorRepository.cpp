#include "operators/OperatorRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace guichet {
namespace {

const QString kColumns =
    QStringLiteral("id, version, display_name, role, ca_registration_number, organisation_name, "
                   "training_date, certificate, certificate_sha256, active, created_at");

OperatorAccount fromRow(const QSqlQuery& row)
{
    OperatorAccount account;
    account.id = row.value(0).toString();
    account.version = row.value(1).toLongLong();
    account.displayName = row.value(2).toString();
    account.role = operatorRoleFromKey(row.value(3).toString()).value_or(OperatorRole::DraOperator);
    account.caRegistrationNumber = row.value(4).toString();
    account.organisationName = row.value(5).toString();
    account.trainingDate = QDate::fromString(row.value(6).toString(), Qt::ISODate);
    account.certificateDer = row.value(7).toByteArray();
    account.certificateSha256 = QByteArray::fromHex(row.value(8).toString().toLatin1());
    account.active = row.value(9).toLongLong() != 0;
    account.createdAtUtc = QDateTime::fromMSecsSinceEpoch(row.value(10).toLongLong(), Qt::UTC);
    return account;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

} // namespace

Result<OperatorAccount> OperatorRepository::find(const QString& id)
{
    QSqlQuery query = m_db.query();
    query.prepare(QStringLiteral("SELECT %1 FROM operator_account WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (Status done = m_db.exec(query, tr("reading an operator account")); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, tr("There is no operator account %1.").arg(id)};
    }
    return fromRow(query);
}

Result<std::optional<OperatorAccount>>
OperatorRepository::findActiveByCertificate(const QByteArray& sha256)
{
    auto accounts = findByCertificate(sha256);
    if (!accounts) {
        return accounts.error();
    }
    for (const OperatorAccount& account : std::as_const(*accounts)) {
        if (account.active) {
            return std::optional<OperatorAccount>(account);
        }
    }
    return std::optional<OperatorAccount>();
}

Result<QList<OperatorAccount>> OperatorRepository::findByCertificate(const QByteArray& sha256)
{
    QSqlQuery query = m_db.query();
    query.prepare(QStringLiteral("SELECT %1 FROM operator_account WHERE certificate_sha256 = ? "
                                 "ORDER BY created_at, id")
                      .arg(kColumns));
    query.addBindValue(QString::fromLatin1(sha256.toHex()));
    if (Status done = m_db.exec(query, tr("looking up the operator of a certificate")); !done) {
        return done.error();
    }
    QList<OperatorAccount> accounts;
    while (query.next()) {
        accounts.append(fromRow(query));
    }
    return accounts;
}

Result<QList<OperatorAccount>> OperatorRepository::list()
{
    QSqlQuery query = m_db.query();
    query.prepare(
        QStringLiteral("SELECT %1 FROM operator_account ORDER BY created_at, id").arg(kColumns));
    if (Status done = m_db.exec(query, tr("listing the operator accounts")); !done) {
        return done.error();
    }
    QList<OperatorAccount> accounts;
    while (query.next()) {
        accounts.append(fromRow(query));
    }
    return accounts;
}

Result<qint64> OperatorRepository::count()
{
    QSqlQuery query = m_db.query();
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM operator_account"));
    if (Status done = m_db.exec(query, tr("counting the operator accounts")); !done) {
        return done.error();
    }
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Status OperatorRepository::insert(const OperatorAccount& account, const QString& actorId)
{
    QSqlQuery query = m_db.query();
    query.prepare(QStringLiteral(
        "INSERT INTO operator_account (id, version, display_name, role, ca_registration_number, "
        "organisation_name, training_date, certificate, certificate_sha256, active, created_at, "
        "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 at = account.createdAtUtc.toMSecsSinceEpoch();
    query.addBindValue(account.id);
    query.addBindValue(account.version);
    query.addBindValue(sqlText(account.displayName));
    query.addBindValue(operatorRoleKey(account.role));
    query.addBindValue(sqlText(account.caRegistrationNumber));
    query.addBindValue(sqlText(account.organisationName));
    query.addBindValue(dateText(account.trainingDate));
    query.addBindValue(account.certificateDer);
    query.addBindValue(QString::fromLatin1(account.certificateSha256.toHex()));
    query.addBindValue(account.active ? 1 : 0);
    query.addBindValue(at);
    query.addBindValue(sqlText(actorId));
    query.addBindValue(at);
    query.addBindValue(sqlText(actorId));
    return m_db.exec(query, tr("saving an operator account"));
}

Status OperatorRepository::update(const OperatorAccount& account, const QString& actorId,
                                  const QDateTime& atUtc)
{
    QSqlQuery query = m_db.query();
    query.prepare(QStringLiteral(
        "UPDATE operator_account SET version = version + 1, display_name = ?, role = ?, "
        "ca_registration_number = ?, organisation_name = ?, training_date = ?, active = ?, "
        "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
    query.addBindValue(sqlText(account.displayName));
    query.addBindValue(operatorRoleKey(account.role));
    query.addBindValue(sqlText(account.caRegistrationNumber));
    query.addBindValue(sqlText(account.organisationName));
    query.addBindValue(dateText(account.trainingDate));
    query.addBindValue(account.active ? 1 : 0);
    query.addBindValue(atUtc.toMSecsSinceEpoch());
    query.addBindValue(sqlText(actorId));
    query.addBindValue(account.id);
    query.addBindValue(account.version);
    if (Status done = m_db.exec(query, tr("saving an operator account")); !done) {
        return done;
    }
    if (query.numRowsAffected() != 1) {
        return Error{ErrorCode::Conflict,
                     tr("The operator account %1 was changed by someone else meanwhile: read it "
                        "again and retry.")
                         .arg(account.id)};
    }
    return Status::success();
}

} // namespace guichet
