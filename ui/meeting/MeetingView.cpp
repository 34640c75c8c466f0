#include "meeting/MeetingView.h"

#include "domain/ProductCatalogue.h"
#include "meeting/ChecklistPanel.h"
#include "meeting/ConsentStep.h"
#include "meeting/DocumentStep.h"
#include "meeting/FaceStep.h"
#include "meeting/FeaturesStep.h"
#include "meeting/OrganisationStep.h"
#include "meeting/SummaryStep.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace guichet {

MeetingView::MeetingView(const Dependencies& dependencies, QWidget* parent)
    : QWidget(parent), m_products(dependencies.products)
{
    setObjectName(QStringLiteral("meetingView"));
    m_sync = std::make_unique<MeetingSync>(dependencies.worker, [this](Meeting& meeting) {
        for (const MeetingStep* step : std::as_const(m_steps)) {
            step->writeTo(meeting);
        }
        meeting.step = currentStepKey();
    });

    m_title = new QLabel(tr("Face-to-face meeting"));
    m_title->setObjectName(QStringLiteral("meetingTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("meetingBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("color: #b00020"));
    m_banner->hide();
    m_reload = new QPushButton(tr("Re&load the meeting"));
    m_reload->setObjectName(QStringLiteral("reloadMeeting"));
    m_reload->hide();

    m_stepList = new QListWidget;
    m_stepList->setObjectName(QStringLiteral("meetingSteps"));
    m_stepList->setAccessibleName(tr("Steps of the meeting"));
    m_stepList->setMaximumWidth(220);
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("meetingStack"));
    m_checklist = new ChecklistPanel;
    buildSteps(dependencies);

    m_previous = new QPushButton(tr("← Previous step"));
    m_previous->setObjectName(QStringLiteral("previousStep"));
    m_previous->setToolTip(tr("Ctrl+PgUp or Alt+Left"));
    m_next = new QPushButton(tr("Next step →"));
    m_next->setObjectName(QStringLiteral("nextStep"));
    m_next->setToolTip(tr("Enter, Ctrl+PgDown or Alt+Right"));
    m_saveState = new QLabel;
    m_saveState->setObjectName(QStringLiteral("saveState"));

    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_reload);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_stepList);
    middle->addWidget(m_stack, 1);
    middle->addWidget(m_checklist);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_saveState, 1);
    footer->addWidget(m_previous);
    footer->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(bannerRow);
    layout->addLayout(middle, 1);
    layout->addLayout(footer);
    setEnabled(false); // until the meeting is read

    const auto shortcut = [this](QKeySequence keys, void (MeetingView::*slot)()) {
        auto* action = new QShortcut(keys, this);
        action->setContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), &MeetingView::nextStep);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), &MeetingView::nextStep);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), &MeetingView::previousStep);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), &MeetingView::previousStep);

    connect(m_stepList, &QListWidget::currentRowChanged, this, &MeetingView::goToStep);
    connect(m_previous, &QPushButton::clicked, this, &MeetingView::previousStep);
    connect(m_next, &QPushButton::clicked, this, &MeetingView::nextStep);
    connect(m_reload, &QPushButton::clicked, this, [this] { open(dossierId()); });
    connect(m_sync.get(), &MeetingSync::opened, this, &MeetingView::onOpened);
    connect(m_sync.get(), &MeetingSync::saved, this, &MeetingView::onStored);
    connect(m_sync.get(), &MeetingSync::failed, this, &MeetingView::onFailed);
    connect(m_sync.get(), &MeetingSync::busyChanged, this, &MeetingView::onBusy);
}

MeetingView::~MeetingView() = default;

void MeetingView::buildSteps(const Dependencies& dependencies)
{
    addStep(
        new ConsentStep(dependencies.products, dependencies.language, dependencies.termsVersion));
    m_document =
        new DocumentStep(dependencies.documents, dependencies.clock, dependencies.language);
    addStep(m_document);
    m_features = new FeaturesStep(dependencies.documents, dependencies.language);
    addStep(m_features);
    addStep(new FaceStep);
    m_organisation = new OrganisationStep;
    addStep(m_organisation);
    m_summary = new SummaryStep(dependencies.documents, dependencies.language);
    addStep(m_summary);

    connect(m_document, &DocumentStep::typeChanged, m_features, &FeaturesStep::setType);
    connect(m_organisation, &OrganisationStep::organisationIdEdited, m_sync.get(),
            &MeetingSync::setOrganisationId);
    connect(m_summary, &SummaryStep::verifyRequested, this, [this] {
        m_summary->setBusy(true);
        m_sync->verify();
    });
}

void MeetingView::addStep(MeetingStep* step)
{
    m_steps.append(step);
    auto* scroll = new QScrollArea;
    scroll->setWidget(step);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);
    auto* item =
        new QListWidgetItem(tr("%1. %2").arg(m_steps.size()).arg(step->title()), m_stepList);
    item->setData(Qt::UserRole, step->key());
    connect(step, &MeetingStep::edited, m_sync.get(), &MeetingSync::markEdited);
    connect(step, &MeetingStep::decided, m_sync.get(), &MeetingSync::record);
}

void MeetingView::open(qint64 dossierId)
{
    setEnabled(false);
    m_banner->hide();
    m_reload->hide();
    m_saveState->setText(tr("Opening…"));
    m_sync->open(dossierId);
}

qint64 MeetingView::dossierId() const
{
    return m_sync->dossier().id;
}

