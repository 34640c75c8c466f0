#pragma once

#include "crypto/SecretBytes.h"
#include "token/PinPolicy.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace guichet {

// The holder chooses the PIN; the operator never sees it (RGS). First a screen asks the
// operator to turn the screen to the holder and look away; then the PIN and its
// confirmation, never displayed (password echo, no copy, no context menu), checked live
// against the policy (length, trivial PINs refused). On a reader with a pinpad (protected
// authentication path) nothing is typed here: the dialog says to enter the PIN on the reader.
//
// The PIN leaves the line edits once, into SecretBytes (takePin), and the edits are cleared;
// it is never logged.
class HolderPinDialog : public QDialog {
    Q_OBJECT
public:
    HolderPinDialog(const PinPolicy& policy, bool pinpad, QWidget* parent = nullptr);
    ~HolderPinDialog() override;

    // The PIN the holder chose (empty on a pinpad); empties the dialog's copy.
    SecretBytes takePin();
    bool pinpad() const { return m_pinpad; }

private:
    QWidget* makeTurnPage();
    QWidget* makePinPage();
    QWidget* makePinpadPage();
    void showEntry();
    void check();
    void acceptPin();
    void clearEdits();
    SecretBytes typed(QLineEdit* edit) const;

    PinPolicy m_policy;
    bool m_pinpad;
    SecretBytes m_pin;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_edit = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_accept = nullptr;
};

} // namespace guichet
