#include "storage/DossierRepository.h"

#include "storage/Database.h"
#include "storage/SearchKey.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace guichet {
namespace {

// Columns written from a dossier's content, in binding order.
const QString kContentColumns = QStringLiteral(
    "order_ref, product_id, usage, ca_profile_id, use_case_id, status, "
    "holder_surnames, holder_given_names, holder_birth_date, holder_birth_place, holder_email, "
    "holder_phone, holder_street, holder_postal_code, holder_city, holder_country, "
    "org_present, org_name, org_legal_form, org_registration_id, org_street, org_postal_code, "
    "org_city, org_country, sub_surnames, sub_given_names, sub_title, sub_email, sort_name, "
    "updated_at, updated_by");

void bindContent(QSqlQuery& query, const Dossier& d)
{
    const Organisation org = d.organisation.value_or(Organisation{});
    const QVariantList values{
        d.orderReference,
        d.productId,
        d.usage,
        d.caProfileId,
        d.useCaseId,
        StatusMachine::key(d.status),
        d.holder.surnames,
        d.holder.givenNames,
        d.holder.birthDate.isValid() ? d.holder.birthDate.toString(Qt::ISODate) : QString(),
        d.holder.birthPlace,
        d.holder.email,
        d.holder.phone,
        d.holder.address.street,
        d.holder.address.postalCode,
        d.holder.address.city,
        d.holder.address.country,
        d.organisation.has_value() ? 1 : 0,
        org.name,
        org.legalForm,
        org.registrationId,
        org.address.street,
        org.address.postalCode,
        org.address.city,
        org.address.country,
        d.subscriber.surnames,
        d.subscriber.givenNames,
        d.subscriber.title,
        d.subscriber.email,
        SearchKey::sortName(d.holder.surnames, d.holder.givenNames),
        d.updatedAtUtc.toMSecsSinceEpoch(),
        d.updatedBy};
    for (const QVariant& value : values) {
        query.addBindValue(value.typeId() == QMetaType::QString ? sqlText(value.toString())
                                                                : value);
    }
}

QString placeholders(qsizetype count)
{
    return QStringLiteral("?, ").repeated(count - 1) + QStringLiteral("?");
}

QString text(const QSqlQuery& q, int column)
{
    return q.value(column).toString();
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

const QString kSummaryColumns = QStringLiteral(
    "d.id, d.order_ref, d.holder_surnames, d.holder_given_names, d.org_present, d.org_name, "
    "d.org_registration_id, d.product_id, d.status, d.updated_at, d.sort_name");

struct SortColumns {
    QString first;
    QString second; // empty unless the sort needs two keys before the id
};

SortColumns sortColumns(DossierSortKey key)
{
    switch (key) {
    case DossierSortKey::Relevance:
        return {QStringLiteral("s.term"), {}};
    case DossierSortKey::Name:
        return {QStringLiteral("d.sort_name"), {}};
    case DossierSortKey::OrderReference:
        return {QStringLiteral("d.order_ref"), {}};
    case DossierSortKey::Product:
        return {QStringLiteral("d.product_id"), {}};
    case DossierSortKey::Status:
        return {QStringLiteral("d.status"), QStringLiteral("d.sort_name")};
    case DossierSortKey::Updated:
        return {QStringLiteral("d.updated_at"), {}};
    }
    return {QStringLiteral("d.sort_name"), {}};
}

} // namespace

Status DossierRepository::insert(Dossier& dossier)
{
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("INSERT INTO dossier (%1, version, owner_operator, created_at) "
                       "VALUES (%2) RETURNING id")
            .arg(kContentColumns, placeholders(kContentColumns.count(u',') + 1 + 3)));
    bindContent(query, dossier);
    query.addBindValue(1);
    query.addBindValue(sqlText(dossier.ownerOperatorId));
    query.addBindValue(dossier.createdAtUtc.toMSecsSinceEpoch());
    if (Status done = m_db.exec(query, tr("storing a new dossier")); !done) {
        return done;
    }
    if (!query.next()) {
        return m_db.storageError(query, tr("reading the new dossier's number"));
    }
    dossier.id = query.value(0).toLongLong();
    dossier.version = 1;
    query.finish();
    return replaceSearchTerms(dossier);
}

