#include "meeting/ChecklistPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace guichet {

ChecklistPanel::ChecklistPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("checklistPanel"));
    auto* heading = new QLabel(tr("Checklist"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    m_summary->setWordWrap(true);
    m_items = new QListWidget;
    m_items->setObjectName(QStringLiteral("checklist"));
    m_items->setWordWrap(true);
    m_items->setAlternatingRowColors(true);
    m_items->setAccessibleName(tr("Requirement checklist"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_items, 1);
    setMinimumWidth(260);
}

void ChecklistPanel::setChecklist(const Checklist& checklist)
{
    m_checklist = checklist;
    m_items->clear();
    for (const ChecklistItem& rule : checklist.items) {
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        QString state = tr("met");
        if (rule.state == ChecklistItem::State::Failed) {
            icon = QStyle::SP_MessageBoxCritical;
            state = tr("not met");
        } else if (rule.state == ChecklistItem::State::Pending) {
            icon = QStyle::SP_MessageBoxWarning;
            state = tr("missing");
        }
        QString text = tr("%1 — %2").arg(rule.title, state);
        if (!rule.reason.isEmpty()) {
            text += QLatin1Char('\n') + rule.reason;
        }
        text += QLatin1Char('\n') + tr("Clause: %1").arg(rule.clause);
        auto* item = new QListWidgetItem(style()->standardIcon(icon), text, m_items);
        item->setData(RuleRole, rule.ruleId);
        item->setData(StateRole, static_cast<int>(rule.state));
    }
    const qsizetype open = checklist.unmet().size();
    m_summary->setText(open == 0 ? tr("Every rule is met.")
                                 : tr("%n rule(s) not met yet.", nullptr, static_cast<int>(open)));
}

} // namespace guichet
