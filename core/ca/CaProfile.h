#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace guichet {

class ProductCatalogue;

// How a request to the CA is protected (RFC 9483 section 3.2): by the operator's
// signature, or by a shared secret (PBMAC) for a first enrolment.
enum class CmpProtection { Signature, SharedSecret };

// What the CA issues for one product: its certificate profile name and policy OID.
struct CaProductProfile {
    QString certificateProfile; // the CA's name for it; may be empty
    QString policyOid;          // dotted OID
};

// A certification authority the registration office works for: data, not code (DESIGN,
// "Data, not code, for catalogues"). Several coexist; a dossier names one by id.
struct CaProfile {
    static constexpr int FormatVersion = 1;
    static inline const QString TrainingId = QStringLiteral("training");

    QString id;
    QString name;
    QList<QByteArray> trustAnchorsPem; // one PEM certificate each: TLS and CMP protection
    QUrl cmpUrl;                       // http(s)://host[:port]; "training:" for the embedded CA
    QString cmpPath;                   // e.g. "pkix/"
    CmpProtection protection = CmpProtection::Signature;
    QHash<QString, CaProductProfile> products; // product id -> profile
    QString interventionFormTemplate;
    int registrationRecordRetentionYears = 7; // OVR-6.4.6-01: at least 7 years
    int identityValidationMonths = 36;        // REG-6.3.1: how long a validation stays usable
    QStringList documentsRequired;            // document type keys

    bool isTraining() const { return id == TrainingId; }
    // The product's policy OID at this CA, empty if the CA does not issue it.
    QString policyOid(const QString& productId) const;
    QJsonObject toJson() const;
};

class CaProfiles {
    Q_DECLARE_TR_FUNCTIONS(CaProfiles)
public:
    // The embedded training CA's profile: exists without import, policy OIDs from the
    // product catalogue's "training" entries.
    static CaProfile training(const ProductCatalogue& catalogue);

    // Validates a profile file's content. Errors name the field and what is wrong with it,
    // so a supervisor can fix the file.
    static Result<CaProfile> parse(const QByteArray& json, const ProductCatalogue& catalogue);
    static Result<CaProfile> fromFile(const QString& path, const ProductCatalogue& catalogue);
};

} // namespace guichet
