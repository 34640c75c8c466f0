#pragma once

// A complete RGS** face-to-face meeting of an employee holder, met on 2026-11-25, that
// satisfies every rule; tests break one fact at a time (shared by the rule, service and CLI
// tests and the checklist benchmark).

#include "common/Operator.h"
#include "core/MrzTestVectors.h"
#include "documents/Document.h"
#include "domain/Dossier.h"
#include "meeting/Meeting.h"

#include <QDateTime>
#include <QStringList>

namespace guichet::test {

inline QDate meetingDay()
{
    return {2026, 11, 25};
}

inline QDateTime meetingStart()
{
    return {meetingDay(), QTime(9, 30), Qt::UTC};
}

// The ICAO specimen holder on a passport valid until 2031-04-15.
inline QStringList passportMrz(const std::string& number = "L898902C3")
{
    const std::string mrz =
        mrztest::td3("UTO", "ERIKSSON<<ANNA<MARIA", number, "UTO", "740812", 'F', "310415", "");
    return QString::fromStdString(mrz).split(u'\n');
}

inline Dossier employeeDossier()
{
    Dossier d;
    d.id = 1;
    d.version = 1;
    d.orderReference = QStringLiteral("CMD-2026-42");
    d.productId = QStringLiteral("rgs2");
    d.usage = QStringLiteral("signature");
    d.holder.surnames = QStringLiteral("Eriksson");
    d.holder.givenNames = QStringLiteral("Anna Maria");
    d.holder.birthDate = QDate(1974, 8, 12);
    d.holder.email = QStringLiteral("anna.eriksson@example.org");
    d.organisation = Organisation{
        QStringLiteral("Exemple SAS"), QStringLiteral("SAS"), QStringLiteral("732829320"), {}};
    d.subscriber = Subscriber{QStringLiteral("Dupont"), QStringLiteral("Jean"),
                              QStringLiteral("Président"), QStringLiteral("jean@example.org")};
    d.status = DossierStatus::ReadyForMeeting;
    return d;
}

inline PresentedDocument passport()
{
    PresentedDocument doc;
    doc.typeId = QStringLiteral("passport");
    doc.number = QStringLiteral("L898902C3");
    doc.issuingState = QStringLiteral("UTO");
    doc.issuingAuthority = QStringLiteral("Utopia passport office");
    doc.issueDate = QDate(2021, 4, 16);
    doc.expiryDate = QDate(2031, 4, 15);
    doc.mrzLines = passportMrz();
    doc.surnames = QStringLiteral("ERIKSSON");
    doc.givenNames = QStringLiteral("ANNA MARIA");
    doc.birthDate = QDate(1974, 8, 12);
    return doc;
}

inline MeetingDecision decision(MeetingDecision::Kind kind, const QString& subject = {},
                                bool value = true)
{
    return {kind, subject, value, QStringLiteral("op-alice"), meetingStart().addSecs(60)};
}

// The decisions of a whole meeting, in the order the guided view asks for them.
inline QList<MeetingDecision> allDecisions()
{
    using K = MeetingDecision::Kind;
    return {decision(K::InformationShown),
            decision(K::TermsAccepted, QStringLiteral("CGU-2026-01")),
            decision(K::PublicationConsent, {}, false),
            decision(K::SecureDeviceConsent),
            decision(K::SecurityFeatureChecked, QStringLiteral("watermark")),
            decision(K::SecurityFeatureChecked, QStringLiteral("intaglio")),
            decision(K::SecurityFeatureChecked, QStringLiteral("laser-photo")),
            decision(K::FaceCompared),
            decision(K::CopyCertified),
            decision(K::OriginalsPosted)};
}

inline Meeting completeMeeting(qint64 dossierId = 1)
{
    Meeting m;
    m.dossierId = dossierId;
    m.version = 3;
    m.step = QStringLiteral("summary");
    m.startedAtUtc = meetingStart();
    m.place = QStringLiteral("Agence de Lyon");
    m.operatorId = QStringLiteral("op-alice");
    m.document = passport();
    m.suggestedFeatures = {QStringLiteral("watermark"), QStringLiteral("intaglio"),
                           QStringLiteral("laser-photo")};
    m.organisation.legalRepresentative = QStringLiteral("Jean Dupont");
    m.organisation.mandateDate = QDate(2026, 10, 1);
    m.organisation.mandateCountersigned = true;
    m.decisions = allDecisions();
    return m;
}

inline DocumentInfo paper(DocumentType type, QDate date, qint64 dossierId = 1)
{
    DocumentInfo info;
    info.dossierId = dossierId;
    info.type = type;
    info.source = QStringLiteral("import");
    info.mimeType = QStringLiteral("application/pdf");
    info.pageCount = 1;
    info.sha256 = QByteArray(32, '\x5a');
    info.size = 1024;
    if (date.isValid()) {
        info.paperDate = date;
    }
    return info;
}

inline QList<DocumentInfo> employeeDocuments(qint64 dossierId = 1)
{
    return {paper(DocumentType::Request, QDate(2026, 11, 2), dossierId),
            paper(DocumentType::PassportPage, {}, dossierId),
            paper(DocumentType::Kbis, QDate(2026, 10, 15), dossierId),
            paper(DocumentType::Mandate, QDate(2026, 10, 1), dossierId)};
}

inline OperatorProfile trainedOperator()
{
    OperatorProfile op;
    op.identity = {QStringLiteral("op-alice"), QStringLiteral("Alice Martin")};
    op.role = OperatorRole::DraOperator;
    op.caRegistrationNumber = QStringLiteral("DRA-0042");
    op.trainingDate = QDate(2026, 3, 1);
    return op;
}

} // namespace guichet::test
