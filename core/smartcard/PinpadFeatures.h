#pragma once

#include <QByteArray>
#include <QMap>
#include <cstdint>
#include <optional>

namespace guichet {

// What a reader can do by itself, from the PC/SC part 10 answer to
// CM_IOCTL_GET_FEATURE_REQUEST (REFERENCE.md, "PC/SC").
struct PinpadFeatures {
    // Feature tags of PC/SC part 10 (v2.02.09, section 2.3).
    static constexpr std::uint8_t kVerifyPinDirect = 0x06;
    static constexpr std::uint8_t kModifyPinDirect = 0x07;
    static constexpr std::uint8_t kIfdPinProperties = 0x0A;
    static constexpr std::uint8_t kGetTlvProperties = 0x12;

    // tag → control code to pass to SCardControl
    QMap<std::uint8_t, std::uint32_t> controlCodes;
    // From GET_TLV_PROPERTIES, when the reader answered it.
    std::optional<int> minPinLength;
    std::optional<int> maxPinLength;

    // The holder can type the PIN on the reader: PIN verification happens on the reader and
    // never passes through the workstation.
    bool hasPinpad() const { return controlCodes.contains(kVerifyPinDirect); }
    bool canModifyPinOnReader() const { return controlCodes.contains(kModifyPinDirect); }
    std::optional<std::uint32_t> controlCode(std::uint8_t tag) const;

    bool operator==(const PinpadFeatures&) const = default;
};

// Parses the 6-byte TLVs of the feature request answer: tag, length 4, big-endian control
// code. Returns nullopt for a malformed answer (a truncated TLV or a length other than 4).
std::optional<PinpadFeatures> parseFeatureList(const QByteArray& answer);

// Adds what GET_TLV_PROPERTIES says (part 10, 2.6.14: tag, length, little-endian value):
// bMinPINSize 0x06 and bMaxPINSize 0x07. Returns false for a malformed answer.
bool parseTlvProperties(const QByteArray& answer, PinpadFeatures& features);

} // namespace guichet
