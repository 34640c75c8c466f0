#include "token/PinPolicy.h"

#include "token/TokenTypes.h"

#include <algorithm>

namespace guichet {

PinPolicy PinPolicy::forToken(const TokenInfo& token)
{
    const std::size_t min = std::max<std::size_t>(kFloor, token.minPinLength);
    const std::size_t max = token.maxPinLength > 0 ? token.maxPinLength : 64;
    return PinPolicy(min, std::max(min, max), false);
}

PinPolicy PinPolicy::narrowed(std::size_t minLength, std::size_t maxLength, bool digitsOnly) const
{
    PinPolicy result = *this;
    result.m_min = std::max(m_min, minLength);
    if (maxLength > 0) {
        result.m_max = std::min(m_max, maxLength);
    }
    result.m_digitsOnly = m_digitsOnly || digitsOnly;
    return result;
}

Status PinPolicy::check(const SecretBytes& pin) const
{
    const std::size_t size = pin.size();
    if (size < m_min || size > m_max) {
        return Error{
            ErrorCode::InvalidInput,
            m_min == m_max
                ? tr("The PIN must have exactly %1 characters.").arg(m_min)
                : tr("The PIN must have between %1 and %2 characters.").arg(m_min).arg(m_max)};
    }
    const unsigned char* bytes = pin.data();
    bool allDigits = true;
    for (std::size_t i = 0; i < size; ++i) {
        if (bytes[i] < 0x20 || bytes[i] == 0x7f) {
            return Error{ErrorCode::InvalidInput,
                         tr("The PIN must not contain control characters.")};
        }
        allDigits = allDigits && bytes[i] >= '0' && bytes[i] <= '9';
    }
    if (m_digitsOnly && !allDigits) {
        return Error{ErrorCode::InvalidInput, tr("The PIN must contain digits only.")};
    }
    bool same = true;
    bool ascending = true;
    bool descending = true;
    for (std::size_t i = 1; i < size; ++i) {
        const int step = int(bytes[i]) - int(bytes[i - 1]);
        same = same && step == 0;
        ascending = ascending && step == 1;
        descending = descending && step == -1;
    }
    if (same) {
        return Error{ErrorCode::InvalidInput, tr("The PIN must not repeat a single character.")};
    }
    if (ascending || descending) {
        return Error{ErrorCode::InvalidInput,
                     tr("The PIN must not be an ascending or descending sequence.")};
    }
    return Status::success();
}

Status PinPolicy::checkWithConfirmation(const SecretBytes& pin,
                                        const SecretBytes& confirmation) const
{
    if (!pin.equals(confirmation)) {
        return Error{ErrorCode::InvalidInput, tr("The two PINs typed differ.")};
    }
    return check(pin);
}

} // namespace guichet
