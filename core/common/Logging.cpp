#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "guichet.storage")
Q_LOGGING_CATEGORY(lcAudit, "guichet.audit")
Q_LOGGING_CATEGORY(lcDomain, "guichet.domain")
Q_LOGGING_CATEGORY(lcService, "guichet.service")
