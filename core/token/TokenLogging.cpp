#include "token/TokenLogging.h"

Q_LOGGING_CATEGORY(lcToken, "guichet.token")
