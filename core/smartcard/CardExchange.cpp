#include "smartcard/CardExchange.h"

#include <QCoreApplication>
#include <array>

namespace guichet {
namespace {

class CardExchangeText {
    Q_DECLARE_TR_FUNCTIONS(CardExchangeText)
public:
    static QString connecting(const QString& reader)
    {
        return tr("Connecting to the card in \"%1\"").arg(reader);
    }
    static QString exchanging(const QString& reader)
    {
        return tr("Exchanging commands with the card in \"%1\"").arg(reader);
    }
};

// How long pcscd may take to confirm that a card whose exchange broke has left the reader
// (vpcd polls every ~400 ms; USB readers report at once).
constexpr DWORD kRemovalConfirmationMs = 1500;

// A transmit that fails with a generic code (SCARD_E_NOT_TRANSACTED, SCARD_F_COMM_ERROR) is
// most often a card pulled out mid-exchange: ask the service whether the card is still there
// before choosing the message, so the operator reads "the card was removed".
LONG explainBrokenExchange(SCARDCONTEXT context, const QByteArray& readerName, LONG code)
{
    if (code == SCARD_W_REMOVED_CARD || code == SCARD_W_RESET_CARD || code == SCARD_E_NO_SERVICE ||
        code == SCARD_E_SERVICE_STOPPED) {
        return code;
    }
    SCARD_READERSTATE state{};
    state.szReader = readerName.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE; // first learn the state as pcscd has it
    LONG rv = SCardGetStatusChange(context, 0, &state, 1);
    if (rv == SCARD_S_SUCCESS && (state.dwEventState & SCARD_STATE_PRESENT) != 0) {
        state.dwCurrentState = state.dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
        rv = SCardGetStatusChange(context, kRemovalConfirmationMs, &state, 1);
    }
    if (rv == SCARD_S_SUCCESS && (state.dwEventState & SCARD_STATE_EMPTY) != 0) {
        return SCARD_W_REMOVED_CARD;
    }
    return code;
}

const SCARD_IO_REQUEST* protocolPci(DWORD protocol)
{
    return protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
}

// One attempt: transaction, commands, end of transaction. Returns the PC/SC code; `sent`
// says whether a command reached the card (a failure before that is a stale connection).
LONG runTransaction(SCARDHANDLE card, DWORD protocol, const QList<QByteArray>& commands,
                    QList<QByteArray>& responses, bool& sent)
{
    responses.clear();
    sent = false;
    LONG rv = SCardBeginTransaction(card);
    if (rv != SCARD_S_SUCCESS) {
        return rv;
    }
    std::array<unsigned char, 65538> buffer{}; // extended length answer + status word
    for (const QByteArray& command : commands) {
        DWORD length = static_cast<DWORD>(buffer.size());
        sent = true;
        rv = SCardTransmit(card, protocolPci(protocol),
                           reinterpret_cast<const unsigned char*>(command.constData()),
                           static_cast<DWORD>(command.size()), nullptr, buffer.data(), &length);
        if (rv != SCARD_S_SUCCESS) {
            SCardEndTransaction(card, SCARD_LEAVE_CARD);
            return rv;
        }
        responses.append(QByteArray(reinterpret_cast<const char*>(buffer.data()),
                                    static_cast<qsizetype>(length)));
    }
    SCardEndTransaction(card, SCARD_LEAVE_CARD);
    return SCARD_S_SUCCESS;
}

} // namespace

CardResult<QList<QByteArray>> CardSessions::exchange(SCARDCONTEXT context, const QString& reader,
                                                     const QList<QByteArray>& commands)
{
    if (context != m_context) {
        m_cards.clear(); // connections of a context that is gone
        m_context = context;
    }
    const QByteArray readerName = reader.toUtf8();
    bool fresh = false;
    const auto connect = [&]() -> LONG {
        SCARDHANDLE handle = 0;
        DWORD protocol = 0;
        const LONG rv = SCardConnect(context, readerName.constData(), SCARD_SHARE_SHARED,
                                     SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle, &protocol);
        if (rv == SCARD_S_SUCCESS) {
            m_cards.insert_or_assign(reader, CardConnection(handle, protocol));
            fresh = true;
        }
        return rv;
    };
    if (m_cards.find(reader) == m_cards.end()) {
        if (const LONG rv = connect(); rv != SCARD_S_SUCCESS) {
            return cardError(rv, CardExchangeText::connecting(reader));
        }
    }
    QList<QByteArray> responses;
    bool sent = false;
    LONG rv = runTransaction(m_cards.at(reader).get(), m_cards.at(reader).protocol(), commands,
                             responses, sent);
    if (rv != SCARD_S_SUCCESS && rv != SCARD_W_RESET_CARD && !sent && !fresh) {
        // The kept connection went stale (the card was swapped since the last exchange):
        // nothing reached the card, so start again on a new connection.
        m_cards.erase(reader);
        if (const LONG connected = connect(); connected != SCARD_S_SUCCESS) {
            return cardError(connected, CardExchangeText::connecting(reader));
        }
        rv = runTransaction(m_cards.at(reader).get(), m_cards.at(reader).protocol(), commands,
                            responses, sent);
    }
    if (rv == SCARD_W_RESET_CARD) {
        // KeePassXC's rule too: another application reset the card; the card is still
        // there, so reconnect and try once more. A second reset is reported.
        qCInfo(lcPcsc) << "card reset in" << reader << "- reconnecting and retrying once";
        CardConnection& card = m_cards.at(reader);
        DWORD active = 0;
        rv = SCardReconnect(card.get(), SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                            SCARD_LEAVE_CARD, &active);
        if (rv == SCARD_S_SUCCESS) {
            card.setProtocol(active);
            ++m_resetRetries;
            rv = runTransaction(card.get(), card.protocol(), commands, responses, sent);
        }
    }
    if (rv != SCARD_S_SUCCESS) {
        m_cards.erase(reader);
        const LONG explained = explainBrokenExchange(context, readerName, rv);
        qCInfo(lcPcsc) << "exchange with" << reader << "failed:" << pcscCodeName(rv) << "->"
                       << pcscCodeName(explained);
        return cardError(explained, CardExchangeText::exchanging(reader));
    }
    return responses;
}

PinpadFeatures readReaderFeatures(SCARDCONTEXT context, const QString& reader)
{
    PinpadFeatures features;
#ifdef CM_IOCTL_GET_FEATURE_REQUEST
    const QByteArray readerName = reader.toUtf8();
    SCARDHANDLE handle = 0;
    DWORD protocol = 0;
    LONG rv =
        SCardConnect(context, readerName.constData(), SCARD_SHARE_DIRECT, 0, &handle, &protocol);
    if (rv != SCARD_S_SUCCESS) {
        qCDebug(lcPcsc) << "no direct connection to" << reader << pcscCodeName(rv);
        return features;
    }
    CardConnection connection(handle, protocol);
    std::array<unsigned char, 256> buffer{};
    DWORD length = 0;
    rv = SCardControl(connection.get(), CM_IOCTL_GET_FEATURE_REQUEST, nullptr, 0, buffer.data(),
                      static_cast<DWORD>(buffer.size()), &length);
    if (rv != SCARD_S_SUCCESS) {
        qCDebug(lcPcsc) << reader << "answers no part 10 feature request:" << pcscCodeName(rv);
        return features;
    }
    auto parsed = parseFeatureList(
        QByteArray(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(length)));
    if (!parsed) {
        qCWarning(lcPcsc) << reader << "gave a malformed part 10 feature list";
        return features;
    }
    features = *parsed;
    if (const auto code = features.controlCode(PinpadFeatures::kGetTlvProperties)) {
        rv = SCardControl(connection.get(), *code, nullptr, 0, buffer.data(),
                          static_cast<DWORD>(buffer.size()), &length);
        if (rv == SCARD_S_SUCCESS) {
            parseTlvProperties(QByteArray(reinterpret_cast<const char*>(buffer.data()),
                                          static_cast<qsizetype>(length)),
                               features);
        }
    }
#else
    Q_UNUSED(context)
    Q_UNUSED(reader)
#endif
    return features;
}

} // namespace guichet
