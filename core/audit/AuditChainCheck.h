#pragma once

#include "audit/AuditChainCheckSigners.h"
#include "audit/AuditCheckpoint.h"
#include "audit/AuditLog.h"
#include "crypto/OpenSsl.h"

#include <QCoreApplication>
#include <QList>
#include <array>
#include <string>
#include <string_view>

namespace guichet {

// One stored event as the verifier sees it: views into the row, no copies.
struct StoredEventView {
    qint64 seq = 0;
    qint64 atMs = 0;
    std::string_view operatorId;
    std::string_view action;
    std::string_view objectType;
    std::string_view objectId;
    std::string_view details;
    std::string_view prevHashHex;
    std::string_view hashHex;
};

using Digest32 = std::array<unsigned char, 32>;
using HexDigest32 = std::array<char, 64>; // lower-case hex, as AuditLog stores hashes

// SHA-256 of AuditEvent::canonicalBytes(), built in a reused buffer with a fetched digest and
// a reused context: no allocation per event (the >= 1,000,000 events/s target of issue 7).
class EventHasher {
public:
    EventHasher();
    bool hash(const StoredEventView& event, const Digest32& prevHash, Digest32& out);
    // For the benchmark's baseline: the same bytes.
    const std::string& lastCanonicalBytes() const { return m_buffer; }

private:
    openssl::Md m_md;
    openssl::MdCtx m_ctx;
    std::string m_buffer;
};

bool decodeHex32(std::string_view hex, Digest32& out);
void encodeHex32(const Digest32& digest, HexDigest32& out);
inline std::string_view hexView(const HexDigest32& hex)
{
    return std::string_view(hex.data(), hex.size());
}

// Walks a chain fed event by event and checks every link, every hash, and every checkpoint:
// its signature, its certificate's chain to the trust anchors when given, and that the event
// it names has the hash it signed. Stops at the first problem and names it.
class AuditChainCheck {
    Q_DECLARE_TR_FUNCTIONS(AuditChainCheck)
public:
    // `firstSeq`/`firstPrevHash`: where the walk starts (a whole log: 1 and 32 zero bytes;
    // an export: its first event, whose predecessor is not in the file).
    AuditChainCheck(QList<AuditCheckpoint> checkpoints, const QList<QByteArray>& trustAnchorsDer,
                    qint64 firstSeq = 1, const Digest32& firstPrevHash = {});

    // A walk over one range of a log split for parallel verification (AuditVerifierRanges):
    // its first event's sequence number and link are taken as read and kept for join(), which
    // checks them against the walk of the range before.
    static AuditChainCheck forRange(QList<AuditCheckpoint> checkpoints,
                                    const QList<QByteArray>& trustAnchorsDer, qint64 firstSeq);

    // false once a problem was found (see report()).
    bool feed(const StoredEventView& event);
    // Continues this walk with `range`, walked on its own from where this one ends: the
    // result is the one feeding the range's events here would give (same first bad entry,
    // same message, same counts). false once a problem was found.
    bool join(const AuditChainCheck& range);
    // After the last event: the log's head record must name it (database only).
    void checkHead(bool present, qint64 headSeq, const QByteArray& headHash);
    // After the last event: no checkpoint may name an event past it.
    void finish();

    const AuditVerification& report() const { return m_report; }
    qint64 lastSeq() const { return m_expectedSeq - 1; }

private:
    bool fail(qint64 seq, const QString& problem, std::optional<qint64> checkpointId = {});
    bool failSequence(qint64 seq);
    bool failLink(qint64 seq);
    bool failChanged(qint64 seq);
    bool checkCheckpointsAt(const StoredEventView& event, const Digest32& hash);
    QString describe(const AuditCheckpoint& checkpoint) const;

    QList<AuditCheckpoint> m_checkpoints;
    AuditChainCheckSigners m_signers;
    qsizetype m_nextCheckpoint = 0;
    EventHasher m_hasher;
    Digest32 m_previous{};
    // m_previous in hex once an event was hashed here (the next event's prev_hash as stored).
    HexDigest32 m_previousHex{};
    bool m_previousHexKnown = false;
    qint64 m_expectedSeq = 1;
    AuditVerification m_report;
    // A range's walk (forRange): its first event as read, checked by join().
    bool m_openStart = false;
    bool m_started = false;
    qint64 m_firstSeq = 0;
    bool m_firstLinkReadable = true;
    Digest32 m_firstPrevHash{};
};

} // namespace guichet
