#pragma once

#include "meeting/MeetingStep.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace guichet {

// Step 5, for products that certify a person acting for an organisation: the SIREN or
// SIRET checked as it is typed, and the mandate (RGS: less than 3 months old, countersigned
// by the holder; co-signed when a Certification Agent acts).
class OrganisationStep : public MeetingStep {
    Q_OBJECT
public:
    explicit OrganisationStep(QWidget* parent = nullptr);

    QString key() const override { return QStringLiteral("organisation"); }
    QString title() const override;
    void load(const Meeting& meeting, const Dossier& dossier) override;
    void writeTo(Meeting& meeting) const override;
    QWidget* firstField() const override;

signals:
    // A valid identifier the operator typed, different from the dossier's: the dossier is
    // updated with it.
    void organisationIdEdited(const QString& identifier);

private:
    void checkIdentifier();
    void onEdited();

    QLineEdit* m_identifier = nullptr;
    QLabel* m_identifierStatus = nullptr;
    QLineEdit* m_representative = nullptr;
    QLineEdit* m_mandateDate = nullptr;
    QLabel* m_dateProblem = nullptr;
    QCheckBox* m_countersigned = nullptr;
    QCheckBox* m_coSigned = nullptr;
    QString m_storedIdentifier;
    bool m_loading = false;
};

} // namespace guichet
