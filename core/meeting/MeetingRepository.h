#pragma once

#include "common/Result.h"
#include "meeting/Meeting.h"

#include <QCoreApplication>
#include <optional>

namespace guichet {

class Database;

// Meetings and their decisions in SQL (schema version 5). Callers own the transaction: every
// write here is one step of a change that MeetingService commits with its audit event.
class MeetingRepository {
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)
public:
    explicit MeetingRepository(Database& db) : m_db(db) {}

    // The stored meeting with its decisions, oldest first; nothing when none is stored.
    Result<std::optional<Meeting>> find(qint64 dossierId);

    // Stores a new meeting; sets version 1.
    Status insert(Meeting& meeting, const QString& by, const QDateTime& atUtc);
    // Saves the non-decision fields if nobody saved since `meeting.version` was read (else a
    // conflict naming who and when); bumps the version.
    Status update(Meeting& meeting, const QString& by, const QDateTime& atUtc);
    // Decisions are appended, never rewritten.
    Status appendDecision(qint64 dossierId, const MeetingDecision& decision);

private:
    Status conflictOrMissing(qint64 dossierId);

    Database& m_db;
};

} // namespace guichet
