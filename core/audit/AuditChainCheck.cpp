#include "audit/AuditChainCheck.h"

#include "audit/CheckpointSignature.h"

#include <QtEndian>
#include <cstring>

namespace guichet {
namespace {

constexpr std::string_view kPrefix = "guichet-audit-v1"; // AuditEvent::canonicalBytes()

void appendNumber(std::string& out, qint64 value)
{
    const qint64 big = qToBigEndian(value);
    out.append(reinterpret_cast<const char*>(&big), sizeof big);
}

void appendField(std::string& out, std::string_view field)
{
    const quint32 length = qToBigEndian(quint32(field.size()));
    out.append(reinterpret_cast<const char*>(&length), sizeof length);
    out.append(field);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

Digest32 toDigest(const QByteArray& bytes)
{
    Digest32 out{};
    if (bytes.size() == 32) {
        std::memcpy(out.data(), bytes.constData(), 32);
    }
    return out;
}

} // namespace

bool decodeHex32(std::string_view hex, Digest32& out)
{
    if (hex.size() != 64) {
        return false;
    }
    for (size_t i = 0; i < 32; ++i) {
        const int high = hexValue(hex[2 * i]);
        const int low = hexValue(hex[2 * i + 1]);
        if (high < 0 || low < 0) {
            return false;
        }
        out[i] = static_cast<unsigned char>((high << 4) | low);
    }
    return true;
}

EventHasher::EventHasher() : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr)), m_ctx(EVP_MD_CTX_new())
{
    m_buffer.reserve(1024);
}

bool EventHasher::hash(const StoredEventView& event, const Digest32& prevHash, Digest32& out)
{
    m_buffer.clear(); // keeps its capacity
    m_buffer.append(kPrefix);
    appendNumber(m_buffer, event.seq);
    appendNumber(m_buffer, event.atMs);
    appendField(m_buffer, event.operatorId);
    appendField(m_buffer, event.action);
    appendField(m_buffer, event.objectType);
    appendField(m_buffer, event.objectId);
    appendField(m_buffer, event.details);
    appendField(m_buffer,
                std::string_view(reinterpret_cast<const char*>(prevHash.data()), prevHash.size()));
    unsigned int length = 0;
    return m_md && m_ctx && EVP_DigestInit_ex2(m_ctx.get(), m_md.get(), nullptr) == 1 &&
           EVP_DigestUpdate(m_ctx.get(), m_buffer.data(), m_buffer.size()) == 1 &&
           EVP_DigestFinal_ex(m_ctx.get(), out.data(), &length) == 1 && length == 32;
}

AuditChainCheck::AuditChainCheck(QList<AuditCheckpoint> checkpoints,
                                 const QList<QByteArray>& trustAnchorsDer, qint64 firstSeq,
                                 const Digest32& firstPrevHash)
    : m_checkpoints(std::move(checkpoints)), m_previous(firstPrevHash), m_expectedSeq(firstSeq)
{
    // A handful per session: their signatures are checked once, up front, and reported when
    // the walk reaches the event they name, so the first problem in log order is named.
    m_signatureProblems.reserve(m_checkpoints.size());
    for (const AuditCheckpoint& checkpoint : std::as_const(m_checkpoints)) {
        m_signatureProblems.append(CheckpointSignature::problem(checkpoint, trustAnchorsDer));
    }
    // Checkpoints before the walk's start cannot be checked against events (an export).
    while (m_nextCheckpoint < m_checkpoints.size() &&
           m_checkpoints[m_nextCheckpoint].seq < firstSeq) {
        ++m_nextCheckpoint;
    }
}

bool AuditChainCheck::fail(qint64 seq, const QString& problem, std::optional<qint64> checkpointId)
{
    m_report.intact = false;
    m_report.firstBadSeq = seq;
    m_report.problem = problem;
    m_report.firstBadCheckpoint = checkpointId;
    return false;
}

