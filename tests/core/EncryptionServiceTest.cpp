#include "security/EncryptionService.h"

#include "EngineFixture.h"
#include "audit/AuditLog.h"
#include "crypto/Envelope.h"
#include "security/PassphraseMasterKeySource.h"

#include <QSqlQuery>

using namespace guichet;
using namespace guichet::test;

namespace {

// Fast scrypt settings for tests only; production uses the defaults (N = 2^17).
const ScryptParameters kTestScrypt{quint64(1) << 14, 8, 1};

SecretBytes secret(const char* text)
{
    return SecretBytes::copyOf(QByteArrayView(text));
}

class EncryptionServiceTest : public EngineTest {
protected:
    const OperatorIdentity supervisor{QStringLiteral("sup-carol"), QStringLiteral("Carol")};
};

} // namespace

TEST(EncryptionService, SealsAndOpensDocumentsAndSecrets)
{
    EncryptionService service(
        std::make_unique<FixedMasterKeySource>(SecretBytes::copyOf(QByteArray(32, 'm'))));
    EXPECT_TRUE(service.keyId().isEmpty());
    ASSERT_TRUE(service.ensureReady());
    EXPECT_EQ(service.keyId().size(), 16);
    EXPECT_EQ(service.sourceKind(), QStringLiteral("fixed"));

    auto blob = service.seal("SO PIN 87654321", "token|serial-42|so-pin");
    ASSERT_TRUE(blob);
    auto pin = service.openSecret(*blob, "token|serial-42|so-pin");
    ASSERT_TRUE(pin);
    EXPECT_EQ(pin->view(), QByteArrayView("SO PIN 87654321"));
    EXPECT_FALSE(service.open(*blob, "token|serial-43|so-pin")) << "bound to its record";
}

TEST(EncryptionService, AMissingKeyIsAnErrorNotAFallback)
{
    class Unreachable final : public MasterKeySource {
    public:
        QString kind() const override { return QStringLiteral("keychain"); }
        Result<SecretBytes> masterKey() override
        {
            return Error{ErrorCode::Io, QStringLiteral("No OS keychain is reachable")};
        }
    };
    EncryptionService service(std::make_unique<Unreachable>());
    auto sealed = service.seal("identity card", {});
    ASSERT_FALSE(sealed);
    EXPECT_EQ(sealed.error().code, ErrorCode::Io);
}

TEST_P(EncryptionServiceTest, PassphraseProtectedMasterKeyOpensOnlyWithThePassphrase)
{
    auto keyId = PassphraseMasterKeySource::protect(
        *db, clock, supervisor, secret("correct horse battery"), SecretBytes(), kTestScrypt);
    ASSERT_TRUE(keyId) << keyId.error().message.toStdString();
    auto configured = PassphraseMasterKeySource::isConfigured(*db);
    ASSERT_TRUE(configured);
    EXPECT_TRUE(*configured);

    PassphraseMasterKeySource right(*db, secret("correct horse battery"));
    auto key = right.masterKey();
    ASSERT_TRUE(key) << key.error().message.toStdString();
    EXPECT_EQ(QString::fromLatin1(Envelope::keyId(*key).toHex()), *keyId);

    PassphraseMasterKeySource wrong(*db, secret("correct horse batterY"));
    auto refused = wrong.masterKey();
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("passphrase is wrong")));

    // The row holds neither the key nor the passphrase in clear.
    QSqlQuery q = db->query();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT wrapped_key, salt FROM master_key_protection")));
    ASSERT_TRUE(q.next());
    EXPECT_FALSE(q.value(0).toByteArray().contains(key->view().toByteArray()));

    // Recorded in the audit trail, with the KDF settings and no secret.
    AuditLog audit(*db, clock);
    auto events = audit.eventsFor(QStringLiteral("workstation"), QStringLiteral("master-key"));
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), 1);
    EXPECT_EQ(events->first().action, QStringLiteral("master-key.passphrase-set"));
    EXPECT_EQ(events->first().details().value(QStringLiteral("n")).toInteger(), 16384);
    EXPECT_FALSE(events->first().detailsJson.contains("correct horse"));
}

TEST_P(EncryptionServiceTest, PassphraseKeepsAnExistingKeyAndRefusesASecondOrShortOne)
{
    const SecretBytes existing = SecretBytes::copyOf(QByteArray(32, 'e'));
    EXPECT_FALSE(PassphraseMasterKeySource::protect(*db, clock, supervisor, secret("short"),
                                                    SecretBytes(), kTestScrypt));
    auto keyId = PassphraseMasterKeySource::protect(
        *db, clock, supervisor, secret("a long enough passphrase"),
        SecretBytes::copyOf(existing.view()), kTestScrypt);
    ASSERT_TRUE(keyId);
    EXPECT_EQ(*keyId, QString::fromLatin1(Envelope::keyId(existing).toHex()));
    auto again = PassphraseMasterKeySource::protect(
        *db, clock, supervisor, secret("another long passphrase"), SecretBytes(), kTestScrypt);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Refused);
    PassphraseMasterKeySource source(*db, secret("a long enough passphrase"));
    auto key = source.masterKey();
    ASSERT_TRUE(key);
    EXPECT_TRUE(key->equals(existing));
}

TEST_P(EncryptionServiceTest, EditedKdfSettingsAreDetected)
{
    ASSERT_TRUE(PassphraseMasterKeySource::protect(
        *db, clock, supervisor, secret("correct horse battery"), SecretBytes(), kTestScrypt));
    QSqlQuery q = db->query();
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE master_key_protection SET scrypt_r = 9")));
    PassphraseMasterKeySource source(*db, secret("correct horse battery"));
    EXPECT_FALSE(source.masterKey());
}

TEST_P(EncryptionServiceTest, SelectionFollowsTheSupervisorsChoiceInTheDatabase)
{
    auto keychain = MasterKeySelection::select(*db, std::nullopt);
    ASSERT_TRUE(keychain);
    EXPECT_EQ((*keychain)->kind(), QStringLiteral("keychain"));
    EXPECT_FALSE(MasterKeySelection::select(*db, secret("unneeded passphrase")));

    ASSERT_TRUE(PassphraseMasterKeySource::protect(
        *db, clock, supervisor, secret("correct horse battery"), SecretBytes(), kTestScrypt));
    auto missing = MasterKeySelection::select(*db, std::nullopt);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::Refused);
    auto passphrase = MasterKeySelection::select(*db, secret("correct horse battery"));
    ASSERT_TRUE(passphrase);
    EXPECT_EQ((*passphrase)->kind(), QStringLiteral("passphrase"));
}

GUICHET_ON_BOTH_ENGINES(EncryptionServiceTest);
