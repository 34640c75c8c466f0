#pragma once

#include "common/CatalogueData.h"
#include "common/Result.h"
#include "identity/Mrz.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace guichet {

class MrzResult;

// A security feature the operator can check on a document in hand (VAL-8.3.3-07X/07B/08:
// at least three different ones, optical and tactile).
struct SecurityFeature {
    enum class Inspection { Optical, Tactile, Uv, Magnifier, TransmittedLight };

    QString id;
    LocalisedText name;
    LocalisedText hint; // how to check it
    Inspection inspection = Inspection::Optical;
};

// Some documents stay valid past their printed date. Such rules are data, and those not
// confirmed by an official source are marked unverified (REFERENCE.md).
struct ValidityExtension {
    int years = 0;     // added to the printed expiry
    QDate issuedFrom;  // inclusive; invalid = no lower bound
    QDate issuedUntil; // inclusive; invalid = no upper bound
    bool adultAtIssue = false;
    bool verified = false;
    LocalisedText note;
};

struct IdentityDocumentType {
    QString id;
    LocalisedText name;
    MrzFormat mrzFormat = MrzFormat::Unknown;
    QStringList documentCodes; // MRZ document code prefixes this type uses
    QString issuingState;      // ICAO code, empty for any state
    QStringList securityFeatures;
    bool expiryInMrz = true;
    int yearsFromIssue = 0; // printed validity counted from the issue date
    QList<ValidityExtension> extensions;
};

// Until when a document is valid, and why.
struct DocumentValidity {
    QDate printedExpiry;                        // as printed, or computed from the issue date
    QDate validUntil;                           // printed expiry plus any extension that applies
    std::optional<ValidityExtension> extension; // the extension applied, if any

    bool validOn(QDate date) const { return validUntil.isValid() && date <= validUntil; }
};

// The identity documents Guichet knows, from resources/identity-documents.json.
class IdentityDocumentCatalogue {
    Q_DECLARE_TR_FUNCTIONS(IdentityDocumentCatalogue)
public:
    static const IdentityDocumentCatalogue& builtIn();
    static Result<IdentityDocumentCatalogue> parse(const QByteArray& json);

    const QList<IdentityDocumentType>& types() const { return m_types; }
    const IdentityDocumentType* type(const QString& id) const;
    const QList<SecurityFeature>& features() const { return m_features; }
    const SecurityFeature* feature(const QString& id) const;
    QList<const SecurityFeature*> featuresOf(const IdentityDocumentType& type) const;

    // The types an MRZ fits (layout, document code, issuing state), most specific first.
    QList<const IdentityDocumentType*> matching(const MrzResult& mrz) const;

    // `printedExpiry` may be invalid when the document prints none and the type counts its
    // validity from the issue date. `birthDate` decides rules that apply to adults only.
    static DocumentValidity validity(const IdentityDocumentType& type, QDate printedExpiry,
                                     QDate issueDate, QDate birthDate);

private:
    QList<SecurityFeature> m_features;
    QList<IdentityDocumentType> m_types;
};

} // namespace guichet
