#include "evidence/EvidencePackageBuilder.h"

#include "audit/AuditLog.h"
#include "ca/outbox/CaRequests.h"
#include "crypto/Cades.h"
#include "crypto/Sha256.h"
#include "documents/DocumentService.h"
#include "documents/DocumentType.h"
#include "evidence/AsicManifest.h"
#include "forms/InterventionFormSource.h"
#include "meeting/MeetingRepository.h"
#include "meeting/MeetingService.h"
#include "service/DossierService.h"
#include "storage/Database.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <algorithm>

namespace guichet {
namespace {

const QString kDossier = QStringLiteral("dossier");

struct FileType {
    const char* mimeType;
    const char* extension;
    bool compress;
};

// Already-compressed formats are stored as they are: deflating them again costs time
// (20 scanned pages) and gains nothing.
FileType fileType(const QString& mimeType)
{
    if (mimeType == u"image/jpeg") {
        return {"image/jpeg", "jpg", false};
    }
    if (mimeType == u"image/png") {
        return {"image/png", "png", false};
    }
    if (mimeType == u"application/pdf") {
        return {"application/pdf", "pdf", true};
    }
    if (mimeType == u"image/tiff") {
        return {"image/tiff", "tif", true};
    }
    return {"application/octet-stream", "bin", true};
}

QString mimeTypeOf(const QString& name)
{
    if (name.endsWith(u".pdf")) {
        return QStringLiteral("application/pdf");
    }
    if (name.endsWith(u".jpg")) {
        return QStringLiteral("image/jpeg");
    }
    if (name.endsWith(u".png")) {
        return QStringLiteral("image/png");
    }
    if (name.endsWith(u".tif")) {
        return QStringLiteral("image/tiff");
    }
    if (name.endsWith(u".json")) {
        return QStringLiteral("application/json");
    }
    if (name.endsWith(u".jsonl")) {
        return QStringLiteral("application/jsonl");
    }
    if (name.endsWith(u".p7s")) {
        return QStringLiteral("application/pkcs7-signature");
    }
    if (name.endsWith(u".der")) {
        return QStringLiteral("application/pkix-cert");
    }
    return QStringLiteral("application/octet-stream");
}

} // namespace

EvidencePackageBuilder::EvidencePackageBuilder(DossierService& dossiers, DocumentService& documents,
                                               const IdentityDocumentCatalogue& identityDocuments,
                                               const AtrCatalogue& tokens, OperatorProfile actor)
    : m_dossiers(dossiers), m_documents(documents), m_identityDocuments(identityDocuments),
      m_tokens(tokens), m_actor(std::move(actor))
{
}

Result<EvidenceFacts> EvidencePackageBuilder::gather(qint64 dossierId)
{
    Database& db = m_dossiers.database();
    const Clock& clock = m_dossiers.clock();
    EvidenceFacts facts;
    auto dossier = m_dossiers.find(dossierId);
    if (!dossier) {
        return dossier.error();
    }
    facts.dossier = std::move(dossier).value();
    auto meeting = MeetingRepository(db).find(dossierId);
    if (!meeting) {
        return meeting.error();
    }
    facts.meeting = std::move(meeting).value();
    auto documents = m_documents.list(dossierId);
    if (!documents) {
        return documents.error();
    }
    facts.documents = std::move(documents).value();
    auto signatures =
        FormSignatureService(db, clock, m_documents, m_actor.identity).forDossier(dossierId);
    if (!signatures) {
        return signatures.error();
    }
    facts.formSignatures = std::move(signatures).value();
    auto token = PersonalisedTokens::forDossier(db, clock, dossierId, m_tokens);
    if (!token) {
        return token.error();
    }
    facts.token = std::move(token).value();
    std::optional<TokenEvidence> tokenEvidence;
    if (facts.token) {
        tokenEvidence = TokenEvidence{facts.token->model, facts.token->certifiedQscd,
                                      facts.token->keyGeneratedOnDevice};
    }
    MeetingService meetings(db, clock, m_dossiers.catalogue(), m_identityDocuments, m_actor);
    auto checklist = meetings.checklist(dossierId, tokenEvidence);
    if (!checklist) {
        return checklist.error();
    }
    facts.checklist = std::move(checklist).value();
    CaRequests requests(db, clock, m_dossiers.catalogue(), m_actor.identity);
    auto certificates = requests.certificates(dossierId);
    if (!certificates) {
        return certificates.error();
    }
    for (const DossierCertificate& certificate : *certificates) {
        facts.certificatesDer.append(certificate.der);
    }
    AuditLog audit(db, clock);
    auto events = audit.eventsFor(kDossier, QString::number(dossierId));
    if (!events) {
        return events.error();
    }
    facts.auditEvents = std::move(events).value();
    if (facts.token) {
        // SDP-6.4.5-10: the token's preparation is logged on the token; it belongs here too.
        auto tokenEvents = audit.eventsFor(QStringLiteral("token"), facts.token->serial);
        if (!tokenEvents) {
            return tokenEvents.error();
        }
        facts.auditEvents.append(*tokenEvents);
        std::sort(facts.auditEvents.begin(), facts.auditEvents.end(),
                  [](const AuditEvent& a, const AuditEvent& b) { return a.seq < b.seq; });
    }
    facts.builtAtUtc = clock.nowUtc();
    facts.builtBy = m_actor.identity.id;
    return facts;
}

Result<QByteArray> EvidencePackageBuilder::renderForm(qint64 dossierId)
{
    // The form's text needs fonts, which only a GUI application object provides.
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return Error{ErrorCode::Internal,
                     tr("The intervention form cannot be drawn without a graphical application "
                        "object.")};
    }
    return InterventionFormSource::renderPdf(m_dossiers, dossierId, m_actor, QStringLiteral("fr"));
}

