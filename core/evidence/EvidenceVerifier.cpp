#include "evidence/EvidenceVerifier.h"

#include "crypto/Sha256.h"
#include "evidence/AsicContainer.h"

#include <QSet>

namespace guichet {

bool EvidenceReport::intact() const
{
    return containerProblems.isEmpty() && changed.isEmpty() && missing.isEmpty() &&
           added.isEmpty() && manifest.has_value() && signature.has_value() &&
           signatureProblem.isEmpty();
}

QStringList EvidenceReport::findings() const
{
    QStringList lines = containerProblems;
    for (const QString& name : changed) {
        lines.append(EvidenceVerifier::tr("changed: %1").arg(name));
    }
    for (const QString& name : missing) {
        lines.append(EvidenceVerifier::tr("missing: %1").arg(name));
    }
    for (const QString& name : added) {
        lines.append(EvidenceVerifier::tr("added: %1").arg(name));
    }
    if (!signatureProblem.isEmpty()) {
        lines.append(EvidenceVerifier::tr("signature: %1").arg(signatureProblem));
    }
    return lines;
}

Result<EvidenceReport> EvidenceVerifier::verify(const QByteArray& container,
                                                const QList<QByteArray>& trustAnchorsDer)
{
    auto contents = AsicContainer::read(container);
    if (!contents) {
        return contents.error();
    }
    EvidenceReport report;
    report.containerProblems = contents->problems;
    const AsicEntry* manifestEntry = contents->find(AsicManifest::Path);
    if (manifestEntry == nullptr) {
        report.containerProblems.append(tr("The container has no %1.").arg(AsicManifest::Path));
        report.signatureProblem = tr("Nothing is signed: the manifest is missing.");
        for (const AsicEntry& entry : contents->entries) {
            report.added.append(entry.name);
        }
        return report;
    }
    auto manifest = AsicManifestReader::parse(manifestEntry->data);
    if (!manifest) {
        report.containerProblems.append(manifest.error().message);
        report.signatureProblem = tr("Nothing is signed: the manifest cannot be read.");
        return report;
    }
    report.manifest = *manifest;

    QSet<QString> listed;
    for (const ManifestReference& reference : manifest->references) {
        listed.insert(reference.uri);
        const AsicEntry* entry = contents->find(reference.uri);
        if (entry == nullptr) {
            report.missing.append(reference.uri);
        } else if (Sha256::hash(entry->data) != reference.sha256) {
            report.changed.append(reference.uri);
        } else {
            report.checked.append(reference.uri);
        }
    }
    for (const AsicEntry& entry : contents->entries) {
        if (entry.name != AsicManifest::Path && entry.name != manifest->signatureUri &&
            !listed.contains(entry.name)) {
            report.added.append(entry.name);
        }
    }

    const AsicEntry* signature = contents->find(manifest->signatureUri);
    if (signature == nullptr) {
        report.signatureProblem =
            tr("The signature %1 named by the manifest is missing.").arg(manifest->signatureUri);
        return report;
    }
    auto checked =
        CadesVerifier::verifyDetached(signature->data, manifestEntry->data, trustAnchorsDer);
    if (!checked) {
        report.signatureProblem = checked.error().message;
        return report;
    }
    report.signature = *checked;
    if (!checked->valid) {
        report.signatureProblem = checked->problem.isEmpty()
                                      ? tr("The signature does not match the manifest.")
                                      : checked->problem;
    } else if (!trustAnchorsDer.isEmpty() && !checked->trusted) {
        report.signatureProblem = checked->problem.isEmpty()
                                      ? tr("The signer's certificate is not trusted.")
                                      : checked->problem;
    }
    return report;
}

} // namespace guichet
