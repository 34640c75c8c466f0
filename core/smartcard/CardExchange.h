#pragma once

#include "smartcard/Pcsc.h"
#include "smartcard/PcscError.h"
#include "smartcard/PinpadFeatures.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <map>

namespace guichet {

// Card and reader access for jobs that run on the reader monitor's thread, on its context.

// Exchanges with cards, keeping one connection per reader between exchanges (as a token
// session would), on the reader monitor's thread and its context.
class CardSessions {
public:
    // Sends the command APDUs in order inside one transaction and returns the response APDUs
    // (status word included). After SCARD_W_RESET_CARD (another application reset the card)
    // it reconnects and retries the whole sequence once. A card pulled out during the
    // exchange gives CardFault::Removed.
    CardResult<QList<QByteArray>> exchange(SCARDCONTEXT context, const QString& reader,
                                           const QList<QByteArray>& commands);
    // How many times a reset card was reconnected and the exchange retried.
    int resetRetries() const { return m_resetRetries; }

private:
    SCARDCONTEXT m_context = 0;
    std::map<QString, CardConnection> m_cards;
    int m_resetRetries = 0;
};

// PC/SC part 10 features of a reader (direct connection: works with no card inserted). A
// reader that does not answer the feature request simply has no features.
PinpadFeatures readReaderFeatures(SCARDCONTEXT context, const QString& reader);

} // namespace guichet
