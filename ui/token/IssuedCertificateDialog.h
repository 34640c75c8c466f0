#pragma once

#include "ca/renewal/IssuedCertificateTargets.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace guichet {

class DossierWorker;
class TokenService;

// "Write the issued certificate to the token…": finishes a personalisation whose dialog was
// closed before the CA answered, or a key update whose last step (writing the new certificate)
// failed (issue 6). The certificate the outbox brought back and where its key is (the token's
// serial and the key's CKA_ID, kept at personalisation or when the kur was queued) are read on
// the dossier worker; the holder inserts the token and types the PIN; the token worker finds
// the token by serial, refuses a certificate that does not carry that key's public key, writes
// it and verifies it with a signature made on the token; then the dossier worker records it
// (a key update's dossier reaches "certificate issued" only then).
class IssuedCertificateDialog : public QDialog {
    Q_OBJECT
public:
    // `service` (started) and `worker` must outlive the dialog.
    IssuedCertificateDialog(TokenService& service, DossierWorker& worker, qint64 dossierId,
                            QWidget* parent = nullptr);

    // Opens it as a window of its own, deleted on close.
    static IssuedCertificateDialog* openFor(TokenService& service, DossierWorker& worker,
                                            qint64 dossierId, QWidget* parent);

signals:
    void written(const QString& tokenSerial);

private:
    void showTarget(Result<IssuedCertificateTarget> found);
    void write();
    void recordWritten(const QString& tokenSerial);
    void showError(const QString& message);

    TokenService& m_service;
    DossierWorker& m_worker;
    qint64 m_dossierId;
    std::optional<IssuedCertificateTarget> m_target;
    bool m_writing = false;
    QLabel* m_details = nullptr;
    QLineEdit* m_pin = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_write = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace guichet
