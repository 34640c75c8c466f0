#include "scan/SanePage.h"

#include "scan/SaneStatus.h"

#include <QElapsedTimer>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <thread>

namespace guichet {
namespace {

// How long a device may answer sane_read with no bytes before the page is given up: far
// longer than a lamp warming up, short enough that nobody waits for ever.
constexpr qint64 kSilenceLimitMs = 60'000;

enum class Idle { Wait, Lost };

// A blocking sane_read (the mode Guichet uses) returned no bytes. SANE's net backend does so,
// for ever, once saned is gone: it takes read() == 0 on its data socket for "nothing yet"
// (sane-backends 1.2.1, backend/net.c sane_read), so the reading loop would spin without end.
// The device's select descriptor tells the two apart: at end of file (or reset) the
// connection is lost; otherwise wait for data on it instead of spinning.
Idle checkIdle(SANE_Handle handle)
{
    SANE_Int fd = -1;
    if (sane_get_select_fd(handle, &fd) != SANE_STATUS_GOOD || fd < 0) {
        // No descriptor to wait on (most local backends): pause instead of spinning.
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        return Idle::Wait;
    }
    pollfd watched{fd, POLLIN, 0};
    if (::poll(&watched, 1, 100) <= 0) {
        return Idle::Wait; // nothing yet (or a signal)
    }
    if ((watched.revents & (POLLERR | POLLNVAL)) != 0) {
        return Idle::Lost;
    }
    char byte = 0;
    const ssize_t peeked = ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    if (peeked == 0) {
        return Idle::Lost; // the peer closed the connection: no more data will come
    }
    if (peeked < 0) {
        if (errno == ENOTSOCK) { // a pipe: its writer gone with nothing left to read
            return (watched.revents & POLLHUP) != 0 && (watched.revents & POLLIN) == 0 ? Idle::Lost
                                                                                       : Idle::Wait;
        }
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            return Idle::Lost; // reset by the peer, and the like
        }
    }
    return Idle::Wait;
}

} // namespace

SanePage::Read SanePage::read(SANE_Handle handle, const QString& device, int resolution,
                              int pageNumber, const ScanControl& control)
{
    SANE_Parameters p{};
    if (const SANE_Status status = sane_get_parameters(handle, &p); status != SANE_STATUS_GOOD) {
        return stopped(handle, control, {Stop::Failed, {}, SaneStatus::toError(status, device)});
    }
    if (!p.last_frame || (p.format != SANE_FRAME_GRAY && p.format != SANE_FRAME_RGB)) {
        return stopped(
            handle, control,
            {Stop::Failed,
             {},
             {ErrorCode::Refused,
              tr("The scanner %1 sends each colour separately (three-pass), which Guichet "
                 "does not support. Scan in grey or with another scanner.")
                  .arg(device)}});
    }
    const qint64 expected = p.lines > 0 ? qint64(p.bytes_per_line) * p.lines : -1;
    QByteArray data;
    if (expected > 0) {
        data.reserve(expected);
    }
    constexpr SANE_Int chunk = 256 * 1024;
    QByteArray buffer(chunk, Qt::Uninitialized);
    int reported = -1;
    QElapsedTimer silence; // running while the device answers with no bytes
    for (;;) {
        if (control.cancelled()) {
            // Really stops the device (SANE 4.3.10); it may still return data until it
            // notices, which we no longer read.
            return stopped(handle, control, {Stop::Cancelled, {}, {}});
        }
        SANE_Int length = 0;
        const SANE_Status status =
            sane_read(handle, reinterpret_cast<SANE_Byte*>(buffer.data()), chunk, &length);
        if (status == SANE_STATUS_EOF) {
            break;
        }
        if (status != SANE_STATUS_GOOD) {
            if (status == SANE_STATUS_CANCELLED && control.cancelled()) {
                return stopped(handle, control, {Stop::Cancelled, {}, {}});
            }
            // A cancel nobody asked for is the device going away: SANE's net backend answers
            // so when the connection to saned drops mid-page.
            return stopped(
                handle, control,
                {Stop::Failed,
                 {},
                 SaneStatus::toError(
                     status == SANE_STATUS_CANCELLED ? SANE_STATUS_IO_ERROR : status, device)});
        }
        if (length == 0) {
            if (!silence.isValid()) {
                silence.start();
            }
            if (checkIdle(handle) == Idle::Lost || silence.elapsed() > kSilenceLimitMs) {
                // The device went away mid-page: the caller keeps the pages already read.
                return stopped(
                    handle, control,
                    {Stop::Failed, {}, SaneStatus::toError(SANE_STATUS_IO_ERROR, device)});
            }
            continue;
        }
        silence.invalidate();
        data.append(buffer.constData(), length);
        if (expected > 0 && control.progress) {
            const int percent = int(std::min<qint64>(100, data.size() * 100 / expected));
            if (percent != reported) {
                reported = percent;
                control.progress(pageNumber, percent);
            }
        }
    }
    auto image = toImage(p, data, resolution);
    if (!image) {
        return stopped(handle, control, {Stop::Failed, {}, image.error()});
    }
    return {Stop::Done, std::move(image).value(), {}};
}

SanePage::Read SanePage::stopped(SANE_Handle handle, const ScanControl& control, Read read)
{
    control.announceStop(read.stop == Stop::Cancelled,
                         read.stop == Stop::Failed ? std::optional(read.error) : std::nullopt);
    sane_cancel(handle);
    return read;
}

Result<QImage> SanePage::toImage(const SANE_Parameters& p, const QByteArray& data, int resolution)
{
    const int width = p.pixels_per_line;
    const qsizetype bpl = p.bytes_per_line;
    const int lines = bpl > 0 ? int(data.size() / bpl) : 0; // a hand scanner says -1 up front
    const bool rgb = p.format == SANE_FRAME_RGB;
    if (width <= 0 || lines <= 0) {
        return Error{ErrorCode::Io, tr("The scanner sent an empty page.")};
    }
    QImage image;
    if (p.depth == 1 && !rgb) {
        // SANE 4.3.8: for 1-bit grey, a set bit is black; bits are packed most significant first.
        image = QImage(width, lines, QImage::Format_Mono);
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    } else if (p.depth == 8 || p.depth == 16) {
        image = QImage(width, lines, rgb ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    } else {
        return Error{ErrorCode::Refused,
                     tr("The scanner sent %1-bit samples, which Guichet does not read. Choose "
                        "another colour mode.")
                         .arg(p.depth)};
    }
    if (image.isNull()) {
        return Error{ErrorCode::Io, tr("Not enough memory for a scanned page.")};
    }
    const int samples = width * (rgb ? 3 : 1);
    for (int y = 0; y < lines; ++y) {
        const char* from = data.constData() + qsizetype(y) * bpl;
        uchar* to = image.scanLine(y);
        if (p.depth == 1) {
            std::memcpy(to, from, size_t((width + 7) / 8));
        } else if (p.depth == 8) {
            std::memcpy(to, from, size_t(samples));
        } else {
            // 16-bit samples in host byte order (SANE 4.3.8): keep the top 8 bits.
            for (int i = 0; i < samples; ++i) {
                quint16 sample = 0;
                std::memcpy(&sample, from + 2 * i, sizeof sample);
                to[i] = uchar(sample >> 8);
            }
        }
    }
    const int dotsPerMeter = int(std::lround(resolution / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

} // namespace guichet
