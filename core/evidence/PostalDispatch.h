#pragma once

#include "common/Clock.h"
#include "common/Operator.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace guichet {

class Database;

// The paper originals of a dossier sent to the CA by post (RGS **: "originals by post",
// REFERENCE.md), tracked until the CA says it received them.
struct PostalDispatch {
    qint64 id = 0;
    qint64 dossierId = 0;
    QDate sentOn;
    QString carrier; // "La Poste" unless said otherwise
    QString trackingNumber;
    std::optional<QDate> receivedOn; // by the CA
    QString sentRecordedBy;
    QDateTime sentRecordedAtUtc;
    QString receivedRecordedBy;
    std::optional<QDateTime> receivedRecordedAtUtc;
};

// Records dispatches and receipts, each in one transaction with its audit event
// ("dossier.originals_sent", "dossier.originals_received"). Sending also records the
// meeting decision "originals-posted" that the requirement rule of the same name reads, and
// moves a dossier submitted to the CA (or rejected pending documents) to "originals posted",
// so rule, status and dispatch never disagree.
class PostalDispatchService {
    Q_DECLARE_TR_FUNCTIONS(PostalDispatchService)
public:
    static inline const QString DefaultCarrier = QStringLiteral("La Poste");

    PostalDispatchService(Database& db, const Clock& clock, OperatorIdentity actor);

    Result<PostalDispatch> recordSent(qint64 dossierId, QDate sentOn, const QString& trackingNumber,
                                      const QString& carrier = DefaultCarrier);
    // The CA received the latest dispatch not yet received.
    Result<PostalDispatch> recordReceived(qint64 dossierId, QDate receivedOn);

    // Oldest first.
    Result<QList<PostalDispatch>> forDossier(qint64 dossierId);

private:
    Status audit(const QString& action, qint64 dossierId, const QJsonObject& details);

    Database& m_db;
    const Clock& m_clock;
    OperatorIdentity m_actor;
};

} // namespace guichet
