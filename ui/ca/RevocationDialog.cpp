#include "ca/RevocationDialog.h"

#include "ca/outbox/CaRequests.h"
#include "ca/renewal/CertificateRevocations.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
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
    setWindowTitle(tr("Revoke a certificate of dossier %1").arg(dossierId));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("revocationCertificates"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Serial number"), tr("Valid until"), tr("State")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_certificate = new QLabel(tr("Reading the dossier's certificates…"), this);
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
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RevocationDialog::choose);

    auto* form = new QFormLayout;
    form->addRow(tr("Certificate:"), m_certificate);
    form->addRow(tr("&Reason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addWidget(m_confirm);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    load();
}

void RevocationDialog::load()
{
    m_worker.run<Result<QList<RevocableCertificate>>>(
        this,
        [id = m_dossierId](DossierService& service) {
            return CertificateRevocations(service.database(), service.clock(), service.catalogue(),
                                          service.actor())
                .list(id);
        },
        [this](Result<QList<RevocableCertificate>> certificates) {
            if (!certificates) {
                m_certificate->setText(certificates.error().message);
                return;
            }
            fill(*certificates);
        });
}

void RevocationDialog::fill(const QList<RevocableCertificate>& certificates)
{
    m_certificates = certificates;
    m_list->clear();
    QTreeWidgetItem* only = nullptr;
    int revocable = 0;
    for (int i = 0; i < certificates.size(); ++i) {
        const RevocableCertificate& certificate = certificates.at(i);
        QString state = certificate.revokedUtc
                            ? tr("Revoked on %1")
                                  .arg(QLocale().toString(certificate.revokedUtc->toLocalTime(),
                                                          QLocale::ShortFormat))
                        : certificate.revocationPending ? tr("Revocation waiting in the outbox")
                                                        : tr("Valid");
        if (certificate.renewed) {
            state = tr("%1 (the certificate this dossier renews)").arg(state);
        }
        auto* item = new QTreeWidgetItem(
            m_list,
            {certificate.serialHex,
             QLocale().toString(certificate.notAfterUtc.toLocalTime(), QLocale::ShortFormat),
             state});
        item->setData(0, Qt::UserRole, i);
        if (!certificate.revocable()) {
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        } else {
            ++revocable;
            only = item;
        }
    }
    if (revocable == 0) {
        m_certificate->setText(
            tr("Dossier %1 has no certificate that is not already revoked.").arg(m_dossierId));
        return;
    }
    if (revocable == 1) {
        only->setSelected(true);
        return;
    }
    m_certificate->setText(tr("Choose the certificate to revoke."));
}

void RevocationDialog::choose()
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    m_confirm->setChecked(false);
    if (selected.isEmpty()) {
        m_serialHex.clear();
        m_confirm->setEnabled(false);
        return;
    }
    const RevocableCertificate& chosen =
        m_certificates.at(selected.first()->data(0, Qt::UserRole).toInt());
    m_serialHex = chosen.serialHex;
    m_certificate->setText(
        tr("%1\nSerial number %2, issued by %3, valid until %4.")
            .arg(chosen.subject, chosen.serialHex, chosen.issuer,
                 QLocale().toString(chosen.notAfterUtc.toLocalTime(), QLocale::ShortFormat)));
    const QString holder = chosen.commonName.isEmpty() ? chosen.subject : chosen.commonName;
    m_confirm->setText(tr("I confirm the revocation of certificate %1 of %2. It cannot be undone.")
                           .arg(chosen.serialHex, holder));
    m_confirm->setEnabled(true);
}

void RevocationDialog::revoke()
{
    if (!m_confirm->isChecked() || m_serialHex.isEmpty()) {
        return;
    }
    m_buttons->setEnabled(false);
    m_error->hide();
    const auto reason = static_cast<RevocationReason>(m_reason->currentData().toInt());
    m_worker.run<Result<OutboxItem>>(
        this,
        [id = m_dossierId, serial = m_serialHex, reason](DossierService& service) {
            return CertificateRevocations(service.database(), service.clock(), service.catalogue(),
                                          service.actor())
                .queue(id, serial, reason);
        },
        [this](Result<OutboxItem> item) {
            m_buttons->setEnabled(true);
            if (!item) {
                m_error->setText(item.error().message);
                m_error->show();
                return;
            }
            emit queued(m_dossierId, item->id);
            accept();
        });
}

} // namespace guichet