bool MeetingView::isLoaded() const
{
    return m_sync->isLoaded();
}

bool MeetingView::isIdle() const
{
    return m_sync->isIdle();
}

QString MeetingView::currentStepKey() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 && index < m_steps.size() ? m_steps.at(index)->key() : QString();
}

void MeetingView::onOpened(const MeetingState& state)
{
    const Dossier& dossier = state.dossier;
    m_title->setText(tr("Face-to-face meeting — dossier %1 — %2 %3")
                         .arg(QString::number(dossier.id), dossier.holder.surnames.toUpper(),
                              dossier.holder.givenNames));
    for (MeetingStep* step : std::as_const(m_steps)) {
        step->load(state.meeting, dossier);
    }
    // The organisation step only where the product certifies someone acting for one.
    const Product* product = m_products.product(dossier.productId);
    const bool organisation =
        product != nullptr &&
        (product->organisationRequired ||
         product->requirements.contains(QStringLiteral("mandate-recent")) ||
         product->requirements.contains(QStringLiteral("organisation-siren")));
    const int organisationIndex = static_cast<int>(m_steps.indexOf(m_organisation));
    m_stepList->item(organisationIndex)->setHidden(!organisation);
    m_checklist->setChecklist(state.checklist);
    setEnabled(true);
    m_saveState->setText(state.meeting.version > 0 ? tr("Resumed where it was left.")
                                                   : tr("New meeting."));
    int resume = 0;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i)->key() == state.meeting.step && stepVisible(i)) {
            resume = i;
        }
    }
    goToStep(resume);
}

void MeetingView::onStored(const MeetingState& state, MeetingSync::Operation operation)
{
    for (MeetingStep* step : std::as_const(m_steps)) {
        step->storedChanged(state.meeting);
    }
    m_checklist->setChecklist(state.checklist);
    if (!m_reload->isVisible()) {
        m_banner->hide(); // a saving problem shown earlier is over
    }
    if (operation == MeetingSync::Operation::UpdateOrganisation) {
        emit dossierChanged(state.dossier.id);
    }
    if (operation == MeetingSync::Operation::Verify) {
        m_summary->setBusy(false);
        m_summary->showOutcome(true, tr("Identity verified: the dossier is now “%1”.")
                                         .arg(StatusMachine::displayName(state.dossier.status)));
        emit dossierChanged(state.dossier.id);
    }
}

void MeetingView::onFailed(const Error& error, MeetingSync::Operation operation)
{
    if (operation == MeetingSync::Operation::Verify) {
        // The refusal names the unmet rules (MeetingService::verifyIdentity).
        m_summary->setBusy(false);
        m_summary->showOutcome(false, tr("Identity not verified. %1").arg(error.message));
        return;
    }
    if (error.code == ErrorCode::Conflict) {
        m_banner->setText(tr("This meeting was changed at another workstation after you opened "
                             "it, so your latest changes were not saved. Reload the meeting to "
                             "see what is stored, then enter your changes again.\n%1")
                              .arg(error.message));
        m_reload->show();
    } else if (operation == MeetingSync::Operation::Open) {
        m_banner->setText(tr("The meeting could not be opened. %1").arg(error.message));
        m_reload->show();
    } else {
        m_banner->setText(tr("A change could not be saved. %1").arg(error.message));
        if (operation == MeetingSync::Operation::Record) {
            // The ticks show what is stored, not what was refused.
            m_features->load(m_sync->stored(), m_sync->dossier());
        }
    }
    m_banner->show();
}

void MeetingView::onBusy(bool busy)
{
    m_saveState->setText(busy ? tr("Saving…") : tr("All changes saved."));
}

void MeetingView::goToStep(int index)
{
    if (index < 0 || index >= m_steps.size() || !stepVisible(index)) {
        return;
    }
    const bool moved = index != m_stack->currentIndex();
    m_stack->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_stepList);
        m_stepList->setCurrentRow(index);
    }
    m_previous->setEnabled(visibleNeighbour(index, -1) >= 0);
    m_next->setEnabled(visibleNeighbour(index, 1) >= 0);
    if (moved && m_sync->isLoaded()) {
        m_sync->saveNow(); // the step is part of what is saved: resume here
    }
    // Browsing the step list with the arrows keeps the focus there.
    QWidget* field = m_steps.at(index)->firstField();
    if (field != nullptr && !m_stepList->hasFocus()) {
        field->setFocus(Qt::TabFocusReason);
    }
}

void MeetingView::nextStep()
{
    goToStep(visibleNeighbour(m_stack->currentIndex(), 1));
}

void MeetingView::previousStep()
{
    goToStep(visibleNeighbour(m_stack->currentIndex(), -1));
}

bool MeetingView::stepVisible(int index) const
{
    return !m_stepList->item(index)->isHidden();
}

int MeetingView::visibleNeighbour(int from, int direction) const
{
    for (int i = from + direction; i >= 0 && i < m_steps.size(); i += direction) {
        if (stepVisible(i)) {
            return i;
        }
    }
    return -1;
}

void MeetingView::mainAction()
{
    if (m_steps.value(m_stack->currentIndex()) == m_summary) {
        if (m_summary->verifyButton()->isEnabled()) {
            m_summary->verifyButton()->click();
        }
    } else {
        nextStep();
    }
}

// Enter reaches here when the focused field does not use it (line edits, check boxes,
// lists); the MRZ box keeps it for its line breaks.
void MeetingView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        mainAction();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace guichet
