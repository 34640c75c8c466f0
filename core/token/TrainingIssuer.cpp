#include "token/TrainingIssuer.h"

#include "ca/TrainingCa.h"

namespace guichet {

TokenService::IssuerFactory trainingCaIssuerFactory(const ProductCatalogue& catalogue)
{
    return [&catalogue](Database& db, EncryptionService& encryption,
                        const Clock& clock) -> Result<std::unique_ptr<CertificateIssuer>> {
        auto ca = std::make_unique<TrainingCa>(db, encryption, clock, catalogue);
        if (Status ready = ca->ensureReady(); !ready) {
            return ready.error();
        }
        return std::unique_ptr<CertificateIssuer>(std::move(ca));
    };
}

} // namespace guichet
