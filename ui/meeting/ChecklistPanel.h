#pragma once

#include "meeting/Checklist.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace guichet {

// The product's requirement rules for the dossier as stored now, each with its state, its
// clause and, when not met, why. Beside every step of the meeting.
class ChecklistPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int RuleRole = Qt::UserRole;
    static constexpr int StateRole = Qt::UserRole + 1;

    explicit ChecklistPanel(QWidget* parent = nullptr);

    void setChecklist(const Checklist& checklist);
    const Checklist& checklist() const { return m_checklist; }

private:
    Checklist m_checklist;
    QLabel* m_summary = nullptr;
    QListWidget* m_items = nullptr;
};

} // namespace guichet
