#include "meeting/FaceStep.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace guichet {

FaceStep::FaceStep(QWidget* parent) : MeetingStep(parent)
{
    setObjectName(QStringLiteral("faceStep"));
    auto* intro = new QLabel(
        tr("Compare the photo on the document with the person in front of you: shape of the "
           "face, eyes, nose, ears. Ask them to remove glasses or anything covering the face."));
    intro->setWordWrap(true);
    m_matches = new QRadioButton(tr("The face &matches the photo on the document"));
    m_matches->setObjectName(QStringLiteral("faceMatches"));
    m_differs = new QRadioButton(tr("The face does &not match the photo"));
    m_differs->setObjectName(QStringLiteral("faceDiffers"));
    m_group = new QButtonGroup(this);
    m_group->addButton(m_matches);
    m_group->addButton(m_differs);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_matches);
    layout->addWidget(m_differs);
    layout->addStretch(1);
    connect(m_matches, &QRadioButton::clicked, this,
            [this] { decide(MeetingDecision::Kind::FaceCompared, true); });
    connect(m_differs, &QRadioButton::clicked, this,
            [this] { decide(MeetingDecision::Kind::FaceCompared, false); });
}

QString FaceStep::title() const
{
    return tr("Face comparison");
}

void FaceStep::load(const Meeting& meeting, const Dossier& dossier)
{
    Q_UNUSED(dossier);
    const MeetingDecision* face = meeting.latest(MeetingDecision::Kind::FaceCompared);
    m_group->setExclusive(false);
    m_matches->setChecked(face != nullptr && face->value);
    m_differs->setChecked(face != nullptr && !face->value);
    m_group->setExclusive(true);
}

QWidget* FaceStep::firstField() const
{
    return m_matches;
}

} // namespace guichet
