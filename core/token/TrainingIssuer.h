#pragma once

#include "token/TokenService.h"

namespace guichet {

class ProductCatalogue;

// Training mode: the embedded training CA (core/ca) as the token service's issuer, made on
// the service's worker thread over its database connection and encryption service, as the
// command line's `token personalise --training-ca` uses it. `catalogue` must outlive it.
TokenService::IssuerFactory trainingCaIssuerFactory(const ProductCatalogue& catalogue);

} // namespace guichet
