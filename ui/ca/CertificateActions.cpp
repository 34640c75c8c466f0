#include "ca/CertificateActions.h"

#include "ca/KeyUpdateDialog.h"
#include "ca/RenewalDialog.h"
#include "ca/RevocationDialog.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace guichet {

CertificateActions::CertificateActions(DossierWorker& worker, QMenu& menu, QWidget* window)
    : QObject(window), m_worker(worker), m_window(window)
{
    m_renew = menu.addAction(tr("&Renew from certificate…"), this, &CertificateActions::renew);
    m_renew->setObjectName(QStringLiteral("renewFromCertificateAction"));
    m_keyUpdate = menu.addAction(tr("&Key update on the holder's token…"), this,
                                 &CertificateActions::keyUpdate);
    m_keyUpdate->setObjectName(QStringLiteral("keyUpdateAction"));
    m_revoke = menu.addAction(tr("Re&voke a certificate…"), this, &CertificateActions::revoke);
    m_revoke->setObjectName(QStringLiteral("revokeCertificateAction"));
    setDossier(0);
}

void CertificateActions::setDossier(qint64 id)
{
    m_dossierId = id;
    m_revoke->setEnabled(id > 0);
    m_keyUpdate->setEnabled(id > 0 && m_tokens != nullptr && m_keyUpdateConfig.has_value());
    m_keyUpdate->setToolTip(m_tokens == nullptr || !m_keyUpdateConfig
                                ? tr("No token module is configured for the holder's token.")
                                : QString());
}

void CertificateActions::setKeyUpdate(TokenWorker* tokens, KeyUpdateCaConfig config)
{
    m_tokens = tokens;
    m_keyUpdateConfig = std::move(config);
    setDossier(m_dossierId);
}

void CertificateActions::keyUpdate()
{
    if (m_dossierId <= 0 || m_tokens == nullptr || !m_keyUpdateConfig) {
        return;
    }
    // The rules are checked again by the key update itself (REG-6.3.1), before the token is
    // touched: a dossier that is not a key-update renewal is refused with its reasons.
    auto* dialog = new KeyUpdateDialog(*m_tokens, *m_keyUpdateConfig, m_dossierId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeyUpdateDialog::updated, this,
            [this](qint64 dossierId, const QString& serial) {
                emit message(tr("Key update of dossier %1 done: certificate %2 is on the "
                                "holder's token.")
                                 .arg(dossierId)
                                 .arg(serial));
                emit dossierChanged(dossierId);
            });
    connect(dialog, &KeyUpdateDialog::stopped, this, &CertificateActions::dossierChanged);
    dialog->open();
}

void CertificateActions::renew()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Certificate to renew"), QString(),
                                     tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty()) {
        renewFromFile(path);
    }
}

void CertificateActions::renewFromFile(const QString& path)
{
    m_worker.run<Result<RenewalPreview>>(
        this,
        [path](DossierService& service) -> Result<RenewalPreview> {
            auto certificate = PreviousCertificates::fromFile(path);
            if (!certificate) {
                return certificate.error();
            }
            return RenewalService(service.database(), service.clock(), service.catalogue(),
                                  service.actor())
                .preview(*certificate, service.defaultCaProfile());
        },
        [this](Result<RenewalPreview> preview) {
            if (!preview) {
                QMessageBox::warning(m_window, tr("Renew a certificate"), preview.error().message);
                return;
            }
            auto* dialog = new RenewalDialog(m_worker, std::move(preview).value(), m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &RenewalDialog::opened, this,
                    [this](qint64 id, const QString& decision) {
                        emit message(tr("Renewal dossier %1 opened: %2").arg(id).arg(decision));
                        emit dossierChanged(id);
                    });
            dialog->open();
        });
}

void CertificateActions::revoke()
{
    if (m_dossierId <= 0) {
        return;
    }
    auto* dialog = new RevocationDialog(m_worker, m_dossierId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevocationDialog::queued, this, [this](qint64 dossierId, qint64 itemId) {
        emit message(tr("Revocation of a certificate of dossier %1 queued as outbox item %2.")
                         .arg(dossierId)
                         .arg(itemId));
        emit dossierChanged(dossierId);
    });
    dialog->open();
}

} // namespace guichet
