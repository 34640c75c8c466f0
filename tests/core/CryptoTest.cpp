#include "crypto/AesGcm.h"
#include "crypto/Envelope.h"
#include "crypto/Scrypt.h"
#include "crypto/SecretBytes.h"
#include "crypto/SecureRandom.h"
#include "crypto/Sha256.h"

#include <gtest/gtest.h>
#include <type_traits>

using namespace guichet;

namespace {

SecretBytes key(char fill)
{
    return SecretBytes::copyOf(QByteArray(32, fill));
}

} // namespace

TEST(Crypto, Sha256MatchesTheFips180Vectors)
{
    EXPECT_EQ(Sha256::hashHex("abc"),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_EQ(Sha256::hashHex(""),
              QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    Sha256 pieces;
    pieces.add("ab");
    pieces.add("c");
    EXPECT_EQ(pieces.finish(), Sha256::hash("abc"));
}

TEST(Crypto, SecretBytesIsMoveOnlyAndWipesItself)
{
    static_assert(!std::is_copy_constructible_v<SecretBytes>);
    static_assert(!std::is_copy_assignable_v<SecretBytes>);
    SecretBytes a = SecretBytes::copyOf("secret");
    SecretBytes b = std::move(a);
    EXPECT_TRUE(a.isEmpty());
    EXPECT_EQ(b.view(), QByteArrayView("secret"));
    QByteArray source("pin-1234");
    SecretBytes taken = SecretBytes::takeFrom(source);
    EXPECT_TRUE(source.isEmpty());
    EXPECT_EQ(taken.view(), QByteArrayView("pin-1234"));
    taken.clear();
    EXPECT_TRUE(taken.isEmpty());
}

TEST(Crypto, RandomBytesDiffer)
{
    auto a = SecureRandom::bytes(32);
    auto b = SecureRandom::bytes(32);
    ASSERT_TRUE(a && b);
    EXPECT_NE(*a, *b);
    auto k = SecureRandom::secret(32);
    ASSERT_TRUE(k);
    EXPECT_EQ(k->size(), 32U);
}

// NIST GCM test vector (gcmEncryptExtIV256.rsp, Keylen 256, IVlen 96, PTlen 128, AADlen 128).
TEST(Crypto, AesGcmMatchesANistVector)
{
    const SecretBytes k = SecretBytes::copyOf(
        QByteArray::fromHex("92e11dcdaa866f5ce790fd24501f92509aacf4cb8b1339d50c9c1240935dd08b"));
    const QByteArray iv = QByteArray::fromHex("ac93a1a6145299bde902f21a");
    const QByteArray plaintext = QByteArray::fromHex("2d71bcfa914e4ac045b2aa60955fad24");
    const QByteArray aad = QByteArray::fromHex("1e0889016f67601c8ebea4943bc23ad6");
    QByteArray ciphertext(plaintext.size(), '\0');
    QByteArray tag(16, '\0');
    ASSERT_TRUE(AesGcm::encrypt(k, iv, aad, plaintext, ciphertext.data(), tag.data()));
    EXPECT_EQ(ciphertext.toHex(), QByteArray("8995ae2e6df3dbf96fac7b7137bae67f"));
    EXPECT_EQ(tag.toHex(), QByteArray("eca5aa77d51d4a0a14d9c51e1da474ab"));
    QByteArray back(ciphertext.size(), '\0');
    ASSERT_TRUE(AesGcm::decrypt(k, iv, aad, ciphertext, tag, back.data()));
    EXPECT_EQ(back, plaintext);
    tag[0] = char(tag[0] ^ 1);
    const Status bad = AesGcm::decrypt(k, iv, aad, ciphertext, tag, back.data());
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::IncompatibleData);
    EXPECT_EQ(back, QByteArray(back.size(), '\0')) << "a failed check must not leave plaintext";
}

TEST(Crypto, ScryptMatchesRfc7914AndRefusesAbsurdParameters)
{
    // RFC 7914 section 12, third vector: "pleaseletmein" / "SodiumChloride", N=16384, r=8, p=1.
    auto derived = Scrypt::derive("pleaseletmein", "SodiumChloride", {16384, 8, 1}, 64);
    ASSERT_TRUE(derived) << derived.error().message.toStdString();
    EXPECT_EQ(derived->view().toByteArray().toHex(),
              QByteArray("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                         "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887"));
    EXPECT_FALSE(Scrypt::derive("x", "y", {1000, 8, 1}, 32)) << "N must be a power of two";
    EXPECT_FALSE(Scrypt::derive("x", "y", {quint64(1) << 30, 8, 1}, 32)) << "memory bomb";
    EXPECT_FALSE(Scrypt::derive("x", "y", {1024, 8, 1}, 32)) << "too weak";
}

TEST(Envelope, RoundTripWithAndWithoutAssociatedData)
{
    const SecretBytes master = key('k');
    for (const QByteArray& plaintext :
         {QByteArray(), QByteArray("x"), QByteArray(100'000, 'a'), QByteArray("SO-PIN 12345678")}) {
        auto blob = Envelope::seal(master, plaintext, "doc|1");
        ASSERT_TRUE(blob);
        EXPECT_EQ(blob->size(), plaintext.size() + Envelope::Overhead);
        if (plaintext.size() > 4) {
            EXPECT_FALSE(blob->contains(plaintext)) << "ciphertext must not show the plaintext";
        }
        auto opened = Envelope::open(master, *blob, "doc|1");
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        EXPECT_EQ(*opened, plaintext);
        auto secret = Envelope::openSecret(master, *blob, "doc|1");
        ASSERT_TRUE(secret);
        EXPECT_EQ(secret->view(), QByteArrayView(plaintext));
    }
    // Same plaintext twice: fresh data key and nonces each time.
    EXPECT_NE(*Envelope::seal(master, "same", {}), *Envelope::seal(master, "same", {}));
}

TEST(Envelope, EveryFlippedByteIsDetectedAsTampering)
{
    const SecretBytes master = key('k');
    const QByteArray plaintext("The holder's identity card, front side.");
    auto blob = Envelope::seal(master, plaintext, "doc|7|0");
    ASSERT_TRUE(blob);
    // Every byte of every region: magic, version, key id, wrap nonce, wrapped key, wrap tag,
    // content nonce, ciphertext, content tag.
    for (qsizetype i = 0; i < blob->size(); ++i) {
        for (const char mask : {char(0x01), char(0x80)}) {
            QByteArray altered = *blob;
            altered[i] = char(altered[i] ^ mask);
            auto opened = Envelope::open(master, altered, "doc|7|0");
            ASSERT_FALSE(opened) << "byte " << i << " flipped was not detected";
            EXPECT_EQ(opened.error().code, ErrorCode::IncompatibleData);
            EXPECT_TRUE(opened.error().message.contains(QStringLiteral("altered")))
                << opened.error().message.toStdString();
        }
    }
    // Truncated, extended, moved to another record.
    EXPECT_FALSE(Envelope::open(master, blob->chopped(1), "doc|7|0"));
    EXPECT_FALSE(Envelope::open(master, *blob + 'x', "doc|7|0"));
    EXPECT_FALSE(Envelope::open(master, blob->left(Envelope::Overhead - 1), "doc|7|0"));
    EXPECT_FALSE(Envelope::open(master, *blob, "doc|8|0"));
    EXPECT_FALSE(Envelope::open(master, *blob, {}));
}

TEST(Envelope, AnotherMasterKeyCannotOpen)
{
    auto blob = Envelope::seal(key('a'), "secret", {});
    ASSERT_TRUE(blob);
    auto opened = Envelope::open(key('b'), *blob, {});
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::IncompatibleData);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("another key")));
    EXPECT_EQ(Envelope::keyIdOf(*blob), Envelope::keyId(key('a')));

    // Even a forged key id (pointing at the wrong key) fails on the authenticated wrap.
    QByteArray forged = *blob;
    const QByteArray otherId = Envelope::keyId(key('b'));
    forged.replace(5, otherId.size(), otherId);
    EXPECT_FALSE(Envelope::open(key('b'), forged, {}));
}
