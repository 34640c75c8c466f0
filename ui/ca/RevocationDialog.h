#pragma once

#include "ca/TrainingCa.h"
#include "ca/renewal/CertificateRevocations.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace guichet {

class DossierWorker;

// "Revoke the certificate…": lists the dossier's certificates (and, for a renewal, the one it
// renews) with serial number, end of validity and revocation state; the operator picks one,
// an RFC 5280 reason, and ticks the confirmation that names the certificate before the
// revocation of that serial is queued through the outbox (issue 6, "Revocation").
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
    void fill(const QList<RevocableCertificate>& certificates);
    void choose();
    void revoke();

    DossierWorker& m_worker;
    qint64 m_dossierId;
    QList<RevocableCertificate> m_certificates;
    QString m_serialHex;
    QTreeWidget* m_list;
    QLabel* m_certificate;
    QComboBox* m_reason;
    QCheckBox* m_confirm;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace guichet
