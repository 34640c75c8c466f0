#pragma once

#include "cli/OperatorLogin.h"

namespace guichet {

// "audit checkpoint": logs the operator in with their card (OperatorLogin), signs the audit
// chain's head with the card's key, logs out.
int runAuditCheckpoint(CliContext& context, const QCommandLineParser& parser,
                       const OperatorLoginOptions& login, bool json);

} // namespace guichet
