#pragma once

#include "common/Clock.h"
#include "token/TokenPersonaliser.h"

namespace guichet {

class Database;

// One audit event per finished personalisation step, each in its own transaction, with the
// token as the object (SDP-6.4.5-10). Use on the thread that opened the database.
class AuditPersonalisationRecorder final : public PersonalisationRecorder {
public:
    AuditPersonalisationRecorder(Database& db, const Clock& clock, QString operatorId)
        : m_db(db), m_clock(clock), m_operatorId(std::move(operatorId))
    {
    }
    Status record(const QString& action, const QJsonObject& details) override;

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_operatorId;
};

} // namespace guichet
