#include "evidence/EvidenceActions.h"

#include "ca/outbox/EvidenceSubmissions.h"
#include "evidence/EvidencePackageBuilder.h"
#include "evidence/PostalDispatchDialog.h"
#include "forms/FormSignature.h"
#include "forms/InterventionFormSource.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"
#include "session/SessionWorker.h"
#include "smartcard/AtrCatalogue.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

namespace guichet {

EvidenceActions::EvidenceActions(const Dependencies& dependencies, QMenu& menu, QWidget* window)
    : QObject(window), m_deps(dependencies), m_window(window)
{
    m_signForm =
        menu.addAction(tr("&Sign the intervention form"), this, &EvidenceActions::signForm);
    m_signForm->setObjectName(QStringLiteral("formSignAction"));
    m_export =
        menu.addAction(tr("Export the &evidence package…"), this, &EvidenceActions::exportPackage);
    m_export->setObjectName(QStringLiteral("evidenceExportAction"));
    m_submit =
        menu.addAction(tr("Su&bmit the evidence to the CA"), this, &EvidenceActions::submitPackage);
    m_submit->setObjectName(QStringLiteral("evidenceSubmitAction"));
    m_post = menu.addAction(tr("Originals sent by p&ost…"), this, &EvidenceActions::recordPost);
    m_post->setObjectName(QStringLiteral("postalDispatchAction"));
    const QString noCard = tr("Signing needs the operator logged in with their card.");
    const QString noKeys = tr("The documents cannot be opened on this workstation.");
    for (QAction* action : {m_signForm, m_export, m_submit}) {
        if (m_deps.session == nullptr) {
            action->setToolTip(noCard);
        } else if (!m_deps.documents) {
            action->setToolTip(noKeys);
        }
    }
    setDossier(0);
}

EvidenceActions::~EvidenceActions() = default;

void EvidenceActions::setDossier(qint64 id)
{
    m_dossierId = id;
    const bool saved = id > 0;
    const bool canSign = saved && m_deps.session != nullptr && m_deps.documents != nullptr;
    m_signForm->setEnabled(canSign);
    m_export->setEnabled(canSign);
    m_submit->setEnabled(canSign);
    m_post->setEnabled(saved);
}

void EvidenceActions::signForm()
{
    if (m_dossierId <= 0 || m_deps.session == nullptr) {
        return;
    }
    // The signer is made here, on the GUI thread, and used on the dossier worker's thread:
    // each of its signatures runs on the session's thread while that worker waits.
    std::shared_ptr<KeySigner> signer = m_deps.session->remoteSigner();
    m_deps.worker.run<Result<SignedForm>>(
        this,
        [id = m_dossierId, profile = m_deps.operatorProfile, language = m_deps.formLanguage,
         documents = m_deps.documents, signer](DossierService& service) -> Result<SignedForm> {
            auto pdf = InterventionFormSource::renderPdf(service, id, profile, language);
            if (!pdf) {
                return pdf.error();
            }
            auto store = documents->documents(service);
            if (!store) {
                return store.error();
            }
            FormSignatureService forms(service.database(), service.clock(), **store,
                                       profile.identity);
            return forms.signAndStore(id, *pdf, *signer);
        },
        [this, id = m_dossierId](Result<SignedForm> signedForm) {
            if (!signedForm) {
                showError(tr("Sign the intervention form"), signedForm.error().message);
                return;
            }
            emit message(tr("The intervention form of dossier %1 is signed and stored.").arg(id));
            emit dossierChanged(id);
        });
}

void EvidenceActions::exportPackage()
{
    if (m_dossierId <= 0) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export the evidence package"),
                                                      tr("evidence-%1.asice").arg(m_dossierId),
                                                      tr("Evidence packages (*.asice)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void EvidenceActions::exportTo(const QString& path)
{
    if (m_dossierId <= 0 || m_deps.session == nullptr) {
        return;
    }
    std::shared_ptr<KeySigner> signer = m_deps.session->remoteSigner();
    m_deps.worker.run<Status>(
        this,
        [id = m_dossierId, profile = m_deps.operatorProfile, documents = m_deps.documents, signer,
         path](DossierService& service) -> Status {
            auto store = documents->documents(service);
            if (!store) {
                return store.error();
            }
            EvidencePackageBuilder builder(service, **store, IdentityDocumentCatalogue::builtIn(),
                                           AtrCatalogue::builtIn(), profile);
            auto package = builder.build(id, *signer);
            if (!package) {
                return package.error();
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(package->bytes) != package->bytes.size() || !file.commit()) {
                return Error{ErrorCode::Io,
                             tr("Cannot write %1: %2").arg(path, file.errorString())};
            }
            return Status::success();
        },
        [this, path](Status written) {
            if (!written) {
                showError(tr("Export the evidence package"), written.error().message);
                return;
            }
            emit message(tr("Evidence package saved to %1.").arg(path));
        });
}

void EvidenceActions::submitPackage()
{
    if (m_dossierId <= 0 || m_deps.session == nullptr) {
        return;
    }
    std::shared_ptr<KeySigner> signer = m_deps.session->remoteSigner();
    m_deps.worker.run<Result<OutboxItem>>(
        this,
        [id = m_dossierId, profile = m_deps.operatorProfile, documents = m_deps.documents,
         signer](DossierService& service) -> Result<OutboxItem> {
            auto store = documents->documents(service);
            auto encryption = documents->encryption(service);
            if (!store || !encryption) {
                return !store ? store.error() : encryption.error();
            }
            EvidencePackageBuilder builder(service, **store, IdentityDocumentCatalogue::builtIn(),
                                           AtrCatalogue::builtIn(), profile);
            auto package = builder.build(id, *signer);
            if (!package) {
                return package.error();
            }
            // Sealed in the outbox, in the same transaction as the dossier's move.
            return EvidenceSubmissions(service.database(), service.clock(), **encryption,
                                       profile.identity)
                .queueSubmission(id, package->bytes);
        },
        [this, id = m_dossierId](Result<OutboxItem> item) {
            if (!item) {
                showError(tr("Submit the evidence to the CA"), item.error().message);
                return;
            }
            emit message(tr("The evidence package of dossier %1 is queued as outbox item %2.")
                             .arg(id)
                             .arg(item->id));
            emit dossierChanged(id);
        });
}

void EvidenceActions::recordPost()
{
    if (m_dossierId <= 0) {
        return;
    }
    auto* dialog = new PostalDispatchDialog(m_deps.worker, m_dossierId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PostalDispatchDialog::recorded, this, [this](qint64 id, const QString& text) {
        emit message(text);
        emit dossierChanged(id);
    });
    dialog->open();
}

void EvidenceActions::showError(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("evidenceActionError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace guichet
