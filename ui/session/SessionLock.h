#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

class QDockWidget;
class QLabel;
class QLineEdit;
class QMainWindow;
class QPushButton;
class QStackedWidget;
class QWidget;

namespace guichet {

class SessionWorker;

// Locks the window after a time without keyboard or mouse input, and at once when the
// operator's card leaves its reader (the SessionWorker polls it). While locked a lock screen
// replaces everything the window shows: the central widget, the docks, the menus, the title,
// and the dialogs open over it, so no dossier data stays visible; unlocking needs the card's
// PIN again on the same card, and a different operator must log out first.
class SessionLock : public QObject {
    Q_OBJECT
public:
    // Takes over `window`'s central widget (put under a stack with the lock screen). A zero
    // `inactivity` never locks on inactivity. `session` and `window` must outlive the lock.
    SessionLock(SessionWorker& session, QMainWindow& window, std::chrono::milliseconds inactivity,
                QObject* parent = nullptr);
    ~SessionLock() override;

    bool isLocked() const { return m_locked; }
    void lockNow();

signals:
    void logoutRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* makeLockScreen();
    void cover();
    void uncover();
    void unlock();

    SessionWorker& m_session;
    QMainWindow& m_window;
    QTimer m_idle;
    bool m_locked = false;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_lockScreen = nullptr;
    QLabel* m_lockTitle = nullptr;
    QLineEdit* m_pin = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_unlock = nullptr;
    QString m_title;
    QList<QPointer<QDockWidget>> m_hiddenDocks;
    QList<QPointer<QWidget>> m_hiddenWindows;
};

} // namespace guichet
