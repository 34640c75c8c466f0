#include "SettingsDialog.h"

#include "common/WorkstationSettings.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace guichet {

SettingsDialog::SettingsDialog(WorkstationSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    // GEN-6.5.5-04: who the operator is, their role, CA registration number and training
    // date come from their account, found by the card they log in with (OperatorsDialog edits
    // accounts); the workstation's settings offer no operator identity to choose.
    m_termsVersion = new QLineEdit(settings.termsOfUseVersion());
    m_termsVersion->setObjectName(QStringLiteral("termsVersionEdit"));

    // Operators issue: the session locks after this long without input (0: only when the
    // operator's card leaves its reader).
    m_lockMinutes = new QSpinBox;
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutesSpin"));
    m_lockMinutes->setRange(0, 240);
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setSpecialValueText(tr("never"));
    m_lockMinutes->setValue(settings.sessionLockMinutes());

    auto* general = new QFormLayout;
    general->addRow(tr("&Language:"), m_language);
    general->addRow(tr("Terms of use &version:"), m_termsVersion);
    general->addRow(tr("Loc&k the session after:"), m_lockMinutes);

    const DatabaseConfig current = settings.database();
    const DatabaseConfig embedded = DatabaseConfig::defaultSqlite();
    m_embedded = new QRadioButton(tr("&Embedded database (this computer only)"));
    m_embedded->setObjectName(QStringLiteral("embeddedDatabaseRadio"));
    m_embedded->setToolTip(embedded.sqlitePath);
    m_sqlite = new QRadioButton(tr("SQLite &file:"));
    m_sqlite->setObjectName(QStringLiteral("sqliteDatabaseRadio"));
    m_sqlitePath = new QLineEdit;
    m_sqlitePath->setObjectName(QStringLiteral("sqlitePathEdit"));
    auto* browseButton = new QPushButton(tr("&Browse…"));
    browseButton->setObjectName(QStringLiteral("browseDatabaseButton"));
    m_postgres = new QRadioButton(tr("&PostgreSQL server (shared by an office):"));
    m_postgres->setObjectName(QStringLiteral("postgresDatabaseRadio"));
    m_postgresUrl = new QLineEdit;
    m_postgresUrl->setObjectName(QStringLiteral("postgresUrlEdit"));
    m_postgresUrl->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/guichet"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_embedded);
    group->addButton(m_sqlite);
    group->addButton(m_postgres);
    if (current.engine == DatabaseConfig::Engine::Postgres) {
        m_postgres->setChecked(true);
        m_postgresUrl->setText(current.toDisplayUrl());
    } else if (current.sqlitePath != embedded.sqlitePath) {
        m_sqlite->setChecked(true);
        m_sqlitePath->setText(current.sqlitePath);
    } else {
        m_embedded->setChecked(true);
    }
    auto* passwordNote = new QLabel(
        tr("The password is never stored: put it in ~/.pgpass or in the PGPASSWORD variable."));
    passwordNote->setWordWrap(true);

    auto* database = new QGroupBox(tr("Database"));
    auto* databaseLayout = new QVBoxLayout(database);
    databaseLayout->addWidget(m_embedded);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_sqlite);
    fileRow->addWidget(m_sqlitePath, 1);
    fileRow->addWidget(browseButton);
    databaseLayout->addLayout(fileRow);
    databaseLayout->addWidget(m_postgres);
    databaseLayout->addWidget(m_postgresUrl);
    databaseLayout->addWidget(passwordNote);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto* restartNote = new QLabel(tr("Changes take effect the next time Guichet starts."));
    restartNote->setObjectName(QStringLiteral("restartNote"));
    restartNote->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveSettingsButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(database);
    layout->addWidget(m_error);
    layout->addWidget(restartNote);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(group, &QButtonGroup::buttonToggled, this, &SettingsDialog::updateState);
    updateState();
}

void SettingsDialog::updateState()
{
    m_sqlitePath->setEnabled(m_sqlite->isChecked());
    m_postgresUrl->setEnabled(m_postgres->isChecked());
}

void SettingsDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Database file"), m_sqlitePath->text(), tr("SQLite databases (*.sqlite *.db)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_sqlite->setChecked(true);
        m_sqlitePath->setText(path);
    }
}

std::optional<QString> SettingsDialog::chosenDatabaseUrl()
{
    if (m_embedded->isChecked()) {
        return QString();
    }
    const QString url =
        (m_sqlite->isChecked() ? m_sqlitePath->text() : m_postgresUrl->text()).trimmed();
    const bool postgres = url.startsWith(u"postgres");
    if (m_postgres->isChecked() && !postgres) {
        m_error->setText(tr("A PostgreSQL address starts with postgresql://"));
        return std::nullopt;
    }
    if (m_sqlite->isChecked() && postgres) {
        m_error->setText(tr("Enter the path of a file, or choose PostgreSQL."));
        return std::nullopt;
    }
    if (const auto config = DatabaseConfig::fromUrl(url); !config) {
        m_error->setText(config.error().message);
        return std::nullopt;
    }
    return url;
}

void SettingsDialog::accept()
{
    const std::optional<QString> url = chosenDatabaseUrl();
    if (!url) {
        m_error->show();
        (m_sqlite->isChecked() ? m_sqlitePath : m_postgresUrl)->setFocus();
        return;
    }
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setDatabaseUrl(*url);
    m_settings.setSessionLockMinutes(m_lockMinutes->value());
    if (!m_termsVersion->text().trimmed().isEmpty()) {
        m_settings.setTermsOfUseVersion(m_termsVersion->text());
    }
    QDialog::accept();
}

} // namespace guichet
