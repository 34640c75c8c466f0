#pragma once

#include "common/Result.h"
#include "scan/ScanTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <sane/sane.h>

namespace guichet {

// A device's options as SANE describes them, read by name (SANE's well-known names: "source",
// "mode", "depth", "resolution", "preview", "tl-x"...), and turned into what Guichet offers.
// Used on the scanner thread only, with an open handle.
class SaneOptions {
    Q_DECLARE_TR_FUNCTIONS(SaneOptions)
public:
    SaneOptions(SANE_Handle handle, QString device);

    ScannerCapabilities capabilities() const;

    // Sets source, mode, resolution, preview and scan area. The caller has checked the
    // values against capabilities().
    Status apply(const ScanSettings& settings, int resolution);

private:
    void index();
    const SANE_Option_Descriptor* descriptor(const char* name) const;
    QList<QByteArray> stringList(const char* name) const;
    QList<int> wordList(const char* name) const;
    Status setString(const char* name, const QByteArray& value);
    Status setNumber(const char* name, double value);
    Status setBool(const char* name, bool value);
    Status control(const char* name, void* value);

    SANE_Handle m_handle;
    QString m_device;
    QHash<QByteArray, SANE_Int> m_index;
    QHash<int, QByteArray> m_sourceValues; // ScanSource -> the device's own word
    QHash<int, QByteArray> m_modeValues;   // ColourMode -> the device's own word
    bool m_lineartAsGreyDepth1 = false;    // no "Lineart" mode, but Gray at 1 bit per sample
};

} // namespace guichet
