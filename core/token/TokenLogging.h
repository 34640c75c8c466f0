#pragma once

#include <QLoggingCategory>

// guichet.token: identifiers and step names only, never a PIN (DESIGN, "Secrets are typed").
Q_DECLARE_LOGGING_CATEGORY(lcToken)
