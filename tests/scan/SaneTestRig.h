#pragma once

#include <QString>
#include <QTemporaryDir>

namespace guichet::test {

// SANE's virtual `test` backend (Debian's libsane1), enabled through a SANE_CONFIG_DIR that
// the tests create: dll.conf names only "test", test.conf sets the device up for one test.
// Must be made before the ScanWorker starts (sane_init reads the configuration).
//
// One folder per process, rewritten by each test: libsane reads SANE_CONFIG_DIR once and keeps
// it for the life of the process (sanei_config caches its search path), while dll.conf and
// test.conf themselves are read again at every sane_init.
struct SaneTestSettings {
    int devices = 1;
    QString mode = QStringLiteral("Color");
    QString picture = QStringLiteral("Color pattern");
    QString readStatus = QStringLiteral("Default"); // e.g. "SANE_STATUS_JAMMED"
    int delayMicroseconds = 0;                      // per buffer, to make a scan last
};

class SaneTestRig {
public:
    explicit SaneTestRig(const SaneTestSettings& settings = {});
    ~SaneTestRig();
    SaneTestRig(const SaneTestRig&) = delete;
    SaneTestRig& operator=(const SaneTestRig&) = delete;

    static QString configDir();
    static QString device() { return QStringLiteral("test:0"); }
};

// The scanner service (guichet-scan-helper) that process `parent` started, or -1: the process
// libsane runs in, whose memory map and reads the CLI tests watch.
qint64 scanHelperOf(qint64 parent);

} // namespace guichet::test
