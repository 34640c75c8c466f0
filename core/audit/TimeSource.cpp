#include "audit/TimeSource.h"

#if defined(Q_OS_LINUX)
#include <sys/timex.h>
#endif

namespace guichet {

QString SystemTimeSource::describe() const
{
    QString synchronised = QStringLiteral("unknown");
#if defined(Q_OS_LINUX)
    // modes = 0 only reads; allowed without privileges.
    struct timex state {};
    const int clockState = adjtimex(&state);
    if (clockState != -1) {
        const bool unsync = (state.status & STA_UNSYNC) != 0 || clockState == TIME_ERROR;
        synchronised = unsync ? QStringLiteral("no") : QStringLiteral("yes");
    }
#endif
    return QStringLiteral("system clock, UTC; NTP synchronised: %1").arg(synchronised);
}

} // namespace guichet
