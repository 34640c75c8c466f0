#pragma once

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace guichet {

class WorkstationSettings;

// The workstation's choices: language, database, the CA's terms of use version and the
// session lock. They are stored when the dialog is accepted and take effect the next time
// Guichet starts. The operator is not among them: they log in with their card.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(WorkstationSettings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    void updateState();
    void browse();
    // The database URL chosen, "" for the embedded default; empty optional when invalid.
    std::optional<QString> chosenDatabaseUrl();

    WorkstationSettings& m_settings;
    QComboBox* m_language = nullptr;
    QRadioButton* m_embedded = nullptr;
    QRadioButton* m_sqlite = nullptr;
    QRadioButton* m_postgres = nullptr;
    QLineEdit* m_sqlitePath = nullptr;
    QLineEdit* m_postgresUrl = nullptr;
    QLineEdit* m_termsVersion = nullptr;
    QSpinBox* m_lockMinutes = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace guichet