Status DossierRepository::update(Dossier& dossier)
{
    QString assignments = kContentColumns;
    assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    assignments += QStringLiteral(" = ?");
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("UPDATE dossier SET %1, version = version + 1 WHERE id = ? AND version = ?")
            .arg(assignments));
    bindContent(query, dossier);
    query.addBindValue(dossier.id);
    query.addBindValue(dossier.version);
    if (Status done = m_db.exec(query, tr("saving the dossier")); !done) {
        return done;
    }
    if (query.numRowsAffected() != 1) {
        return conflictOrMissing(dossier.id);
    }
    ++dossier.version;
    return replaceSearchTerms(dossier);
}

Status DossierRepository::updateStatus(Dossier& dossier)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral(
        "UPDATE dossier SET status = ?, updated_at = ?, updated_by = ?, version = version + 1 "
        "WHERE id = ? AND version = ?"));
    query.addBindValue(StatusMachine::key(dossier.status));
    query.addBindValue(dossier.updatedAtUtc.toMSecsSinceEpoch());
    query.addBindValue(sqlText(dossier.updatedBy));
    query.addBindValue(dossier.id);
    query.addBindValue(dossier.version);
    if (Status done = m_db.exec(query, tr("changing the dossier's status")); !done) {
        return done;
    }
    if (query.numRowsAffected() != 1) {
        return conflictOrMissing(dossier.id);
    }
    ++dossier.version;
    return Status::success();
}

Status DossierRepository::conflictOrMissing(qint64 id)
{
    QSqlQuery& query =
        m_db.prepared(QStringLiteral("SELECT updated_by, updated_at FROM dossier WHERE id = ?"));
    query.addBindValue(id);
    if (Status done = m_db.exec(query, tr("checking the dossier")); !done) {
        return done;
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, tr("Dossier %1 does not exist.").arg(id)};
    }
    const QString by = text(query, 0);
    const QDateTime at = utc(query.value(1).toLongLong()).toLocalTime();
    query.finish();
    return Error{ErrorCode::Conflict,
                 tr("Dossier %1 was changed by %2 at %3 while you were editing it. Your "
                    "changes were not saved: reopen the dossier to see the new version, then "
                    "make your changes again.")
                     .arg(id)
                     .arg(by, QLocale().toString(at, QLocale::ShortFormat))};
}

Status DossierRepository::replaceSearchTerms(const Dossier& dossier)
{
    QSqlQuery& remove =
        m_db.prepared(QStringLiteral("DELETE FROM dossier_search WHERE dossier_id = ?"));
    remove.addBindValue(dossier.id);
    if (Status done = m_db.exec(remove, tr("indexing the dossier for search")); !done) {
        return done;
    }
    QSqlQuery& insert = m_db.prepared(
        QStringLiteral("INSERT INTO dossier_search (term, dossier_id) VALUES (?, ?)"));
    const QStringList terms = SearchKey::termsFor(dossier);
    for (const QString& term : terms) {
        insert.addBindValue(term);
        insert.addBindValue(dossier.id);
        if (Status done = m_db.exec(insert, tr("indexing the dossier for search")); !done) {
            return done;
        }
    }
    return Status::success();
}

Status DossierRepository::appendStatusChange(qint64 dossierId, const StatusChange& change)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral(
        "INSERT INTO status_change (dossier_id, from_status, to_status, at, operator, reason) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(dossierId);
    query.addBindValue(change.from ? StatusMachine::key(*change.from) : QStringLiteral(""));
    query.addBindValue(StatusMachine::key(change.to));
    query.addBindValue(change.atUtc.toMSecsSinceEpoch());
    query.addBindValue(sqlText(change.operatorId));
    query.addBindValue(sqlText(change.reason));
    return m_db.exec(query, tr("recording the status change"));
}

