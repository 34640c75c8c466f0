#pragma once

#include "meeting/MeetingStep.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace guichet {

class IdentityDocumentCatalogue;

// Step 6: what was recorded, and the "Identity verified" action, refused with the unmet
// rules named while the checklist is not satisfied.
class SummaryStep : public MeetingStep {
    Q_OBJECT
public:
    SummaryStep(const IdentityDocumentCatalogue& documents, QString language,
                QWidget* parent = nullptr);

    QString key() const override { return QStringLiteral("summary"); }
    QString title() const override;
    void load(const Meeting& meeting, const Dossier& dossier) override;
    void storedChanged(const Meeting& meeting) override;
    QWidget* firstField() const override;

    QPushButton* verifyButton() const { return m_verify; }
    void setBusy(bool busy);
    void showOutcome(bool verified, const QString& text);

signals:
    void verifyRequested();

private:
    void showRecap(const Meeting& meeting);

    const IdentityDocumentCatalogue& m_documents;
    QString m_language;
    Dossier m_dossier;
    QLabel* m_recap = nullptr;
    QCheckBox* m_originals = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_outcome = nullptr;
};

} // namespace guichet
