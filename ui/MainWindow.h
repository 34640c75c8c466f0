#pragma once

#include "common/Operator.h"
#include "documents/DocumentAccess.h"
#include "storage/DatabaseConfig.h"

#include <QMainWindow>

class QLabel;
class QMenu;

namespace guichet {

class Clock;
class DossierActions;
class DossierEditor;
class DossierListPanel;
class DossierWorker;
class DossierWorkspace;
class MeetingWorker;
class OutboxSender;
class ProductCatalogue;
class ReaderMonitor;
class ScanWorker;
class TokenService;
class WorkstationSettings;

// The workstation's window: the dossier list beside the dossier being edited, the mode and
// the database in the status bar, and in training mode a banner nobody can miss. It wires
// the parts together and knows none of their details.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Everything the window uses, made by the caller (app/ or a test).
    struct Dependencies {
        DossierWorker& worker; // call worker.start() once the window exists
        WorkstationSettings& settings;
        const ProductCatalogue& catalogue;
        DatabaseConfig database; // the one this run uses (settings or --db)
        OperatorIdentity actor;
        QString language;                 // "fr" or "en", as installTranslations() chose
        ReaderMonitor* readers = nullptr; // the reader panel is shown when there is one
        // The rest of the desk; each part is left out of the window when it is not given.
        const Clock* clock = nullptr;
        MeetingWorker* meetings = nullptr;                  // the meeting tab (needs clock)
        DocumentAccess::KeySourceFactory documentKeys = {}; // the documents tab
        ScanWorker* scanner = nullptr;                      // scanning (needs documentKeys)
        TokenService* tokens = nullptr;                     // token personalisation
        OutboxSender* outbox = nullptr;                     // the outbox view and its indicator
    };

    explicit MainWindow(const Dependencies& dependencies, QWidget* parent = nullptr);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createDossierWorkspace(const Dependencies& dependencies);
    void createOutboxView(OutboxSender& outbox);
    QWidget* createTrainingBanner();
    void createStatusBar(const Dependencies& dependencies);
    void onDatabaseOpened(bool ok, const QString& message);
    void selectDossier(qint64 id);
    void onDossierMoved(qint64 id);
    void newDossier();
    void openSettings();

    WorkstationSettings& m_settings;
    DossierListPanel* m_list = nullptr;
    DossierEditor* m_editor = nullptr;
    DossierWorkspace* m_workspace = nullptr;
    DossierActions* m_actions = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_databaseLabel = nullptr;
};

} // namespace guichet
