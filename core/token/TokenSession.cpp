#include "token/TokenSession.h"

#include "token/Pkcs11Module.h"
#include "token/TokenCrypto.h"
#include "token/TokenLogging.h"

namespace guichet {
namespace {

CK_ATTRIBUTE attr(CK_ATTRIBUTE_TYPE type, const void* value, std::size_t size)
{
    return CK_ATTRIBUTE{type, const_cast<void*>(value), static_cast<CK_ULONG>(size)};
}

CK_ATTRIBUTE attr(CK_ATTRIBUTE_TYPE type, const QByteArray& value)
{
    return attr(type, value.constData(), static_cast<std::size_t>(value.size()));
}

CK_UTF8CHAR* pinPointer(const SecretBytes& pin)
{
    // An empty PIN is the pinpad's null PIN (REFERENCE.md, step 1).
    return pin.isEmpty() ? nullptr : const_cast<CK_UTF8CHAR*>(pin.data());
}

CK_BBOOL g_true = CK_TRUE;
CK_BBOOL g_false = CK_FALSE;

} // namespace

TokenSession::TokenSession(const Pkcs11Module& module, CK_SLOT_ID slot, CK_SESSION_HANDLE session)
    : m_module(module), m_api(module.api()), m_slot(slot), m_session(session)
{
}

TokenSession::~TokenSession()
{
    logout();
    m_api.C_CloseSession(m_session);
}

Result<std::unique_ptr<TokenSession>> TokenSession::open(const Pkcs11Module& module,
                                                         CK_SLOT_ID slot, bool readWrite)
{
    CK_SESSION_HANDLE session = CK_INVALID_HANDLE;
    const CK_FLAGS flags = CKF_SERIAL_SESSION | (readWrite ? CKF_RW_SESSION : 0);
    const CK_RV rv = module.api().C_OpenSession(slot, flags, nullptr, nullptr, &session);
    if (rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, tr("opening a session on the token"));
    }
    return std::unique_ptr<TokenSession>(new TokenSession(module, slot, session));
}

std::optional<int> TokenSession::triesLeft(CK_USER_TYPE user) const
{
    auto info = TokenSlot::inspect(m_module, m_slot);
    if (!info) {
        return std::nullopt;
    }
    return user == CKU_SO ? info->soTriesLeft() : info->userTriesLeft();
}

Status TokenSession::login(CK_USER_TYPE user, const SecretBytes& pin)
{
    logout();
    const CK_RV rv =
        m_api.C_Login(m_session, user, pinPointer(pin), static_cast<CK_ULONG>(pin.size()));
    if (rv == CKR_USER_ALREADY_LOGGED_IN) {
        m_loggedIn = true;
        return Status::success();
    }
    if (rv != CKR_OK) {
        const QString what = user == CKU_SO ? tr("logging in as security officer")
                                            : tr("logging in with the holder's PIN");
        return TokenErrors::fromReturn(rv, what, triesLeft(user));
    }
    m_loggedIn = true;
    return Status::success();
}

void TokenSession::logout()
{
    if (m_loggedIn) {
        m_api.C_Logout(m_session);
        m_loggedIn = false;
    }
}

Status TokenSession::initUserPin(const SecretBytes& pin)
{
    const CK_RV rv = m_api.C_InitPIN(m_session, pinPointer(pin), static_cast<CK_ULONG>(pin.size()));
    if (rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, tr("setting the holder's PIN"));
    }
    return Status::success();
}

Status TokenSession::setPin(const SecretBytes& oldPin, const SecretBytes& newPin)
{
    const CK_RV rv =
        m_api.C_SetPIN(m_session, pinPointer(oldPin), static_cast<CK_ULONG>(oldPin.size()),
                       pinPointer(newPin), static_cast<CK_ULONG>(newPin.size()));
    if (rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, tr("changing the PIN"), triesLeft(CKU_USER));
    }
    return Status::success();
}