Result<Dossier> DossierRepository::find(qint64 id, bool withHistory)
{
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("SELECT %1, id, version, owner_operator, created_at FROM dossier "
                       "WHERE id = ?")
            .arg(kContentColumns));
    query.addBindValue(id);
    if (Status done = m_db.exec(query, tr("reading the dossier")); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, tr("Dossier %1 does not exist.").arg(id)};
    }
    Dossier d;
    int c = 0;
    d.orderReference = text(query, c++);
    d.productId = text(query, c++);
    d.usage = text(query, c++);
    d.caProfileId = text(query, c++);
    d.useCaseId = text(query, c++);
    const QString statusKey = text(query, c++);
    d.holder.surnames = text(query, c++);
    d.holder.givenNames = text(query, c++);
    d.holder.birthDate = QDate::fromString(text(query, c++), Qt::ISODate);
    d.holder.birthPlace = text(query, c++);
    d.holder.email = text(query, c++);
    d.holder.phone = text(query, c++);
    d.holder.address = {text(query, c), text(query, c + 1), text(query, c + 2), text(query, c + 3)};
    c += 4;
    const bool hasOrganisation = query.value(c++).toInt() != 0;
    Organisation org;
    org.name = text(query, c++);
    org.legalForm = text(query, c++);
    org.registrationId = text(query, c++);
    org.address = {text(query, c), text(query, c + 1), text(query, c + 2), text(query, c + 3)};
    c += 4;
    if (hasOrganisation) {
        d.organisation = org;
    }
    d.subscriber = {text(query, c), text(query, c + 1), text(query, c + 2), text(query, c + 3)};
    c += 4;
    ++c; // sort_name
    d.updatedAtUtc = utc(query.value(c++).toLongLong());
    d.updatedBy = text(query, c++);
    d.id = query.value(c++).toLongLong();
    d.version = query.value(c++).toInt();
    d.ownerOperatorId = text(query, c++);
    d.createdAtUtc = utc(query.value(c++).toLongLong());
    query.finish();
    const auto status = StatusMachine::fromKey(statusKey);
    if (!status) {
        return Error{
            ErrorCode::IncompatibleData,
            tr("Dossier %1 has a status this version does not know (%2).").arg(id).arg(statusKey)};
    }
    d.status = *status;
    if (!withHistory) {
        return d;
    }

    QSqlQuery& history = m_db.prepared(
        QStringLiteral("SELECT from_status, to_status, at, operator, reason FROM status_change "
                       "WHERE dossier_id = ? ORDER BY id"));
    history.addBindValue(id);
    if (Status done = m_db.exec(history, tr("reading the status history")); !done) {
        return done.error();
    }
    while (history.next()) {
        StatusChange change;
        change.from = StatusMachine::fromKey(text(history, 0));
        change.to = StatusMachine::fromKey(text(history, 1)).value_or(DossierStatus::Draft);
        change.atUtc = utc(history.value(2).toLongLong());
        change.operatorId = text(history, 3);
        change.reason = text(history, 4);
        d.history.append(change);
    }
    history.finish();
    return d;
}

