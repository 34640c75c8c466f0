#pragma once

#include "ca/TrainingCa.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace guichet {

class DossierWorker;

// "Revoke the certificate…": names the dossier's certificate (holder, serial, issuer,
// validity), takes an RFC 5280 reason, and queues the revocation through the outbox once the
// operator has ticked the confirmation that names the certificate (issue 6, "Revocation").
class RevocationDialog : public QDialog {
    Q_OBJECT
public:
    RevocationDialog(DossierWorker& worker, qint64 dossierId, QWidget* parent = nullptr);

    // The reasons offered. RFC 5280 5.3.1 lists more; certificateHold is left out: a hold must
    // be lifted by a removeFromCRL request, which the lightweight CMP profile (RFC 9483 4.2)
    // does not provide, so a held certificate could never come back through Guichet.
    static QList<RevocationReason> offeredReasons();
    static QString displayName(RevocationReason reason);

signals:
    void queued(qint64 dossierId, qint64 outboxItemId);

private:
    void load();
    void revoke();

    DossierWorker& m_worker;
    qint64 m_dossierId;
    QByteArray m_certificateDer;
    QString m_serialHex;
    QLabel* m_certificate;
    QComboBox* m_reason;
    QCheckBox* m_confirm;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace guichet
