#pragma once

#include "common/Operator.h"
#include "storage/DatabaseConfig.h"

#include <QMainWindow>

class QLabel;

namespace guichet {

class DossierEditor;
class DossierListPanel;
class DossierWorker;
class ProductCatalogue;
class ReaderMonitor;
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
    };

    explicit MainWindow(const Dependencies& dependencies, QWidget* parent = nullptr);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    QWidget* createTrainingBanner();
    void createStatusBar(const Dependencies& dependencies);
    void onDatabaseOpened(bool ok, const QString& message);
    void selectDossier(qint64 id);
    void newDossier();
    void openSettings();

    WorkstationSettings& m_settings;
    DossierListPanel* m_list = nullptr;
    DossierEditor* m_editor = nullptr;
    QLabel* m_databaseLabel = nullptr;
};

} // namespace guichet
