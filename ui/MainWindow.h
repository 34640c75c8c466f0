#pragma once

#include "ca/renewal/KeyUpdateJob.h"
#include "common/Operator.h"
#include "documents/DocumentAccess.h"
#include "storage/DatabaseConfig.h"

#include <QMainWindow>
#include <chrono>

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
class SessionLock;
class SessionWorker;
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
        std::optional<KeyUpdateCaConfig> keyUpdate = {};    // key updates (needs tokens)
        // The logged-in operator (operators issue): the profile and role come from the
        // account, the window locks after `lockAfter` without input (0: never) or when the
        // card goes, and logs out. Without it the settings' profile is used (tests, checks).
        SessionWorker* session = nullptr;
        std::chrono::milliseconds lockAfter = std::chrono::minutes(10);
    };

    explicit MainWindow(const Dependencies& dependencies, QWidget* parent = nullptr);

    // Who works in this window: the logged-in operator's account, else the settings.
    const OperatorProfile& operatorProfile() const { return m_profile; }
    // The operator's card session (null without login): signatures go through its worker
    // (SessionWorker::withSigner), and its token serial is never the holder's token.
    SessionWorker* session() const { return m_session; }

signals:
    // The operator logged out (audited); the caller closes the window or asks for a login.
    void loggedOut();

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
    void createSessionActions(const Dependencies& dependencies);
    void createHelpMenu();
    void showAuditTrail();
    void logOut();

    WorkstationSettings& m_settings;
    DossierWorker& m_worker;
    OperatorProfile m_profile;
    SessionWorker* m_session = nullptr;
    SessionLock* m_lock = nullptr;
    bool m_loggingOut = false;
    DossierListPanel* m_list = nullptr;
    DossierEditor* m_editor = nullptr;
    DossierWorkspace* m_workspace = nullptr;
    DossierActions* m_actions = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_databaseLabel = nullptr;
};

} // namespace guichet
