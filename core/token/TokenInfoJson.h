#pragma once

#include "token/TokenTypes.h"

#include <QJsonObject>

namespace guichet {

// What inspect shows, as JSON (the CLI's --json; no secret is part of TokenInfo).
QJsonObject tokenInfoToJson(const TokenInfo& info);

} // namespace guichet
