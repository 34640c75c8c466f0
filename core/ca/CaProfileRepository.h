#pragma once

#include "ca/CaProfile.h"
#include "common/Operator.h"

namespace guichet {

class Clock;
class Database;

// CA profiles stored in the database. The built-in training profile is always there and
// never stored. Importing a profile with an id already stored replaces it (a CA's new trust
// anchors); each import is an audit event in the same transaction.
class CaProfileRepository {
    Q_DECLARE_TR_FUNCTIONS(CaProfileRepository)
public:
    CaProfileRepository(Database& db, const Clock& clock, const ProductCatalogue& catalogue)
        : m_db(db), m_clock(clock), m_catalogue(catalogue)
    {
    }

    Status store(const CaProfile& profile, const OperatorIdentity& actor);
    // The training profile first, then the stored ones by id.
    Result<QList<CaProfile>> list();
    Result<CaProfile> find(const QString& id);

private:
    Database& m_db;
    const Clock& m_clock;
    const ProductCatalogue& m_catalogue;
};

} // namespace guichet
