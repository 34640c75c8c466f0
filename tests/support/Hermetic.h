#pragma once

#include <QLoggingCategory>
#include <QtGlobal>
#include <ctime>

namespace guichet::test {

// Every test executable calls this first thing in main(), before the application object:
// fixed language and time zone, no display, quiet diagnostics. Set here rather than through
// CTest's ENVIRONMENT so that a test run by hand or by gtest discovery sees the same world.
inline void makeHermetic()
{
    qputenv("LANG", "C");
    qputenv("LC_ALL", "C");
    qputenv("TZ", "UTC");
    tzset();
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=false\nguichet.*.info=false"));
}

} // namespace guichet::test
