#include "DossierActions.h"

#include "DossierWorkspace.h"
#include "ca/CertificateActions.h"
#include "ca/outbox/OutboxSender.h"
#include "documents/DocumentViewer.h"
#include "domain/ProductCatalogue.h"
#include "evidence/EvidenceActions.h"
#include "forms/FormPreviewDialog.h"
#include "forms/InterventionFormSource.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "meeting/MeetingService.h"
#include "scan/ScanDialog.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"
#include "session/SessionWorker.h"
#include "token/DossierSubject.h"
#include "token/IssuedCertificateDialog.h"
#include "token/PersonalisationDialog.h"
#include "token/TokenService.h"

#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QWidget>

namespace guichet {
namespace {

// What the personalisation dialog needs, read on the worker.
struct PersonalisationInputs {
    Dossier dossier;
    std::optional<HolderIdentity> identity;
};

} // namespace

DossierActions::DossierActions(const Dependencies& dependencies, QWidget* window)
    : QObject(window), m_deps(dependencies), m_window(window)
{
    m_menu = new QMenu(tr("&Dossier"), window);
    m_menu->setObjectName(QStringLiteral("dossierMenu"));
    if (m_deps.workspace.meeting() != nullptr) {
        m_meeting = m_menu->addAction(tr("Face-to-face &meeting"), &m_deps.workspace,
                                      &DossierWorkspace::showMeeting);
        m_meeting->setObjectName(QStringLiteral("meetingAction"));
        m_meeting->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    }
    if (m_deps.workspace.documents() != nullptr) {
        m_documents = m_menu->addAction(tr("D&ocuments"), &m_deps.workspace,
                                        &DossierWorkspace::showDocuments);
        m_documents->setObjectName(QStringLiteral("documentsAction"));
        m_documents->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    }
    if (m_deps.scanner != nullptr && m_deps.workspace.documents() != nullptr) {
        m_scan = m_menu->addAction(tr("&Scan a document…"), this, &DossierActions::scan);
        m_scan->setObjectName(QStringLiteral("scanAction"));
    }
    if (m_deps.tokens != nullptr && m_deps.atrCatalogue != nullptr) {
        m_personalise = m_menu->addAction(tr("&Personalise the holder's token…"), this,
                                          &DossierActions::personalise);
        m_personalise->setObjectName(QStringLiteral("personaliseAction"));
        // Issue 6: the certificate the outbox brought back after the dialog was closed.
        QAction* write =
            m_menu->addAction(tr("&Write the issued certificate to the token…"), this, [this] {
                if (m_dossierId > 0) {
                    // A key update's dossier reaches "certificate issued" with the write.
                    auto* dialog = IssuedCertificateDialog::openFor(*m_deps.tokens, m_deps.worker,
                                                                    m_dossierId, m_window);
                    connect(dialog, &IssuedCertificateDialog::written, this,
                            [this, id = m_dossierId] { emit dossierChanged(id); });
                }
            });
        write->setObjectName(QStringLiteral("writeIssuedCertificateAction"));
        connect(m_personalise, &QAction::changed, write,
                [this, write] { write->setEnabled(m_personalise->isEnabled()); });
        connect(m_deps.tokens, &TokenService::ready, this, [this](bool ok, const QString& text) {
            m_tokensReady = ok;
            if (!ok) {
                m_personalise->setToolTip(text);
            }
            setDossier(m_dossierId);
        });
    }
    m_menu->addSeparator();
    m_certificates = new CertificateActions(m_deps.worker, *m_menu, window);
    if (m_deps.tokens != nullptr && m_deps.keyUpdate) {
        m_certificates->setKeyUpdate(&m_deps.tokens->worker(), *m_deps.keyUpdate);
    }
    connect(m_certificates, &CertificateActions::message, this, &DossierActions::message);
    connect(m_certificates, &CertificateActions::dossierChanged, this,
            &DossierActions::dossierChanged);
    m_menu->addSeparator();
    m_preview = m_menu->addAction(tr("Intervention &form…"), this, &DossierActions::previewForm);
    m_preview->setObjectName(QStringLiteral("formPreviewAction"));
    m_preview->setShortcut(QKeySequence::Print);
    m_saveForm = m_menu->addAction(tr("Save the intervention form as P&DF…"), this,
                                   &DossierActions::saveForm);
    m_saveForm->setObjectName(QStringLiteral("formSaveAction"));
    DocumentViewer* documents = m_deps.workspace.documents();
    m_evidence = new EvidenceActions({m_deps.worker, m_deps.session,
                                      documents != nullptr ? documents->access() : nullptr,
                                      m_deps.operatorProfile, m_deps.formLanguage},
                                     *m_menu, window);
    connect(m_evidence, &EvidenceActions::message, this, &DossierActions::message);
    connect(m_evidence, &EvidenceActions::dossierChanged, this, &DossierActions::dossierChanged);
    setDossier(0);
}

void DossierActions::setDossier(qint64 id)
{
    m_dossierId = id;
    const bool saved = id > 0;
    for (QAction* action : {m_meeting, m_documents, m_scan, m_preview, m_saveForm}) {
        if (action != nullptr) {
            action->setEnabled(saved);
        }
    }
    if (m_personalise != nullptr) {
        m_personalise->setEnabled(saved && m_tokensReady);
    }
    if (m_certificates != nullptr) {
        m_certificates->setDossier(id);
    }
    if (m_evidence != nullptr) {
        m_evidence->setDossier(id);
    }
}

void DossierActions::scan()
{
    DocumentViewer* viewer = m_deps.workspace.documents();
    if (m_dossierId <= 0 || viewer == nullptr) {
        return;
    }
    // Stored on the dossier worker, through the documents' own encryption.
    auto store = [access = viewer->access()](DossierService& service,
                                             const DocumentRequest& request,
                                             const QList<QImage>& pages) {
        return access->storeScan(service, request, pages);
    };
    auto* dialog = new ScanDialog(*m_deps.scanner, m_deps.worker, store, m_dossierId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 dossierId = m_dossierId;
    connect(dialog, &ScanDialog::documentStored, this, [this, dossierId] {
        if (DocumentViewer* documents = m_deps.workspace.documents();
            documents != nullptr && documents->dossierId() == dossierId) {
            documents->setDossier(dossierId); // shows the new document
        }
        emit message(tr("Scanned document stored in dossier %1.").arg(dossierId));
    });
    dialog->open();
}

void DossierActions::personalise()
{
    if (m_dossierId <= 0) {
        return;
    }
    const OperatorProfile profile = m_deps.operatorProfile;
    m_deps.worker.run<Result<PersonalisationInputs>>(
        this,
        [id = m_dossierId, profile](DossierService& service) -> Result<PersonalisationInputs> {
            auto dossier = service.find(id);
            if (!dossier) {
                return dossier.error();
            }
            PersonalisationInputs inputs{std::move(dossier).value(), std::nullopt};
            // The identity document checked at the meeting names the holder (EN 319 412-1).
            MeetingService meetings(service.database(), service.clock(), service.catalogue(),
                                    IdentityDocumentCatalogue::builtIn(), profile);
            if (auto meeting = meetings.open(id); meeting && !meeting->document.number.isEmpty()) {
                inputs.identity = DossierSubject::fromPresentedDocument(meeting->document);
            }
            return inputs;
        },
        [this](Result<PersonalisationInputs> inputs) {
            if (!inputs) {
                showError(tr("Personalise the holder's token"), inputs.error().message);
                return;
            }
            const Product* product = m_deps.products.product(inputs->dossier.productId);
            if (product == nullptr || !product->tokenRequired) {
                showError(tr("Personalise the holder's token"),
                          tr("The product of this dossier is not delivered on a token."));
                return;
            }
            auto* dialog =
                new PersonalisationDialog(*m_deps.tokens, m_deps.worker, *m_deps.atrCatalogue,
                                          inputs->dossier, *product, inputs->identity, m_window);
            if (m_deps.session != nullptr) {
                // The two-reader desk: the operator's own card is never the holder's token.
                dialog->setOperatorToken(m_deps.session->tokenSerial());
            }
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            const qint64 id = inputs->dossier.id;
            // The request was kept, the token linked and the dossier moved with the outbox
            // item (CaRequests::recordTokenRequest); the answer moves it on.
            connect(dialog, &PersonalisationDialog::requestQueued, this, [this, id] {
                if (m_deps.outbox != nullptr) {
                    // Sent now rather than at the sender's next idle look.
                    QMetaObject::invokeMethod(m_deps.outbox, &OutboxSender::wake,
                                              Qt::QueuedConnection);
                }
                emit dossierChanged(id);
            });
            connect(dialog, &PersonalisationDialog::personalised, this,
                    [this, id](const QString& serial) {
                        emit message(tr("Token %1 personalised.").arg(serial));
                        emit dossierChanged(id);
                    });
            dialog->open();
        });
}

void DossierActions::previewForm()
{
    if (m_dossierId <= 0) {
        return;
    }
    using Prepared = InterventionFormSource::Prepared;
    m_deps.worker.run<Result<Prepared>>(
        this,
        [id = m_dossierId, profile = m_deps.operatorProfile,
         language = m_deps.formLanguage](DossierService& service) {
            return InterventionFormSource::prepare(service, id, profile, language);
        },
        [this](Result<Prepared> prepared) {
            if (!prepared) {
                showError(tr("Intervention form"), prepared.error().message);
                return;
            }
            auto* dialog = new FormPreviewDialog(prepared->formTemplate, prepared->data, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

void DossierActions::saveForm()
{
    if (m_dossierId <= 0) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save the intervention form"), tr("intervention-form-%1.pdf").arg(m_dossierId),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    m_deps.worker.run<Status>(
        this,
        [id = m_dossierId, profile = m_deps.operatorProfile, language = m_deps.formLanguage,
         path](DossierService& service) -> Status {
            auto pdf = InterventionFormSource::renderPdf(service, id, profile, language);
            if (!pdf) {
                return pdf.error();
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() ||
                !file.commit()) {
                return Error{ErrorCode::Io,
                             tr("Cannot write %1: %2").arg(path, file.errorString())};
            }
            return Status::success();
        },
        [this, path](Status written) {
            if (!written) {
                showError(tr("Save the intervention form"), written.error().message);
                return;
            }
            emit message(tr("Intervention form saved to %1.").arg(path));
        });
}

void DossierActions::showError(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("dossierActionError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace guichet
