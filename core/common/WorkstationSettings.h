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
    // Production mode (false) also needs the CA profile imported (guichet-cli ca profile
    // import) and, for the holders' tokens, their PKCS#11 module.
    void setTrainingMode(bool training);
    // The CA profile a production window sends to; empty: the only one imported.
    QString caProfile() const;
    void setCaProfile(const QString& id);
    // The PKCS#11 module of the holders' tokens in production mode; empty: the first module
    // registered with p11-kit (training mode always uses SoftHSM2 unless set).
    QString holderTokenModule() const;
    void setHolderTokenModule(const QString& path);

    OperatorIdentity operatorIdentity() const;

    // The operator of a command run without an operator card (the `[operator]` group of the
    // settings file, written by hand or by a deployment tool): what the requirement rules and
    // the intervention form need to know. A card login replaces all of it with the account.
    OperatorRole operatorRole() const;
    QString caRegistrationNumber() const;
    QString operatorOrganisation() const; // the organisation a Certification Agent acts for
    QDate operatorTrainingDate() const;   // VAL-8.3.3-14X/15X

    // The version of the subscriber agreement the holder accepts (REG-6.3.4-07/08), as the
    // CA published it; recorded with the acceptance.
    QString termsOfUseVersion() const;
    void setTermsOfUseVersion(const QString& version);
    OperatorProfile operatorProfile() const;

    // The largest file a document import accepts, in MiB (issue 4: oversized files are refused
    // against a configurable limit); 50 when not set or not a positive number.
    int documentImportLimitMiB() const;
    void setDocumentImportLimitMiB(int mebibytes);

    // Minutes without keyboard or mouse input before the session locks (operators issue);
    // 10 when not set, 0 never locks on inactivity (the card's removal still locks).
    int sessionLockMinutes() const;
    void setSessionLockMinutes(int minutes);
    // The PKCS#11 module of the operators' cards; empty: SoftHSM2 in training mode, else the
    // first module registered with p11-kit.
    QString operatorCardModule() const;
    void setOperatorCardModule(const QString& path);

private:
    mutable QSettings m_settings;
};

} // namespace guichet
