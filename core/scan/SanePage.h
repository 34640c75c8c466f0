#pragma once

#include "common/Result.h"
#include "scan/ScanTypes.h"

#include <QCoreApplication>
#include <sane/sane.h>

namespace guichet {

// Reads one page from a started SANE device and turns its frame into a QImage: grey at 1, 8
// or 16 bits, RGB at 8 or 16 bits (16-bit samples kept to their top 8 bits).
class SanePage {
    Q_DECLARE_TR_FUNCTIONS(SanePage)
public:
    enum class Stop { Done, Cancelled, Failed };
    struct Read {
        Stop stop = Stop::Done;
        QImage image;
        Error error;
    };

    // sane_start has succeeded. On cancel, calls sane_cancel before returning.
    static Read read(SANE_Handle handle, const QString& device, int resolution, int pageNumber,
                     const ScanControl& control);

private:
    // Announces how the page ends (ScanControl::stopping), then stops the device.
    static Read stopped(SANE_Handle handle, const ScanControl& control, Read read);
    static Result<QImage> toImage(const SANE_Parameters& p, const QByteArray& data, int resolution);
};

} // namespace guichet
