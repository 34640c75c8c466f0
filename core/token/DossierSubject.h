#pragma once

#include "common/Result.h"
#include "meeting/Meeting.h"
#include "token/TokenTypes.h"

#include <QCoreApplication>
#include <optional>

namespace guichet {

struct Dossier;
struct Product;

// The identity document the holder showed, as far as the subject needs it (ETSI EN 319
// 412-1 5.1.3: "IDC" national identity card, "PAS" passport).
struct HolderIdentity {
    QString type;    // "IDC" or "PAS"
    QString country; // issuing state, ISO 3166 alpha-2
    QString number;  // as printed on the document
};

// A dossier and its product mapped onto the subject of the certificate request: the names as
// on the identity document, the organisation with its identifier for an organisation's
// holder, the serial number when the product needs one, the e-mail address for the SAN.
class DossierSubject {
    Q_DECLARE_TR_FUNCTIONS(DossierSubject)
public:
    static Result<CertificateSubject> build(const Dossier& dossier, const Product& product,
                                            const std::optional<HolderIdentity>& identity = {});

    // ETSI EN 319 412-2 4.2.4: qualified certificates for natural persons carry a
    // serialNumber that keeps the subject unique among holders of the same name.
    static bool needsSerialNumber(const Product& product);
    // A seal (ETSI EN 319 412-3): the subject is the organisation, not a person.
    static bool isLegalPerson(const Dossier& dossier, const Product& product);
    // ETSI EN 319 412-1 5.1.4: "NTRFR-" and the SIREN (a SIRET's first nine digits);
    // nullopt when the registration number is neither.
    static std::optional<QString> organisationIdentifier(const QString& registrationId);
    // The identity document the meeting recorded, as EN 319 412-1 5.1.3 names it ("IDC" or
    // "PAS", the issuing country's ISO 3166 alpha-2 code, the number).
    static HolderIdentity fromPresentedDocument(const PresentedDocument& document);
};

} // namespace guichet
