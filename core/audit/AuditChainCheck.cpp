#include "audit/AuditChainCheck.h"

#include <QtEndian>
#include <array>
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

// A table rather than comparisons, without a branch per character: two hashes are decoded
// per event, within a budget of 1 µs per event (issue 7).
constexpr std::array<signed char, 256> kHexValues = [] {
    std::array<signed char, 256> values{};
    values.fill(-1);
    for (int c = 0; c < 10; ++c) {
        values[size_t('0' + c)] = static_cast<signed char>(c);
    }
    for (int c = 0; c < 6; ++c) {
        values[size_t('a' + c)] = static_cast<signed char>(10 + c);
        values[size_t('A' + c)] = static_cast<signed char>(10 + c);
    }
    return values;
}();

// The two hex digits of each byte value, for encoding a computed hash.
constexpr std::array<std::array<char, 2>, 256> kHexDigits = [] {
    constexpr char digits[] = "0123456789abcdef";
    std::array<std::array<char, 2>, 256> pairs{};
    for (size_t b = 0; b < 256; ++b) {
        pairs[b] = {digits[b >> 4], digits[b & 15]};
    }
    return pairs;
}();

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
    int invalid = 0; // any -1 sets the sign bit
    for (size_t i = 0; i < 32; ++i) {
        const int high = kHexValues[static_cast<unsigned char>(hex[2 * i])];
        const int low = kHexValues[static_cast<unsigned char>(hex[2 * i + 1])];
        invalid |= high | low;
        out[i] = static_cast<unsigned char>((high << 4) | low);
    }
    return invalid >= 0;
}

void encodeHex32(const Digest32& digest, HexDigest32& out)
{
    for (size_t i = 0; i < 32; ++i) {
        out[2 * i] = kHexDigits[digest[i]][0];
        out[2 * i + 1] = kHexDigits[digest[i]][1];
    }
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
    : m_checkpoints(std::move(checkpoints)), m_signers(trustAnchorsDer), m_previous(firstPrevHash),
      m_expectedSeq(firstSeq)
{
    // Checkpoints before the walk's start cannot be checked against events (an export).
    while (m_nextCheckpoint < m_checkpoints.size() &&
           m_checkpoints[m_nextCheckpoint].seq < firstSeq) {
        ++m_nextCheckpoint;
    }
}

AuditChainCheck AuditChainCheck::forRange(QList<AuditCheckpoint> checkpoints,
                                          const QList<QByteArray>& trustAnchorsDer, qint64 firstSeq)
{
    AuditChainCheck check(std::move(checkpoints), trustAnchorsDer, firstSeq);
    check.m_openStart = true;
    return check;
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

bool AuditChainCheck::failSequence(qint64 seq)
{
    // The messages are AuditLog's, unchanged since the chain was checked there.
    return fail(m_expectedSeq, seq > m_expectedSeq
                                   ? AuditLog::tr("Event %1 is missing: the log jumps to event %2.")
                                         .arg(m_expectedSeq)
                                         .arg(seq)
                                   : AuditLog::tr("Event %1 is out of sequence.").arg(seq));
}

bool AuditChainCheck::failLink(qint64 seq)
{
    return fail(seq, AuditLog::tr("Event %1 does not follow the event before it: an "
                                  "event was removed, inserted or moved.")
                         .arg(seq));
}

bool AuditChainCheck::failChanged(qint64 seq)
{
    return fail(seq, AuditLog::tr("Event %1 was changed after it was written.").arg(seq));
}

bool AuditChainCheck::feed(const StoredEventView& event)
{
    if (!m_report.intact) {
        return false;
    }
    if (m_openStart && !m_started) {
        // A range's first event: where it starts and what it links to are join()'s to check
        // against the range before; the walk goes on from them.
        m_started = true;
        m_firstSeq = event.seq;
        m_expectedSeq = event.seq;
        m_firstLinkReadable = decodeHex32(event.prevHashHex, m_firstPrevHash);
        if (!m_firstLinkReadable) {
            return false; // join() names this event's broken link
        }
        m_previous = m_firstPrevHash;
        while (m_nextCheckpoint < m_checkpoints.size() &&
               m_checkpoints[m_nextCheckpoint].seq < event.seq) {
            ++m_nextCheckpoint;
        }
    }
    if (event.seq != m_expectedSeq) {
        return failSequence(event.seq);
    }
    // The stored hex is compared as text with the hex of the hash it must equal (written by
    // AuditLog in lower case): decoding both hashes of every event took a tenth of the walk
    // (issue 7, >= 1,000,000 events/s). Any other spelling is decoded and compared as before.
    if (!m_previousHexKnown || event.prevHashHex != hexView(m_previousHex)) {
        Digest32 prevHash{};
        if (!decodeHex32(event.prevHashHex, prevHash) || prevHash != m_previous) {
            return failLink(event.seq);
        }
    }
    Digest32 computed{};
    if (!m_hasher.hash(event, m_previous, computed)) {
        return failChanged(event.seq);
    }
    encodeHex32(computed, m_previousHex);
    m_previousHexKnown = true;
    if (event.hashHex != hexView(m_previousHex)) {
        Digest32 stored{};
        if (!decodeHex32(event.hashHex, stored) || computed != stored) {
            return failChanged(event.seq);
        }
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
        // Checked when the walk reaches the event it names, so the first problem in log order
        // is named, and each range of a parallel walk checks its own checkpoints' signatures.
        if (const auto problem = m_signers.problem(checkpoint)) {
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

bool AuditChainCheck::join(const AuditChainCheck& range)
{
    if (!m_report.intact) {
        return false;
    }
    if (!range.m_started) {
        return true; // nothing read in it: the next range's first event is checked here
    }
    if (range.m_firstSeq != m_expectedSeq) {
        return failSequence(range.m_firstSeq);
    }
    if (!range.m_firstLinkReadable || range.m_firstPrevHash != m_previous) {
        return failLink(range.m_firstSeq);
    }
    const AuditVerification& part = range.m_report;
    m_report.eventsChecked += part.eventsChecked;
    m_report.checkpointsChecked += part.checkpointsChecked;
    if (part.coveredUpToSeq > 0) {
        m_report.coveredUpToSeq = part.coveredUpToSeq;
    }
    if (!part.intact) {
        return fail(part.firstBadSeq.value_or(range.m_expectedSeq), part.problem,
                    part.firstBadCheckpoint);
    }
    m_previous = range.m_previous;
    m_previousHex = range.m_previousHex;
    m_previousHexKnown = range.m_previousHexKnown;
    m_expectedSeq = range.m_expectedSeq;
    // The range checked the checkpoints naming its events.
    while (m_nextCheckpoint < m_checkpoints.size() &&
           m_checkpoints[m_nextCheckpoint].seq < m_expectedSeq) {
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
