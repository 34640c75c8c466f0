#include "StatusHistoryWidget.h"

#include <QHeaderView>
#include <QLocale>

namespace guichet {

StatusHistoryWidget::StatusHistoryWidget(QWidget* parent) : QTableWidget(0, 5, parent)
{
    setObjectName(QStringLiteral("historyView"));
    setHorizontalHeaderLabels({tr("Date"), tr("From"), tr("To"), tr("Operator"), tr("Reason")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    setAccessibleName(tr("Status history"));
}

void StatusHistoryWidget::setHistory(const QList<StatusChange>& history)
{
    clearContents();
    setRowCount(static_cast<int>(history.size()));
    int row = 0;
    for (auto it = history.crbegin(); it != history.crend(); ++it, ++row) {
        const StatusChange& change = *it;
        const QString when = QLocale().toString(change.atUtc.toLocalTime(), QLocale::ShortFormat);
        const QString from =
            change.from ? StatusMachine::displayName(*change.from) : tr("(created)");
        const QStringList cells{when, from, StatusMachine::displayName(change.to),
                                change.operatorId, change.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            setItem(row, column, item);
        }
    }
    resizeColumnsToContents(); // a few rows at most
    horizontalHeader()->setStretchLastSection(true);
}

} // namespace guichet
