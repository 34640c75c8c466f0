#include "scan/SaneProcessScanner.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace guichet {
namespace {

using ScanProtocol::Kind;
using Wait = ScanHelperProcess::Wait;

constexpr int kSliceMs = 100; // how often a running scan looks at control.cancelled()
constexpr int kSendTimeoutMs = 5'000;
const QString kHelperName = QStringLiteral("guichet-scan-helper");

bool isProgram(const QString& path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

Result<QString> SaneProcessScanner::locateHelper()
{
    const QString configured = qEnvironmentVariable("GUICHET_SCAN_HELPER");
    if (!configured.isEmpty()) {
        if (isProgram(configured)) {
            return configured;
        }
        return Error{ErrorCode::NotFound,
                     tr("The scanner service %1 (set by GUICHET_SCAN_HELPER) is missing or "
                        "cannot be run.")
                         .arg(configured)};
    }
    QStringList candidates;
    if (QCoreApplication::instance() != nullptr) {
        const QString dir = QCoreApplication::applicationDirPath();
        // Next to the program: the build tree. Then bin/../libexec/guichet: an installation
        // moved as a whole, such as the AppImage's usr/.
        candidates << QDir(dir).filePath(kHelperName)
                   << QDir::cleanPath(dir + QStringLiteral("/../libexec/guichet/") + kHelperName);
    }
    candidates << QStringLiteral(GUICHET_SCAN_HELPER_INSTALLED);
    for (const QString& candidate : candidates) {
        if (isProgram(candidate)) {
            return candidate;
        }
    }
    candidates.removeDuplicates();
    return Error{ErrorCode::NotFound,
                 tr("The scanner service is missing: none of %1 exists. Reinstall Guichet.")
                     .arg(candidates.join(QStringLiteral(", ")))};
}

Result<std::unique_ptr<Scanner>> SaneProcessScanner::start(Options options)
{
    std::unique_ptr<SaneProcessScanner> scanner(new SaneProcessScanner(std::move(options)));
    if (Status started = scanner->ensureHelper(); !started) {
        return started.error();
    }
    return std::unique_ptr<Scanner>(std::move(scanner));
}

SaneProcessScanner::~SaneProcessScanner()
{
    if (m_helper) {
        retire();
    }
    if (m_retiring) {
        m_retiring->finish(
            int(std::max<qint64>(0, m_options.quitGraceMs - m_retiringFor.elapsed())));
    }
}

Status SaneProcessScanner::ensureHelper()
{
    if (m_helper) {
        return Status::success();
    }
    if (m_retiring) {
        // One SANE at a time: the old helper may still hold the device.
        m_retiring->finish(
            int(std::max<qint64>(0, m_options.quitGraceMs - m_retiringFor.elapsed())));
        m_retiring.reset();
    }
    Result<QString> path =
        m_options.helperPath.isEmpty() ? locateHelper() : Result<QString>(m_options.helperPath);
    if (!path) {
        return path.error();
    }
    const QString language =
        QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    // SANE's dll backend loads backends with RTLD_NOW when LD_BIND_NOW is set (SaneScanner.cpp
    // says why); an explicit setting wins.
    QStringList environment;
    if (!qEnvironmentVariableIsSet("LD_BIND_NOW")) {
        environment << QStringLiteral("LD_BIND_NOW=1");
    }
    auto helper =
        ScanHelperProcess::spawn(*path, {QStringLiteral("--language"), language}, environment);
    if (!helper) {
        return helper.error();
    }
    m_helper = std::move(helper).value();
    ScanProtocol::Frame hello;
    Wait wait = Wait::Idle;
    while ((wait = m_helper->next(hello, kSliceMs)) == Wait::Idle &&
           m_helper->silentForMs() < m_options.silenceLimitMs) {
    }
    if (wait != Wait::Frame || hello.kind != Kind::Hello) {
        return lost(describe(wait == Wait::Frame ? Wait::Garbage : wait));
    }
    if (const auto version = ScanProtocol::decodeHello(hello.body);
        !version || *version != ScanProtocol::kVersion) {
        m_helper.reset();
        return Error{ErrorCode::Internal,
                     tr("The scanner service %1 does not match this version of Guichet. "
                        "Reinstall Guichet.")
                         .arg(*path)};
    }
    if (m_options.helperStarted) {
        m_options.helperStarted(m_helper->pid());
    }
    return Status::success();
}

void SaneProcessScanner::retire()
{
    m_helper->send(ScanProtocol::frame(Kind::Quit), kSendTimeoutMs);
    if (m_retiring) {
        m_retiring->finish(0);
    }
    m_retiring = std::move(m_helper);
    m_retiringFor.start();
}

Error SaneProcessScanner::lost(const QString& why)
{
    // A helper that closed its end is ending: give it a moment, to say how. Others are
    // killed at once.
    m_helper->finish(why.isEmpty() ? 1'000 : 0);
    const QString end = m_helper->endDescription();
    m_helper.reset();
    return Error{ErrorCode::Io,
                 tr("The scanner service stopped unexpectedly (%1). Try again; if it happens "
                    "again, switch the scanner off and on.")
                     .arg(!why.isEmpty()   ? why
                          : !end.isEmpty() ? end
                                           : tr("it ended"))};
}

QString SaneProcessScanner::describe(Wait wait) const
{
    if (wait == Wait::Garbage) {
        return tr("it sent an unreadable answer");
    }
    if (wait == Wait::Idle) {
        return tr("it did not answer for %1 s").arg(m_options.silenceLimitMs / 1000);
    }
    return QString(); // it ended: how it ended says more
}

Result<ScanProtocol::Frame> SaneProcessScanner::ask(Kind request, const QByteArray& body,
                                                    Kind answer)
{
    if (Status ready = ensureHelper(); !ready) {
        return ready.error();
    }
    if (!m_helper->send(ScanProtocol::frame(request, body), kSendTimeoutMs)) {
        return lost(tr("it could not be reached"));
    }
    ScanProtocol::Frame frame;
    Wait wait = Wait::Idle;
    while ((wait = m_helper->next(frame, kSliceMs)) == Wait::Idle &&
           m_helper->silentForMs() < m_options.silenceLimitMs) {
    }
    if (wait == Wait::Frame && frame.kind == answer) {
        return frame;
    }
    return lost(describe(wait == Wait::Frame ? Wait::Garbage : wait));
}

Result<QList<ScannerDevice>> SaneProcessScanner::devices()
{
    auto answer = ask(Kind::Devices, {}, Kind::DeviceList);
    if (!answer) {
        return answer.error();
    }
    auto devices = ScanProtocol::decodeDevices(answer->body);
    if (!devices) {
        return lost(describe(Wait::Garbage));
    }
    return *devices;
}

Result<ScannerCapabilities> SaneProcessScanner::capabilities(const QString& device)
{
    auto answer =
        ask(Kind::Capabilities, ScanProtocol::encodeDevice(device), Kind::CapabilitiesAnswer);
    if (!answer) {
        return answer.error();
    }
    auto caps = ScanProtocol::decodeCapabilities(answer->body);
    if (!caps) {
        return lost(describe(Wait::Garbage));
    }
    return *caps;
}

ScanOutcome SaneProcessScanner::scan(const ScanSettings& settings, const ScanControl& control)
{
    ScanOutcome outcome;
    if (Status ready = ensureHelper(); !ready) {
        outcome.error = ready.error();
        return outcome;
    }
    if (!m_helper->send(ScanProtocol::frame(Kind::Scan, ScanProtocol::encodeSettings(settings)),
                        kSendTimeoutMs)) {
        outcome.error = lost(tr("it could not be reached"));
        return outcome;
    }
    QElapsedTimer sinceCancel;
    QElapsedTimer sinceStopping;
    ScanOutcome announced; // what the helper said the scan ends with, when stopping the device
    const auto endAsAnnounced = [&] {
        m_helper.reset(); // killed if it still runs
        outcome.cancelled = announced.cancelled;
        outcome.error = announced.error;
        return outcome;
    };
    for (;;) {
        if (control.cancelled() && !sinceCancel.isValid()) {
            m_helper->send(ScanProtocol::frame(Kind::Cancel), kSendTimeoutMs);
            sinceCancel.start();
        }
        if (sinceCancel.isValid() && sinceCancel.elapsed() > m_options.cancelGraceMs) {
            // The backend did not stop: the helper goes, the pages received stay.
            m_helper.reset();
            outcome.cancelled = true;
            return outcome;
        }
        if (sinceStopping.isValid() && sinceStopping.elapsed() > m_options.stopGraceMs) {
            return endAsAnnounced(); // the backend hangs in sane_cancel: the scan is over
        }
        ScanProtocol::Frame frame;
        const Wait wait = m_helper->next(frame, kSliceMs);
        if (wait == Wait::Idle && m_helper->silentForMs() < m_options.silenceLimitMs) {
            continue;
        }
        if (wait != Wait::Frame) {
            if (sinceStopping.isValid() && wait == Wait::Closed) {
                return endAsAnnounced(); // it ended while stopping the device
            }
            if (sinceCancel.isValid() && wait == Wait::Closed) {
                m_helper.reset(); // it ended while stopping: what was asked for
                outcome.cancelled = true;
            } else {
                outcome.error = lost(describe(wait));
            }
            return outcome;
        }
        if (frame.kind == Kind::Progress) {
            const auto progress = ScanProtocol::decodeProgress(frame.body);
            if (progress && control.progress) {
                control.progress(progress->first, progress->second);
            }
        } else if (frame.kind == Kind::Page) {
            auto page = ScanProtocol::decodePage(frame.body);
            if (!page) {
                outcome.error = lost(describe(Wait::Garbage));
                return outcome;
            }
            outcome.pages.append(page->image);
            if (control.pageScanned) {
                control.pageScanned(page->number, page->image);
            }
        } else if (frame.kind == Kind::Stopping) {
            const auto ending = ScanProtocol::decodeOutcome(frame.body);
            if (!ending) {
                outcome.error = lost(describe(Wait::Garbage));
                return outcome;
            }
            announced = *ending;
            sinceStopping.start();
        } else if (frame.kind == Kind::Outcome) {
            const auto ended = ScanProtocol::decodeOutcome(frame.body);
            if (!ended) {
                outcome.error = lost(describe(Wait::Garbage));
                return outcome;
            }
            outcome.cancelled = ended->cancelled;
            outcome.error = ended->error;
            // Every scan ends with sane_cancel, which stops a backend's reader thread with an
            // asynchronous pthread_cancel, even after a complete batch; a reader cancelled
            // while it held a C library lock hangs the next sane_start or sane_exit in that
            // process. So a helper serves one scan: the next starts afresh (tens of
            // milliseconds, plus reopening the device), and this one's sane_exit runs while
            // the operator looks at the pages, killed if it hangs.
            retire();
            return outcome;
        } else {
            outcome.error = lost(describe(Wait::Garbage));
            return outcome;
        }
    }
}

} // namespace guichet
