#include "token/SoPinVault.h"

#include "audit/AuditLog.h"
#include "security/EncryptionService.h"
#include "storage/Database.h"

#include <QJsonObject>

namespace guichet {
namespace {

QByteArray associatedData(const QString& serial)
{
    return QByteArrayLiteral("guichet/token-so-pin/") + serial.toUtf8();
}

} // namespace

SoPinVault::SoPinVault(Database& db, EncryptionService& encryption, const Clock& clock,
                       QString operatorId)
    : m_db(db), m_encryption(encryption), m_clock(clock), m_operatorId(std::move(operatorId))
{
}

Status SoPinVault::audit(const QString& action, const QString& tokenSerial)
{
    AuditLog log(m_db, m_clock);
    auto appended = log.append(m_operatorId, action, QStringLiteral("token"), tokenSerial,
                               QJsonObject{{QStringLiteral("serial"), tokenSerial}});
    return appended ? Status::success() : Status(appended.error());
}

Status SoPinVault::store(const QString& tokenSerial, const SecretBytes& secret)
{
    auto sealed = m_encryption.seal(secret.view(), associatedData(tokenSerial));
    if (!sealed) {
        return sealed.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    QSqlQuery remove = m_db.query();
    remove.prepare(QStringLiteral("DELETE FROM token_so_pin WHERE serial = ?"));
    remove.addBindValue(tokenSerial);
    if (Status done = m_db.exec(remove, tr("replacing the token's SO PIN")); !done) {
        return done;
    }
    QSqlQuery insert = m_db.query();
    insert.prepare(QStringLiteral(
        "INSERT INTO token_so_pin (serial, sealed, stored_at, stored_by) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(tokenSerial);
    insert.addBindValue(*sealed);
    insert.addBindValue(m_clock.nowUtc().toMSecsSinceEpoch());
    insert.addBindValue(sqlText(m_operatorId));
    if (Status done = m_db.exec(insert, tr("storing the token's SO PIN")); !done) {
        return done;
    }
    if (Status audited = audit(QStringLiteral("token.so_pin.stored"), tokenSerial); !audited) {
        return audited;
    }
    return tx.commit();
}

Result<SecretBytes> SoPinVault::reveal(const QString& tokenSerial, VaultRole role,
                                       VaultPurpose purpose)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    if (purpose == VaultPurpose::ShowToSupervisor && role != VaultRole::Supervisor) {
        // The refusal itself is evidence worth keeping.
        if (Status audited = audit(QStringLiteral("token.so_pin.reveal_refused"), tokenSerial);
            audited) {
            (void)tx.commit();
        }
        return Error{ErrorCode::Refused, tr("Only a supervisor may see a token's SO PIN.")};
    }
    QSqlQuery select = m_db.query();
    select.prepare(QStringLiteral("SELECT sealed FROM token_so_pin WHERE serial = ?"));
    select.addBindValue(tokenSerial);
    if (Status done = m_db.exec(select, tr("reading the token's SO PIN")); !done) {
        return done.error();
    }
    if (!select.next()) {
        return Error{ErrorCode::NotFound,
                     tr("Guichet holds no SO PIN for the token %1: it was not initialised "
                        "here. Use the unblocking code (PUK) the holder received.")
                         .arg(tokenSerial)};
    }
    auto secret =
        m_encryption.openSecret(select.value(0).toByteArray(), associatedData(tokenSerial));
    if (!secret) {
        return secret.error();
    }
    const QString action = purpose == VaultPurpose::ShowToSupervisor
                               ? QStringLiteral("token.so_pin.revealed")
                               : QStringLiteral("token.so_pin.used");
    if (Status audited = audit(action, tokenSerial); !audited) {
        return audited.error();
    }
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }
    return std::move(secret).value();
}

bool SoPinVault::contains(const QString& tokenSerial)
{
    QSqlQuery select = m_db.query();
    select.prepare(QStringLiteral("SELECT 1 FROM token_so_pin WHERE serial = ?"));
    select.addBindValue(tokenSerial);
    return m_db.exec(select, tr("reading the token's SO PIN")) && select.next();
}

} // namespace guichet
