#pragma once

#include "domain/DossierStatus.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace guichet {

// Asks for the next status of a dossier, among those the status machine allows, and for
// the reason when the move needs one. The caller applies the change once it is accepted.
class StatusChangeDialog : public QDialog {
    Q_OBJECT
public:
    explicit StatusChangeDialog(DossierStatus current, QWidget* parent = nullptr);

    DossierStatus chosenStatus() const;
    QString reason() const;

private:
    void updateState();

    DossierStatus m_current;
    QListWidget* m_choices = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace guichet
