#include "scan/ScanTypes.h"

#include <cstdlib>

namespace guichet {

bool ScannerCapabilities::offersResolution(int dpi) const
{
    if (!resolutions.isEmpty()) {
        return resolutions.contains(dpi);
    }
    if (dpi < resolutionMin || dpi > resolutionMax) {
        return false;
    }
    return resolutionStep <= 1 || (dpi - resolutionMin) % resolutionStep == 0;
}

int ScannerCapabilities::nearestResolution(int wanted) const
{
    if (offersResolution(wanted)) {
        return wanted;
    }
    if (!resolutions.isEmpty()) {
        int best = resolutions.first();
        for (int dpi : resolutions) {
            if (std::abs(dpi - wanted) < std::abs(best - wanted)) {
                best = dpi;
            }
        }
        return best;
    }
    const int clamped = std::clamp(wanted, resolutionMin, resolutionMax);
    if (resolutionStep <= 1) {
        return clamped;
    }
    return resolutionMin + (clamped - resolutionMin) / resolutionStep * resolutionStep;
}

QString ScannerCapabilities::describeResolutions() const
{
    if (!resolutions.isEmpty()) {
        QStringList values;
        for (int dpi : resolutions) {
            values.append(QString::number(dpi));
        }
        return values.join(QStringLiteral(", "));
    }
    return QStringLiteral("%1-%2").arg(resolutionMin).arg(resolutionMax);
}

} // namespace guichet
