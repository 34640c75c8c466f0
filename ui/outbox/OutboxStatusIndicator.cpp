#include "outbox/OutboxStatusIndicator.h"

#include "ca/outbox/OutboxSender.h"

namespace guichet {

OutboxStatusIndicator::OutboxStatusIndicator(OutboxSender* sender, QWidget* parent) : QLabel(parent)
{
    if (sender != nullptr) {
        connect(sender, &OutboxSender::onlineChanged, this, &OutboxStatusIndicator::setOnline);
        connect(sender, &OutboxSender::queueLengthChanged, this,
                &OutboxStatusIndicator::setWaiting);
    }
    refresh();
}

void OutboxStatusIndicator::setOnline(bool online)
{
    m_online = online ? 1 : 0;
    refresh();
}

void OutboxStatusIndicator::setWaiting(int waiting)
{
    m_waiting = waiting;
    refresh();
}

void OutboxStatusIndicator::refresh()
{
    const QString state = m_online == 1   ? tr("CA online")
                          : m_online == 0 ? tr("CA offline")
                                          : tr("CA not contacted yet");
    setText(m_waiting == 0 ? state
                           : tr("%1 — %n request(s) waiting", nullptr, m_waiting).arg(state));
    setToolTip(m_online == 0 ? tr("Requests are kept and sent when the CA answers again.")
                             : QString());
}

} // namespace guichet
