#pragma once

#include "documents/Document.h"
#include "documents/DocumentService.h"
#include "scan/ScanTypes.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace guichet {

class DossierService;
class DossierWorker;
class ScanWorker;

// Scanning paper into a dossier: choose the scanner, source, colour mode and resolution
// (only what the device offers), preview, scan one page or a feeder batch, watch the pages
// arrive as thumbnails, cancel at any time, then store them as one document of the chosen
// type. Every scanner call runs on ScanWorker's thread and the storing on the dossier
// worker's thread; this dialog only queues jobs and shows answers.
class ScanDialog : public QDialog {
    Q_OBJECT
public:
    // Stores the pages on the dossier worker's thread (DocumentService::addScannedPages with
    // that thread's encryption service).
    using StoreJob = std::function<Result<DocumentInfo>(DossierService&, const DocumentRequest&,
                                                        const QList<QImage>&)>;

    ScanDialog(ScanWorker& scanner, DossierWorker& dossiers, StoreJob storeJob, qint64 dossierId,
               QWidget* parent = nullptr);

    QList<QImage> pages() const { return m_pages; }

signals:
    void documentStored(const guichet::DocumentInfo& document);

private:
    void buildLayout();
    void loadDevices();
    void loadCapabilities();
    void showCapabilities(const ScannerCapabilities& caps);
    void startScan(bool preview);
    void scanFinished(const ScanOutcome& outcome, bool preview);
    void addPage(const QImage& page);
    void clearPages();
    void store();
    void setBusy(bool busy);
    void updateButtons();
    ScanSettings currentSettings() const;

    ScanWorker& m_scanner;
    DossierWorker& m_dossiers;
    StoreJob m_store;
    qint64 m_dossierId;
    bool m_busy = false;
    bool m_ready = false;      // a device and its capabilities are known
    bool m_previewing = false; // the running scan is a preview: its page is not kept
    QList<QImage> m_pages;

    QComboBox* m_device = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_resolution = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_scan = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_clear = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_previewImage = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_thumbnails = nullptr;
    QComboBox* m_type = nullptr;
    QCheckBox* m_hasPaperDate = nullptr;
    QDateEdit* m_paperDate = nullptr;
    QPushButton* m_storeButton = nullptr;
};

} // namespace guichet
