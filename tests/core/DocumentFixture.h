#pragma once

#include "EngineFixture.h"
#include "crypto/SecureRandom.h"
#include "documents/DocumentService.h"
#include "security/EncryptionService.h"
#include "support/Samples.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace guichet::test {

// A dossier service plus encrypted document storage under a random in-memory master key.
class DocumentTest : public EngineTest {
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto key = SecureRandom::secret(32);
        ASSERT_TRUE(key);
        encryption = std::make_unique<EncryptionService>(
            std::make_unique<FixedMasterKeySource>(std::move(key).value()));
        documents = makeDocuments();
        auto created = service->create(sampleDossier());
        ASSERT_TRUE(created) << created.error().message.toStdString();
        dossierId = created->id;
    }

    void TearDown() override
    {
        documents.reset();
        encryption.reset();
        EngineTest::TearDown();
    }

    std::unique_ptr<DocumentService> makeDocuments(DocumentLimits limits = {})
    {
        return std::make_unique<DocumentService>(
            *db, clock, *encryption,
            OperatorIdentity{QStringLiteral("op-alice"), QStringLiteral("Alice")}, limits);
    }

    DocumentRequest request(DocumentType type = DocumentType::IdFront,
                            std::optional<QDate> paperDate = std::nullopt) const
    {
        return DocumentRequest{dossierId, type, paperDate};
    }

    qint64 count(const QString& table)
    {
        QSqlQuery q = db->query();
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    QStringList tables()
    {
        QStringList names;
        QSqlQuery q = db->query();
        EXPECT_TRUE(q.exec(
            db->isSqlite() ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
                           : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'public'")));
        while (q.next()) {
            names.append(q.value(0).toString());
        }
        return names;
    }

    // Every value of every row of every table, as bytes.
    QList<QByteArray> everyStoredValue()
    {
        QList<QByteArray> values;
        for (const QString& table : tables()) {
            QSqlQuery q = db->query();
            EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i) {
                    const QVariant value = q.value(i);
                    values.append(value.typeId() == QMetaType::QByteArray
                                      ? value.toByteArray()
                                      : value.toString().toUtf8());
                }
            }
        }
        return values;
    }

    std::unique_ptr<EncryptionService> encryption;
    std::unique_ptr<DocumentService> documents;
    qint64 dossierId = 0;
};

} // namespace guichet::test
