#include "scan/SaneScanner.h"

#include "scan/SaneOptions.h"
#include "scan/SanePage.h"
#include "scan/SaneStatus.h"

#include <atomic>
#include <csignal>

namespace guichet {
namespace {

// sane_init and sane_exit pair up once per process (SANE 4.3.1).
std::atomic<bool> g_initialised{false};

// libsane's dll backend opens each backend RTLD_LAZY unless LD_BIND_NOW is set. Backends
// (the `test` one and many real ones) read the device in a thread that sane_cancel stops
// with an asynchronous pthread_cancel. A reader stopped while resolving a lazy symbol (its
// first call to close() or free() at the end of a page) dies holding the dynamic loader's
// lock, and the next dlopen, dlclose or pthread_create in the process (sane_exit, the next
// sane_start) waits forever. Binding every symbol when the backend is loaded leaves no lazy
// lookup to those threads, which narrows the window without closing it (a reader can still be
// stopped holding a lock in the C library's own code). Hence SANE runs only in
// guichet-scan-helper: SaneProcessScanner starts it with LD_BIND_NOW=1, retires it after a
// scan stopped mid-page, and kills it when it hangs.

QString text(SANE_String_Const s)
{
    return s == nullptr ? QString() : QString::fromUtf8(s);
}

} // namespace

Result<std::unique_ptr<Scanner>> SaneScanner::initialise()
{
    if (g_initialised.exchange(true)) {
        return Error{ErrorCode::Internal, tr("SANE is already in use in this process.")};
    }
    // Network backends (net, airscan, escl) write to sockets: a scanner that goes away must
    // give an error, not kill the process with SIGPIPE. Qt's own sockets never rely on it.
    std::signal(SIGPIPE, SIG_IGN);
    SANE_Int version = 0;
    if (const SANE_Status status = sane_init(&version, nullptr); status != SANE_STATUS_GOOD) {
        g_initialised.store(false);
        return Error{ErrorCode::Io, tr("The scanner library (SANE) could not start: %1")
                                        .arg(SaneStatus::toError(status, QString()).message)};
    }
    return std::unique_ptr<Scanner>(new SaneScanner);
}

SaneScanner::~SaneScanner()
{
    if (m_handle) {
        sane_cancel(m_handle.get());
    }
    m_handle.reset();
    sane_exit();
    g_initialised.store(false);
}

Result<QList<ScannerDevice>> SaneScanner::devices()
{
    const SANE_Device** list = nullptr;
    if (const SANE_Status status = sane_get_devices(&list, SANE_FALSE);
        status != SANE_STATUS_GOOD) {
        return SaneStatus::toError(status, QString());
    }
    QList<ScannerDevice> devices;
    for (const SANE_Device** d = list; d != nullptr && *d != nullptr; ++d) {
        devices.append({text((*d)->name), text((*d)->vendor), text((*d)->model), text((*d)->type)});
    }
    return devices;
}

Result<SANE_Handle> SaneScanner::open(const QString& device)
{
    if (m_handle && m_openName == device) {
        return m_handle.get();
    }
    m_handle.reset();
    m_openName.clear();
    SANE_Handle handle = nullptr;
    if (const SANE_Status status = sane_open(device.toUtf8().constData(), &handle);
        status != SANE_STATUS_GOOD) {
        if (status == SANE_STATUS_INVAL) {
            return Error{
                ErrorCode::NotFound,
                tr("There is no scanner named %1. Is it connected and switched on?").arg(device)};
        }
        return SaneStatus::toError(status, device);
    }
    m_handle.reset(handle);
    m_openName = device;
    return handle;
}

Result<ScannerCapabilities> SaneScanner::capabilities(const QString& device)
{
    auto handle = open(device);
    if (!handle) {
        return handle.error();
    }
    return SaneOptions(*handle, device).capabilities();
}

Status SaneScanner::checkSettings(const ScanSettings& settings, const ScannerCapabilities& caps,
                                  int resolution) const
{
    if (!caps.sources.contains(settings.source)) {
        return Error{ErrorCode::Refused,
                     settings.source == ScanSource::Flatbed
                         ? tr("The scanner %1 has no flatbed glass.").arg(settings.device)
                     : settings.source == ScanSource::Feeder
                         ? tr("The scanner %1 has no document feeder.").arg(settings.device)
                         : tr("The scanner %1 cannot scan both sides.").arg(settings.device)};
    }
    if (!caps.modes.contains(settings.mode)) {
        return Error{ErrorCode::Refused,
                     tr("The scanner %1 does not offer this colour mode.").arg(settings.device)};
    }
    if (!caps.offersResolution(resolution)) {
        return Error{ErrorCode::Refused,
                     tr("The scanner %1 does not offer %2 dpi; it offers %3 dpi.")
                         .arg(settings.device)
                         .arg(resolution)
                         .arg(caps.describeResolutions())};
    }
    return Status::success();
}

ScanOutcome SaneScanner::scan(const ScanSettings& settings, const ScanControl& control)
{
    ScanOutcome outcome;
    auto handle = open(settings.device);
    if (!handle) {
        outcome.error = handle.error();
        return outcome;
    }
    SaneOptions options(*handle, settings.device);
    const ScannerCapabilities caps = options.capabilities();
    // A preview is a quick look: the lowest resolution of at least 75 dpi the device has.
    const int resolution = settings.preview ? caps.nearestResolution(75) : settings.resolution;
    if (Status checked = checkSettings(settings, caps, resolution); !checked) {
        outcome.error = checked.error();
        return outcome;
    }
    if (Status applied = options.apply(settings, resolution); !applied) {
        outcome.error = applied.error();
        return outcome;
    }
    const bool batch = settings.source != ScanSource::Flatbed && !settings.preview;
    // SanePage already cancelled the device when a page stopped part-way; a second
    // sane_cancel after a lost connection crashes SANE's net backend (double free, seen with
    // sane-backends 1.2.1 when saned goes away mid-batch).
    bool deviceCancelled = false;
    const int limit = batch ? settings.maxPages : 1;
    while (limit <= 0 || outcome.pages.size() < limit) {
        if (control.cancelled()) {
            outcome.cancelled = true;
            break;
        }
        const SANE_Status started = sane_start(*handle);
        if (started == SANE_STATUS_NO_DOCS && batch && !outcome.pages.isEmpty()) {
            break; // the feeder is empty: the batch is complete
        }
        if (started != SANE_STATUS_GOOD) {
            outcome.error = SaneStatus::toError(started, settings.device);
            break;
        }
        const int number = int(outcome.pages.size()) + 1;
        SanePage::Read page = SanePage::read(*handle, settings.device, resolution, number, control);
        if (page.stop == SanePage::Stop::Cancelled) {
            outcome.cancelled = true;
            deviceCancelled = true;
            break;
        }
        if (page.stop == SanePage::Stop::Failed) {
            outcome.error = page.error;
            deviceCancelled = true;
            break;
        }
        outcome.pages.append(page.image);
        if (control.pageScanned) {
            control.pageScanned(number, page.image);
        }
    }
    // Ends the batch and leaves the device idle, whatever happened (SANE 4.3.10).
    if (!deviceCancelled) {
        control.announceStop(outcome.cancelled, outcome.error);
        sane_cancel(*handle);
    }
    if (outcome.error && outcome.error->code == ErrorCode::Io) {
        // The device may have gone away: open it afresh next time.
        m_handle.reset();
        m_openName.clear();
    }
    return outcome;
}

} // namespace guichet
