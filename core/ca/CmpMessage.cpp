#include "ca/CmpMessage.h"

#include <cstring>

namespace guichet {
namespace {

struct Tlv {
    int tag = 0;
    int tagClass = 0;
    bool constructed = false;
    const unsigned char* start = nullptr;
    const unsigned char* content = nullptr;
    long length = 0;
    const unsigned char* end() const { return content + length; }
    QByteArray whole() const
    {
        return QByteArray(reinterpret_cast<const char*>(start),
                          static_cast<qsizetype>(end() - start));
    }
};

// One definite-length TLV at `p`, not past `end`; advances `p` past it.
std::optional<Tlv> readTlv(const unsigned char*& p, const unsigned char* end)
{
    if (p == nullptr || p >= end) {
        return std::nullopt;
    }
    Tlv tlv;
    tlv.start = p;
    const unsigned char* cursor = p;
    const int flags = ASN1_get_object(&cursor, &tlv.length, &tlv.tag, &tlv.tagClass, end - p);
    if ((flags & 0x80) != 0 || (flags & 0x01) != 0 || tlv.length > end - cursor) {
        ERR_clear_error();
        return std::nullopt;
    }
    tlv.constructed = (flags & V_ASN1_CONSTRUCTED) != 0;
    tlv.content = cursor;
    p = tlv.end();
    return tlv;
}

QString oidOf(const Tlv& tlv)
{
    if (tlv.tag != V_ASN1_OBJECT || tlv.tagClass != V_ASN1_UNIVERSAL) {
        return {};
    }
    const unsigned char* in = tlv.start;
    openssl::Asn1Object object(d2i_ASN1_OBJECT(nullptr, &in, tlv.end() - tlv.start));
    if (!object) {
        ERR_clear_error();
        return {};
    }
    char buffer[128];
    OBJ_obj2txt(buffer, sizeof buffer, object.get(), 1);
    return QString::fromLatin1(buffer);
}

} // namespace

QByteArray CmpMessage::der(const OSSL_CMP_MSG* message)
{
    return openssl::toDer(message, i2d_OSSL_CMP_MSG);
}

openssl::CmpMsg CmpMessage::fromDer(const QByteArray& der)
{
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    openssl::CmpMsg message(d2i_OSSL_CMP_MSG(nullptr, &in, static_cast<long>(der.size())));
    if (!message) {
        ERR_clear_error();
    }
    return message;
}

std::optional<CmpRequestInfo> CmpMessage::inspect(const OSSL_CMP_MSG* message)
{
    const QByteArray bytes = der(message);
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const unsigned char* end = p + bytes.size();
    auto outer = readTlv(p, end);
    if (!outer) {
        return std::nullopt;
    }
    p = outer->content;
    auto header = readTlv(p, outer->end());
    if (!header || header->tag != V_ASN1_SEQUENCE) {
        return std::nullopt;
    }
    CmpRequestInfo info;
    p = header->content;
    for (int skipped = 0; skipped < 3; ++skipped) { // pvno, sender, recipient
        if (!readTlv(p, header->end())) {
            return std::nullopt;
        }
    }
    while (p < header->end()) {
        auto field = readTlv(p, header->end());
        if (!field) {
            return std::nullopt;
        }
        if (field->tagClass != V_ASN1_CONTEXT_SPECIFIC) {
            continue;
        }
        const unsigned char* inner = field->content;
        if (field->tag == 1) { // protectionAlg [1] AlgorithmIdentifier
            auto algorithm = readTlv(inner, field->end());
            const unsigned char* oidCursor = algorithm ? algorithm->content : nullptr;
            auto oid = algorithm ? readTlv(oidCursor, algorithm->end()) : std::nullopt;
            info.passwordBased = oid && oidOf(*oid) == QLatin1String(cmpoid::PasswordBasedMac);
        } else if (field->tag == 4) { // transactionID [4] OCTET STRING
            if (auto octets = readTlv(inner, field->end())) {
                info.transactionId = QByteArray(reinterpret_cast<const char*>(octets->content),
                                                static_cast<qsizetype>(octets->length));
            }
        } else if (field->tag == 8) { // generalInfo [8] SEQUENCE OF InfoTypeAndValue
            auto list = readTlv(inner, field->end());
            const unsigned char* item = list ? list->content : nullptr;
            while (list && item < list->end()) {
                auto itav = readTlv(item, list->end());
                if (!itav) {
                    break;
                }
                const unsigned char* part = itav->content;
                auto type = readTlv(part, itav->end());
                auto value = readTlv(part, itav->end());
                if (type && value) {
                    info.generalInfo.insert(oidOf(*type), value->whole());
                }
            }
        }
    }
    return info;
}

QString CmpMessage::utf8Value(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    auto value = readTlv(p, p + der.size());
    if (value && value->tag == V_ASN1_SEQUENCE) {
        const unsigned char* inner = value->content;
        value = readTlv(inner, value->end());
    }
    if (!value || value->tag != V_ASN1_UTF8STRING) {
        return {};
    }
    return QString::fromUtf8(reinterpret_cast<const char*>(value->content),
                             static_cast<qsizetype>(value->length));
}

openssl::PKey CmpMessage::templatePublicKey(const OSSL_CRMF_MSG* request)
{
    const QByteArray bytes = openssl::toDer(request, i2d_OSSL_CRMF_MSG);
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    auto message = readTlv(p, p + bytes.size()); // CertReqMsg
    const unsigned char* cursor = message ? message->content : nullptr;
    auto certRequest = message ? readTlv(cursor, message->end()) : std::nullopt;
    cursor = certRequest ? certRequest->content : nullptr;
    if (!certRequest || !readTlv(cursor, certRequest->end())) { // certReqId
        return nullptr;
    }
    auto certTemplate = readTlv(cursor, certRequest->end());
    cursor = certTemplate ? certTemplate->content : nullptr;
    while (certTemplate && cursor < certTemplate->end()) {
        auto field = readTlv(cursor, certTemplate->end());
        if (!field) {
            break;
        }
        if (field->tagClass == V_ASN1_CONTEXT_SPECIFIC && field->tag == 6) {
            QByteArray spki = field->whole();
            spki[0] = static_cast<char>(V_ASN1_SEQUENCE | V_ASN1_CONSTRUCTED);
            const auto* in = reinterpret_cast<const unsigned char*>(spki.constData());
            openssl::PKey key(d2i_PUBKEY(nullptr, &in, static_cast<long>(spki.size())));
            ERR_clear_error();
            return key;
        }
    }
    return nullptr;
}

int CmpMessage::revocationReason(const OSSL_CMP_MSG* message)
{
    // RevDetails' crlEntryDetails hold the reasonCode extension (2.5.29.21).
    static const QByteArray reasonOid("\x06\x03\x55\x1d\x15", 5);
    const QByteArray bytes = der(message);
    const qsizetype at = bytes.indexOf(reasonOid);
    if (at < 0) {
        return 0;
    }
    const auto* p =
        reinterpret_cast<const unsigned char*>(bytes.constData()) + at + reasonOid.size();
    const unsigned char* end =
        reinterpret_cast<const unsigned char*>(bytes.constData()) + bytes.size();
    auto next = readTlv(p, end);
    if (next && next->tag == V_ASN1_BOOLEAN) { // critical
        next = readTlv(p, end);
    }
    if (!next || next->tag != V_ASN1_OCTET_STRING) {
        return 0;
    }
    const unsigned char* inner = next->content;
    auto enumerated = readTlv(inner, next->end());
    if (!enumerated || enumerated->tag != V_ASN1_ENUMERATED || enumerated->length != 1) {
        return 0;
    }
    return enumerated->content[0];
}

OSSL_CMP_ITAV* CmpMessage::utf8Itav(const char* oid, const QString& value, bool asSequence)
{
    const QByteArray utf8 = value.toUtf8();
    openssl::Asn1Object type(OBJ_txt2obj(oid, 1));
    ASN1_TYPE* any = ASN1_TYPE_new();
    if (!type || any == nullptr) {
        ASN1_TYPE_free(any);
        return nullptr;
    }
    bool set = false;
    if (asSequence) {
        // SEQUENCE OF UTF8String with one element (RFC 9483 certProfile).
        const int inner = ASN1_object_size(0, static_cast<int>(utf8.size()), V_ASN1_UTF8STRING);
        const int total = ASN1_object_size(1, inner, V_ASN1_SEQUENCE);
        QByteArray der(total, Qt::Uninitialized);
        auto* out = reinterpret_cast<unsigned char*>(der.data());
        ASN1_put_object(&out, 1, inner, V_ASN1_SEQUENCE, V_ASN1_UNIVERSAL);
        ASN1_put_object(&out, 0, static_cast<int>(utf8.size()), V_ASN1_UTF8STRING,
                        V_ASN1_UNIVERSAL);
        std::memcpy(out, utf8.constData(), static_cast<size_t>(utf8.size()));
        ASN1_STRING* sequence = ASN1_STRING_type_new(V_ASN1_SEQUENCE);
        set = sequence != nullptr &&
              ASN1_STRING_set(sequence, der.constData(), static_cast<int>(der.size())) == 1;
        if (set) {
            ASN1_TYPE_set(any, V_ASN1_SEQUENCE, sequence);
        } else {
            ASN1_STRING_free(sequence);
        }
    } else {
        ASN1_UTF8STRING* string = ASN1_UTF8STRING_new();
        set = string != nullptr &&
              ASN1_STRING_set(string, utf8.constData(), static_cast<int>(utf8.size())) == 1;
        if (set) {
            ASN1_TYPE_set(any, V_ASN1_UTF8STRING, string);
        } else {
            ASN1_UTF8STRING_free(string);
        }
    }
    if (!set) {
        ASN1_TYPE_free(any);
        return nullptr;
    }
    OSSL_CMP_ITAV* itav = OSSL_CMP_ITAV_create(type.release(), any);
    return itav;
}

} // namespace guichet
