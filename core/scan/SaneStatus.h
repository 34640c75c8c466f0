#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <sane/sane.h>

namespace guichet {

// The one place where SANE's status codes become Guichet errors, with a message an
// operator can act on ("the feeder is jammed", not "SANE_STATUS_JAMMED").
class SaneStatus {
    Q_DECLARE_TR_FUNCTIONS(SaneStatus)
public:
    static Error toError(SANE_Status status, const QString& device);
};

} // namespace guichet
