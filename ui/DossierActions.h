#pragma once

#include "ca/renewal/KeyUpdateJob.h"
#include "common/Operator.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace guichet {

class AtrCatalogue;
class CertificateActions;
class DossierWorker;
class DossierWorkspace;
class EvidenceActions;
class OutboxSender;
class SessionWorker;
class ProductCatalogue;
class ScanWorker;
class TokenService;

// The "Dossier" menu: what an operator does to the selected dossier besides editing it —
// scan a paper, personalise the holder's token, print or save the intervention form. Each
// action gathers what it needs on a worker thread, then opens its dialog.
class DossierActions : public QObject {
    Q_OBJECT
public:
    struct Dependencies {
        DossierWorker& worker;
        DossierWorkspace& workspace;
        const ProductCatalogue& products;
        OperatorProfile operatorProfile;
        QString formLanguage;           // "fr" or "en"
        ScanWorker* scanner = nullptr;  // no scan action without it
        TokenService* tokens = nullptr; // no personalisation without it
        const AtrCatalogue* atrCatalogue = nullptr;
        SessionWorker* session = nullptr; // the operator's card: signatures, never the holder's
        OutboxSender* outbox = nullptr;   // woken when a request is queued
        // Where a key update goes (no key update action without it and `tokens`).
        std::optional<KeyUpdateCaConfig> keyUpdate = {};
    };

    DossierActions(const Dependencies& dependencies, QWidget* window);

    QMenu* menu() const { return m_menu; }
    // The dossier the actions apply to (0: none saved yet).
    void setDossier(qint64 id);

signals:
    void message(const QString& text);
    void dossierChanged(qint64 id);

private:
    void scan();
    void personalise();
    void previewForm();
    void saveForm();
    void showError(const QString& title, const QString& message);

    Dependencies m_deps;
    QWidget* m_window;
    QMenu* m_menu;
    QAction* m_meeting = nullptr;
    QAction* m_documents = nullptr;
    QAction* m_scan = nullptr;
    QAction* m_personalise = nullptr;
    QAction* m_preview = nullptr;
    QAction* m_saveForm = nullptr;
    qint64 m_dossierId = 0;
    bool m_tokensReady = false;
    CertificateActions* m_certificates = nullptr; // renewal and revocation (ui/ca)
    EvidenceActions* m_evidence = nullptr;        // signed form, evidence package, post
};

} // namespace guichet