Result<KeyFacts> TokenSession::generateKeyPair(KeyAlgorithm algorithm, const QByteArray& id,
                                               const QString& label)
{
    const QByteArray labelBytes = label.toUtf8();
    const bool ec = algorithm == KeyAlgorithm::EcP256 || algorithm == KeyAlgorithm::EcP384;
    const QByteArray params = TokenCrypto::ecParams(algorithm);
    const CK_ULONG bits = algorithm == KeyAlgorithm::Rsa3072 ? 3072 : 2048;
    static const unsigned char kExponent[] = {0x01, 0x00, 0x01};

    std::vector<CK_ATTRIBUTE> publicTemplate{
        attr(CKA_TOKEN, &g_true, sizeof g_true), attr(CKA_PRIVATE, &g_false, sizeof g_false),
        attr(CKA_VERIFY, &g_true, sizeof g_true), attr(CKA_ID, id), attr(CKA_LABEL, labelBytes)};
    if (ec) {
        publicTemplate.push_back(attr(CKA_EC_PARAMS, params));
    } else {
        publicTemplate.push_back(attr(CKA_MODULUS_BITS, &bits, sizeof bits));
        publicTemplate.push_back(attr(CKA_PUBLIC_EXPONENT, kExponent, sizeof kExponent));
    }
    // REFERENCE.md step 5; SDP-6.5.1-04: the private key never leaves the token.
    std::vector<CK_ATTRIBUTE> privateTemplate{attr(CKA_TOKEN, &g_true, sizeof g_true),
                                              attr(CKA_PRIVATE, &g_true, sizeof g_true),
                                              attr(CKA_SENSITIVE, &g_true, sizeof g_true),
                                              attr(CKA_EXTRACTABLE, &g_false, sizeof g_false),
                                              attr(CKA_SIGN, &g_true, sizeof g_true),
                                              attr(CKA_ID, id),
                                              attr(CKA_LABEL, labelBytes)};
    CK_MECHANISM mechanism{ec ? CKM_EC_KEY_PAIR_GEN : CKM_RSA_PKCS_KEY_PAIR_GEN, nullptr, 0};
    CK_OBJECT_HANDLE publicKey = CK_INVALID_HANDLE;
    CK_OBJECT_HANDLE privateKey = CK_INVALID_HANDLE;
    const CK_RV rv = m_api.C_GenerateKeyPair(
        m_session, &mechanism, publicTemplate.data(), static_cast<CK_ULONG>(publicTemplate.size()),
        privateTemplate.data(), static_cast<CK_ULONG>(privateTemplate.size()), &publicKey,
        &privateKey);
    if (rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, tr("generating the key pair on the token"));
    }
    return keyFacts(id);
}

Result<CK_OBJECT_HANDLE> TokenSession::findOne(CK_OBJECT_CLASS objectClass, const QByteArray& id)
{
    CK_ATTRIBUTE search[] = {attr(CKA_CLASS, &objectClass, sizeof objectClass), attr(CKA_ID, id)};
    if (CK_RV rv = m_api.C_FindObjectsInit(m_session, search, 2); rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, tr("looking for the key on the token"));
    }
    CK_OBJECT_HANDLE found = CK_INVALID_HANDLE;
    CK_ULONG count = 0;
    const CK_RV rv = m_api.C_FindObjects(m_session, &found, 1, &count);
    m_api.C_FindObjectsFinal(m_session);
    if (rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, tr("looking for the key on the token"));
    }
    if (count == 0) {
        return Error{ErrorCode::NotFound, tr("The token holds no key with the identifier %1.")
                                              .arg(QString::fromLatin1(id.toHex()))};
    }
    return found;
}

Result<QByteArray> TokenSession::attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type)
{
    CK_ATTRIBUTE query{type, nullptr, 0};
    CK_RV rv = m_api.C_GetAttributeValue(m_session, object, &query, 1);
    if (rv == CKR_OK && query.ulValueLen != CK_UNAVAILABLE_INFORMATION) {
        QByteArray value(static_cast<qsizetype>(query.ulValueLen), Qt::Uninitialized);
        query.pValue = value.data();
        rv = m_api.C_GetAttributeValue(m_session, object, &query, 1);
        if (rv == CKR_OK) {
            return value;
        }
    }
    if (rv == CKR_ATTRIBUTE_TYPE_INVALID || rv == CKR_ATTRIBUTE_SENSITIVE || rv == CKR_OK) {
        return QByteArray(); // absent: the caller decides what that means
    }
    return TokenErrors::fromReturn(rv, tr("reading the key's attributes"));
}

