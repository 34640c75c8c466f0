#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace guichet {

class Database;

// Versioned, append-only schema changes. A released migration is never edited: a change
// of schema is a new entry at the end of the list in Migrations.cpp.
class Migrations {
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    // The newest schema version this build knows.
    static int latestVersion();
    // Applies the missing migrations in one transaction; returns the schema version. A
    // database whose version is newer than latestVersion() is refused untouched.
    static Result<int> apply(Database& db);
};

} // namespace guichet
