#pragma once

#include "scan/ScanTypes.h"

#include <QByteArray>
#include <QImage>
#include <optional>

namespace guichet {

// The frames between Guichet and guichet-scan-helper, the child process that hosts libsane
// (docs/architecture.md, "Scanning"). A frame is a 4-byte big-endian payload length, then the
// payload: one kind byte, then the kind's fields in QDataStream (Qt 6.4) form. A page's pixels
// follow its fields as raw bytes, so that a 26 MB page costs one copy, not a serialisation.
//
// The helper speaks first: Hello with its protocol version. Then the parent asks (Devices,
// Capabilities, Scan) and the helper answers, one request at a time; while a scan runs the
// helper sends Progress and Page frames, Stopping just before it stops the device, then one
// Outcome. Cancel may arrive at any time;
// Quit ends the helper.
namespace ScanProtocol {

constexpr quint32 kVersion = 1;
// A header says how long the payload is: a larger one is garbage (an A4 page at 1200 dpi in
// colour is about 420 MB).
constexpr quint32 kMaxPayload = 1024u * 1024u * 1024u;
constexpr int kHeaderSize = 4;

enum class Kind : quint8 {
    // Parent to helper.
    Devices = 1,
    Capabilities = 2,
    Scan = 3,
    Cancel = 4,
    Quit = 5,
    // Helper to parent.
    Hello = 64,
    DeviceList = 65,
    CapabilitiesAnswer = 66,
    Progress = 67,
    Page = 68,
    Outcome = 69,
    // The device is being stopped (sane_cancel) and the scan will end so: an Outcome body.
    Stopping = 70,
};

// One decoded frame: the kind and the payload after the kind byte. `body` is a view into
// `payload` (QByteArray::fromRawData), not a copy: a page is 26 MB.
struct Frame {
    Kind kind = Kind::Hello;
    QByteArray payload;
    QByteArray body;
};

// The 4-byte header plus payload, ready to write.
QByteArray frame(Kind kind, const QByteArray& body = {});
// The header alone for a payload of `payloadSize` bytes (kind byte included).
QByteArray header(quint32 payloadSize);
// The payload length a header announces; nullopt when it is out of range.
std::optional<quint32> payloadLength(const char* header);
// Splits a payload into kind and body; nullopt for an unknown kind.
std::optional<Frame> split(const QByteArray& payload);

QByteArray encodeHello();
std::optional<quint32> decodeHello(const QByteArray& body);

QByteArray encodeDevice(const QString& device);
std::optional<QString> decodeDevice(const QByteArray& body);

QByteArray encodeSettings(const ScanSettings& settings);
std::optional<ScanSettings> decodeSettings(const QByteArray& body);

QByteArray encodeDevices(const Result<QList<ScannerDevice>>& devices);
std::optional<Result<QList<ScannerDevice>>> decodeDevices(const QByteArray& body);

QByteArray encodeCapabilities(const Result<ScannerCapabilities>& caps);
std::optional<Result<ScannerCapabilities>> decodeCapabilities(const QByteArray& body);

QByteArray encodeProgress(int page, int percent);
std::optional<std::pair<int, int>> decodeProgress(const QByteArray& body);

// A page's fields only; its pixels (image.constBits(), image.sizeInBytes()) follow them.
QByteArray encodePageFields(int number, const QImage& image);
struct Page {
    int number = 0;
    QImage image;
};
// The whole body (fields and pixels): a copy of the pixels into a new QImage.
std::optional<Page> decodePage(const QByteArray& body);

// The outcome without its pages, which came as Page frames.
QByteArray encodeOutcome(const ScanOutcome& outcome);
std::optional<ScanOutcome> decodeOutcome(const QByteArray& body);

} // namespace ScanProtocol
} // namespace guichet
