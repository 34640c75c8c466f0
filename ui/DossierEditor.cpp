#include "DossierEditor.h"

#include "DossierForm.h"
#include "RejectionBanner.h"
#include "StatusChangeDialog.h"
#include "StatusHistoryWidget.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace guichet {

DossierEditor::DossierEditor(DossierWorker& worker, const ProductCatalogue& catalogue,
                             const QString& language, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_catalogue(catalogue), m_language(language),
      m_validator(catalogue)
{
    setObjectName(QStringLiteral("dossierEditor"));

    auto* placeholder =
        new QLabel(tr("Select a dossier in the list, or create a new one (Ctrl+N)."));
    placeholder->setObjectName(QStringLiteral("editorPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);

    m_pages = new QStackedWidget;
    m_pages->addWidget(placeholder);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

// The form has many widgets and the first screen shows none of them: built on first use so
// that the window appears sooner.
void DossierEditor::buildContent()
{
    if (m_form != nullptr) {
        return;
    }
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("dossierTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* statusCaption = new QLabel(tr("Status:"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_changeStatus = new QPushButton(tr("Change s&tatus…"));
    m_changeStatus->setObjectName(QStringLiteral("changeStatusButton"));
    m_rejection = new RejectionBanner;

    m_form = new DossierForm(m_catalogue, m_language);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("dossierFormScroll"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_history = new StatusHistoryWidget;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(scroll, tr("Details"));
    m_tabs->addTab(m_history, tr("Status history"));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setWordWrap(true);
    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save the dossier (Ctrl+S)"));

    auto* header = new QHBoxLayout;
    header->addWidget(statusCaption);
    header->addWidget(m_status);
    header->addStretch(1);
    header->addWidget(m_changeStatus);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_summary, 1);
    footer->addWidget(m_save);
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_rejection);
    contentLayout->addWidget(m_tabs, 1);
    contentLayout->addLayout(footer);

    m_pages->addWidget(content);

    connect(m_form, &DossierForm::edited, this, &DossierEditor::refresh);
    connect(m_save, &QPushButton::clicked, this, &DossierEditor::save);
    connect(m_changeStatus, &QPushButton::clicked, this, &DossierEditor::openStatusDialog);
}

void DossierEditor::startNew()
{
    ++m_serial;
    Dossier blank;
    blank.holder.address.country = QStringLiteral("FR");
    display(blank);
    focusForm();
}

void DossierEditor::open(qint64 id)
{
    const int serial = ++m_serial;
    m_worker.run<Result<Dossier>>(
        this, [id](DossierService& service) { return service.find(id); },
        [this, serial](Result<Dossier> result) {
            if (serial != m_serial) {
                return; // the operator has moved on
            }
            if (!result) {
                showError(tr("The dossier could not be opened."), result.error().message);
                return;
            }
            display(*result);
        });
}

void DossierEditor::display(const Dossier& dossier)
{
    buildContent();
    m_dossier = dossier;
    m_hasDossier = true;
    m_revealAll = dossier.id != 0; // a stored dossier shows everything that is wrong with it
    m_form->setDossier(dossier);
    m_history->setHistory(dossier.history);
    m_pages->setCurrentIndex(1);
    refresh();
}

Dossier DossierEditor::edited() const
{
    Dossier dossier = m_dossier;
    m_form->writeTo(dossier);
    return dossier;
}

QList<FieldProblem> DossierEditor::problems() const
{
    // The form's own problems (an unreadable date) come before the rules' for the field.
    QList<FieldProblem> found = m_form->inputProblems();
    const QList<FieldProblem> rules = m_validator.validate(edited(), QDate::currentDate());
    for (const FieldProblem& problem : rules) {
        const bool covered = std::any_of(found.cbegin(), found.cend(), [&](const auto& known) {
            return known.field == problem.field;
        });
        if (!covered) {
            found.append(problem);
        }
    }
    return found;
}

bool DossierEditor::isModified() const
{
    return m_hasDossier && !DossierService::changedFields(m_dossier, edited()).isEmpty();
}

void DossierEditor::refresh()
{
    if (m_form == nullptr) {
        return;
    }
    const bool modified = isModified();
    const QList<FieldProblem> found = m_hasDossier ? problems() : QList<FieldProblem>();
    m_form->showProblems(found, m_revealAll);
    const bool stored = m_hasDossier && m_dossier.id != 0;
    if (!stored) {
        m_title->setText(tr("New dossier"));
        m_status->setText(tr("Not saved yet"));
    } else {
        m_title->setText(tr("Dossier %1 — %2 %3")
                             .arg(QString::number(m_dossier.id),
                                  m_dossier.holder.surnames.toUpper(),
                                  m_dossier.holder.givenNames));
        m_status->setText(StatusMachine::displayName(m_dossier.status));
    }
    m_rejection->showFor(m_dossier);
    m_save->setEnabled(m_hasDossier && !m_busy && (!stored || modified));
    const bool final = StatusMachine::isFinal(m_dossier.status);
    m_changeStatus->setEnabled(stored && !m_busy && !modified && !final);
    m_changeStatus->setToolTip(modified ? tr("Save your changes before changing the status.")
                               : final  ? tr("This status is final.")
                                        : tr("Move the dossier to its next step."));
    if (m_busy) {
        m_summary->setText(tr("Saving…"));
    } else if (m_revealAll && !found.isEmpty()) {
        m_summary->setText(
            tr("%n problem(s) to correct before saving.", "", static_cast<int>(found.size())));
    } else {
        m_summary->setText(modified ? tr("Unsaved changes.") : QString());
    }
}

void DossierEditor::save()
{
    if (!m_hasDossier || m_busy) {
        return;
    }
    const QList<FieldProblem> found = problems();
    if (!found.isEmpty()) {
        m_revealAll = true;
        refresh();
        m_tabs->setCurrentIndex(0);
        m_form->focusField(found.first().field);
        emit message(tr("Not saved: correct the fields marked in red."));
        return;
    }
    const Dossier sent = edited();
    const bool creating = sent.id == 0;
    if (!creating && !isModified()) {
        return;
    }
    m_busy = true;
    refresh();
    const int serial = m_serial;
    m_worker.run<Result<Dossier>>(
        this,
        [sent, creating](DossierService& service) {
            return creating ? service.create(sent) : service.save(sent);
        },
        [this, sent, serial](Result<Dossier> result) { onSaved(std::move(result), sent, serial); });
}

void DossierEditor::onSaved(Result<Dossier> result, const Dossier& sent, int serial)
{
    m_busy = false;
    if (!result) {
        if (serial == m_serial && result.error().code == ErrorCode::Conflict) {
            showConflict(result.error().message);
        } else {
            showError(tr("The dossier was not saved."), result.error().message);
        }
        refresh();
        return;
    }
    const Dossier& stored = *result;
    emit dossierChanged(stored.id);
    emit message(sent.id == 0 ? tr("Dossier %1 created.").arg(stored.id)
                              : tr("Dossier %1 saved.").arg(stored.id));
    if (serial != m_serial) {
        refresh(); // the operator chose to leave it: nothing to show
        return;
    }
    if (DossierService::changedFields(sent, edited()).isEmpty()) {
        display(stored);
    } else {
        // Typed on while the save was on its way: keep those edits over the new version.
        m_dossier = stored;
        m_history->setHistory(stored.history);
        refresh();
    }
}

void DossierEditor::openStatusDialog()
{
    if (!m_changeStatus->isEnabled()) {
        return;
    }
    auto* dialog = new StatusChangeDialog(m_dossier.status, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_dossier.id;
    const int version = m_dossier.version;
    const int serial = m_serial;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, version, serial] {
        if (serial != m_serial || m_busy) {
            return;
        }
        const DossierStatus to = dialog->chosenStatus();
        const QString reason = dialog->reason();
        m_busy = true;
        refresh();
        m_worker.run<Result<Dossier>>(
            this,
            [id, version, to, reason](DossierService& service) {
                return service.changeStatus(id, version, to, reason);
            },
            [this, serial](Result<Dossier> result) { onStatusChanged(std::move(result), serial); });
    });
    dialog->open();
}

void DossierEditor::onStatusChanged(Result<Dossier> result, int serial)
{
    m_busy = false;
    if (!result) {
        if (serial == m_serial && result.error().code == ErrorCode::Conflict) {
            showConflict(result.error().message);
        } else {
            showError(tr("The status was not changed."), result.error().message);
        }
        refresh();
        return;
    }
    emit dossierChanged(result->id);
    emit message(tr("Dossier %1 is now \"%2\".")
                     .arg(QString::number(result->id), StatusMachine::displayName(result->status)));
    if (serial == m_serial) {
        display(*result);
    } else {
        refresh();
    }
}

void DossierEditor::showConflict(const QString& details)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Dossier changed elsewhere"),
                                tr("Someone else changed this dossier after you opened it, so "
                                   "your changes were not saved."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("conflictMessage"));
    box->setInformativeText(tr("Reload it to see the current version, then make your changes "
                               "again. Keep your edits if you want to copy them first."));
    box->setDetailedText(details);
    QPushButton* reload = box->addButton(tr("Reload"), QMessageBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    QPushButton* keep = box->addButton(tr("Keep my edits"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditsButton"));
    box->setDefaultButton(reload);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_dossier.id;
    connect(reload, &QPushButton::clicked, this, [this, id] {
        if (dossierId() == id) {
            open(id);
        }
    });
    box->open();
}

void DossierEditor::showError(const QString& text, const QString& details)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Guichet"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool DossierEditor::confirmDiscard()
{
    if (!isModified()) {
        return true;
    }
    const auto answer =
        QMessageBox::question(this, tr("Unsaved changes"),
                              tr("This dossier has changes that are not saved. Discard them?"),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void DossierEditor::focusForm()
{
    if (m_form == nullptr) {
        return;
    }
    m_tabs->setCurrentIndex(0);
    m_form->focusFirstField();
}

} // namespace guichet
