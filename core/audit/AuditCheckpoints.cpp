#include "audit/AuditCheckpoints.h"

#include "common/Logging.h"
#include "crypto/KeySigner.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QtEndian>

namespace guichet {
namespace {

void appendField(QByteArray& out, const QByteArray& field)
{
    const quint32 length = qToBigEndian(quint32(field.size()));
    out.append(reinterpret_cast<const char*>(&length), sizeof length);
    out.append(field);
}

void appendNumber(QByteArray& out, qint64 value)
{
    const qint64 big = qToBigEndian(value);
    out.append(reinterpret_cast<const char*>(&big), sizeof big);
}

const QString kColumns = QStringLiteral("id, seq, head_hash, created_at, time_source, operator, "
                                        "reason, digest, certificate, signature");

} // namespace

QString digestName(QCryptographicHash::Algorithm algorithm)
{
    switch (algorithm) {
    case QCryptographicHash::Sha384:
        return QStringLiteral("sha384");
    case QCryptographicHash::Sha512:
        return QStringLiteral("sha512");
    default:
        return QStringLiteral("sha256");
    }
}

bool digestFromName(const QString& name, QCryptographicHash::Algorithm& into)
{
    for (auto algorithm :
         {QCryptographicHash::Sha256, QCryptographicHash::Sha384, QCryptographicHash::Sha512}) {
        if (digestName(algorithm) == name) {
            into = algorithm;
            return true;
        }
    }
    return false;
}

QByteArray AuditCheckpoint::signedBytes() const
{
    QByteArray out;
    out.reserve(160 + timeSource.size() + operatorId.size());
    out.append("guichet-audit-checkpoint-v1");
    appendNumber(out, seq);
    appendField(out, headHash);
    appendNumber(out, createdAtUtc.toMSecsSinceEpoch());
    appendField(out, timeSource.toUtf8());
    appendField(out, operatorId.toUtf8());
    appendField(out, reason.toUtf8());
    appendField(out, digestName(digest).toLatin1());
    return out;
}

QByteArray AuditCheckpoint::signedDigest() const
{
    return QCryptographicHash::hash(signedBytes(), digest);
}

Result<AuditCheckpoint> AuditCheckpoints::checkpoint(KeySigner& signer, const QString& operatorId,
                                                     const QString& reason)
{
    Transaction transaction(m_db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    // Same lock as AuditLog::append: the head cannot move while it is being signed.
    QSqlQuery& lock = m_db.prepared(QStringLiteral("UPDATE audit_head SET seq = seq WHERE id = 1"));
    if (Status done = m_db.exec(lock, tr("locking the audit log")); !done) {
        return done.error();
    }
    QSqlQuery& head =
        m_db.prepared(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (Status done = m_db.exec(head, tr("reading the audit log")); !done) {
        return done.error();
    }
    if (!head.next()) {
        return Error{ErrorCode::IncompatibleData, tr("The audit log has no head record.")};
    }
    AuditCheckpoint made;
    made.seq = head.value(0).toLongLong();
    made.headHash = QByteArray::fromHex(head.value(1).toString().toLatin1());
    head.finish();
    if (made.seq == 0) {
        return Error{ErrorCode::Refused, tr("The audit log is empty: there is nothing to sign.")};
    }
    auto last = lastCheckpointedSeq();
    if (!last) {
        return last.error();
    }
    if (*last >= made.seq) {
        return Error{ErrorCode::Refused,
                     tr("Event %1 is already covered by a checkpoint.").arg(made.seq)};
    }
    made.createdAtUtc = m_clock.nowUtc();
    made.timeSource = m_timeSource.describe();
    made.operatorId = operatorId;
    made.reason = reason;
    made.digest = signer.preferredDigest();
    made.certificateDer = signer.certificateDer();
    auto signature = signer.signDigest(made.digest, made.signedDigest());
    if (!signature) {
        return signature.error();
    }
    made.signature = *signature;

    QSqlQuery& insert = m_db.prepared(
        QStringLiteral("INSERT INTO audit_checkpoint (seq, head_hash, created_at, time_source, "
                       "operator, reason, digest, certificate, signature) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(made.seq);
    insert.addBindValue(QString::fromLatin1(made.headHash.toHex()));
    insert.addBindValue(made.createdAtUtc.toMSecsSinceEpoch());
    insert.addBindValue(sqlText(made.timeSource));
    insert.addBindValue(sqlText(made.operatorId));
    insert.addBindValue(sqlText(made.reason));
    insert.addBindValue(digestName(made.digest));
    insert.addBindValue(made.certificateDer);
    insert.addBindValue(made.signature);
    if (Status done = m_db.exec(insert, tr("writing an audit checkpoint")); !done) {
        return done.error();
    }
    if (insert.next()) {
        made.id = insert.value(0).toLongLong();
    }
    insert.finish();
    if (Status done = transaction.commit(); !done) {
        return done.error();
    }
    qCInfo(lcAudit) << "audit checkpoint" << made.id << "signed at event" << made.seq << "by"
                    << made.operatorId;
    return made;
}

Result<std::optional<AuditCheckpoint>>
AuditCheckpoints::checkpointIfDue(KeySigner& signer, const QString& operatorId, qint64 everyN)
{
    QSqlQuery head = m_db.query();
    if (!head.exec(QStringLiteral("SELECT seq FROM audit_head WHERE id = 1")) || !head.next()) {
        return m_db.storageError(head, tr("reading the audit log"));
    }
    const qint64 headSeq = head.value(0).toLongLong();
    auto last = lastCheckpointedSeq();
    if (!last) {
        return last.error();
    }
    if (headSeq - *last < std::max<qint64>(everyN, 1)) {
        return std::optional<AuditCheckpoint>();
    }
    auto made = checkpoint(signer, operatorId, QStringLiteral("every-n-events"));
    if (!made) {
        return made.error();
    }
    return std::optional<AuditCheckpoint>(*made);
}

Result<qint64> AuditCheckpoints::lastCheckpointedSeq()
{
    QSqlQuery query = m_db.query();
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_checkpoint")) ||
        !query.next()) {
        return m_db.storageError(query, tr("reading the audit checkpoints"));
    }
    return query.value(0).toLongLong();
}

Result<QList<AuditCheckpoint>> AuditCheckpoints::all()
{
    return read(QString(), {});
}

Result<QList<AuditCheckpoint>> AuditCheckpoints::covering(qint64 fromSeq, qint64 toSeq)
{
    // The first checkpoint at or after toSeq signs a head that depends on every event up to it.
    return read(QStringLiteral("WHERE seq >= ? AND seq <= (SELECT COALESCE(MIN(seq), ?) FROM "
                               "audit_checkpoint WHERE seq >= ?)"),
                {fromSeq, toSeq, toSeq});
}

Result<QList<AuditCheckpoint>> AuditCheckpoints::read(const QString& where,
                                                      const QVariantList& values)
{
    QSqlQuery query = m_db.query();
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM audit_checkpoint %2 ORDER BY seq, id")
                           .arg(kColumns, where))) {
        return m_db.storageError(query, tr("reading the audit checkpoints"));
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return m_db.storageError(query, tr("reading the audit checkpoints"));
    }
    QList<AuditCheckpoint> checkpoints;
    while (query.next()) {
        AuditCheckpoint checkpoint;
        checkpoint.id = query.value(0).toLongLong();
        checkpoint.seq = query.value(1).toLongLong();
        checkpoint.headHash = QByteArray::fromHex(query.value(2).toString().toLatin1());
        checkpoint.createdAtUtc =
            QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        checkpoint.timeSource = query.value(4).toString();
        checkpoint.operatorId = query.value(5).toString();
        checkpoint.reason = query.value(6).toString();
        if (!digestFromName(query.value(7).toString(), checkpoint.digest)) {
            // An unknown digest name: CheckpointSignature refuses anything but SHA-2.
            checkpoint.digest = QCryptographicHash::Md5;
        }
        checkpoint.certificateDer = query.value(8).toByteArray();
        checkpoint.signature = query.value(9).toByteArray();
        checkpoints.append(checkpoint);
    }
    return checkpoints;
}

} // namespace guichet
