#pragma once

#include "ca/renewal/RenewalService.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace guichet {

class DossierWorker;

// "Renew from certificate…": shows the certificate, the dossier prefilled from it and the
// rules' decision (key update or new face-to-face meeting, with every reason), asks for what
// a certificate cannot say, and opens the renewal dossier on the worker.
class RenewalDialog : public QDialog {
    Q_OBJECT
public:
    RenewalDialog(DossierWorker& worker, RenewalPreview preview, QWidget* parent = nullptr);

signals:
    void opened(qint64 dossierId, const QString& decision);

private:
    void openDossier();

    DossierWorker& m_worker;
    RenewalPreview m_preview;
    QLineEdit* m_order;
    QDateEdit* m_birthDate;
    QLineEdit* m_email;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace guichet
