#pragma once

#include <QDialog>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace guichet {

class DossierWorker;
class MasterKeyUnlock;

// Asks for the passphrase of a workstation whose master key a supervisor protected with a
// passphrase instead of the OS keychain (issue 4). The passphrase is typed masked, taken out
// of the field into SecretBytes at once (wiped after use, never logged), and checked with
// scrypt on the dossier worker's thread while a busy bar runs. A wrong passphrase is refused
// with the core's message and the operator tries again; Cancel leaves the window running, and
// identity documents then refuse to be stored or shown, saying why (MasterKeyUnlock).
class PassphrasePrompt : public QDialog {
    Q_OBJECT
public:
    PassphrasePrompt(DossierWorker& worker, std::shared_ptr<MasterKeyUnlock> unlock,
                     QWidget* parent = nullptr);
    ~PassphrasePrompt() override;

    // Asks the worker whether this database's master key is passphrase-protected and, when it
    // is and not yet unlocked, opens the prompt over `window` (window-modal, deleted on
    // close). Nothing is shown for a keychain workstation. `keyUsable` is called once the
    // master key can be had (no passphrase, or the passphrase given); never after a Cancel.
    static void askWhenNeeded(DossierWorker& worker, std::shared_ptr<MasterKeyUnlock> unlock,
                              QWidget* window, std::function<void()> keyUsable = {});

    // Ignored while the passphrase is being checked (the answer is a few hundred ms away).
    void reject() override;

signals:
    void unlocked();

private:
    void tryUnlock();
    void setBusy(bool busy);

    DossierWorker& m_worker;
    std::shared_ptr<MasterKeyUnlock> m_unlock;
    bool m_busy = false;

    QLineEdit* m_passphrase = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace guichet
