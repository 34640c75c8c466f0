#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace guichet {

// What the token reports about the holder's device once it is personalised (SDP-6.5.1-02/04).
// Filled by the token personalisation; absent until then.
struct TokenFacts {
    QString model;
    QString serial;
    QString qscdReference;                    // certification reference of the QSCD, if any
    std::optional<bool> keyGeneratedOnDevice; // CKA_LOCAL && CKA_NEVER_EXTRACTABLE read back

    bool operator==(const TokenFacts&) const = default;
};

// One attached document as the form lists it, with its digest so that the paper form binds
// the electronic copies (REG-6.4.5-04 c: where copies are stored).
struct FormAttachment {
    QString type; // in the form's language
    int pageCount = 0;
    QString paperDate; // formatted, may be empty
    QString sha256Hex; // lower-case hex, 64 characters
};

// Who signs the form. Roles are the template's signature roles.
struct FormSignatory {
    QString role; // "holder", "operator", "certificationAgent", "legalRepresentative"
    QString name;
};

// Everything the intervention form shows, already in the form's language: the values by
// field key (see InterventionFormFields::keys()), the attachments and the signatories.
struct InterventionFormData {
    QString language;
    QString dossierId;
    QHash<QString, QString> values;
    QSet<QString> conditions; // "organisation", "token": sections shown only when present
    QList<FormAttachment> attachments;
    QList<FormSignatory> signatories;

    QString value(const QString& key) const { return values.value(key); }
};

// The field keys a template may place. One list, so that a template naming anything else is
// refused when it is loaded, not when a form is printed (REFERENCE.md "Intervention form").
namespace InterventionFormFields {
const QStringList& keys();
const QStringList& signatureRoles();
const QStringList& conditions();
} // namespace InterventionFormFields

} // namespace guichet
