#include "SmartcardRig.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

namespace guichet::test {
namespace {

QString rigDir()
{
    return qEnvironmentVariable("GUICHET_PCSCD_RIG");
}

QString status()
{
    QFile file(rigDir() + QStringLiteral("/status"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

std::optional<QString> SmartcardRig::unavailableReason()
{
    if (rigDir().isEmpty()) {
        return QStringLiteral("GUICHET_PCSCD_RIG is not set: run through ctest, whose fixture "
                              "starts tests/support/pcscd-rig.sh");
    }
    const QString state = status();
    if (state == u"started" || state == u"reused") {
        return std::nullopt;
    }
    if (state.isEmpty()) {
        return QStringLiteral("the rig in %1 is not running").arg(rigDir());
    }
    return state;
}

bool SmartcardRig::required()
{
    return qEnvironmentVariable("GUICHET_REQUIRE_PCSCD") == u"1";
}

bool SmartcardRig::ownsDaemon()
{
    return status() == u"started";
}

std::optional<QString> SmartcardRig::run(const QString& command)
{
    QProcess process;
    process.start(QStringLiteral("bash"),
                  {QStringLiteral(GUICHET_PCSCD_RIG_SCRIPT), command, rigDir()});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

bool waitFor(const std::function<bool()>& done, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
    return true;
}

} // namespace guichet::test