Result<KeyFacts> TokenSession::keyFacts(const QByteArray& id)
{
    auto key = findOne(CKO_PRIVATE_KEY, id);
    if (!key) {
        return key.error();
    }
    KeyFacts facts;
    facts.id = id;
    auto flag = [&](CK_ATTRIBUTE_TYPE type) -> Result<bool> {
        auto value = attribute(*key, type);
        if (!value) {
            return value.error();
        }
        return value->size() == 1 && value->at(0) != 0;
    };
    struct {
        CK_ATTRIBUTE_TYPE type;
        bool* into;
    } const flags[] = {{CKA_LOCAL, &facts.local},
                       {CKA_NEVER_EXTRACTABLE, &facts.neverExtractable},
                       {CKA_ALWAYS_SENSITIVE, &facts.alwaysSensitive},
                       {CKA_SENSITIVE, &facts.sensitive},
                       {CKA_EXTRACTABLE, &facts.extractable}};
    for (const auto& entry : flags) {
        auto value = flag(entry.type);
        if (!value) {
            return value.error();
        }
        *entry.into = *value;
    }
    auto label = attribute(*key, CKA_LABEL);
    facts.label = label ? QString::fromUtf8(*label) : QString();
    auto type = attribute(*key, CKA_KEY_TYPE);
    if (!type) {
        return type.error();
    }
    CK_KEY_TYPE keyType = CKK_VENDOR_DEFINED;
    if (type->size() == sizeof keyType) {
        std::memcpy(&keyType, type->constData(), sizeof keyType);
    }
    if (keyType == CKK_EC) {
        auto params = attribute(*key, CKA_EC_PARAMS);
        const auto curve = params ? TokenCrypto::curveFromParams(*params) : std::nullopt;
        if (!curve) {
            return Error{ErrorCode::Refused, tr("The key is on a curve Guichet does not use.")};
        }
        facts.algorithm = *curve;
    } else if (keyType == CKK_RSA) {
        auto modulus = attribute(*key, CKA_MODULUS);
        facts.algorithm =
            modulus && modulus->size() >= 384 ? KeyAlgorithm::Rsa3072 : KeyAlgorithm::Rsa2048;
    } else {
        return Error{ErrorCode::Refused, tr("The key is neither RSA nor EC.")};
    }
    return facts;
}

Result<QByteArray> TokenSession::publicKeyInfo(const QByteArray& id)
{
    auto key = findOne(CKO_PUBLIC_KEY, id);
    if (!key) {
        return key.error();
    }
    auto params = attribute(*key, CKA_EC_PARAMS);
    if (params && !params->isEmpty()) {
        auto point = attribute(*key, CKA_EC_POINT);
        if (!point) {
            return point.error();
        }
        return TokenCrypto::spkiFromEc(*params, *point);
    }
    auto modulus = attribute(*key, CKA_MODULUS);
    auto exponent = attribute(*key, CKA_PUBLIC_EXPONENT);
    if (!modulus || !exponent) {
        return (!modulus ? modulus : exponent).error();
    }
    return TokenCrypto::spkiFromRsa(*modulus, *exponent);
}

Result<QByteArray> TokenSession::sign(const QByteArray& id, const QByteArray& data)
{
    auto facts = keyFacts(id);
    if (!facts) {
        return facts.error();
    }
    auto key = findOne(CKO_PRIVATE_KEY, id);
    if (!key) {
        return key.error();
    }
    const bool ec =
        facts->algorithm == KeyAlgorithm::EcP256 || facts->algorithm == KeyAlgorithm::EcP384;
    // ECDSA is hashed here: many tokens only offer the raw CKM_ECDSA mechanism.
    const QByteArray input =
        ec ? TokenCrypto::digest(data, facts->algorithm == KeyAlgorithm::EcP384) : data;
    return signWith(*key, ec ? CKM_ECDSA : CKM_SHA256_RSA_PKCS, input, ec);
}

Result<QByteArray> TokenSession::signWith(CK_OBJECT_HANDLE key, CK_MECHANISM_TYPE type,
                                          const QByteArray& input, bool ecdsa)
{
    CK_MECHANISM mechanism{type, nullptr, 0};
    if (CK_RV rv = m_api.C_SignInit(m_session, &mechanism, key); rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, tr("signing on the token"));
    }
    CK_ULONG size = 0;
    auto* in = reinterpret_cast<CK_BYTE*>(const_cast<char*>(input.constData()));
    const auto inSize = static_cast<CK_ULONG>(input.size());
    // C_Sign ends the operation on any error but CKR_BUFFER_TOO_SMALL and the size query.
    if (CK_RV rv = m_api.C_Sign(m_session, in, inSize, nullptr, &size); rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, tr("signing on the token"));
    }
    QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (CK_RV rv = m_api.C_Sign(m_session, in, inSize, reinterpret_cast<CK_BYTE*>(signature.data()),
                                &size);
        rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, tr("signing on the token"));
    }
    signature.resize(static_cast<qsizetype>(size));
    // PKCS#11 gives ECDSA as r||s; X.509 and CMS want ECDSA-Sig-Value.
    return ecdsa ? TokenCrypto::ecdsaRawToDer(signature) : Result<QByteArray>(signature);
}

