#include "MainWindow.h"

#include "AboutDialog.h"
#include "DossierActions.h"
#include "DossierEditor.h"
#include "DossierListPanel.h"
#include "DossierWorkspace.h"
#include "ReaderPanel.h"
#include "SettingsDialog.h"
#include "audit/AuditView.h"
#include "common/Clock.h"
#include "common/WorkstationSettings.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "operators/CardLogin.h"
#include "operators/OperatorsDialog.h"
#include "outbox/OutboxPanel.h"
#include "outbox/OutboxStatusIndicator.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"
#include "session/RoleGate.h"
#include "session/SessionLock.h"
#include "session/SessionWorker.h"
#include "smartcard/AtrCatalogue.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace guichet {

MainWindow::MainWindow(const Dependencies& dependencies, QWidget* parent)
    : QMainWindow(parent), m_settings(dependencies.settings), m_worker(dependencies.worker),
      m_session(dependencies.session)
{
    // Operators issue: the logged-in operator's account decides who acts and what they may
    // do; the settings' profile stands in only where no one logged in (tests, start-up check).
    m_profile = m_session != nullptr ? m_session->account().profile()
                                     : dependencies.settings.operatorProfile();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(dependencies.settings.trainingMode() ? tr("Guichet — training") : tr("Guichet"));

    m_list =
        new DossierListPanel(dependencies.worker, dependencies.catalogue, dependencies.language);
    m_editor =
        new DossierEditor(dependencies.worker, dependencies.catalogue, dependencies.language);
    createDossierWorkspace(dependencies);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_workspace);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({780, 500}); // the list needs its columns more than the form

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    if (dependencies.settings.trainingMode()) {
        layout->addWidget(createTrainingBanner());
    }
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    createMenus();
    menuBar()->addMenu(m_actions->menu());
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    if (dependencies.outbox != nullptr) {
        createOutboxView(*dependencies.outbox);
    }
    if (dependencies.readers != nullptr) {
        auto* readers = new ReaderPanel(*dependencies.readers, AtrCatalogue::builtIn(), this);
        addDockWidget(Qt::BottomDockWidgetArea, readers);
        resizeDocks({readers}, {150}, Qt::Vertical); // the dossiers keep most of the window
        QAction* toggle = readers->toggleViewAction();
        toggle->setObjectName(QStringLiteral("readerPanelAction"));
        m_viewMenu->addAction(toggle);
    }
    createSessionActions(dependencies);
    createHelpMenu();
    createStatusBar(dependencies);
    resize(1280, 800);

    connect(&dependencies.worker, &DossierWorker::opened, this, &MainWindow::onDatabaseOpened);
    connect(m_list, &DossierListPanel::dossierSelected, this, &MainWindow::selectDossier);
    connect(m_list, &DossierListPanel::dossierActivated, m_editor, &DossierEditor::focusForm);
    connect(m_list, &DossierListPanel::newDossierRequested, this, &MainWindow::newDossier);
    connect(m_editor, &DossierEditor::dossierChanged, m_list, &DossierListPanel::reload);
    connect(m_editor, &DossierEditor::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_actions, &DossierActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    // The meeting and the token move the dossier: the list and the editor show it.
    connect(m_workspace, &DossierWorkspace::dossierChanged, this, &MainWindow::onDossierMoved);
    connect(m_actions, &DossierActions::dossierChanged, this, &MainWindow::onDossierMoved);
}

void MainWindow::createDossierWorkspace(const Dependencies& dependencies)
{
    const bool withMeeting = dependencies.meetings != nullptr && dependencies.clock != nullptr;
    static const SystemClock systemClock;
    m_workspace = new DossierWorkspace(
        {*m_editor, dependencies.worker, dependencies.catalogue,
         dependencies.clock != nullptr ? *dependencies.clock : systemClock, dependencies.language,
         withMeeting ? dependencies.meetings : nullptr, &IdentityDocumentCatalogue::builtIn(),
         dependencies.settings.termsOfUseVersion(), dependencies.documentKeys});
    m_actions = new DossierActions(
        {dependencies.worker, *m_workspace, dependencies.catalogue, m_profile,
         dependencies.language == u"en" ? QStringLiteral("en") : QStringLiteral("fr"),
         dependencies.documentKeys ? dependencies.scanner : nullptr, dependencies.tokens,
         &AtrCatalogue::builtIn(), dependencies.session, dependencies.outbox,
         dependencies.keyUpdate},
        this);
}

void MainWindow::createOutboxView(OutboxSender& outbox)
{
    auto* dock = new QDockWidget(tr("Outbox"), this);
    dock->setObjectName(QStringLiteral("outboxDock"));
    dock->setWidget(new OutboxPanel(&outbox, dock));
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide(); // the indicator says when to look
    QAction* toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("outboxPanelAction"));
    m_viewMenu->addAction(toggle);
    auto* indicator = new OutboxStatusIndicator(&outbox, this);
    statusBar()->addPermanentWidget(indicator);
}

