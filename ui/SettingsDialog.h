#pragma once

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace guichet {

class WorkstationSettings;

// The workstation's choices: language, database and operator name. They are stored when
// the dialog is accepted and take effect the next time Guichet starts.
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
    QString m_initialOperator;
    QComboBox* m_language = nullptr;
    QRadioButton* m_embedded = nullptr;
    QRadioButton* m_sqlite = nullptr;
    QRadioButton* m_postgres = nullptr;
    QLineEdit* m_sqlitePath = nullptr;
    QLineEdit* m_postgresUrl = nullptr;
    QLineEdit* m_operator = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_registration = nullptr;
    QDateEdit* m_trainingDate = nullptr;
    QLineEdit* m_termsVersion = nullptr;
    QSpinBox* m_lockMinutes = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace guichet
