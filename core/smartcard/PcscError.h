#pragma once

#include "common/Result.h"

#include <QLoggingCategory>
#include <QString>
#include <cstdint>
#include <utility>
#include <variant>

Q_DECLARE_LOGGING_CATEGORY(lcPcsc)

namespace guichet {

// What a caller of the card API must be able to tell apart (REFERENCE.md, "PC/SC"): a token
// pulled out in the middle of a step is not the same failure as a broken reader.
enum class CardFault {
    Removed,            // SCARD_W_REMOVED_CARD, or the card left during an exchange
    Reset,              // SCARD_W_RESET_CARD (after the one reconnect-and-retry)
    Unresponsive,       // SCARD_W_UNRESPONSIVE_CARD, SCARD_W_UNPOWERED_CARD
    NoCard,             // SCARD_E_NO_SMARTCARD: nothing in the reader
    NoReaders,          // SCARD_E_NO_READERS_AVAILABLE
    UnknownReader,      // SCARD_E_UNKNOWN_READER, SCARD_E_READER_UNAVAILABLE
    Timeout,            // SCARD_E_TIMEOUT
    ServiceUnavailable, // SCARD_E_NO_SERVICE, SCARD_E_SERVICE_STOPPED: pcscd is not running
    Busy,               // SCARD_E_SHARING_VIOLATION: another application holds the card
    Cancelled,          // SCARD_E_CANCELLED, or the monitor is stopping
    NotSupported,       // SCARD_E_UNSUPPORTED_FEATURE and friends
    Failed,             // anything else
};

struct CardError {
    CardFault fault = CardFault::Failed;
    std::uint32_t pcscCode = 0; // the raw PC/SC code, for logs and support
    QString message;            // translated, for the operator

    Error toError() const { return {ErrorCode::Io, message}; }
};

// Maps a PC/SC return code once, at the edge; `during` says what was being done
// ("sending a command to the card in reader X") and is part of the message.
CardError cardError(long code, const QString& during);
// The symbolic name of a PC/SC code (SCARD_W_REMOVED_CARD...), for logs and tests.
QString pcscCodeName(long code);
CardFault cardFaultOf(long code);

// A value or a card error, like Result but keeping the fault for the caller's decision.
template <typename T> class [[nodiscard]] CardResult {
public:
    CardResult(T value) : m_state(std::move(value)) {}
    CardResult(CardError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const CardError& error() const { return std::get<CardError>(m_state); }

private:
    std::variant<T, CardError> m_state;
};

} // namespace guichet
