#include "scan/SaneStatus.h"

namespace guichet {

Error SaneStatus::toError(SANE_Status status, const QString& device)
{
    switch (status) {
    case SANE_STATUS_UNSUPPORTED:
        return {ErrorCode::Refused,
                tr("The scanner %1 does not support this operation.").arg(device)};
    case SANE_STATUS_CANCELLED:
        return {ErrorCode::Io, tr("The scan on %1 was cancelled.").arg(device)};
    case SANE_STATUS_DEVICE_BUSY:
        return {ErrorCode::Io,
                tr("The scanner %1 is busy. Wait for it to finish, then try again.").arg(device)};
    case SANE_STATUS_INVAL:
        return {
            ErrorCode::InvalidInput,
            tr("The scanner %1 refused these settings. Choose others and try again.").arg(device)};
    case SANE_STATUS_EOF:
        return {ErrorCode::Io, tr("The scanner %1 sent no image.").arg(device)};
    case SANE_STATUS_JAMMED:
        return {ErrorCode::Io,
                tr("Paper is jammed in the feeder of %1. Clear it, then scan the remaining pages.")
                    .arg(device)};
    case SANE_STATUS_NO_DOCS:
        return {ErrorCode::Io,
                tr("The document feeder of %1 is empty. Put the pages in it and try again.")
                    .arg(device)};
    case SANE_STATUS_COVER_OPEN:
        return {ErrorCode::Io, tr("The cover of %1 is open. Close it and try again.").arg(device)};
    case SANE_STATUS_IO_ERROR:
        return {ErrorCode::Io,
                tr("Communication with the scanner %1 failed. Check that it is switched on and "
                   "connected.")
                    .arg(device)};
    case SANE_STATUS_NO_MEM:
        return {ErrorCode::Io, tr("Not enough memory to scan on %1.").arg(device)};
    case SANE_STATUS_ACCESS_DENIED:
        return {ErrorCode::Refused,
                tr("Access to the scanner %1 was denied. Ask an administrator to grant this "
                   "account the right to use it.")
                    .arg(device)};
    case SANE_STATUS_GOOD:
        break;
    }
    // No SANE status at all (SANE 1.0 defines 0 to 11, later drafts 12 and 13): the backend
    // never read the device's answer. SANE's net backend returns its uninitialised reply when
    // saned has gone (sane-backends 1.2.1, backend/net.c sane_start and sane_get_parameters
    // ignore the wire's error), so the operator is told what actually happened.
    if (int(status) < 0 || int(status) > 13) {
        return toError(SANE_STATUS_IO_ERROR, device);
    }
    return {ErrorCode::Internal,
            tr("The scanner %1 reported an unknown error (%2).").arg(device).arg(int(status))};
}

} // namespace guichet
