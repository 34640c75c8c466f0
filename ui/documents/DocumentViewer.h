#pragma once

#include "documents/CertifiedCopy.h"
#include "documents/DocumentAccess.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace guichet {

class DossierWorker;
class PageView;

// A dossier's captured documents: the list (type, date, pages, who captured), the pages
// of the selected one (PageView), and Import…, Export…, Certify copy… and Verify. Every
// decryption, render, import and export runs on the dossier worker's thread; decrypted
// pages stay in memory. A document that fails its integrity check shows the error, never
// an image.
class DocumentViewer : public QWidget {
    Q_OBJECT
public:
    // `keySource` is called on the worker thread the first time a document is opened;
    // `limits` bound imports (the workstation's setting).
    DocumentViewer(DossierWorker& worker, DocumentAccess::KeySourceFactory keySource,
                   QWidget* parent = nullptr, DocumentLimits limits = {});
    ~DocumentViewer() override;

    // Shows this dossier's documents (0: none).
    void setDossier(qint64 dossierId);
    qint64 dossierId() const { return m_dossierId; }
    PageView& pages() { return *m_pages; }
    // The worker-thread side, for other jobs on the same documents (storing a scan).
    std::shared_ptr<DocumentAccess> access() const { return m_access; }
    QList<DocumentInfo> documents() const { return m_documents; }
    qint64 currentDocumentId() const;

    // What the buttons do once the operator has answered the dialogs; each reports through
    // operationFinished.
    void selectDocument(int row);
    void importFile(const QString& path, DocumentType type, std::optional<QDate> paperDate);
    void exportCurrent(const QString& path, DocumentService::ExportFormat format);
    void certifyCurrent(const Certification& certification, const QString& path);
    void verifyCurrent();

signals:
    void documentsLoaded();
    // The selected document is shown, or its error is (ok false).
    void documentOpened(bool ok);
    void operationFinished(bool ok, const QString& message);

private:
    void reload(qint64 selectId = 0);
    void openSelected();
    void showDocuments(const QList<DocumentInfo>& documents, qint64 selectId);
    void finish(bool ok, const QString& message);
    void updateButtons();
    void askImport();
    void askExport();
    void askCertify();

    DossierWorker& m_worker;
    std::shared_ptr<DocumentAccess> m_access; // used only on the worker thread
    qint64 m_dossierId = 0;
    QString m_operatorName; // prefills the certification
    QList<DocumentInfo> m_documents;
    quint64 m_generation = 0; // answers for an earlier selection are dropped
    bool m_busy = false;

    QTableWidget* m_table = nullptr;
    PageView* m_pages = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_certify = nullptr;
    QPushButton* m_verify = nullptr;
};

} // namespace guichet