QString AuditChainCheck::describe(const AuditCheckpoint& checkpoint) const
{
    return tr("%1 (event %2, signed by %3 on %4 UTC)")
        .arg(checkpoint.id)
        .arg(checkpoint.seq)
        .arg(checkpoint.operatorId,
             checkpoint.createdAtUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

bool AuditChainCheck::feed(const StoredEventView& event)
{
    if (!m_report.intact) {
        return false;
    }
    // The messages are AuditLog's, unchanged since the chain was checked there.
    if (event.seq != m_expectedSeq) {
        return fail(m_expectedSeq,
                    event.seq > m_expectedSeq
                        ? AuditLog::tr("Event %1 is missing: the log jumps to event %2.")
                              .arg(m_expectedSeq)
                              .arg(event.seq)
                        : AuditLog::tr("Event %1 is out of sequence.").arg(event.seq));
    }
    Digest32 prevHash{};
    if (!decodeHex32(event.prevHashHex, prevHash) || prevHash != m_previous) {
        return fail(event.seq, AuditLog::tr("Event %1 does not follow the event before it: an "
                                            "event was removed, inserted or moved.")
                                   .arg(event.seq));
    }
    Digest32 computed{};
    Digest32 stored{};
    if (!m_hasher.hash(event, prevHash, computed) || !decodeHex32(event.hashHex, stored) ||
        computed != stored) {
        return fail(event.seq,
                    AuditLog::tr("Event %1 was changed after it was written.").arg(event.seq));
    }
    m_previous = computed;
    ++m_expectedSeq;
    ++m_report.eventsChecked;
    if (m_nextCheckpoint < m_checkpoints.size() &&
        m_checkpoints[m_nextCheckpoint].seq == event.seq) {
        return checkCheckpointsAt(event, computed);
    }
    return true;
}

bool AuditChainCheck::checkCheckpointsAt(const StoredEventView& event, const Digest32& hash)
{
    while (m_nextCheckpoint < m_checkpoints.size() &&
           m_checkpoints[m_nextCheckpoint].seq == event.seq) {
        const AuditCheckpoint& checkpoint = m_checkpoints[m_nextCheckpoint];
        if (const auto& problem = m_signatureProblems[m_nextCheckpoint]) {
            return fail(event.seq,
                        tr("Checkpoint %1 is not valid: %2.").arg(describe(checkpoint), *problem),
                        checkpoint.id);
        }
        if (toDigest(checkpoint.headHash) != hash || checkpoint.headHash.size() != 32) {
            // The chain links hold up to here, so its hashes were recomputed: the whole log
            // up to this event was rewritten by someone with access to the database.
            return fail(event.seq,
                        tr("Event %1 is not the event signed in checkpoint %2: the log up to this "
                           "event was rewritten.")
                            .arg(event.seq)
                            .arg(describe(checkpoint)),
                        checkpoint.id);
        }
        ++m_report.checkpointsChecked;
        m_report.coveredUpToSeq = event.seq;
        ++m_nextCheckpoint;
    }
    return true;
}

void AuditChainCheck::checkHead(bool present, qint64 headSeq, const QByteArray& headHash)
{
    if (!m_report.intact) {
        return;
    }
    if (!present) {
        fail(m_expectedSeq, AuditLog::tr("The audit log's head record is missing."));
        return;
    }
    if (headSeq != m_expectedSeq - 1 || (headSeq > 0 && toDigest(headHash) != m_previous)) {
        fail(std::min(headSeq, m_expectedSeq),
             AuditLog::tr("The audit log ends at event %1 but its head says %2: events at the "
                          "end were removed or replaced.")
                 .arg(m_expectedSeq - 1)
                 .arg(headSeq));
    }
}

void AuditChainCheck::finish()
{
    if (!m_report.intact || m_nextCheckpoint >= m_checkpoints.size()) {
        return;
    }
    const AuditCheckpoint& checkpoint = m_checkpoints[m_nextCheckpoint];
    fail(m_expectedSeq,
         tr("Event %1 is missing: checkpoint %2 names it. Events at the end were removed.")
             .arg(checkpoint.seq)
             .arg(describe(checkpoint)),
         checkpoint.id);
}

} // namespace guichet
