#include "ScanHelperServer.h"

#include <cerrno>
#include <sys/uio.h>
#include <thread>
#include <unistd.h>

namespace guichet {
namespace {

using ScanProtocol::Kind;

// Reads exactly `size` bytes; false at the end of the input or on an error.
bool readExactly(int fd, char* to, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::read(fd, to, size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        to += n;
        size -= size_t(n);
    }
    return true;
}

} // namespace

ScanHelperServer::ScanHelperServer(Scanner* scanner, Error startError, int input, int output)
    : m_scanner(scanner), m_startError(std::move(startError)), m_input(input), m_output(output)
{
}

int ScanHelperServer::run()
{
    if (!write(ScanProtocol::frame(Kind::Hello, ScanProtocol::encodeHello()))) {
        return 1;
    }
    // Detached: it may sit in read() when Quit ends the process.
    std::thread([this] { readRequests(); }).detach();
    for (;;) {
        ScanProtocol::Frame request;
        {
            std::unique_lock lock(m_mutex);
            m_arrived.wait(lock, [this] { return !m_requests.empty(); });
            request = std::move(m_requests.front());
            m_requests.pop_front();
        }
        if (request.kind == Kind::Quit) {
            return 0;
        }
        serve(request);
        if (m_broken) {
            return 1;
        }
    }
}

void ScanHelperServer::readRequests()
{
    for (;;) {
        char header[ScanProtocol::kHeaderSize];
        std::optional<ScanProtocol::Frame> frame;
        if (readExactly(m_input, header, sizeof header)) {
            if (const auto length = ScanProtocol::payloadLength(header)) {
                QByteArray payload(qsizetype(*length), Qt::Uninitialized);
                if (readExactly(m_input, payload.data(), size_t(payload.size()))) {
                    frame = ScanProtocol::split(payload);
                }
            }
        }
        // The end of the input, or bytes that are not a request: Guichet has gone or is not
        // to be trusted; stop what runs and end.
        if (!frame || frame->kind == Kind::Quit || frame->kind == Kind::Cancel) {
            m_cancel.store(true);
            if (frame && frame->kind == Kind::Cancel) {
                continue;
            }
            frame = ScanProtocol::Frame{Kind::Quit, {}, {}};
        } else if (frame->kind == Kind::Scan) {
            // Cleared here, in the order requests arrive, so that a Cancel sent right after
            // this Scan is never lost.
            m_cancel.store(false);
        }
        const bool quit = frame->kind == Kind::Quit;
        {
            std::lock_guard lock(m_mutex);
            m_requests.push_back(std::move(*frame));
        }
        m_arrived.notify_one();
        if (quit) {
            return;
        }
    }
}

bool ScanHelperServer::write(const QByteArray& bytes, const void* more, qsizetype moreSize)
{
    // Two pieces in one writev: a page's fields and its pixels, which are not copied.
    iovec pieces[2] = {{const_cast<char*>(bytes.constData()), size_t(bytes.size())},
                       {const_cast<void*>(more), size_t(moreSize)}};
    int first = 0;
    const int count = more != nullptr ? 2 : 1;
    while (!m_broken && first < count) {
        const ssize_t n = ::writev(m_output, pieces + first, count - first);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            m_broken = true; // SIGPIPE is ignored: EPIPE when Guichet has gone
            m_cancel.store(true);
            break;
        }
        auto left = size_t(n);
        while (first < count && left >= pieces[first].iov_len) {
            left -= pieces[first].iov_len;
            ++first;
        }
        if (first < count) {
            pieces[first].iov_base = static_cast<char*>(pieces[first].iov_base) + left;
            pieces[first].iov_len -= left;
        }
    }
    return !m_broken;
}

void ScanHelperServer::serve(const ScanProtocol::Frame& request)
{
    switch (request.kind) {
    case Kind::Devices:
        write(ScanProtocol::frame(
            Kind::DeviceList,
            ScanProtocol::encodeDevices(m_scanner != nullptr
                                            ? m_scanner->devices()
                                            : Result<QList<ScannerDevice>>(m_startError))));
        return;
    case Kind::Capabilities: {
        const auto device = ScanProtocol::decodeDevice(request.body);
        Result<ScannerCapabilities> caps =
            m_scanner == nullptr ? Result<ScannerCapabilities>(m_startError)
            : device             ? m_scanner->capabilities(*device)
                                 : Result<ScannerCapabilities>(Error{ErrorCode::Internal, {}});
        write(
            ScanProtocol::frame(Kind::CapabilitiesAnswer, ScanProtocol::encodeCapabilities(caps)));
        return;
    }
    case Kind::Scan:
        if (const auto settings = ScanProtocol::decodeSettings(request.body)) {
            serveScan(*settings);
        } else {
            m_broken = true; // not Guichet's request: nothing to answer
        }
        return;
    default:
        m_broken = true;
        return;
    }
}

void ScanHelperServer::serveScan(const ScanSettings& settings)
{
    ScanOutcome outcome;
    if (m_scanner == nullptr) {
        outcome.error = m_startError;
    } else {
        ScanControl control;
        control.cancelRequested = &m_cancel;
        control.progress = [this](int page, int percent) {
            write(ScanProtocol::frame(Kind::Progress, ScanProtocol::encodeProgress(page, percent)));
        };
        control.pageScanned = [this](int page, const QImage& image) {
            const QByteArray fields = ScanProtocol::encodePageFields(page, image);
            const auto payload = quint32(1 + fields.size() + image.sizeInBytes());
            write(ScanProtocol::header(payload) + char(Kind::Page) + fields, image.constBits(),
                  image.sizeInBytes());
        };
        control.stopping = [this](bool cancelled, const std::optional<Error>& error) {
            ScanOutcome ending;
            ending.cancelled = cancelled;
            ending.error = error;
            write(ScanProtocol::frame(Kind::Stopping, ScanProtocol::encodeOutcome(ending)));
        };
        outcome = m_scanner->scan(settings, control);
    }
    write(ScanProtocol::frame(Kind::Outcome, ScanProtocol::encodeOutcome(outcome)));
}

} // namespace guichet
