#include "token/AuditPersonalisationRecorder.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"

namespace guichet {

Status AuditPersonalisationRecorder::record(const QString& action, const QJsonObject& details)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    AuditLog log(m_db, m_clock);
    auto appended = log.append(m_operatorId, action, QStringLiteral("token"),
                               details.value(QStringLiteral("serial")).toString(), details);
    if (!appended) {
        return appended.error();
    }
    return tx.commit();
}

} // namespace guichet