void MainWindow::onDossierMoved(qint64 id)
{
    m_list->reload(id);
    if (id == m_editor->dossierId() && !m_editor->isModified()) {
        m_editor->open(id);
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New dossier"), this, &MainWindow::newDossier);
    newAction->setObjectName(QStringLiteral("newDossierAction"));
    newAction->setShortcut(QKeySequence::New);
    QAction* save = file->addAction(tr("&Save"), m_editor, &DossierEditor::save);
    save->setObjectName(QStringLiteral("saveAction"));
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction* settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find dossier"), m_list, &DossierListPanel::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
}

QWidget* MainWindow::createTrainingBanner()
{
    auto* banner = new QLabel(tr("TRAINING MODE — nothing done here is real: certificates "
                                 "issued in training have no value."));
    banner->setObjectName(QStringLiteral("trainingBanner"));
    banner->setAlignment(Qt::AlignCenter);
    banner->setWordWrap(true);
    // Fixed colours, not the palette: the banner must look the same in every theme.
    banner->setStyleSheet(QStringLiteral("QLabel#trainingBanner { background: #f9a825; "
                                         "color: #1a1a1a; font-weight: bold; padding: 6px; "
                                         "border: 1px solid #c17900; border-radius: 3px; }"));
    banner->setAccessibleName(tr("Training mode"));
    return banner;
}

void MainWindow::createStatusBar(const Dependencies& dependencies)
{
    auto* mode = new QLabel(dependencies.settings.trainingMode() ? tr("Training mode")
                                                                 : tr("Production mode"));
    mode->setObjectName(QStringLiteral("modeLabel"));
    m_databaseLabel = new QLabel(tr("Database: %1").arg(dependencies.database.toDisplayUrl()));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setToolTip(tr("Opening…"));
    auto* actor =
        new QLabel(m_session != nullptr
                       ? tr("Operator: %1 (%2)")
                             .arg(m_profile.identity.displayName, operatorRoleName(m_profile.role))
                       : tr("Operator: %1").arg(dependencies.actor.displayName));
    actor->setObjectName(QStringLiteral("operatorLabel"));
    statusBar()->addPermanentWidget(actor);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(mode);
}

void MainWindow::onDatabaseOpened(bool ok, const QString& message)
{
    if (ok) {
        m_databaseLabel->setToolTip(tr("Open"));
        m_list->activate();
        return;
    }
    m_databaseLabel->setToolTip(message);
    m_list->showUnavailable(message);
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Guichet"),
                                tr("The database could not be opened."), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("databaseErrorMessage"));
    box->setInformativeText(message + u'\n' +
                            tr("Check the database in Settings, then restart Guichet."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::selectDossier(qint64 id)
{
    if (id == m_editor->dossierId()) {
        return;
    }
    if (!m_editor->confirmDiscard()) {
        m_list->selectDossier(m_editor->dossierId()); // stay where the edits are
        return;
    }
    m_editor->open(id);
    m_workspace->setDossier(id);
    m_actions->setDossier(id);
}

void MainWindow::newDossier()
{
    if (!m_editor->confirmDiscard()) {
        return;
    }
    m_list->selectDossier(0);
    m_editor->startNew();
    m_workspace->setDossier(0);
    m_actions->setDossier(0);
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(
            tr("Settings saved. They take effect the next time Guichet starts."), 8000);
    });
    dialog->open();
}

void MainWindow::createSessionActions(const Dependencies& dependencies)
{
    QMenu* menu = menuBar()->addMenu(tr("&Operator"));
    menu->setObjectName(QStringLiteral("operatorMenu"));
    menu->setToolTipsVisible(true); // a disabled action says why
    QAction* operators = menu->addAction(tr("Manage &operators…"), this, [this] {
        auto* dialog = new OperatorsDialog(
            m_worker, m_session != nullptr ? std::optional(m_session->account()) : std::nullopt,
            this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    operators->setObjectName(QStringLiteral("operatorsAction"));
    const QDate today = (dependencies.clock != nullptr ? dependencies.clock->nowUtc()
                                                       : QDateTime::currentDateTimeUtc())
                            .date();
    gateAction(operators, m_profile, Permission::ManageOperators, today);
    QAction* audit = menu->addAction(tr("&Audit trail…"), this, &MainWindow::showAuditTrail);
    audit->setObjectName(QStringLiteral("auditViewAction"));
    gateAction(audit, m_profile, Permission::ViewAudit, today);
    if (m_session == nullptr) {
        return;
    }
    m_lock = new SessionLock(*m_session, *this, dependencies.lockAfter, this);
    menu->addSeparator();
    QAction* lock = menu->addAction(tr("&Lock the session"), m_lock, &SessionLock::lockNow);
    lock->setObjectName(QStringLiteral("lockSessionAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* logout = menu->addAction(tr("Log o&ut"), this, &MainWindow::logOut);
    logout->setObjectName(QStringLiteral("logoutAction"));
    // From the lock screen: whoever logs the locked session out drops its unsaved edits.
    connect(m_lock, &SessionLock::logoutRequested, this, [this] {
        m_loggingOut = true;
        m_session->logout();
    });
    connect(m_session, &SessionWorker::loggedOut, this, [this] {
        m_loggingOut = true;
        emit loggedOut();
    });
}

void MainWindow::showAuditTrail()
{
    // Checkpoint signatures are checked against the workstation's trust anchors, read on the
    // worker like everything from the database.
    m_worker.run<Result<QList<QByteArray>>>(
        this,
        [training = m_settings.trainingMode()](DossierService& service) {
            return CardLogin::workstationTrustAnchors(service.database(), training);
        },
        [this](Result<QList<QByteArray>> anchors) {
            auto* view = new AuditView(m_worker, this);
            view->setWindowFlag(Qt::Window);
            view->setAttribute(Qt::WA_DeleteOnClose);
            if (anchors) {
                view->setTrustAnchors(*anchors);
            }
            view->show();
        });
}

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Guichet"), this, [this] {
        auto* dialog = new AboutDialog(m_settings.trainingMode(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::logOut()
{
    if (!m_editor->confirmDiscard()) {
        return;
    }
    m_loggingOut = true;
    m_session->logout(); // audited; loggedOut() follows
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_loggingOut || m_editor->confirmDiscard()) {
        event->accept();
    } else {
        event->ignore();
    }
}

} // namespace guichet
