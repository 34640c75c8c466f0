#include "token/IssuedCertificateDialog.h"

#include "service/DossierService.h"
#include "service/DossierWorker.h"
#include "session/PinField.h"
#include "token/TokenService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

IssuedCertificateDialog::IssuedCertificateDialog(TokenService& service, DossierWorker& worker,
                                                 qint64 dossierId, QWidget* parent)
    : QDialog(parent), m_service(service), m_worker(worker), m_dossierId(dossierId)
{
    setObjectName(QStringLiteral("issuedCertificateDialog"));
    setWindowTitle(tr("Write the issued certificate to the token — dossier %1").arg(dossierId));
    m_details = new QLabel(tr("Reading the dossier's certificate…"), this);
    m_details->setObjectName(QStringLiteral("issuedCertificateDetails"));
    m_details->setWordWrap(true);
    m_pin = makePinField(QStringLiteral("issuedCertificatePin"), this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("issuedCertificateMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_write = buttons->addButton(tr("Write"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("issuedCertificateWrite"));
    m_write->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("issuedCertificateClose"));

    auto* form = new QFormLayout;
    form->addRow(tr("Holder's PIN (the holder types it; operator, look away):"), m_pin);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_details);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_write, &QPushButton::clicked, this, &IssuedCertificateDialog::write);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_service, &TokenService::certificateWritten, this, [this](const QString& serial) {
        if (!m_writing) {
            return;
        }
        recordWritten(serial);
    });
    connect(&m_service, &TokenService::failed, this,
            [this](const QString& operation, const QString& message) {
                if (!m_writing) {
                    return;
                }
                m_writing = false;
                showError(tr("Error (%1): %2").arg(operation, message));
                m_write->setEnabled(true);
                m_close->setEnabled(true);
            });
    worker.run<Result<IssuedCertificateTarget>>(
        this,
        [dossierId](DossierService& dossiers) {
            return IssuedCertificateTargets(dossiers.database(), dossiers.clock(),
                                            dossiers.catalogue(), dossiers.actor())
                .find(dossierId);
        },
        [this](Result<IssuedCertificateTarget> found) { showTarget(std::move(found)); });
}

IssuedCertificateDialog* IssuedCertificateDialog::openFor(TokenService& service,
                                                          DossierWorker& worker, qint64 dossierId,
                                                          QWidget* parent)
{
    auto* dialog = new IssuedCertificateDialog(service, worker, dossierId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void IssuedCertificateDialog::showTarget(Result<IssuedCertificateTarget> found)
{
    if (!found) {
        m_details->clear();
        showError(found.error().message);
        return;
    }
    m_target = std::move(found).value();
    const CertificateForToken& certificate = m_target->certificate;
    m_details->setText(
        m_target->isKeyUpdate()
            ? tr("Certificate %1, issued by the CA for the key update's new key made on token %2. "
                 "Insert that token, then the holder types the PIN.")
                  .arg(certificate.certificateSerialHex, certificate.tokenSerial)
            : tr("Certificate %1, issued by the CA for the key made on token %2. Insert "
                 "that token, then the holder types the PIN.")
                  .arg(certificate.certificateSerialHex, certificate.tokenSerial));
    m_write->setEnabled(true);
}

void IssuedCertificateDialog::recordWritten(const QString& tokenSerial)
{
    // The certificate is on the token; the dossier's side is recorded on the dossier worker.
    m_worker.run<Status>(
        this,
        [target = *m_target](DossierService& dossiers) {
            return IssuedCertificateTargets(dossiers.database(), dossiers.clock(),
                                            dossiers.catalogue(), dossiers.actor())
                .recordWritten(target);
        },
        [this, tokenSerial](const Status& recorded) {
            m_writing = false;
            m_close->setEnabled(true);
            if (!recorded) {
                showError(tr("The certificate is on token %1, but the dossier could not record "
                             "it: %2")
                              .arg(tokenSerial, recorded.error().message));
                m_write->setEnabled(true); // again: the certificate found there is verified
                return;
            }
            m_message->setStyleSheet(QString());
            m_message->setText(tr("The certificate is written to token %1 and verified with a "
                                  "signature made on the token.")
                                   .arg(tokenSerial));
            emit written(tokenSerial);
        });
}

void IssuedCertificateDialog::write()
{
    if (!m_target || m_writing) {
        return;
    }
    std::shared_ptr<const SecretBytes> pin = takePin(m_pin);
    const CertificateForToken& certificate = m_target->certificate;
    IssuedCertificateWriter::Target target{certificate.tokenSerial, certificate.keyId,
                                           certificate.certificateDer,
                                           QString::number(m_dossierId)};
    target.verifyIfAlreadyWritten = m_target->isKeyUpdate();
    m_writing = true;
    m_write->setEnabled(false);
    m_close->setEnabled(false);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Writing the certificate to token %1…").arg(certificate.tokenSerial));
    m_service.writeIssuedCertificate(target, std::move(pin));
}

void IssuedCertificateDialog::showError(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_message->setText(message);
}

} // namespace guichet
