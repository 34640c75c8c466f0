#pragma once

#include "common/Result.h"
#include "crypto/Cades.h"
#include "evidence/AsicManifest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace guichet {

// What checking an evidence package found. Every file is accounted for: changed (its SHA-256
// differs from the manifest's), missing (listed, absent) or added (present, not listed).
struct EvidenceReport {
    QStringList containerProblems; // ASiC-E rules broken (mimetype), translated
    QStringList checked;           // files whose digest matches
    QStringList changed;
    QStringList missing;
    QStringList added;
    std::optional<AsicManifest> manifest;
    std::optional<SignatureReport> signature; // CadesVerifier's, over the manifest's bytes
    QString signatureProblem; // translated: no signature, unreadable, invalid or untrusted

    // Nothing changed, missing or added, the container well formed, and the signature valid
    // (and trusted when trust anchors were given).
    bool intact() const;
    // One line per finding, translated, for the command line and the window.
    QStringList findings() const;
};

// Checks an ASiC-E evidence package (EN 319 162-1): the container's form, every file
// against META-INF/ASiCManifest.xml, and the CAdES signature over that manifest.
class EvidenceVerifier {
    Q_DECLARE_TR_FUNCTIONS(EvidenceVerifier)
public:
    // Fails only for bytes that are not a ZIP; everything else is in the report. Without
    // trust anchors the signature's trust is not judged (valid is enough to be intact).
    static Result<EvidenceReport> verify(const QByteArray& container,
                                         const QList<QByteArray>& trustAnchorsDer);
};

} // namespace guichet
