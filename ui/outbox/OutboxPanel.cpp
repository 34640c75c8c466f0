#include "outbox/OutboxPanel.h"

#include "ca/outbox/OutboxSender.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

OutboxPanel::OutboxPanel(OutboxSender* sender, QWidget* parent)
    : QWidget(parent), m_sender(sender), m_table(new QTableWidget(this)),
      m_retry(new QPushButton(tr("&Retry"), this)),
      m_cancel(new QPushButton(tr("&Cancel request"), this)), m_message(new QLabel(this))
{
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Dossier"), tr("Request"), tr("State"),
                                        tr("Attempts"), tr("CA answer or last error")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxPanel::updateButtons);
    connect(m_retry, &QPushButton::clicked, this, [this] { act(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { act(false); });
    if (m_sender) {
        connect(m_sender, &OutboxSender::itemsListed, this, &OutboxPanel::showItems);
        connect(m_sender, &OutboxSender::itemChanged, this, &OutboxPanel::requestList);
        connect(m_sender, &OutboxSender::actionRefused, m_message, &QLabel::setText);
    }
    updateButtons();
    requestList();
}

void OutboxPanel::requestList()
{
    if (m_sender) {
        QMetaObject::invokeMethod(m_sender, &OutboxSender::listItems, Qt::QueuedConnection);
    }
}

void OutboxPanel::showItems(const QList<OutboxItem>& items)
{
    const qint64 selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_items.size()
                                ? m_items.at(m_table->currentRow()).id
                                : 0;
    m_items = items;
    m_table->setRowCount(static_cast<int>(items.size()));
    const QLocale locale;
    for (int row = 0; row < items.size(); ++row) {
        const OutboxItem& item = items.at(row);
        const QStringList cells{QString::number(item.id),
                                QString::number(item.dossierId),
                                OutboxNames::displayName(item.kind),
                                OutboxNames::displayName(item.state),
                                locale.toString(item.attempts),
                                item.lastError};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            if (item.state == OutboxState::Failed) {
                // A rejection must be seen (seed FAQ 3J): the CA waits for documents.
                cell->setForeground(palette().color(QPalette::Active, QPalette::BrightText));
                cell->setBackground(QColor(0xb0, 0x20, 0x20));
            }
            cell->setToolTip(item.lastError);
            m_table->setItem(row, column, cell);
        }
        if (item.id == selected) {
            m_table->selectRow(row);
        }
    }
    updateButtons();
}

void OutboxPanel::act(bool retry)
{
    const int row = m_table->currentRow();
    if (!m_sender || row < 0 || row >= m_items.size()) {
        return;
    }
    const qint64 id = m_items.at(row).id;
    m_message->clear();
    if (retry) {
        QMetaObject::invokeMethod(
            m_sender, [sender = m_sender, id] { sender->retry(id); }, Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(
            m_sender, [sender = m_sender, id] { sender->cancel(id); }, Qt::QueuedConnection);
    }
}

void OutboxPanel::updateButtons()
{
    const int row = m_table->currentRow();
    const bool valid =
        row >= 0 && row < m_items.size() && m_table->selectionModel()->hasSelection();
    const OutboxState state = valid ? m_items.at(row).state : OutboxState::Delivered;
    m_retry->setEnabled(valid && state == OutboxState::Failed);
    m_cancel->setEnabled(valid && (state == OutboxState::Queued || state == OutboxState::Failed));
}

} // namespace guichet
