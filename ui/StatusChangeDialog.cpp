#include "StatusChangeDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

StatusChangeDialog::StatusChangeDialog(DossierStatus current, QWidget* parent)
    : QDialog(parent), m_current(current)
{
    setObjectName(QStringLiteral("statusDialog"));
    setWindowTitle(tr("Change status"));

    auto* currentLabel =
        new QLabel(tr("Current status: <b>%1</b>").arg(StatusMachine::displayName(current)));
    auto* choicesLabel = new QLabel(tr("&New status:"));
    m_choices = new QListWidget;
    m_choices->setObjectName(QStringLiteral("nextStatusList"));
    choicesLabel->setBuddy(m_choices);
    const QList<DossierStatus> next = StatusMachine::allowedNext(current);
    for (const DossierStatus status : next) {
        if (StatusMachine::isReachedThroughMeeting(status)) {
            continue; // the meeting tab's "Identity verified" checks the rules first
        }
        auto* item = new QListWidgetItem(StatusMachine::displayName(status), m_choices);
        item->setData(Qt::UserRole, StatusMachine::key(status));
    }
    if (m_choices->count() > 0) {
        m_choices->setCurrentRow(0);
        // As tall as its few choices, no taller.
        m_choices->setFixedHeight(m_choices->sizeHintForRow(0) * m_choices->count() +
                                  2 * m_choices->frameWidth() + 4);
    }
    m_choices->setFocus();

    m_reasonLabel = new QLabel;
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().height() * 4);
    m_reasonLabel->setBuddy(m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_confirm = buttons->addButton(tr("Change status"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmStatusButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(currentLabel);
    layout->addWidget(choicesLabel);
    layout->addWidget(m_choices);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_confirm->setDefault(true); // now that the dialog is its parent

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choices, &QListWidget::currentRowChanged, this, &StatusChangeDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &StatusChangeDialog::updateState);
    updateState();
}

DossierStatus StatusChangeDialog::chosenStatus() const
{
    const QListWidgetItem* item = m_choices->currentItem();
    const auto status =
        item ? StatusMachine::fromKey(item->data(Qt::UserRole).toString()) : std::nullopt;
    return status.value_or(m_current);
}

QString StatusChangeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void StatusChangeDialog::updateState()
{
    const bool chosen = m_choices->currentItem() != nullptr;
    const bool needsReason = chosen && StatusMachine::requiresReason(chosenStatus());
    m_reasonLabel->setText(needsReason ? tr("&Reason (required):") : tr("&Reason (optional):"));
    m_confirm->setEnabled(chosen && (!needsReason || !reason().isEmpty()));
}

} // namespace guichet
