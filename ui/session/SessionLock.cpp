#include "session/SessionLock.h"

#include "session/PinField.h"
#include "session/SessionWorker.h"

#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace guichet {

SessionLock::SessionLock(SessionWorker& session, QMainWindow& window,
                         std::chrono::milliseconds inactivity, QObject* parent)
    : QObject(parent), m_session(session), m_window(window)
{
    m_content = m_window.takeCentralWidget();
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("sessionStack"));
    if (m_content != nullptr) {
        m_stack->addWidget(m_content);
    }
    m_lockScreen = makeLockScreen();
    m_stack->addWidget(m_lockScreen);
    if (m_content != nullptr) {
        m_stack->setCurrentWidget(m_content);
    }
    m_window.setCentralWidget(m_stack);

    m_idle.setSingleShot(true);
    m_idle.setInterval(inactivity);
    connect(&m_idle, &QTimer::timeout, this,
            [this] { m_session.lock(QStringLiteral("inactivity")); });
    connect(&m_session, &SessionWorker::tokenRemoved, this,
            [this] { m_session.lock(QStringLiteral("token-removed")); });
    connect(&m_session, &SessionWorker::locked, this, &SessionLock::cover);
    connect(&m_session, &SessionWorker::unlocked, this, &SessionLock::uncover);
    connect(&m_session, &SessionWorker::unlockFailed, this, [this](const QString& message) {
        m_unlock->setEnabled(true);
        m_pin->setEnabled(true);
        m_message->setText(message);
        m_pin->setFocus();
    });
    if (inactivity.count() > 0) {
        qApp->installEventFilter(this);
        m_idle.start();
    }
}

SessionLock::~SessionLock()
{
    qApp->removeEventFilter(this);
}

QWidget* SessionLock::makeLockScreen()
{
    auto* screen = new QWidget;
    screen->setObjectName(QStringLiteral("lockScreen"));
    m_lockTitle = new QLabel;
    m_lockTitle->setObjectName(QStringLiteral("lockTitle"));
    m_lockTitle->setAlignment(Qt::AlignCenter);
    m_lockTitle->setWordWrap(true);
    m_lockTitle->setTextFormat(Qt::PlainText);
    auto* explanation =
        new QLabel(tr("To unlock, type the PIN of the same operator card. Another operator "
                      "must log this session out first."));
    explanation->setAlignment(Qt::AlignCenter);
    explanation->setWordWrap(true);
    m_pin = makePinField(QStringLiteral("lockPinEdit"), screen);
    m_pin->setMaximumWidth(260);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_unlock = new QPushButton(tr("&Unlock"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    auto* logout = new QPushButton(tr("Log &out"));
    logout->setObjectName(QStringLiteral("lockLogoutButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    buttons->addWidget(logout);
    buttons->addStretch();
    auto* pinRow = new QHBoxLayout;
    pinRow->addStretch();
    pinRow->addWidget(new QLabel(tr("PIN:")));
    pinRow->addWidget(m_pin);
    pinRow->addStretch();
    auto* layout = new QVBoxLayout(screen);
    layout->addStretch();
    layout->addWidget(m_lockTitle);
    layout->addWidget(explanation);
    layout->addLayout(pinRow);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_unlock, &QPushButton::clicked, this, &SessionLock::unlock);
    connect(m_pin, &QLineEdit::returnPressed, this, &SessionLock::unlock);
    connect(logout, &QPushButton::clicked, this, &SessionLock::logoutRequested);
    return screen;
}

void SessionLock::lockNow()
{
    m_session.lock(QStringLiteral("operator"));
}

bool SessionLock::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_locked) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            m_idle.start(); // any input by the operator restarts the count
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void SessionLock::cover()
{
    if (m_locked) {
        return;
    }
    m_locked = true;
    m_idle.stop();
    if (QWidget* popup = QApplication::activePopupWidget()) {
        popup->close();
    }
    // Dialogs and other windows (the audit view) show dossiers in their content and titles:
    // hidden until the operator is back (a hidden dialog keeps its state; one run with exec()
    // ends rejected).
    m_hiddenWindows.clear();
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top != &m_window && top->isVisible()) {
            m_hiddenWindows.append(top);
            top->hide();
        }
    }
    m_hiddenDocks.clear();
    for (QDockWidget* dock : m_window.findChildren<QDockWidget*>()) {
        if (dock->isVisible()) {
            m_hiddenDocks.append(dock);
            dock->hide();
        }
    }
    m_title = m_window.windowTitle();
    m_window.setWindowTitle(tr("Guichet — locked"));
    if (QMenuBar* menus = m_window.menuBar()) {
        menus->setEnabled(false);
    }
    m_lockTitle->setText(tr("Session of %1 locked").arg(m_session.account().displayName));
    m_message->clear();
    m_pin->clear();
    m_pin->setEnabled(true);
    m_unlock->setEnabled(true);
    m_stack->setCurrentWidget(m_lockScreen);
    m_pin->setFocus();
}

void SessionLock::uncover()
{
    if (!m_locked) {
        return;
    }
    m_locked = false;
    m_message->clear();
    if (m_content != nullptr) {
        m_stack->setCurrentWidget(m_content);
    }
    m_window.setWindowTitle(m_title);
    if (QMenuBar* menus = m_window.menuBar()) {
        menus->setEnabled(true);
    }
    for (const QPointer<QDockWidget>& dock : std::as_const(m_hiddenDocks)) {
        if (dock) {
            dock->show();
        }
    }
    for (const QPointer<QWidget>& top : std::as_const(m_hiddenWindows)) {
        if (top) {
            top->show();
        }
    }
    m_hiddenDocks.clear();
    m_hiddenWindows.clear();
    if (m_idle.interval() > 0) {
        m_idle.start();
    }
}

void SessionLock::unlock()
{
    if (!m_locked || m_pin->text().isEmpty() || !m_unlock->isEnabled()) {
        return;
    }
    m_unlock->setEnabled(false);
    m_pin->setEnabled(false);
    m_message->setText(tr("Checking the card…"));
    m_session.unlock(takePin(m_pin));
}

} // namespace guichet
