#pragma once

#include "meeting/MeetingStep.h"

class QButtonGroup;
class QRadioButton;

namespace guichet {

// Step 4: the operator compares the face on the document with the person in front of them
// (BIN-8.4.4-01X); the verdict is a recorded decision.
class FaceStep : public MeetingStep {
    Q_OBJECT
public:
    explicit FaceStep(QWidget* parent = nullptr);

    QString key() const override { return QStringLiteral("face"); }
    QString title() const override;
    void load(const Meeting& meeting, const Dossier& dossier) override;
    QWidget* firstField() const override;

private:
    QRadioButton* m_matches = nullptr;
    QRadioButton* m_differs = nullptr;
    QButtonGroup* m_group = nullptr;
};

} // namespace guichet
