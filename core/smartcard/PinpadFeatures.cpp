#include "smartcard/PinpadFeatures.h"

namespace guichet {

std::optional<std::uint32_t> PinpadFeatures::controlCode(std::uint8_t tag) const
{
    const auto found = controlCodes.constFind(tag);
    if (found == controlCodes.cend()) {
        return std::nullopt;
    }
    return *found;
}

std::optional<PinpadFeatures> parseFeatureList(const QByteArray& answer)
{
    constexpr qsizetype kTlvSize = 6;
    if (answer.size() % kTlvSize != 0) {
        return std::nullopt;
    }
    PinpadFeatures features;
    for (qsizetype at = 0; at < answer.size(); at += kTlvSize) {
        const auto byte = [&](qsizetype i) { return static_cast<std::uint8_t>(answer.at(at + i)); };
        if (byte(1) != 4) {
            return std::nullopt;
        }
        const std::uint32_t code = (std::uint32_t{byte(2)} << 24) | (std::uint32_t{byte(3)} << 16) |
                                   (std::uint32_t{byte(4)} << 8) | std::uint32_t{byte(5)};
        features.controlCodes.insert(byte(0), code);
    }
    return features;
}

bool parseTlvProperties(const QByteArray& answer, PinpadFeatures& features)
{
    constexpr std::uint8_t kMinPinSize = 0x06;
    constexpr std::uint8_t kMaxPinSize = 0x07;
    qsizetype at = 0;
    while (at < answer.size()) {
        if (at + 2 > answer.size()) {
            return false;
        }
        const auto tag = static_cast<std::uint8_t>(answer.at(at));
        const auto length = static_cast<qsizetype>(static_cast<std::uint8_t>(answer.at(at + 1)));
        if (at + 2 + length > answer.size()) {
            return false;
        }
        // Values are little-endian (unlike the feature list's control codes).
        int value = 0;
        for (qsizetype i = length - 1; i >= 0 && i < 4; --i) {
            value = (value << 8) | static_cast<std::uint8_t>(answer.at(at + 2 + i));
        }
        if (tag == kMinPinSize && length == 1) {
            features.minPinLength = value;
        } else if (tag == kMaxPinSize && length == 1) {
            features.maxPinLength = value;
        }
        at += 2 + length;
    }
    return true;
}

} // namespace guichet
