#pragma once

#include "meeting/MeetingStep.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace guichet {

class Clock;
class IdentityDocumentCatalogue;
class MrzPanel;
struct IdentityDocumentType;

// Step 2: the ID document in hand (REG-6.2.2-18, REG-6.4.5-04 a/b, VAL-8.3.3-10): type,
// number, issuer, dates, the visual zone, and the MRZ validated live and compared with the
// visual zone; then the certified copy.
class DocumentStep : public MeetingStep {
    Q_OBJECT
public:
    DocumentStep(const IdentityDocumentCatalogue& documents, const Clock& clock, QString language,
                 QWidget* parent = nullptr);

    QString key() const override { return QStringLiteral("document"); }
    QString title() const override;
    void load(const Meeting& meeting, const Dossier& dossier) override;
    void writeTo(Meeting& meeting) const override;
    QWidget* firstField() const override;

    QString typeId() const;

signals:
    void typeChanged(const QString& typeId);

private:
    QLineEdit* addLine(const QString& objectName);
    const IdentityDocumentType* currentType() const;
    void onTypeChanged();
    void onEdited();
    void compare();

    const IdentityDocumentCatalogue& m_documents;
    QString m_language;
    QComboBox* m_type = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_state = nullptr;
    QLineEdit* m_authority = nullptr;
    QLineEdit* m_issue = nullptr;
    QLineEdit* m_expiry = nullptr;
    QLineEdit* m_surnames = nullptr;
    QLineEdit* m_givenNames = nullptr;
    QLineEdit* m_birth = nullptr;
    QLabel* m_dateProblems = nullptr;
    MrzPanel* m_mrz = nullptr;
    QLabel* m_comparison = nullptr;
    QCheckBox* m_copy = nullptr;
    bool m_loading = false;
};

} // namespace guichet
