#pragma once

#include "ca/CaOpenSsl.h"
#include "ca/TrainingCa.h"
#include "common/Clock.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>
#include <memory>

namespace guichet::test {

inline std::string text(const Error& error)
{
    return error.message.toStdString();
}

// A fresh SQLite database, a fixed master key, and the training CA on it.
class CaFixture : public ::testing::Test {
public:
    static openssl::PKey newKey() { return openssl::PKey(EVP_EC_gen("P-256")); }

    // A PKCS#10 request signed with `key`; attributes left empty are not set.
    static QByteArray csrFor(EVP_PKEY* key, const QString& cn, const QString& o = {},
                             const QString& c = {}, const QString& extra = {})
    {
        openssl::X509ReqPtr req(X509_REQ_new());
        X509_NAME* name = X509_REQ_get_subject_name(req.get());
        const auto add = [name](const char* field, const QString& value) {
            if (!value.isEmpty()) {
                const QByteArray utf8 = value.toUtf8();
                X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                           reinterpret_cast<const unsigned char*>(utf8.constData()),
                                           -1, -1, 0);
            }
        };
        add("C", c);
        add("O", o);
        add("serialNumber", extra);
        add("CN", cn);
        X509_REQ_set_pubkey(req.get(), key);
        X509_REQ_sign(req.get(), key, EVP_sha256());
        return openssl::toDer(req.get(), i2d_X509_REQ);
    }

    static QByteArray masterKeyBytes() { return QByteArray(32, '\x5a'); }

protected:
    void SetUp() override
    {
        auto opened = Database::open(m_testDb.config());
        ASSERT_TRUE(opened.ok()) << text(opened.error());
        db = std::move(opened).value();
        QByteArray key = masterKeyBytes();
        encryption = std::make_unique<EncryptionService>(
            std::make_unique<FixedMasterKeySource>(SecretBytes::takeFrom(key)));
        ca = std::make_unique<TrainingCa>(*db, *encryption, clock, ProductCatalogue::builtIn());
        const Status ready = ca->ensureReady();
        ASSERT_TRUE(ready.ok()) << text(ready.error());
    }

    void TearDown() override
    {
        ca.reset();
        encryption.reset();
        db.reset();
    }

    const DatabaseConfig& databaseConfig() const { return m_testDb.config(); }
    QString dataPath(const QString& name) const { return m_testDb.folder() + u'/' + name; }

    FixedClock clock{QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> db;
    std::unique_ptr<EncryptionService> encryption;
    std::unique_ptr<TrainingCa> ca;

private:
    TestDatabase m_testDb{Engine::Sqlite};
};

} // namespace guichet::test