Result<QList<AsicEntry>> EvidencePackageBuilder::contents(const EvidenceFacts& facts)
{
    QList<AsicEntry> entries;
    const bool signedFormStored =
        std::any_of(facts.documents.cbegin(), facts.documents.cend(), [](const DocumentInfo& d) {
            return d.type == DocumentType::SignedInterventionForm;
        });
    if (!signedFormStored) {
        auto form = renderForm(facts.dossier.id);
        if (!form) {
            return form.error();
        }
        entries.append({QStringLiteral("intervention-form.pdf"), *form, true});
    }
    int number = 0;
    for (const DocumentInfo& document : facts.documents) {
        auto parts = m_documents.openParts(document);
        if (!parts) {
            return parts.error();
        }
        ++number;
        for (qsizetype i = 0; i < parts->size(); ++i) {
            const FileType type =
                fileType(i < document.parts.size() ? document.parts[i].mimeType : QString());
            // Types and numbers only: a path never carries personal data.
            QString name = QStringLiteral("documents/%1-%2")
                               .arg(number, 2, 10, QLatin1Char('0'))
                               .arg(DocumentTypes::key(document.type));
            if (parts->size() > 1) {
                name += QStringLiteral("-p%1").arg(i + 1);
            }
            name += QLatin1Char('.') + QLatin1String(type.extension);
            entries.append({name, parts->at(i), type.compress});
        }
        // The signed form travels with its detached signature, beside it.
        for (const FormSignatureRecord& signature : facts.formSignatures) {
            if (signature.documentId == document.id && parts->size() == 1) {
                entries.append({entries.last().name + QStringLiteral(".p7s"), signature.cms, true});
            }
        }
    }
    entries.append({QStringLiteral("record.json"), EvidenceRecord::dossierRecord(facts), true});
    entries.append({QStringLiteral("token.json"), EvidenceRecord::tokenFacts(facts), true});
    for (qsizetype i = 0; i < facts.certificatesDer.size(); ++i) {
        entries.append({QStringLiteral("token/certificate-%1.der").arg(i + 1),
                        facts.certificatesDer[i], true});
    }
    entries.append(
        {QStringLiteral("audit.jsonl"), EvidenceRecord::auditEvents(facts.auditEvents), true});
    return entries;
}

Result<EvidencePackage> EvidencePackageBuilder::seal(const QList<AsicEntry>& entries,
                                                     KeySigner& signer,
                                                     const QDateTime& signingTime)
{
    AsicManifest manifest;
    EvidencePackage package;
    for (const AsicEntry& entry : entries) {
        manifest.references.append({entry.name, mimeTypeOf(entry.name), Sha256::hash(entry.data)});
        package.files.append(entry.name);
    }
    const QByteArray manifestXml = manifest.toXml();
    // EN 319 162-1 4.4.2: the CAdES signature covers the manifest's exact bytes, and through
    // its digests every file.
    auto signature = CadesSigner::signDetached(signer, manifestXml, signingTime);
    if (!signature) {
        return signature.error();
    }
    QList<AsicEntry> all = entries;
    all.append({AsicManifest::Path, manifestXml, true});
    all.append({AsicManifest::SignaturePath, *signature, false});
    auto bytes = AsicContainer::write(all, signingTime);
    if (!bytes) {
        return bytes.error();
    }
    package.bytes = std::move(bytes).value();
    package.sha256 = Sha256::hash(package.bytes);
    package.signedAtUtc = signingTime;
    return package;
}

Status EvidencePackageBuilder::recordExport(qint64 dossierId, const EvidencePackage& package,
                                            KeySigner& signer)
{
    Database& db = m_dossiers.database();
    Transaction tx(db);
    if (!tx.begun()) {
        return tx.begun();
    }
    AuditLog audit(db, m_dossiers.clock());
    auto event = audit.append(
        m_actor.identity.id, QStringLiteral("dossier.evidence_exported"), kDossier,
        QString::number(dossierId),
        {{QStringLiteral("packageSha256"), QString::fromLatin1(package.sha256.toHex())},
         {QStringLiteral("files"), static_cast<int>(package.files.size())},
         {QStringLiteral("signerCertificateSha256"), Sha256::hashHex(signer.certificateDer())},
         {QStringLiteral("signedAt"), package.signedAtUtc.toString(Qt::ISODateWithMs)}});
    if (!event) {
        return event.error();
    }
    return tx.commit();
}

Result<EvidencePackage> EvidencePackageBuilder::build(qint64 dossierId, KeySigner& signer)
{
    auto facts = gather(dossierId);
    if (!facts) {
        return facts.error();
    }
    auto entries = contents(*facts);
    if (!entries) {
        return entries.error();
    }
    auto package = seal(*entries, signer, facts->builtAtUtc);
    if (!package) {
        return package.error();
    }
    if (Status recorded = recordExport(dossierId, *package, signer); !recorded) {
        return recorded.error();
    }
    return package;
}

} // namespace guichet
