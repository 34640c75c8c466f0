#pragma once

#include "common/Result.h"
#include "meeting/MeetingSync.h"

#include <QList>
#include <QWidget>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace guichet {

class ChecklistPanel;
class Clock;
class DocumentStep;
class FeaturesStep;
class IdentityDocumentCatalogue;
class MeetingStep;
class MeetingWorker;
class OrganisationStep;
class ProductCatalogue;
class SummaryStep;

// The face-to-face meeting of one dossier, step by step: information and consent, ID
// document, security features, face, organisation (when the product needs it), summary with
// "Identity verified". The live checklist sits beside every step. Every step is saved as it
// is filled, so an operator can leave and come back to the step they left.
//
// Keyboard: Ctrl+PgDown / Alt+Right next step, Ctrl+PgUp / Alt+Left previous step, Enter
// the step's main action (next step; "Identity verified" on the summary).
class MeetingView : public QWidget {
    Q_OBJECT
public:
    struct Dependencies {
        MeetingWorker& worker; // started by the caller
        const ProductCatalogue& products;
        const IdentityDocumentCatalogue& documents;
        const Clock& clock;
        QString language;     // "en", "fr": catalogue names
        QString termsVersion; // the terms of use the holder accepts (REG-6.3.4-07/08)
    };

    explicit MeetingView(const Dependencies& dependencies, QWidget* parent = nullptr);
    ~MeetingView() override;

    void open(qint64 dossierId);
    qint64 dossierId() const;
    bool isLoaded() const;
    // Nothing waits to be saved: the view may be closed without losing anything.
    bool isIdle() const;
    QString currentStepKey() const;

    void nextStep();
    void previousStep();
    void goToStep(int index);

signals:
    // The dossier changed (status, organisation): lists showing it are out of date.
    void dossierChanged(qint64 id);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void buildSteps(const Dependencies& dependencies);
    void addStep(MeetingStep* step);
    void onOpened(const MeetingState& state);
    void onStored(const MeetingState& state, MeetingSync::Operation operation);
    void onFailed(const Error& error, MeetingSync::Operation operation);
    void onBusy(bool busy);
    void mainAction();
    int visibleNeighbour(int from, int direction) const;
    bool stepVisible(int index) const;

    std::unique_ptr<MeetingSync> m_sync;
    QLabel* m_title = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_reload = nullptr;
    QListWidget* m_stepList = nullptr;
    QStackedWidget* m_stack = nullptr;
    ChecklistPanel* m_checklist = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_saveState = nullptr;
    QList<MeetingStep*> m_steps;
    DocumentStep* m_document = nullptr;
    FeaturesStep* m_features = nullptr;
    OrganisationStep* m_organisation = nullptr;
    SummaryStep* m_summary = nullptr;
    const ProductCatalogue& m_products;
};

} // namespace guichet
