#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QString>

namespace guichet {

// A signed statement "the audit chain's head was event `seq` with hash `headHash`", made by
// an operator with the key on their card. Whoever can write the database can recompute every
// hash of the chain, but cannot sign for an operator: a rewrite is caught at the first
// checkpoint after the first changed event.
struct AuditCheckpoint {
    qint64 id = 0;
    qint64 seq = 0;
    QByteArray headHash; // 32 bytes
    QDateTime createdAtUtc;
    QString timeSource; // how the time was obtained ("system clock, UTC; NTP synchronised: yes")
    QString operatorId;
    QString reason; // "session-end", "every-n-events", "manual"
    QCryptographicHash::Algorithm digest = QCryptographicHash::Sha256;
    QByteArray certificateDer;
    QByteArray signature;

    // The exact bytes signed (length-prefixed like the events, so fields cannot be shifted).
    QByteArray signedBytes() const;
    QByteArray signedDigest() const;
};

// Stable names of the digests, stored with the checkpoint and in exports.
QString digestName(QCryptographicHash::Algorithm algorithm);
bool digestFromName(const QString& name, QCryptographicHash::Algorithm& into);

} // namespace guichet
