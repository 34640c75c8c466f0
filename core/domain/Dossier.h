#pragma once

#include "domain/DossierStatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace guichet {

struct PostalAddress {
    QString street;
    QString postalCode;
    QString city;
    QString country; // ISO 3166-1 alpha-2, "FR" by default

    bool isEmpty() const { return street.isEmpty() && postalCode.isEmpty() && city.isEmpty(); }
    bool operator==(const PostalAddress&) const = default;
};

// The future certificate holder, as written on the identity document.
struct Holder {
    QString surnames;
    QString givenNames;
    QDate birthDate;
    QString birthPlace;
    QString email;
    QString phone;
    PostalAddress address;

    bool operator==(const Holder&) const = default;
};

// The legal person the holder acts for (employee or agent certificates).
struct Organisation {
    QString name;
    QString legalForm;      // e.g. SAS, SARL, association
    QString registrationId; // SIREN (9 digits) or SIRET (14 digits)
    PostalAddress address;

    bool operator==(const Organisation&) const = default;
};

// The subscriber: the legal representative who orders for the organisation, or the holder.
struct Subscriber {
    QString surnames;
    QString givenNames;
    QString title; // function within the organisation
    QString email;

    bool isEmpty() const { return surnames.isEmpty() && givenNames.isEmpty(); }
    bool operator==(const Subscriber&) const = default;
};

// A registration file: everything the CA needs to issue one certificate to one holder.
struct Dossier {
    qint64 id = 0;   // 0 until stored
    int version = 0; // optimistic concurrency: incremented on every save
    QString orderReference;
    QString productId;
    QString usage; // a usage key the product allows ("signature", "authentication", ...)
    QString caProfileId;
    QString useCaseId; // optional purpose from the catalogue (public tenders, SIV, ...)
    Holder holder;
    std::optional<Organisation> organisation;
    Subscriber subscriber;
    DossierStatus status = DossierStatus::Draft;
    QString ownerOperatorId;
    QDateTime createdAtUtc;
    QDateTime updatedAtUtc;
    QString updatedBy;
    QList<StatusChange> history; // oldest first; filled when a dossier is read whole
};

} // namespace guichet
