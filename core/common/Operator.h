#pragma once

#include <QString>

namespace guichet {

// Who is acting. Until smart-card login exists this comes from settings or the OS account;
// every change and audit event carries it.
struct OperatorIdentity {
    QString id;          // stable identifier recorded in history and audit
    QString displayName; // shown to people
};

} // namespace guichet
