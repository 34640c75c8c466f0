#pragma once

#include "common/Result.h"
#include "domain/Dossier.h"
#include "storage/DossierQuery.h"

#include <QCoreApplication>
#include <QList>

namespace guichet {

class Database;

// Dossiers and their status history in SQL. Callers own the transaction; every write
// here is one step of a change that DossierService commits with its audit event.
class DossierRepository {
    Q_DECLARE_TR_FUNCTIONS(DossierRepository)
public:
    explicit DossierRepository(Database& db) : m_db(db) {}

    // Stores a new dossier; sets its id and version 1.
    Status insert(Dossier& dossier);
    // Saves content changes if nobody saved since `dossier.version` was read; bumps version.
    Status update(Dossier& dossier);
    // Moves the status, with the same optimistic check; bumps version.
    Status updateStatus(Dossier& dossier);
    Status appendStatusChange(qint64 dossierId, const StatusChange& change);

    Result<Dossier> find(qint64 id, bool withHistory = true);
    Result<QList<DossierSummary>> page(const DossierListQuery& query,
                                       const std::optional<PageCursor>& after, int limit);

private:
    Status replaceSearchTerms(const Dossier& dossier);
    Status conflictOrMissing(qint64 id);

    Database& m_db;
};

} // namespace guichet
