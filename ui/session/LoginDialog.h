#pragma once

#include "token/TokenTypes.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace guichet {

class SessionWorker;

// The operator's multi-factor login (GEN-6.5.5-04): their card in a reader and its PIN. The
// tokens present are listed by the SessionWorker on its thread; the PIN is typed masked,
// taken out of the field into SecretBytes at once, and checked on the worker, with a busy
// bar and Cancel while it runs. Refusals (wrong PIN and tries left, certificate refused, no
// account) are shown as the core words them. In training mode with no operator account yet,
// the dialog offers to create the training operator card with a PIN typed twice.
// Accepted once the operator is logged in; the session is the worker's.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    // `session` must outlive the dialog; it is started here if it is not yet.
    explicit LoginDialog(SessionWorker& session, QWidget* parent = nullptr);
    ~LoginDialog() override;

    void reject() override;

private:
    void onReady(bool ok, const QString& message);
    void refresh();
    void showTokens(const QList<guichet::TokenInfo>& tokens);
    void showAccounts(bool anyAccount, bool trainingCardPossible);
    void logIn();
    void createTrainingCard();
    void onLoginFailed(const QString& message);
    void setBusy(bool busy, const QString& what = {});
    void showMessage(const QString& text, bool error);
    void updateButtons();

    SessionWorker& m_session;
    QList<TokenInfo> m_tokens;
    QString m_preferredSerial; // the training card just made
    bool m_busy = false;

    QComboBox* m_tokenBox = nullptr;
    QPushButton* m_refresh = nullptr;
    QLineEdit* m_pin = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_login = nullptr;
    QPushButton* m_cancel = nullptr;
    QGroupBox* m_training = nullptr;
    QLineEdit* m_newName = nullptr;
    QLineEdit* m_newPin = nullptr;
    QLineEdit* m_newPinAgain = nullptr;
    QPushButton* m_createCard = nullptr;
};

} // namespace guichet
