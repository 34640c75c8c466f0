#pragma once

#include "ca/outbox/OutboxItem.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace guichet {

class OutboxSender;

// The outbox view (issue 6): every request to a CA with its state, attempts and the CA's
// answer or last error (a rejection's reason shown in full), and the operator's retry and
// cancel. Reads and acts only through the sender, which lives on its own thread.
class OutboxPanel : public QWidget {
    Q_OBJECT
public:
    explicit OutboxPanel(OutboxSender* sender, QWidget* parent = nullptr);

private:
    void requestList();
    void showItems(const QList<guichet::OutboxItem>& items);
    void act(bool retry);
    void updateButtons();

    QPointer<OutboxSender> m_sender;
    QTableWidget* m_table;
    QPushButton* m_retry;
    QPushButton* m_cancel;
    QLabel* m_message;
    QList<OutboxItem> m_items;
};

} // namespace guichet
