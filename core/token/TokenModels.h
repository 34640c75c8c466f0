#pragma once

#include "token/PinPolicy.h"

namespace guichet {

class AtrCatalogue;
struct TokenModel;
struct TokenInfo;

// A token seen through PKCS#11 (no ATR there) matched to the catalogue by the model and
// manufacturer it reports; nullptr for a model the catalogue does not know, which is
// then never taken for a certified QSCD (SDP-6.5.1-02).
const TokenModel* catalogueModelFor(const AtrCatalogue& catalogue, const TokenInfo& token);

// The holder's PIN rules: the token's limits narrowed by the model's (when known).
PinPolicy pinPolicyFor(const TokenInfo& token, const TokenModel* model);

} // namespace guichet
