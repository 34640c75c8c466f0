#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace guichet {

// What an outbox item asks of the CA.
enum class OutboxKind { Enrol, Revoke, Submit };

// queued -> sending -> delivered | failed | queued (CA unreachable, backoff); queued or
// failed -> cancelled by the operator; failed -> queued when the operator retries.
enum class OutboxState { Queued, Sending, Delivered, Failed, Cancelled };

// One request to a CA, durable before anything is sent (issue 6, "Outbox").
struct OutboxItem {
    qint64 id = 0;
    qint64 dossierId = 0;
    OutboxKind kind = OutboxKind::Enrol;
    QString idempotencyKey;
    QString caProfileId;
    QByteArray payload; // enrol: the PKCS#10 request (DER); revoke: the certificate (DER)
    QJsonObject params; // enrol: product, usage; revoke: reason
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QDateTime nextAttemptUtc;
    QDateTime leaseUntilUtc;
    QString claimedBy;
    QString lastError;     // translated, as the operator saw it
    QString transactionId; // hex, the CMP transactionID of the last attempt
    QByteArray result;     // enrol: the certificate issued (DER)
    QDateTime createdUtc;
    QDateTime updatedUtc;
    bool resumedAfterInterruption = false; // claimed while a crashed sender held it
};

class OutboxNames {
    Q_DECLARE_TR_FUNCTIONS(OutboxNames)
public:
    static QString key(OutboxKind kind);
    static std::optional<OutboxKind> kindFromKey(const QString& key);
    static QString key(OutboxState state);
    static std::optional<OutboxState> stateFromKey(const QString& key);
    static QString displayName(OutboxKind kind);
    static QString displayName(OutboxState state);
};

} // namespace guichet
