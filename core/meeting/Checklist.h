#pragma once

#include <QList>
#include <QString>

namespace guichet {

// One requirement rule's verdict for a dossier, shown live beside every step of the meeting.
struct ChecklistItem {
    enum class State {
        Satisfied,
        Failed,  // the recorded facts break the rule
        Pending, // not recorded yet
    };

    QString ruleId; // stable id, as listed in resources/products.json "requirements"
    QString clause; // where the rule comes from, e.g. "VAL-8.3.1-07"
    QString title;  // translated, e.g. "ID document valid on the meeting date"
    State state = State::Pending;
    QString reason; // translated; why it is failed or pending, empty when satisfied
    // Satisfied because the rule does not apply to this dossier (reason says why).
    bool notApplicable = false;
    // False for rules met after the meeting (token personalised, originals posted): they do
    // not hold back "identity verified", unless they already failed.
    bool neededForIdentity = true;
};

struct Checklist {
    QList<ChecklistItem> items; // in the product's order

    bool satisfied() const
    {
        for (const ChecklistItem& item : items) {
            if (item.state != ChecklistItem::State::Satisfied) {
                return false;
            }
        }
        return true;
    }
    QList<ChecklistItem> unmet() const
    {
        QList<ChecklistItem> open;
        for (const ChecklistItem& item : items) {
            if (item.state != ChecklistItem::State::Satisfied) {
                open.append(item);
            }
        }
        return open;
    }
    // The items that hold back "identity verified": unmet rules of the meeting itself, and
    // any failed rule.
    QList<ChecklistItem> unmetForIdentity() const
    {
        QList<ChecklistItem> open;
        for (const ChecklistItem& item : items) {
            if (item.state == ChecklistItem::State::Failed ||
                (item.neededForIdentity && item.state != ChecklistItem::State::Satisfied)) {
                open.append(item);
            }
        }
        return open;
    }
};

} // namespace guichet
