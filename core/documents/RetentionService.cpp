#include "documents/RetentionService.h"

#include "documents/DocumentRepository.h"
#include "documents/MeetingErasure.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace guichet {
namespace {
Q_LOGGING_CATEGORY(lcRetention, "guichet.retention")

const QString kDossier = QStringLiteral("dossier");

} // namespace

void RetentionPolicy::setProfileYears(const QString& caProfileId, const QString& productId,
                                      int years)
{
    m_profileYears.insert(caProfileId + u'\n' + productId, years);
}

std::optional<int> RetentionPolicy::yearsFor(const QString& productId,
                                             const QString& caProfileId) const
{
    const auto profile = m_profileYears.constFind(caProfileId + u'\n' + productId);
    if (profile != m_profileYears.cend()) {
        return *profile;
    }
    if (const Product* product = m_catalogue.product(productId)) {
        return product->retentionYears;
    }
    return std::nullopt;
}

RetentionService::RetentionService(Database& db, const Clock& clock, const RetentionPolicy& policy,
                                   OperatorIdentity actor)
    : m_db(db), m_clock(clock), m_policy(policy), m_actor(std::move(actor)), m_audit(db, clock)
{
}

Result<QList<RetentionCandidate>> RetentionService::candidates()
{
    // Dossiers in a final status, not yet purged, with the date they reached that status.
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT d.id, d.product_id, d.ca_profile_id, d.status, "
                       "  (SELECT MAX(s.at) FROM status_change s WHERE s.dossier_id = d.id "
                       "     AND s.to_status = d.status), "
                       "  (SELECT COUNT(*) FROM document doc WHERE doc.dossier_id = d.id), "
                       "  (SELECT COUNT(*) FROM meeting m WHERE m.dossier_id = d.id) "
                       "FROM dossier d WHERE d.status IN (?, ?) "
                       "AND NOT EXISTS (SELECT 1 FROM retention_purge p WHERE p.dossier_id = d.id) "
                       "ORDER BY d.id"));
    q.addBindValue(StatusMachine::key(DossierStatus::CertificateIssued));
    q.addBindValue(StatusMachine::key(DossierStatus::Cancelled));
    if (Status done = m_db.exec(q, tr("looking for dossiers at the end of retention")); !done) {
        return done.error();
    }
    const QDate today = m_clock.nowUtc().date();
    QList<RetentionCandidate> list;
    while (q.next()) {
        RetentionCandidate c;
        c.dossierId = q.value(0).toLongLong();
        c.productId = q.value(1).toString();
        const QString profile = q.value(2).toString();
        c.status = StatusMachine::fromKey(q.value(3).toString()).value_or(DossierStatus::Cancelled);
        c.retentionStart = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC).date();
        c.documentCount = q.value(5).toInt();
        c.hasMeeting = q.value(6).toInt() > 0;
        const std::optional<int> years = m_policy.yearsFor(c.productId, profile);
        if (!years) {
            c.keptBecause = tr("unknown product \"%1\": no retention period").arg(c.productId);
        } else {
            c.retentionYears = *years;
            c.retentionEnd = c.retentionStart.addYears(*years);
            if (c.retentionEnd > today) {
                c.keptBecause = tr("kept until %1").arg(c.retentionEnd.toString(Qt::ISODate));
            }
        }
        list.append(c);
    }
    return list;
}

Result<PurgeReport> RetentionService::purge(bool dryRun)
{
    auto found = candidates();
    if (!found) {
        return found.error();
    }
    PurgeReport report;
    report.dryRun = dryRun;
    for (const RetentionCandidate& c : std::as_const(*found)) {
        (c.keptBecause.isEmpty() ? report.purged : report.kept).append(c);
    }
    if (dryRun || report.purged.isEmpty()) {
        return report;
    }
    if (m_db.isSqlite()) {
        // Deleted rows are overwritten, not only unlinked, so names do not linger in free
        // pages. (PostgreSQL keeps dead rows until VACUUM reuses their space.)
        (void)m_db.exec(QStringLiteral("PRAGMA secure_delete = ON"), tr("preparing the purge"));
    }
    for (const RetentionCandidate& c : std::as_const(report.purged)) {
        // One transaction per dossier: a failure leaves every dossier either whole or purged.
        if (Status done = purgeOne(c); !done) {
            return done.error();
        }
    }
    if (m_db.isSqlite()) {
        // Copy the WAL into the database and empty it, so no old page survives there.
        (void)m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                        tr("finishing the purge"));
    }
    return report;
}

