#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace guichet {

// The identity document the holder presented, as the operator recorded it
// (REG-6.2.2-18, REG-6.4.5-04 a/b, TS 119 461 VAL-8.3.3-10).
struct PresentedDocument {
    QString typeId; // IdentityDocumentCatalogue type id
    QString number;
    QString issuingState; // ICAO code
    QString issuingAuthority;
    QDate issueDate;
    QDate expiryDate;     // as printed; may be empty when the type counts from issue
    QStringList mrzLines; // as typed or pasted, kept verbatim
    // The visual zone as the operator typed it, compared with the MRZ.
    QString surnames;
    QString givenNames;
    QDate birthDate;

    bool operator==(const PresentedDocument&) const = default;
};

// The organisation evidence looked at during the meeting (employee / agent holders).
struct OrganisationEvidence {
    QString legalRepresentative;       // who signed the mandate
    QDate mandateDate;                 // date written on the mandate
    bool mandateCountersigned = false; // countersigned by the holder
    bool requestCoSigned = false;      // co-signed by holder and Certification Agent

    bool operator==(const OrganisationEvidence&) const = default;
};

// One thing the operator did or saw, kept with who and when (REG-6.4.5-04 c-g). Decisions are
// appended, never rewritten: an unchecked feature is a new decision with value false.
struct MeetingDecision {
    enum class Kind {
        InformationShown,    // purpose, terms and retention shown (TS 119 461 INI-8.1-01X)
        TermsAccepted,       // subscriber agreement accepted (REG-6.3.4-07/08); subject = version
        PublicationConsent,  // choice on certificate publication (REG-6.4.5-04 d)
        SecureDeviceConsent, // consent to use a secure device (REG-6.3.4-11A)
        SecurityFeatureChecked, // subject = security feature id (VAL-8.3.3-07X)
        FaceCompared,           // value = the face matches (BIN-8.4.4-01X)
        CopyCertified,          // copy marked "conforme à l'original"
        OriginalsPosted,        // originals sent to the CA by post
    };

    Kind kind = Kind::InformationShown;
    QString subject; // feature id, terms version, ... (empty when not needed)
    bool value = true;
    QString operatorId;
    QDateTime atUtc;
};

// Everything recorded about the face-to-face meeting of one dossier. Saved as each step is
// filled so that an operator can leave and come back.
struct Meeting {
    qint64 dossierId = 0;
    int version = 0; // optimistic concurrency, like dossiers
    QString step;    // the guided view's current step key, to resume there
    QDateTime startedAtUtc;
    QString place;
    QString operatorId;
    PresentedDocument document;
    QStringList suggestedFeatures; // random suggestion shown to the operator (VAL-8.3.3-08)
    OrganisationEvidence organisation;
    QList<MeetingDecision> decisions; // oldest first
    std::optional<QDateTime> identityVerifiedAtUtc;

    // The latest decision of a kind (and subject), if any.
    const MeetingDecision* latest(MeetingDecision::Kind kind, const QString& subject = {}) const
    {
        for (auto it = decisions.crbegin(); it != decisions.crend(); ++it) {
            if (it->kind == kind && (subject.isEmpty() || it->subject == subject)) {
                return &*it;
            }
        }
        return nullptr;
    }
    // The security features whose latest decision is "checked".
    QStringList checkedFeatures() const
    {
        QStringList checked;
        for (const MeetingDecision& d : decisions) {
            if (d.kind != MeetingDecision::Kind::SecurityFeatureChecked) {
                continue;
            }
            if (d.value && !checked.contains(d.subject)) {
                checked.append(d.subject);
            } else if (!d.value) {
                checked.removeAll(d.subject);
            }
        }
        return checked;
    }
};

} // namespace guichet
