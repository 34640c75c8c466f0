#include "meeting/MeetingRepository.h"

#include "meeting/MeetingDecisionKinds.h"
#include "storage/Database.h"

#include <QLocale>
#include <QSqlQuery>

namespace guichet {
namespace {

// Columns written from a meeting, in binding order (decisions live in meeting_decision).
const QString kColumns = QStringLiteral(
    "step, started_at, place, operator, doc_type, doc_number, doc_issuing_state, "
    "doc_issuing_authority, doc_issue_date, doc_expiry_date, doc_mrz, doc_surnames, "
    "doc_given_names, doc_birth_date, suggested_features, org_legal_representative, "
    "org_mandate_date, org_mandate_countersigned, org_request_co_signed, identity_verified_at, "
    "updated_at, updated_by");

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

QDate fromIso(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

void bindContent(QSqlQuery& query, const Meeting& m, const QString& by, const QDateTime& atUtc)
{
    const PresentedDocument& d = m.document;
    const QVariantList values{
        sqlText(m.step),
        m.startedAtUtc.isValid() ? m.startedAtUtc.toMSecsSinceEpoch() : qint64(0),
        sqlText(m.place),
        sqlText(m.operatorId),
        sqlText(d.typeId),
        sqlText(d.number),
        sqlText(d.issuingState),
        sqlText(d.issuingAuthority),
        isoDate(d.issueDate),
        isoDate(d.expiryDate),
        sqlText(d.mrzLines.join(u'\n')),
        sqlText(d.surnames),
        sqlText(d.givenNames),
        isoDate(d.birthDate),
        sqlText(m.suggestedFeatures.join(u',')),
        sqlText(m.organisation.legalRepresentative),
        isoDate(m.organisation.mandateDate),
        m.organisation.mandateCountersigned ? 1 : 0,
        m.organisation.requestCoSigned ? 1 : 0,
        m.identityVerifiedAtUtc ? m.identityVerifiedAtUtc->toMSecsSinceEpoch() : qint64(0),
        atUtc.toMSecsSinceEpoch(),
        sqlText(by)};
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
}

QStringList splitList(const QString& text, QChar separator)
{
    return text.isEmpty() ? QStringList() : text.split(separator);
}

} // namespace

Result<std::optional<Meeting>> MeetingRepository::find(qint64 dossierId)
{
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("SELECT version, %1 FROM meeting WHERE dossier_id = ?").arg(kColumns));
    query.addBindValue(dossierId);
    if (Status done = m_db.exec(query, tr("reading the meeting")); !done) {
        return done.error();
    }
    if (!query.next()) {
        return std::optional<Meeting>();
    }
    Meeting m;
    m.dossierId = dossierId;
    int c = 0;
    m.version = query.value(c++).toInt();
    m.step = query.value(c++).toString();
    const qint64 started = query.value(c++).toLongLong();
    m.startedAtUtc = started != 0 ? utc(started) : QDateTime();
    m.place = query.value(c++).toString();
    m.operatorId = query.value(c++).toString();
    PresentedDocument& d = m.document;
    d.typeId = query.value(c++).toString();
    d.number = query.value(c++).toString();
    d.issuingState = query.value(c++).toString();
    d.issuingAuthority = query.value(c++).toString();
    d.issueDate = fromIso(query.value(c++));
    d.expiryDate = fromIso(query.value(c++));
    d.mrzLines = splitList(query.value(c++).toString(), u'\n');
    d.surnames = query.value(c++).toString();
    d.givenNames = query.value(c++).toString();
    d.birthDate = fromIso(query.value(c++));
    m.suggestedFeatures = splitList(query.value(c++).toString(), u',');
    m.organisation.legalRepresentative = query.value(c++).toString();
    m.organisation.mandateDate = fromIso(query.value(c++));
    m.organisation.mandateCountersigned = query.value(c++).toInt() != 0;
    m.organisation.requestCoSigned = query.value(c++).toInt() != 0;
    const qint64 verified = query.value(c++).toLongLong();
    if (verified != 0) {
        m.identityVerifiedAtUtc = utc(verified);
    }
    query.finish();