Status RetentionService::purgeOne(const RetentionCandidate& c)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    DocumentRepository documents(m_db);
    auto stored = documents.forDossier(c.dossierId);
    if (!stored) {
        return stored.error();
    }
    for (const DocumentInfo& document : std::as_const(*stored)) {
        if (Status done = documents.remove(document.id); !done) {
            return done;
        }
        const QJsonObject details{
            {QStringLiteral("document"), document.id},
            {QStringLiteral("type"), DocumentTypes::key(document.type)},
            {QStringLiteral("sha256"), QString::fromLatin1(document.sha256.toHex())},
            {QStringLiteral("retentionEnd"), c.retentionEnd.toString(Qt::ISODate)}};
        if (auto event = m_audit.append(m_actor.id, QStringLiteral("document.purged"), kDossier,
                                        QString::number(c.dossierId), details);
            !event) {
            return event.error();
        }
    }

    auto meetingErased = purgeMeeting(c);
    if (!meetingErased) {
        return meetingErased.error();
    }

    DossierRepository dossiers(m_db);
    auto dossier = dossiers.find(c.dossierId, false);
    if (!dossier) {
        return dossier.error();
    }
    dossier->holder = Holder{};
    dossier->subscriber = Subscriber{};
    dossier->updatedAtUtc = m_clock.nowUtc();
    dossier->updatedBy = m_actor.id;
    if (Status done = dossiers.update(*dossier); !done) {
        return done;
    }

    QSqlQuery record = m_db.query();
    record.prepare(QStringLiteral("INSERT INTO retention_purge (dossier_id, purged_at, operator, "
                                  "retention_end, documents_deleted) VALUES (?, ?, ?, ?, ?)"));
    record.addBindValue(c.dossierId);
    record.addBindValue(m_clock.nowUtc().toMSecsSinceEpoch());
    record.addBindValue(m_actor.id);
    record.addBindValue(c.retentionEnd.toString(Qt::ISODate));
    record.addBindValue(int(stored->size()));
    if (Status done = m_db.exec(record, tr("recording the purge")); !done) {
        return done;
    }
    const QJsonObject details{
        {QStringLiteral("retentionStart"), c.retentionStart.toString(Qt::ISODate)},
        {QStringLiteral("retentionYears"), c.retentionYears},
        {QStringLiteral("retentionEnd"), c.retentionEnd.toString(Qt::ISODate)},
        {QStringLiteral("documentsDeleted"), int(stored->size())},
        {QStringLiteral("cleared"),
         QJsonArray{QStringLiteral("holder"), QStringLiteral("subscriber"),
                    QStringLiteral("searchTerms")}},
        {QStringLiteral("meetingErased"), *meetingErased}};
    if (auto event = m_audit.append(m_actor.id, QStringLiteral("dossier.personal-data-purged"),
                                    kDossier, QString::number(c.dossierId), details);
        !event) {
        return event.error();
    }
    if (Status done = tx.commit(); !done) {
        return done;
    }
    qCInfo(lcRetention) << "dossier purged" << c.dossierId << stored->size() << "document(s)";
    return Status::success();
}

Result<bool> RetentionService::purgeMeeting(const RetentionCandidate& c)
{
    // The meeting is looked up again inside the transaction: one may have been started since
    // the candidates were listed.
    auto erased = MeetingErasure::erase(m_db, c.dossierId, m_actor.id, m_clock.nowUtc());
    if (!erased) {
        return erased.error();
    }
    if (!*erased) {
        return false;
    }
    // Field names only, never values (the audit trail outlives the personal data).
    const QJsonObject details{
        {QStringLiteral("erased"), QJsonArray::fromStringList(MeetingErasure::erasedFields())},
        {QStringLiteral("kept"), QJsonArray::fromStringList(MeetingErasure::keptFields())},
        {QStringLiteral("clauses"),
         QJsonArray{QStringLiteral("ISS-8.5.2-04"), QStringLiteral("REG-6.4.5-04"),
                    QStringLiteral("OVR-6.4.6-01")}},
        {QStringLiteral("retentionEnd"), c.retentionEnd.toString(Qt::ISODate)}};
    if (auto event = m_audit.append(m_actor.id, QStringLiteral("meeting.personal-data-purged"),
                                    kDossier, QString::number(c.dossierId), details);
        !event) {
        return event.error();
    }
    return true;
}

} // namespace guichet
