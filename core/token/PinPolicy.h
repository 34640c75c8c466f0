#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QCoreApplication>

namespace guichet {

struct TokenInfo;

// What a holder's PIN must be: the token's own limits, narrowed by the token model's rules
// (the ATR catalogue, later), and never a trivial PIN (all one digit, an ascending or
// descending run) that a thief would try first.
class PinPolicy {
    Q_DECLARE_TR_FUNCTIONS(PinPolicy)
public:
    PinPolicy() = default;
    PinPolicy(std::size_t minLength, std::size_t maxLength, bool digitsOnly)
        : m_min(minLength), m_max(maxLength), m_digitsOnly(digitsOnly)
    {
    }

    // The token's limits, never below Guichet's floor of 6 characters.
    static PinPolicy forToken(const TokenInfo& token);
    // Narrows this policy by a catalogue's rules (0 = no rule).
    PinPolicy narrowed(std::size_t minLength, std::size_t maxLength, bool digitsOnly) const;

    std::size_t minLength() const { return m_min; }
    std::size_t maxLength() const { return m_max; }
    bool digitsOnly() const { return m_digitsOnly; }

    // Refuses with the reason; the PIN itself never appears in the message.
    Status check(const SecretBytes& pin) const;
    // The PIN and its confirmation, typed twice by the holder.
    Status checkWithConfirmation(const SecretBytes& pin, const SecretBytes& confirmation) const;

    static constexpr std::size_t kFloor = 6;

private:
    std::size_t m_min = kFloor;
    std::size_t m_max = 64;
    bool m_digitsOnly = false;
};

} // namespace guichet
