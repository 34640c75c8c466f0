#pragma once

#include "common/Operator.h"
#include "documents/DocumentAccess.h"

#include <QObject>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace guichet {

class DossierWorker;
class SessionWorker;

// The evidence entries of the Dossier menu (issue 7): the operator signs the intervention
// form with their card, exports the signed evidence package (ASiC-E) for the CA, and records
// the originals sent by post. The work runs on the dossier worker's thread; the card signs on
// the session's thread (SessionWorker::remoteSigner). Without a logged-in operator the
// signing actions are disabled and say why.
class EvidenceActions : public QObject {
    Q_OBJECT
public:
    struct Dependencies {
        DossierWorker& worker;
        SessionWorker* session = nullptr; // the operator's card; null: nothing can be signed
        std::shared_ptr<DocumentAccess> documents; // the documents tab's; null: none here
        OperatorProfile operatorProfile;
        QString formLanguage; // "fr" or "en"
    };

    EvidenceActions(const Dependencies& dependencies, QMenu& menu, QWidget* window);
    ~EvidenceActions() override;

    void setDossier(qint64 id);

    QAction* signFormAction() const { return m_signForm; }
    QAction* exportAction() const { return m_export; }
    QAction* submitAction() const { return m_submit; }
    QAction* postAction() const { return m_post; }

    // What the menu does after its file dialog (tests call it directly).
    void exportTo(const QString& path);

signals:
    void message(const QString& text);
    void dossierChanged(qint64 id);

private:
    void signForm();
    void exportPackage();
    void submitPackage();
    void recordPost();
    void showError(const QString& title, const QString& text);

    Dependencies m_deps;
    QWidget* m_window;
    QAction* m_signForm;
    QAction* m_export;
    QAction* m_submit;
    QAction* m_post;
    qint64 m_dossierId = 0;
};

} // namespace guichet
