#include "ca/TrainingEvidenceReceiver.h"

#include "common/Clock.h"
#include "evidence/EvidenceVerifier.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace guichet {

TrainingEvidenceReceiver::TrainingEvidenceReceiver(Database& db, const Clock& clock,
                                                   QList<QByteArray> trustAnchorsDer)
    : m_db(db), m_clock(clock), m_anchors(std::move(trustAnchorsDer))
{
}

Result<std::optional<SubmissionReceipt>>
TrainingEvidenceReceiver::find(const QString& idempotencyKey)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT receipt, package_sha256, received_at, trusted "
                             "FROM training_ca_submission WHERE idempotency_key = ?"));
    q.addBindValue(idempotencyKey);
    if (Status done = m_db.exec(q, tr("reading the training CA's submissions")); !done) {
        return done.error();
    }
    if (!q.next()) {
        return std::optional<SubmissionReceipt>();
    }
    SubmissionReceipt receipt;
    receipt.receiptId = q.value(0).toString();
    receipt.sha256 = QByteArray::fromHex(q.value(1).toString().toLatin1());
    receipt.receivedUtc = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    receipt.signatureTrusted = q.value(3).toLongLong() != 0;
    receipt.repeat = true;
    return std::optional<SubmissionReceipt>(receipt);
}

Result<SubmissionReceipt> TrainingEvidenceReceiver::receive(const QString& idempotencyKey,
                                                            const QString& dossierReference,
                                                            const QByteArray& package)
{
    // Exactly once: a key already received gets its first receipt back.
    auto known = find(idempotencyKey);
    if (!known) {
        return known.error();
    }
    if (known->has_value()) {
        return **known;
    }
    // Without anchors: are the files those the operator signed, and is the signature valid?
    auto checked = EvidenceVerifier::verify(package, {});
    if (!checked) {
        return Error{
            ErrorCode::Refused,
            tr("The training CA refused the evidence package: %1").arg(checked.error().message)};
    }
    if (!checked->intact()) {
        return Error{ErrorCode::Refused, tr("The training CA refused the evidence package: %1")
                                             .arg(checked->findings().join(QStringLiteral("; ")))};
    }
    // With the CA's anchors: is the operator one of this CA's?
    // Without anchors of its own the CA trusts nobody (the verifier would not judge trust).
    bool trusted = false;
    if (!m_anchors.isEmpty()) {
        auto trust = EvidenceVerifier::verify(package, m_anchors);
        trusted = trust && trust->intact();
    }

    SubmissionReceipt receipt;
    receipt.sha256 = QCryptographicHash::hash(package, QCryptographicHash::Sha256);
    receipt.receivedUtc = m_clock.nowUtc();
    receipt.signatureTrusted = trusted;
    receipt.receiptId =
        QStringLiteral("training-%1")
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(idempotencyKey.toUtf8(), QCryptographicHash::Sha256)
                    .toHex()
                    .left(16)));
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("INSERT INTO training_ca_submission (idempotency_key, receipt, dossier_ref, "
                       "package_sha256, package_size, signer, trusted, received_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idempotencyKey);
    q.addBindValue(receipt.receiptId);
    q.addBindValue(dossierReference);
    q.addBindValue(QString::fromLatin1(receipt.sha256.toHex()));
    q.addBindValue(static_cast<qint64>(package.size()));
    q.addBindValue(checked->signature ? checked->signature->signerName : QString());
    q.addBindValue(trusted ? 1 : 0);
    q.addBindValue(receipt.receivedUtc.toMSecsSinceEpoch());
    if (Status done = m_db.exec(q, tr("storing the submission")); !done) {
        // Two deliveries of the same key at once: the other one stored it first.
        auto stored = find(idempotencyKey);
        if (stored && stored->has_value()) {
            return **stored;
        }
        return done.error();
    }
    return receipt;
}

Result<QList<QByteArray>> TrainingEvidenceReceiver::trainingAnchors(Database& db)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT root_cert FROM training_ca WHERE id = 1"));
    if (Status done = db.exec(q, tr("reading the training CA's certificate")); !done) {
        return done.error();
    }
    QList<QByteArray> anchors;
    if (q.next()) {
        anchors.append(q.value(0).toByteArray());
    }
    return anchors;
}

Result<int> TrainingEvidenceReceiver::receivedCount()
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM training_ca_submission"));
    if (Status done = m_db.exec(q, tr("counting the training CA's submissions")); !done) {
        return done.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace guichet
