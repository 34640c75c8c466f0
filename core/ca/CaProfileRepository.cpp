#include "ca/CaProfileRepository.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QJsonDocument>

namespace guichet {

Status CaProfileRepository::store(const CaProfile& profile, const OperatorIdentity& actor)
{
    if (profile.isTraining()) {
        return Error{ErrorCode::Refused,
                     tr("The built-in training CA profile cannot be replaced.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    const QString what = tr("storing the CA profile %1").arg(profile.id);
    QSqlQuery remove = m_db.query();
    remove.prepare(QStringLiteral("DELETE FROM ca_profile WHERE id = ?"));
    remove.addBindValue(profile.id);
    if (Status done = m_db.exec(remove, what); !done) {
        return done;
    }
    const bool replaced = remove.numRowsAffected() > 0;
    QSqlQuery insert = m_db.query();
    insert.prepare(QStringLiteral("INSERT INTO ca_profile (id, name, definition, imported_at, "
                                  "imported_by) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(profile.id);
    insert.addBindValue(profile.name);
    insert.addBindValue(
        QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)));
    insert.addBindValue(m_clock.nowUtc().toMSecsSinceEpoch());
    insert.addBindValue(sqlText(actor.id));
    if (Status done = m_db.exec(insert, what); !done) {
        return done;
    }
    AuditLog audit(m_db, m_clock);
    auto event = audit.append(
        actor.id,
        replaced ? QStringLiteral("ca-profile.replaced") : QStringLiteral("ca-profile.imported"),
        QStringLiteral("ca-profile"), profile.id,
        QJsonObject{
            {QStringLiteral("cmpUrl"), profile.cmpUrl.toString()},
            {QStringLiteral("trustAnchors"), static_cast<int>(profile.trustAnchorsPem.size())},
            {QStringLiteral("products"), static_cast<int>(profile.products.size())}});
    if (!event) {
        return event.error();
    }
    return tx.commit();
}

Result<QList<CaProfile>> CaProfileRepository::list()
{
    QList<CaProfile> profiles{CaProfiles::training(m_catalogue)};
    QSqlQuery query = m_db.query();
    if (!query.exec(QStringLiteral("SELECT id, definition FROM ca_profile ORDER BY id"))) {
        return m_db.storageError(query, tr("listing the CA profiles"));
    }
    while (query.next()) {
        auto profile = CaProfiles::parse(query.value(1).toString().toUtf8(), m_catalogue);
        if (!profile) {
            return Error{ErrorCode::IncompatibleData,
                         tr("The stored CA profile %1 is no longer valid: %2")
                             .arg(query.value(0).toString(), profile.error().message)};
        }
        profiles.append(std::move(profile).value());
    }
    return profiles;
}

Result<CaProfile> CaProfileRepository::find(const QString& id)
{
    if (id == CaProfile::TrainingId) {
        return CaProfiles::training(m_catalogue);
    }
    QSqlQuery query = m_db.query();
    query.prepare(QStringLiteral("SELECT definition FROM ca_profile WHERE id = ?"));
    query.addBindValue(id);
    if (Status done = m_db.exec(query, tr("reading the CA profile %1").arg(id)); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, tr("There is no CA profile \"%1\".").arg(id)};
    }
    auto profile = CaProfiles::parse(query.value(0).toString().toUtf8(), m_catalogue);
    if (!profile) {
        return Error{
            ErrorCode::IncompatibleData,
            tr("The stored CA profile %1 is no longer valid: %2").arg(id, profile.error().message)};
    }
    return profile;
}

} // namespace guichet