    QSqlQuery& decisions = m_db.prepared(
        QStringLiteral("SELECT kind, subject, value, operator, at FROM meeting_decision "
                       "WHERE dossier_id = ? ORDER BY id"));
    decisions.addBindValue(dossierId);
    if (Status done = m_db.exec(decisions, tr("reading the meeting's decisions")); !done) {
        return done.error();
    }
    while (decisions.next()) {
        const auto kind = MeetingDecisionKinds::fromKey(decisions.value(0).toString());
        if (!kind) {
            return Error{ErrorCode::IncompatibleData,
                         tr("The meeting of dossier %1 holds a decision of an unknown kind "
                            "\"%2\" (written by a newer Guichet?).")
                             .arg(dossierId)
                             .arg(decisions.value(0).toString())};
        }
        m.decisions.append(
            MeetingDecision{*kind, decisions.value(1).toString(), decisions.value(2).toInt() != 0,
                            decisions.value(3).toString(), utc(decisions.value(4).toLongLong())});
    }
    decisions.finish();
    return std::optional<Meeting>(std::move(m));
}

Status MeetingRepository::insert(Meeting& meeting, const QString& by, const QDateTime& atUtc)
{
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("INSERT INTO meeting (dossier_id, version, %1) VALUES (?, 1%2)")
            .arg(kColumns, QStringLiteral(", ?").repeated(kColumns.count(u',') + 1)));
    query.addBindValue(meeting.dossierId);
    bindContent(query, meeting, by, atUtc);
    if (Status done = m_db.exec(query, tr("storing the meeting")); !done) {
        return done;
    }
    meeting.version = 1;
    return Status::success();
}

Status MeetingRepository::update(Meeting& meeting, const QString& by, const QDateTime& atUtc)
{
    QString assignments = kColumns;
    assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    assignments += QStringLiteral(" = ?");
    QSqlQuery& query = m_db.prepared(QStringLiteral("UPDATE meeting SET %1, version = version + 1 "
                                                    "WHERE dossier_id = ? AND version = ?")
                                         .arg(assignments));
    bindContent(query, meeting, by, atUtc);
    query.addBindValue(meeting.dossierId);
    query.addBindValue(meeting.version);
    if (Status done = m_db.exec(query, tr("saving the meeting")); !done) {
        return done;
    }
    if (query.numRowsAffected() != 1) {
        return conflictOrMissing(meeting.dossierId);
    }
    ++meeting.version;
    return Status::success();
}

Status MeetingRepository::appendDecision(qint64 dossierId, const MeetingDecision& decision)
{
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("INSERT INTO meeting_decision (dossier_id, kind, subject, value, "
                       "operator, at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(dossierId);
    query.addBindValue(MeetingDecisionKinds::key(decision.kind));
    query.addBindValue(sqlText(decision.subject));
    query.addBindValue(decision.value ? 1 : 0);
    query.addBindValue(sqlText(decision.operatorId));
    query.addBindValue(decision.atUtc.toMSecsSinceEpoch());
    return m_db.exec(query, tr("recording the meeting's decision"));
}

Status MeetingRepository::conflictOrMissing(qint64 dossierId)
{
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("SELECT updated_by, updated_at FROM meeting WHERE dossier_id = ?"));
    query.addBindValue(dossierId);
    if (Status done = m_db.exec(query, tr("checking the meeting")); !done) {
        return done;
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound,
                     tr("The meeting of dossier %1 does not exist.").arg(dossierId)};
    }
    const QString by = query.value(0).toString();
    const QDateTime at = utc(query.value(1).toLongLong()).toLocalTime();
    query.finish();
    return Error{ErrorCode::Conflict,
                 tr("The meeting of dossier %1 was changed by %2 at %3 while you were editing "
                    "it. Your changes were not saved: reopen the meeting to see the new "
                    "version, then make your changes again.")
                     .arg(dossierId)
                     .arg(by, QLocale().toString(at, QLocale::ShortFormat))};
}

} // namespace guichet
