#include "ca/RevocationDialog.h"

#include "ca/outbox/CaRequests.h"
#include "ca/renewal/PreviousCertificate.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

QList<RevocationReason> RevocationDialog::offeredReasons()
{
    return {RevocationReason::KeyCompromise, RevocationReason::AffiliationChanged,
            RevocationReason::Superseded, RevocationReason::CessationOfOperation,
            RevocationReason::Unspecified};
}

QString RevocationDialog::displayName(RevocationReason reason)
{
    switch (reason) {
    case RevocationReason::KeyCompromise:
        return tr("Key compromise (token lost, stolen or PIN disclosed)");
    case RevocationReason::AffiliationChanged:
        return tr("Affiliation changed (the holder left the organisation or changed name)");
    case RevocationReason::Superseded:
        return tr("Superseded (replaced by a new certificate)");
    case RevocationReason::CessationOfOperation:
        return tr("Cessation of operation (no longer needed)");
    case RevocationReason::CertificateHold:
        return tr("Certificate hold");
    case RevocationReason::Unspecified:
        break;
    }
    return tr("Unspecified");
}

RevocationDialog::RevocationDialog(DossierWorker& worker, qint64 dossierId, QWidget* parent)
    : QDialog(parent), m_worker(worker), m_dossierId(dossierId)
{
    setObjectName(QStringLiteral("revocationDialog"));
    setWindowTitle(tr("Revoke the certificate of dossier %1").arg(dossierId));
    m_certificate = new QLabel(tr("Reading the dossier's certificate…"), this);
    m_certificate->setObjectName(QStringLiteral("revocationCertificate"));
    m_certificate->setWordWrap(true);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("revocationReason"));
    for (RevocationReason reason : offeredReasons()) {
        m_reason->addItem(displayName(reason), static_cast<int>(reason));
    }
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("revocationConfirm"));
    m_confirm->setEnabled(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("revocationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* revoke =
        m_buttons->addButton(tr("&Revoke the certificate"), QDialogButtonBox::AcceptRole);
    revoke->setObjectName(QStringLiteral("revocationRevoke"));
    revoke->setEnabled(false);
    connect(m_confirm, &QCheckBox::toggled, revoke, &QPushButton::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RevocationDialog::revoke);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Certificate:"), m_certificate);
    form->addRow(tr("&Reason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_confirm);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    load();
}

void RevocationDialog::load()
{
    m_worker.run<Result<QList<DossierCertificate>>>(
        this,
        [id = m_dossierId](DossierService& service) {
            return CaRequests(service.database(), service.clock(), service.catalogue(),
                              service.actor())
                .certificates(id);
        },
        [this](Result<QList<DossierCertificate>> certificates) {
            if (!certificates) {
                m_certificate->setText(certificates.error().message);
                return;
            }
            // The one a revocation applies to: the last not yet revoked (CaRequests).
            const DossierCertificate* target = nullptr;
            for (const DossierCertificate& certificate : *certificates) {
                if (!certificate.revokedUtc) {
                    target = &certificate;
                }
            }
            auto facts = target != nullptr ? PreviousCertificates::read(target->der)
                                           : Result<PreviousCertificate>(Error{});
            if (target == nullptr || !facts) {
                m_certificate->setText(
                    tr("Dossier %1 has no certificate that is not already revoked.")
                        .arg(m_dossierId));
                return;
            }
            m_certificateDer = target->der;
            m_serialHex = facts->serialHex;
            m_certificate->setText(tr("%1\nSerial number %2, issued by %3, valid until %4.")
                                       .arg(facts->subject, facts->serialHex, facts->issuer,
                                            QLocale().toString(facts->notAfterUtc.toLocalTime(),
                                                               QLocale::ShortFormat)));
            const QString holder = facts->commonName.isEmpty() ? facts->subject : facts->commonName;
            m_confirm->setText(tr("I confirm the revocation of certificate %1 of %2. It cannot "
                                  "be undone.")
                                   .arg(facts->serialHex, holder));
            m_confirm->setEnabled(true);
        });
}

void RevocationDialog::revoke()
{
    if (!m_confirm->isChecked() || m_certificateDer.isEmpty()) {
        return;
    }
    m_buttons->setEnabled(false);
    m_error->hide();
    const auto reason = static_cast<RevocationReason>(m_reason->currentData().toInt());
    m_worker.run<Result<OutboxItem>>(
        this,
        [id = m_dossierId, reason](DossierService& service) {
            return CaRequests(service.database(), service.clock(), service.catalogue(),
                              service.actor())
                .queueRevocation(id, reason);
        },
        [this](Result<OutboxItem> item) {
            m_buttons->setEnabled(true);
            if (!item) {
                m_error->setText(item.error().message);
                m_error->show();
                return;
            }
            // The outbox revokes the dossier's last certificate not yet revoked: the one shown,
            // unless another workstation changed the dossier meanwhile; then say which.
            const QString queuedSerial = item->params.value(QStringLiteral("serial")).toString();
            if (queuedSerial != m_serialHex) {
                QMessageBox::warning(this, windowTitle(),
                                     tr("The dossier changed meanwhile: the revocation queued is "
                                        "for certificate %1.")
                                         .arg(queuedSerial));
            }
            emit queued(m_dossierId, item->id);
            accept();
        });
}

} // namespace guichet