Result<QList<DossierSummary>> DossierRepository::page(const DossierListQuery& query,
                                                      const std::optional<PageCursor>& after,
                                                      int limit)
{
    const QString prefix = SearchKey::normalise(query.search);
    const bool searching = !prefix.isEmpty();
    const DossierSortKey sortKey =
        !searching && query.sort == DossierSortKey::Relevance ? DossierSortKey::Name : query.sort;
    const bool byRelevance = sortKey == DossierSortKey::Relevance;
    const bool descending = query.order == Qt::DescendingOrder && !byRelevance;
    const SortColumns sort = sortColumns(sortKey);

    QStringList where;
    QVariantList binds;
    QString from = QStringLiteral("dossier d");
    QString columns = kSummaryColumns;
    if (byRelevance) {
        // One range scan of the search index, already in order: fast for any prefix. A
        // dossier matching through two keys comes twice; the caller keeps the first.
        from = QStringLiteral("dossier_search s JOIN dossier d ON d.id = s.dossier_id");
        columns += QStringLiteral(", s.term");
        where << QStringLiteral("s.term >= ? AND s.term < ?");
        binds << prefix << SearchKey::prefixUpperBound(prefix);
    } else if (searching) {
        where << QStringLiteral("d.id IN (SELECT dossier_id FROM dossier_search "
                                "WHERE term >= ? AND term < ?)");
        binds << prefix << SearchKey::prefixUpperBound(prefix);
    }
    if (query.status) {
        where << QStringLiteral("d.status = ?");
        binds << StatusMachine::key(*query.status);
    }
    if (query.organisation) {
        if (query.organisation->trimmed().isEmpty()) {
            return QList<DossierSummary>(); // an agent with no organisation sees nothing
        }
        where << QStringLiteral("d.org_present = 1 AND d.org_name = ?");
        binds << query.organisation->trimmed();
    }
    const QString idColumn = byRelevance ? QStringLiteral("s.dossier_id") : QStringLiteral("d.id");
    QString keyColumns = sort.first;
    if (!sort.second.isEmpty()) {
        keyColumns += QStringLiteral(", ") + sort.second;
    }
    keyColumns += QStringLiteral(", ") + idColumn;
    if (after) {
        const QString placeholders =
            sort.second.isEmpty() ? QStringLiteral("?, ?") : QStringLiteral("?, ?, ?");
        where << QStringLiteral("(%1) %2 (%3)")
                     .arg(keyColumns, descending ? QStringLiteral("<") : QStringLiteral(">"),
                          placeholders);
        binds << after->key;
        if (!sort.second.isEmpty()) {
            binds << after->secondKey;
        }
        binds << after->id;
    }
    QString order = keyColumns;
    if (descending) {
        order.replace(QStringLiteral(","), QStringLiteral(" DESC,"));
        order += QStringLiteral(" DESC");
    }
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT %5")
            .arg(columns, from,
                 where.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                 order)
            .arg(limit);
    QSqlQuery& statement = m_db.prepared(sql);
    for (const QVariant& value : std::as_const(binds)) {
        statement.addBindValue(value);
    }
    if (Status done = m_db.exec(statement, tr("listing dossiers")); !done) {
        return done.error();
    }
    QList<DossierSummary> rows;
    rows.reserve(limit);
    while (statement.next()) {
        DossierSummary row;
        row.id = statement.value(0).toLongLong();
        row.orderReference = text(statement, 1);
        row.holderSurnames = text(statement, 2);
        row.holderGivenNames = text(statement, 3);
        if (statement.value(4).toInt() != 0) {
            row.organisationName = text(statement, 5);
            row.registrationId = text(statement, 6);
        }
        row.productId = text(statement, 7);
        const QString statusKey = text(statement, 8);
        row.status = StatusMachine::fromKey(statusKey).value_or(DossierStatus::Draft);
        const qint64 updated = statement.value(9).toLongLong();
        row.updatedAtUtc = utc(updated);
        row.cursor.id = row.id;
        switch (sortKey) {
        case DossierSortKey::Relevance:
            row.cursor.key = text(statement, 11);
            break;
        case DossierSortKey::Name:
            row.cursor.key = text(statement, 10);
            break;
        case DossierSortKey::OrderReference:
            row.cursor.key = row.orderReference;
            break;
        case DossierSortKey::Product:
            row.cursor.key = row.productId;
            break;
        case DossierSortKey::Status:
            row.cursor.key = statusKey;
            row.cursor.secondKey = text(statement, 10);
            break;
        case DossierSortKey::Updated:
            row.cursor.key = updated;
            break;
        }
        rows.append(std::move(row));
    }
    statement.finish();
    return rows;
}

} // namespace guichet
