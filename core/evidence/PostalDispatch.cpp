#include "evidence/PostalDispatch.h"

#include "audit/AuditLog.h"
#include "meeting/MeetingRepository.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"

#include <QJsonObject>
#include <QLocale>

namespace guichet {
namespace {

const QString kColumns = QStringLiteral(
    "id, dossier_id, sent_on, carrier, tracking_number, received_on, sent_recorded_by, "
    "sent_recorded_at, received_recorded_by, received_recorded_at");

PostalDispatch fromRow(const QSqlQuery& q)
{
    PostalDispatch d;
    d.id = q.value(0).toLongLong();
    d.dossierId = q.value(1).toLongLong();
    d.sentOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    d.carrier = q.value(3).toString();
    d.trackingNumber = q.value(4).toString();
    if (const QString received = q.value(5).toString(); !received.isEmpty()) {
        d.receivedOn = QDate::fromString(received, Qt::ISODate);
    }
    d.sentRecordedBy = q.value(6).toString();
    d.sentRecordedAtUtc = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    d.receivedRecordedBy = q.value(8).toString();
    if (const qint64 at = q.value(9).toLongLong(); at != 0) {
        d.receivedRecordedAtUtc = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    }
    return d;
}

} // namespace

PostalDispatchService::PostalDispatchService(Database& db, const Clock& clock,
                                             OperatorIdentity actor)
    : m_db(db), m_clock(clock), m_actor(std::move(actor))
{
}

Status PostalDispatchService::audit(const QString& action, qint64 dossierId,
                                    const QJsonObject& details)
{
    auto event = AuditLog(m_db, m_clock)
                     .append(m_actor.id, action, QStringLiteral("dossier"),
                             QString::number(dossierId), details);
    return event ? Status::success() : Status(event.error());
}

Result<PostalDispatch> PostalDispatchService::recordSent(qint64 dossierId, QDate sentOn,
                                                         const QString& trackingNumber,
                                                         const QString& carrier)
{
    const QDateTime now = m_clock.nowUtc();
    if (!sentOn.isValid() || sentOn > now.date()) {
        return Error{ErrorCode::InvalidInput,
                     tr("The date the originals were sent must be today or earlier.")};
    }
    if (trackingNumber.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("The tracking number is missing.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    DossierRepository dossiers(m_db);
    auto stored = dossiers.find(dossierId, false);
    if (!stored) {
        return stored.error();
    }
    Dossier dossier = std::move(stored).value();
    using S = DossierStatus;
    if (dossier.status == S::Draft || dossier.status == S::ReadyForMeeting ||
        dossier.status == S::Cancelled) {
        return Error{ErrorCode::Refused,
                     tr("Dossier %1 is %2: its originals are posted after the identity check.")
                         .arg(dossierId)
                         .arg(StatusMachine::displayName(dossier.status))};
    }
    PostalDispatch dispatch;
    dispatch.dossierId = dossierId;
    dispatch.sentOn = sentOn;
    dispatch.carrier = carrier.trimmed().isEmpty() ? DefaultCarrier : carrier.trimmed();
    dispatch.trackingNumber = trackingNumber.trimmed();
    dispatch.sentRecordedBy = m_actor.id;
    dispatch.sentRecordedAtUtc = now;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO postal_dispatch (dossier_id, sent_on, carrier, tracking_number, "
        "received_on, sent_recorded_by, sent_recorded_at, received_recorded_by, "
        "received_recorded_at) VALUES (?, ?, ?, ?, '', ?, ?, '', 0)"));
    q.addBindValue(dossierId);
    q.addBindValue(sentOn.toString(Qt::ISODate));
    q.addBindValue(dispatch.carrier);
    q.addBindValue(dispatch.trackingNumber);
    q.addBindValue(sqlText(m_actor.id));
    q.addBindValue(now.toMSecsSinceEpoch());
    if (Status done = m_db.exec(q, tr("recording the postal dispatch")); !done) {
        return done.error();
    }
    // The rule "originals-posted" reads this decision (core/meeting/DossierRules.cpp).
    MeetingDecision decision;
    decision.kind = MeetingDecision::Kind::OriginalsPosted;
    decision.value = true;
    decision.operatorId = m_actor.id;
    decision.atUtc = now;
    if (Status done = MeetingRepository(m_db).appendDecision(dossierId, decision); !done) {
        return done.error();
    }
    if (StatusMachine::allowedNext(dossier.status).contains(S::OriginalsPosted)) {
        const StatusChange change{dossier.status, S::OriginalsPosted, now, m_actor.id, QString()};
        dossier.status = S::OriginalsPosted;
        dossier.updatedAtUtc = now;
        dossier.updatedBy = m_actor.id;
        if (Status done = dossiers.updateStatus(dossier); !done) {
            return done.error();
        }
        if (Status done = dossiers.appendStatusChange(dossierId, change); !done) {
            return done.error();
        }
        if (Status done = audit(QStringLiteral("dossier.status"), dossierId,
                                {{QStringLiteral("from"), StatusMachine::key(*change.from)},
                                 {QStringLiteral("to"), StatusMachine::key(change.to)},
                                 {QStringLiteral("reason"), QString()}});
            !done) {
            return done.error();
        }
    }
    // Identifiers only: the tracking number is the carrier's, not personal data.
    if (Status done = audit(QStringLiteral("dossier.originals_sent"), dossierId,
                            {{QStringLiteral("sentOn"), sentOn.toString(Qt::ISODate)},
                             {QStringLiteral("carrier"), dispatch.carrier},
                             {QStringLiteral("trackingNumber"), dispatch.trackingNumber}});
        !done) {
        return done.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    auto all = forDossier(dossierId);
    if (!all) {
        return all.error();
    }
    return all->last();
}

Result<PostalDispatch> PostalDispatchService::recordReceived(qint64 dossierId, QDate receivedOn)
{
    const QDateTime now = m_clock.nowUtc();
    if (!receivedOn.isValid() || receivedOn > now.date()) {
        return Error{ErrorCode::InvalidInput,
                     tr("The date the CA received the originals must be today or earlier.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto all = forDossier(dossierId);
    if (!all) {
        return all.error();
    }
    PostalDispatch* pending = nullptr;
    for (PostalDispatch& dispatch : *all) {
        if (!dispatch.receivedOn) {
            pending = &dispatch;
        }
    }
    if (pending == nullptr) {
        return Error{ErrorCode::Refused,
                     tr("No originals of dossier %1 are on their way to the CA.").arg(dossierId)};
    }
    if (receivedOn < pending->sentOn) {
        return Error{ErrorCode::InvalidInput,
                     tr("The originals were sent on %1: they cannot have arrived before.")
                         .arg(QLocale().toString(pending->sentOn, QLocale::ShortFormat))};
    }
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE postal_dispatch SET received_on = ?, "
                             "received_recorded_by = ?, received_recorded_at = ? "
                             "WHERE id = ? AND received_on = ''"));
    q.addBindValue(receivedOn.toString(Qt::ISODate));
    q.addBindValue(sqlText(m_actor.id));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(pending->id);
    if (Status done = m_db.exec(q, tr("recording the receipt of the originals")); !done) {
        return done.error();
    }
    if (q.numRowsAffected() != 1) {
        return Error{ErrorCode::Conflict,
                     tr("Someone else recorded the receipt of these originals meanwhile.")};
    }
    if (Status done = audit(QStringLiteral("dossier.originals_received"), dossierId,
                            {{QStringLiteral("receivedOn"), receivedOn.toString(Qt::ISODate)},
                             {QStringLiteral("trackingNumber"), pending->trackingNumber}});
        !done) {
        return done.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    pending->receivedOn = receivedOn;
    pending->receivedRecordedBy = m_actor.id;
    pending->receivedRecordedAtUtc = now;
    return *pending;
}

Result<QList<PostalDispatch>> PostalDispatchService::forDossier(qint64 dossierId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM postal_dispatch WHERE dossier_id = ? ORDER BY id")
                  .arg(kColumns));
    q.addBindValue(dossierId);
    if (Status done = m_db.exec(q, tr("reading the postal dispatches")); !done) {
        return done.error();
    }
    QList<PostalDispatch> list;
    while (q.next()) {
        list.append(fromRow(q));
    }
    return list;
}

} // namespace guichet
