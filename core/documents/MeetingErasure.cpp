#include "documents/MeetingErasure.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace guichet {
namespace {

// Text columns of `meeting` (schema 5) blanked at the end of retention; dates are stored as
// ISO text, '' when unknown.
const QStringList kErased{QStringLiteral("doc_number"),
                          QStringLiteral("doc_issuing_state"),
                          QStringLiteral("doc_issuing_authority"),
                          QStringLiteral("doc_issue_date"),
                          QStringLiteral("doc_expiry_date"),
                          QStringLiteral("doc_mrz"),
                          QStringLiteral("doc_surnames"),
                          QStringLiteral("doc_given_names"),
                          QStringLiteral("doc_birth_date"),
                          QStringLiteral("org_legal_representative")};

const QStringList kKept{QStringLiteral("doc_type"),
                        QStringLiteral("started_at"),
                        QStringLiteral("place"),
                        QStringLiteral("operator"),
                        QStringLiteral("suggested_features"),
                        QStringLiteral("org_mandate_date"),
                        QStringLiteral("org_mandate_countersigned"),
                        QStringLiteral("org_request_co_signed"),
                        QStringLiteral("identity_verified_at"),
                        QStringLiteral("decisions")};

} // namespace

QStringList MeetingErasure::erasedFields()
{
    return kErased;
}

QStringList MeetingErasure::keptFields()
{
    return kKept;
}

Result<bool> MeetingErasure::erase(Database& db, qint64 dossierId, const QString& by,
                                   const QDateTime& atUtc)
{
    QString assignments;
    for (const QString& column : kErased) {
        assignments += column + QStringLiteral(" = '', ");
    }
    QSqlQuery& query =
        db.prepared(QStringLiteral("UPDATE meeting SET %1version = version + 1, updated_at = ?, "
                                   "updated_by = ? WHERE dossier_id = ?")
                        .arg(assignments));
    query.addBindValue(atUtc.toMSecsSinceEpoch());
    query.addBindValue(sqlText(by));
    query.addBindValue(dossierId);
    if (Status done = db.exec(query, tr("erasing the meeting's personal data")); !done) {
        return done.error();
    }
    return query.numRowsAffected() == 1;
}

} // namespace guichet
