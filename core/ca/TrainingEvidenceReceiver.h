#pragma once

#include "ca/outbox/EvidenceReceiver.h"

#include <QCoreApplication>
#include <QList>

namespace guichet {

class Clock;
class Database;

// The training CA's side of evidence submission: it checks each package as a real CA would
// (every file against the signed manifest, the operator's CAdES signature) and keeps one row
// per idempotency key in training_ca_submission, so a package sent again after a lost answer
// is acknowledged with the first receipt and never stored twice. It keeps the package's
// digest and size, not its bytes: the identity scans stay on the desk, sealed.
class TrainingEvidenceReceiver final : public EvidenceReceiver {
    Q_DECLARE_TR_FUNCTIONS(TrainingEvidenceReceiver)
public:
    // `trustAnchorsDer`: the roots the CA trusts for operators (the training CA's own root).
    // A valid signature from another chain is accepted but recorded as not trusted.
    TrainingEvidenceReceiver(Database& db, const Clock& clock, QList<QByteArray> trustAnchorsDer);

    Result<SubmissionReceipt> receive(const QString& idempotencyKey,
                                      const QString& dossierReference,
                                      const QByteArray& package) override;

    // The training CA's root (DER) in `db`, the anchor for its operators; empty while the
    // training CA was never created there.
    static Result<QList<QByteArray>> trainingAnchors(Database& db);

    // Packages stored so far (tests: a repeat must not store again).
    Result<int> receivedCount();

private:
    Result<std::optional<SubmissionReceipt>> find(const QString& idempotencyKey);

    Database& m_db;
    const Clock& m_clock;
    QList<QByteArray> m_anchors;
};

} // namespace guichet
