// Changing the supervisor's passphrase: the master key is re-wrapped, never replaced, so
// every document sealed before stays readable; the old passphrase is required.
#include "EngineFixture.h"
#include "audit/AuditLog.h"
#include "security/EncryptionService.h"
#include "security/PassphraseMasterKeySource.h"

#include <QSqlQuery>

using namespace guichet;
using namespace guichet::test;

namespace {

// Fast scrypt settings for tests only; production uses the defaults.
const ScryptParameters kTestScrypt{quint64(1) << 14, 8, 1};

SecretBytes secret(const char* text)
{
    return SecretBytes::copyOf(QByteArrayView(text));
}

class PassphraseChangeTest : public EngineTest {
protected:
    QByteArray wrappedRow()
    {
        QSqlQuery q = db->query();
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT salt, wrapped_key FROM master_key_protection")));
        return q.next() ? q.value(0).toByteArray() + q.value(1).toByteArray() : QByteArray();
    }

    const OperatorIdentity supervisor{QStringLiteral("sup-carol"), QStringLiteral("Carol")};
};

} // namespace

TEST_P(PassphraseChangeTest, RewrapsTheSameKeySoSealedDataStaysReadable)
{
    auto keyId = PassphraseMasterKeySource::protect(
        *db, clock, supervisor, secret("the first passphrase"), SecretBytes(), kTestScrypt);
    ASSERT_TRUE(keyId) << keyId.error().message.toStdString();
    EncryptionService before(
        std::make_unique<PassphraseMasterKeySource>(*db, secret("the first passphrase")));
    auto blob = before.seal("identity card scan", "document|1|0");
    ASSERT_TRUE(blob);
    const QByteArray rowBefore = wrappedRow();

    auto changed = PassphraseMasterKeySource::changePassphrase(
        *db, clock, supervisor, secret("the first passphrase"), secret("the second passphrase"),
        kTestScrypt);
    ASSERT_TRUE(changed) << changed.error().message.toStdString();
    EXPECT_EQ(*changed, *keyId) << "the key itself is unchanged";
    EXPECT_NE(wrappedRow(), rowBefore) << "new salt and wrap";

    EncryptionService after(
        std::make_unique<PassphraseMasterKeySource>(*db, secret("the second passphrase")));
    auto opened = after.open(*blob, "document|1|0");
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_EQ(*opened, QByteArray("identity card scan"));
    PassphraseMasterKeySource old(*db, secret("the first passphrase"));
    EXPECT_FALSE(old.masterKey()) << "the old passphrase no longer opens the key";

    AuditLog audit(*db, clock);
    auto events = audit.eventsFor(QStringLiteral("workstation"), QStringLiteral("master-key"));
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), 2);
    EXPECT_EQ(events->last().action, QStringLiteral("master-key.passphrase-changed"));
    EXPECT_EQ(events->last().operatorId, QStringLiteral("sup-carol"));
}

TEST_P(PassphraseChangeTest, RefusalsChangeNothing)
{
    // Nothing to change yet.
    EXPECT_FALSE(PassphraseMasterKeySource::changePassphrase(
        *db, clock, supervisor, secret("the first passphrase"), secret("the second passphrase"),
        kTestScrypt));
    ASSERT_TRUE(PassphraseMasterKeySource::protect(
        *db, clock, supervisor, secret("the first passphrase"), SecretBytes(), kTestScrypt));
    const QByteArray row = wrappedRow();
    auto wrong = PassphraseMasterKeySource::changePassphrase(
        *db, clock, supervisor, secret("not the passphrase"), secret("the second passphrase"),
        kTestScrypt);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::Refused);
    EXPECT_FALSE(PassphraseMasterKeySource::changePassphrase(
        *db, clock, supervisor, secret("the first passphrase"), secret("short"), kTestScrypt));
    EXPECT_FALSE(PassphraseMasterKeySource::changePassphrase(
        *db, clock, supervisor, secret("the first passphrase"), secret("the first passphrase"),
        kTestScrypt));
    EXPECT_EQ(wrappedRow(), row);
    PassphraseMasterKeySource first(*db, secret("the first passphrase"));
    EXPECT_TRUE(first.masterKey());
}

GUICHET_ON_BOTH_ENGINES(PassphraseChangeTest);
