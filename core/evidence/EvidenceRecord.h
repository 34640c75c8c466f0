#pragma once

#include "audit/AuditLog.h"
#include "documents/Document.h"
#include "domain/Dossier.h"
#include "forms/FormSignature.h"
#include "meeting/Checklist.h"
#include "meeting/Meeting.h"
#include "token/PersonalisedToken.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

namespace guichet {

// Everything stored about a dossier that its evidence package records.
struct EvidenceFacts {
    Dossier dossier;
    std::optional<Meeting> meeting;
    Checklist checklist;
    QList<DocumentInfo> documents;
    // The operator's detached signatures of stored intervention forms (each names its PDF).
    QList<FormSignatureRecord> formSignatures;
    std::optional<PersonalisedToken> token;
    QList<QByteArray> certificatesDer; // the certificates the CA issued for the dossier
    QList<AuditEvent> auditEvents;     // the dossier's, oldest first
    QDateTime builtAtUtc;
    QString builtBy; // operator id
};

// The machine-readable files of an evidence package (issue 7, "Evidence package"): the
// record of the dossier and every check, the token facts, the audit events. Field names are
// stable keys, never translated, so that a CA or an auditor can read them years later.
class EvidenceRecord {
public:
    // record.json: the dossier, the meeting (document presented, decisions with who and when)
    // and each requirement rule with its clause and whether it was met (REG-6.4.5-04).
    static QByteArray dossierRecord(const EvidenceFacts& facts);
    // token.json: model, serial, QSCD, key generated on the device (SDP-6.5.1-02/04) and the
    // certificates issued.
    static QByteArray tokenFacts(const EvidenceFacts& facts);
    // audit.jsonl: one event per line with its chain hashes, so a reader can recheck links.
    static QByteArray auditEvents(const QList<AuditEvent>& events);
};

} // namespace guichet
