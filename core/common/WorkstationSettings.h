#pragma once

#include "common/Operator.h"
#include "storage/DatabaseConfig.h"

#include <QSettings>
#include <QString>

namespace guichet {

// The choices a workstation keeps between runs (QSettings: the user's config folder on
// Linux, the registry on Windows). No secret is ever stored here.
class WorkstationSettings {
public:
    WorkstationSettings();
    explicit WorkstationSettings(const QString& iniFile); // for tests

    // "" follows the system locale; otherwise "fr" or "en".
    QString language() const;
    void setLanguage(const QString& language);

    // The database URL without password; empty means the embedded default.
    DatabaseConfig database() const;
    void setDatabaseUrl(const QString& url);

    // Production mode is switched on when a CA profile is configured (CA issue); until then
    // every workstation runs in training mode.
    bool trainingMode() const;

    OperatorIdentity operatorIdentity() const;
    void setOperatorName(const QString& name);

private:
    mutable QSettings m_settings;
};

} // namespace guichet
