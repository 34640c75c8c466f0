#include "meeting/FeaturesStep.h"

#include "identity/IdentityDocumentCatalogue.h"

#include <QCheckBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace guichet {

namespace {
constexpr int kRequiredFeatures = 3; // VAL-8.3.3-07X: at least three different features
}

FeaturesStep::FeaturesStep(const IdentityDocumentCatalogue& documents, QString language,
                           QWidget* parent)
    : MeetingStep(parent), m_documents(documents), m_language(std::move(language))
{
    setObjectName(QStringLiteral("featuresStep"));
    m_intro = new QLabel;
    m_intro->setObjectName(QStringLiteral("featuresIntro"));
    m_intro->setWordWrap(true);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("featuresCount"));
    m_list = new QWidget;
    m_listLayout = new QVBoxLayout(m_list);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_count);
    rebuild();
}

QString FeaturesStep::title() const
{
    return tr("Security features");
}

void FeaturesStep::load(const Meeting& meeting, const Dossier& dossier)
{
    Q_UNUSED(dossier);
    m_typeId = meeting.document.typeId;
    m_suggested = meeting.suggestedFeatures;
    m_checked = meeting.checkedFeatures();
    rebuild();
}

void FeaturesStep::storedChanged(const Meeting& meeting)
{
    // The core draws the suggestion once the type is saved; ticks stay as the operator left
    // them (their decisions may still be on their way).
    if (meeting.suggestedFeatures != m_suggested && meeting.document.typeId == m_typeId) {
        m_suggested = meeting.suggestedFeatures;
        rebuild();
    }
}

void FeaturesStep::setType(const QString& typeId)
{
    if (typeId != m_typeId) {
        m_typeId = typeId;
        m_suggested.clear(); // drawn again for the new type
        rebuild();
    }
}

QWidget* FeaturesStep::firstField() const
{
    QCheckBox* first = m_list->findChild<QCheckBox*>();
    return first != nullptr ? static_cast<QWidget*>(first) : m_list;
}

void FeaturesStep::rebuild()
{
    qDeleteAll(m_list->findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
    m_boxes.clear();
    while (m_listLayout->count() > 0) {
        delete m_listLayout->takeAt(0);
    }
    const IdentityDocumentType* type = m_documents.type(m_typeId);
    if (type == nullptr) {
        m_intro->setText(tr("Choose the document type in the previous step first."));
        updateCount();
        return;
    }
    QStringList suggestedNames;
    for (const QString& id : m_suggested) {
        if (const SecurityFeature* feature = m_documents.feature(id)) {
            suggestedNames.append(feature->name.in(m_language));
        }
    }
    m_intro->setText(
        suggestedNames.isEmpty()
            ? tr("Check at least %1 different features, optical and tactile, on the document "
                 "in hand. A random suggestion appears once the document type is saved.")
                  .arg(kRequiredFeatures)
            : tr("Check at least %1 different features, optical and tactile, on the document in "
                 "hand. Suggested at random for this meeting: %2.")
                  .arg(kRequiredFeatures)
                  .arg(suggestedNames.join(tr(", "))));
    for (const SecurityFeature* feature : m_documents.featuresOf(*type)) {
        const bool suggested = m_suggested.contains(feature->id);
        auto* box = new QCheckBox(suggested ? tr("%1 (suggested)").arg(feature->name.in(m_language))
                                            : feature->name.in(m_language));
        box->setObjectName(QStringLiteral("feature-%1").arg(feature->id));
        box->setChecked(m_checked.contains(feature->id));
        box->setProperty("suggested", suggested);
        if (suggested) {
            QFont bold = box->font();
            bold.setBold(true);
            box->setFont(bold);
        }
        const QString hint = feature->hint.in(m_language);
        box->setToolTip(hint);
        auto* hintLabel = new QLabel(hint);
        hintLabel->setWordWrap(true);
        hintLabel->setIndent(24);
        hintLabel->setEnabled(false); // dimmed: an explanation, not a value
        m_listLayout->addWidget(box);
        m_listLayout->addWidget(hintLabel);
        m_boxes.insert(feature->id, box);
        const QString id = feature->id;
        connect(box, &QCheckBox::clicked, this, [this, id](bool on) {
            if (on && !m_checked.contains(id)) {
                m_checked.append(id);
            } else if (!on) {
                m_checked.removeAll(id);
            }
            updateCount();
            decide(MeetingDecision::Kind::SecurityFeatureChecked, on, id);
        });
    }
    m_listLayout->addStretch(1);
    updateCount();
}

void FeaturesStep::updateCount()
{
    int checked = 0;
    for (const QCheckBox* box : std::as_const(m_boxes)) {
        checked += box->isChecked() ? 1 : 0;
    }
    m_count->setText(checked >= kRequiredFeatures
                         ? tr("%n feature(s) checked.", nullptr, checked)
                         : tr("%n feature(s) checked; at least %1 are required.", nullptr, checked)
                               .arg(kRequiredFeatures));
}

} // namespace guichet