Status TokenSession::importCertificate(const QByteArray& id, const QString& label,
                                       const QByteArray& certificateDer)
{
    auto fields = TokenCrypto::certificateFields(certificateDer);
    if (!fields) {
        return fields.error();
    }
    CK_OBJECT_CLASS objectClass = CKO_CERTIFICATE;
    CK_CERTIFICATE_TYPE certificateType = CKC_X_509;
    const QByteArray labelBytes = label.toUtf8();
    // REFERENCE.md step 7: same CKA_ID as the key, so applications pair them.
    std::vector<CK_ATTRIBUTE> attributes{
        attr(CKA_CLASS, &objectClass, sizeof objectClass),
        attr(CKA_CERTIFICATE_TYPE, &certificateType, sizeof certificateType),
        attr(CKA_TOKEN, &g_true, sizeof g_true),
        attr(CKA_PRIVATE, &g_false, sizeof g_false),
        attr(CKA_LABEL, labelBytes),
        attr(CKA_ID, id),
        attr(CKA_VALUE, certificateDer),
        attr(CKA_SUBJECT, fields->subject),
        attr(CKA_ISSUER, fields->issuer),
        attr(CKA_SERIAL_NUMBER, fields->serial)};
    auto created = createObject(attributes);
    return created ? Status::success() : Status(created.error());
}

Result<QByteArray> TokenSession::certificateValue(const QByteArray& id)
{
    auto certificate = findOne(CKO_CERTIFICATE, id);
    if (!certificate) {
        return certificate.error();
    }
    return attribute(*certificate, CKA_VALUE);
}

Result<CK_OBJECT_HANDLE> TokenSession::createObject(std::vector<CK_ATTRIBUTE>& attributes)
{
    CK_OBJECT_HANDLE object = CK_INVALID_HANDLE;
    const CK_RV rv = m_api.C_CreateObject(m_session, attributes.data(),
                                          static_cast<CK_ULONG>(attributes.size()), &object);
    if (rv != CKR_OK) {
        return TokenErrors::fromReturn(rv, tr("writing to the token"));
    }
    return object;
}

QList<TokenObject> TokenSession::objects()
{
    QList<TokenObject> found;
    if (m_api.C_FindObjectsInit(m_session, nullptr, 0) != CKR_OK) {
        return found;
    }
    CK_OBJECT_HANDLE handles[64];
    CK_ULONG count = 0;
    std::vector<CK_OBJECT_HANDLE> all;
    while (m_api.C_FindObjects(m_session, handles, 64, &count) == CKR_OK && count > 0) {
        all.insert(all.end(), handles, handles + count);
    }
    m_api.C_FindObjectsFinal(m_session);
    for (CK_OBJECT_HANDLE handle : all) {
        TokenObject object;
        auto objectClass = attribute(handle, CKA_CLASS);
        CK_OBJECT_CLASS value = CKO_DATA;
        if (objectClass && objectClass->size() == sizeof value) {
            std::memcpy(&value, objectClass->constData(), sizeof value);
        }
        object.kind = value == CKO_PRIVATE_KEY   ? TokenObject::Kind::PrivateKey
                      : value == CKO_PUBLIC_KEY  ? TokenObject::Kind::PublicKey
                      : value == CKO_CERTIFICATE ? TokenObject::Kind::Certificate
                                                 : TokenObject::Kind::Other;
        auto label = attribute(handle, CKA_LABEL);
        object.label = label ? QString::fromUtf8(*label) : QString();
        auto id = attribute(handle, CKA_ID);
        object.id = id ? *id : QByteArray();
        if (object.kind == TokenObject::Kind::PrivateKey ||
            object.kind == TokenObject::Kind::PublicKey) {
            auto type = attribute(handle, CKA_KEY_TYPE);
            CK_KEY_TYPE keyType = CKK_VENDOR_DEFINED;
            if (type && type->size() == sizeof keyType) {
                std::memcpy(&keyType, type->constData(), sizeof keyType);
            }
            object.keyType = keyType == CKK_RSA  ? QStringLiteral("RSA")
                             : keyType == CKK_EC ? QStringLiteral("EC")
                                                 : QStringLiteral("other");
        }
        found.append(object);
    }
    return found;
}

} // namespace guichet
