#pragma once

#include "audit/AuditCheckpoint.h"
#include "ca/CaOpenSsl.h"

#include <QList>
#include <ctime>
#include <optional>
#include <string>
#include <unordered_map>

namespace guichet {

// The checkpoint checks of one chain walk: the same verdicts as CheckpointSignature::problem,
// but each distinct signer certificate is parsed, and its chain to the trust anchors verified,
// once per walk rather than once per checkpoint. A log with a checkpoint every 500 events has
// 2,000 of them per 1,000,000 events, signed by a handful of operators: checking each from
// scratch cost about 0.9 ms, as much as walking 1,000 events (bench/AuditVerifyBench.cpp).
class AuditChainCheckSigners {
public:
    explicit AuditChainCheckSigners(QList<QByteArray> trustAnchorsDer)
        : m_trustAnchorsDer(std::move(trustAnchorsDer))
    {
    }

    // The problem (translated), or nothing when the checkpoint's signature holds.
    std::optional<QString> problem(const AuditCheckpoint& checkpoint);

private:
    struct Signer {
        openssl::X509Ptr certificate;
        // The chain to the anchors, checked without the time: holds, and the period in which
        // every certificate of it is valid.
        bool chainHolds = false;
        time_t validAfter = 0;
        time_t validBefore = 0;
    };
    Signer& signerFor(const QByteArray& certificateDer);
    bool holdsSurely(const AuditCheckpoint& checkpoint);

    QList<QByteArray> m_trustAnchorsDer;
    std::unordered_map<std::string, Signer> m_signers;
};

} // namespace guichet
