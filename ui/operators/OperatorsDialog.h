#pragma once

#include "operators/OperatorAccount.h"

#include <QDialog>
#include <QList>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace guichet {

class DossierWorker;

// The supervisor's view of the operator accounts (operators issue): list them, add one from
// the operator's certificate file, change role, CA registration number, organisation and
// training date, deactivate. Every read and change runs through OperatorService on the
// database worker; the service checks the actor's rights again and audits each change.
class OperatorsDialog : public QDialog {
    Q_OBJECT
public:
    // `actor` is the logged-in operator's account (none: the service refuses changes).
    OperatorsDialog(DossierWorker& worker, std::optional<OperatorAccount> actor,
                    QWidget* parent = nullptr);

    // Registers the operator of this certificate file (PEM or DER) as a DRA operator; the
    // supervisor then sets the role and details. The Add button asks for the file.
    void addFromFile(const QString& path);

signals:
    void accountsShown(); // after each (re)load, for tests and the status bar

private:
    void reload(const QString& selectId = {});
    void showAccounts(const QList<guichet::OperatorAccount>& accounts, const QString& selectId);
    void showSelected();
    void browseCertificate();
    void saveSelected();
    void deactivateSelected();
    void showError(const QString& message);
    void setBusy(bool busy);
    const OperatorAccount* selected() const;

    DossierWorker& m_worker;
    std::optional<OperatorAccount> m_actor;
    QList<OperatorAccount> m_accounts;
    bool m_busy = false;

    QTableWidget* m_table = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_registration = nullptr;
    QLineEdit* m_organisation = nullptr;
    QDateEdit* m_training = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_deactivate = nullptr;
};

} // namespace guichet
