#pragma once

#include <QLabel>

namespace guichet {

class OutboxSender;

// The status bar's CA indicator (issue 6): online / offline / n requests waiting, from the
// sender's signals only.
class OutboxStatusIndicator : public QLabel {
    Q_OBJECT
public:
    explicit OutboxStatusIndicator(OutboxSender* sender, QWidget* parent = nullptr);

    void setOnline(bool online);
    void setWaiting(int waiting);

private:
    void refresh();

    int m_online = -1; // unknown until the sender's first exchange
    int m_waiting = 0;
};

} // namespace guichet
