#include "ca/CaProfile.h"

#include "CaFixture.h"
#include "audit/AuditLog.h"
#include "ca/CaProfileRepository.h"
#include "ca/CmpClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace guichet::test {
namespace {

class CaProfileTest : public CaFixture {
protected:
    QJsonObject validProfile() const
    {
        return QJsonObject{
            {QStringLiteral("format"), 1},
            {QStringLiteral("id"), QStringLiteral("acme-ca")},
            {QStringLiteral("name"), QStringLiteral("ACME Qualified CA")},
            {QStringLiteral("trustAnchors"),
             QJsonArray{QString::fromLatin1(openssl::certificatePem(ca->rootCertificate()))}},
            {QStringLiteral("cmp"),
             QJsonObject{{QStringLiteral("url"), QStringLiteral("https://cmp.acme.example:8443")},
                         {QStringLiteral("path"), QStringLiteral("pkix/")},
                         {QStringLiteral("protection"), QStringLiteral("signature")}}},
            {QStringLiteral("products"),
             QJsonObject{
                 {QStringLiteral("qcp-n-qscd"),
                  QJsonObject{{QStringLiteral("certificateProfile"), QStringLiteral("QSIG")},
                              {QStringLiteral("policyOid"), QStringLiteral("1.2.250.1.9.1.1")}}}}},
            {QStringLiteral("interventionFormTemplate"), QStringLiteral("acme-fr")},
            {QStringLiteral("retention"),
             QJsonObject{{QStringLiteral("registrationRecordYears"), 10},
                         {QStringLiteral("identityValidationMonths"), 36}}},
            {QStringLiteral("documentsRequired"),
             QJsonArray{QStringLiteral("id-front"), QStringLiteral("signed-form")}},
        };
    }

    Result<CaProfile> parse(const QJsonObject& object) const
    {
        return CaProfiles::parse(QJsonDocument(object).toJson(), ProductCatalogue::builtIn());
    }

    // The error a profile with one change gives; the test fails if it is accepted.
    std::string errorWith(const QString& field, const QJsonValue& value) const
    {
        QJsonObject object = validProfile();
        if (field.contains(u'.')) {
            const QString parent = field.section(u'.', 0, 0);
            QJsonObject inner = object.value(parent).toObject();
            if (value.isUndefined()) {
                inner.remove(field.section(u'.', 1));
            } else {
                inner.insert(field.section(u'.', 1), value);
            }
            object.insert(parent, inner);
        } else if (value.isUndefined()) {
            object.remove(field);
        } else {
            object.insert(field, value);
        }
        auto parsed = parse(object);
        EXPECT_FALSE(parsed.ok()) << field.toStdString() << " was accepted";
        return parsed.ok() ? std::string() : text(parsed.error());
    }
};

TEST_F(CaProfileTest, TrainingProfileExistsWithoutImport)
{
    CaProfileRepository repository(*db, clock, ProductCatalogue::builtIn());
    auto profiles = repository.list();
    ASSERT_TRUE(profiles.ok()) << text(profiles.error());
    ASSERT_EQ(profiles->size(), 1);
    EXPECT_TRUE(profiles->first().isTraining());
    auto training = repository.find(QStringLiteral("training"));
    ASSERT_TRUE(training.ok());
    EXPECT_EQ(training->policyOid(QStringLiteral("qcp-n-qscd")),
              QStringLiteral("0.4.0.194112.1.2"));
    EXPECT_EQ(training->policyOid(QStringLiteral("rgs2")),
              QStringLiteral("1.3.6.1.4.1.99999.1.2.1"));
}

TEST_F(CaProfileTest, ImportedProfileIsStoredListedAndAudited)
{
    auto profile = parse(validProfile());
    ASSERT_TRUE(profile.ok()) << text(profile.error());
    CaProfileRepository repository(*db, clock, ProductCatalogue::builtIn());
    const OperatorIdentity supervisor{QStringLiteral("sup-carol"), QStringLiteral("Carol")};
    const Status stored = repository.store(*profile, supervisor);
    ASSERT_TRUE(stored.ok()) << text(stored.error());

    auto profiles = repository.list();
    ASSERT_TRUE(profiles.ok());
    ASSERT_EQ(profiles->size(), 2);
    auto found = repository.find(QStringLiteral("acme-ca"));
    ASSERT_TRUE(found.ok()) << text(found.error());
    EXPECT_EQ(found->name, QStringLiteral("ACME Qualified CA"));
    EXPECT_EQ(found->cmpUrl.host(), QStringLiteral("cmp.acme.example"));
    EXPECT_EQ(found->cmpUrl.port(), 8443);
    EXPECT_EQ(found->protection, CmpProtection::Signature);
    EXPECT_EQ(found->policyOid(QStringLiteral("qcp-n-qscd")), QStringLiteral("1.2.250.1.9.1.1"));
    EXPECT_EQ(found->trustAnchorsPem.size(), 1);
    EXPECT_EQ(found->registrationRecordRetentionYears, 10);
    EXPECT_EQ(found->documentsRequired.size(), 2);

    // A second import replaces, and both are in the audit trail.
    ASSERT_TRUE(repository.store(*profile, supervisor).ok());
    AuditLog audit(*db, clock);
    auto events = audit.eventsFor(QStringLiteral("ca-profile"), QStringLiteral("acme-ca"));
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 2);
    EXPECT_EQ(events->at(0).action, QStringLiteral("ca-profile.imported"));
    EXPECT_EQ(events->at(1).action, QStringLiteral("ca-profile.replaced"));
    EXPECT_EQ(repository.list()->size(), 2);
    EXPECT_EQ(repository.find(QStringLiteral("nobody")).error().code, ErrorCode::NotFound);
}

TEST_F(CaProfileTest, ProfileGivesTheCmpEndpoint)
{
    auto profile = parse(validProfile());
    ASSERT_TRUE(profile.ok());
    auto endpoint = CmpClient::endpointFor(*profile);
    ASSERT_TRUE(endpoint.ok()) << text(endpoint.error());
    EXPECT_TRUE(endpoint->tls);
    EXPECT_EQ(endpoint->host, QStringLiteral("cmp.acme.example"));
    EXPECT_EQ(endpoint->port, 8443);
    EXPECT_EQ(endpoint->path, QStringLiteral("pkix/"));
    ASSERT_EQ(endpoint->trustAnchorsDer.size(), 1);
    EXPECT_EQ(endpoint->trustAnchorsDer.first(), openssl::toDer(ca->rootCertificate(), i2d_X509));
    EXPECT_FALSE(CmpClient::endpointFor(CaProfiles::training(ProductCatalogue::builtIn())).ok());
}

TEST_F(CaProfileTest, MissingFieldsAreNamed)
{
    for (const char* field : {"id", "name", "trustAnchors", "cmp", "products",
                              "interventionFormTemplate", "retention", "documentsRequired"}) {
        const std::string error = errorWith(QString::fromLatin1(field), QJsonValue::Undefined);
        EXPECT_NE(error.find(std::string("\"") + field + "\""), std::string::npos) << error;
    }
    EXPECT_NE(errorWith(QStringLiteral("cmp.url"), QJsonValue::Undefined).find("cmp.url"),
              std::string::npos);
}

TEST_F(CaProfileTest, BadUrlsAreRefused)
{
    EXPECT_NE(errorWith(QStringLiteral("cmp.url"), QStringLiteral("ftp://ca.example/"))
                  .find("not an http"),
              std::string::npos);
    EXPECT_NE(errorWith(QStringLiteral("cmp.url"), QStringLiteral("not a url at all"))
                  .find("not an http"),
              std::string::npos);
    EXPECT_NE(
        errorWith(QStringLiteral("cmp.url"), QStringLiteral("http://ca.example/")).find("https"),
        std::string::npos);
    // Plain HTTP is accepted for a CA on this machine only.
    QJsonObject object = validProfile();
    QJsonObject cmp = object.value(QStringLiteral("cmp")).toObject();
    cmp.insert(QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8080"));
    object.insert(QStringLiteral("cmp"), cmp);
    EXPECT_TRUE(parse(object).ok());
}

TEST_F(CaProfileTest, UnreadableOrWrongCertificatesAreRefused)
{
    const std::string garbage = errorWith(
        QStringLiteral("trustAnchors"),
        QJsonArray{QStringLiteral(
            "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n")});
    EXPECT_NE(garbage.find("Trust anchor 1 is not a readable PEM certificate"), std::string::npos)
        << garbage;

    openssl::PKey key = newKey();
    auto leaf = ca->issue(
        csrFor(key.get(), QStringLiteral("Jane Doe")),
        IssueRequest{QStringLiteral("rgs1"), QStringLiteral("signature"), {}, {}, {}, {}, {}, {}});
    ASSERT_TRUE(leaf.ok()) << text(leaf.error());
    openssl::X509Ptr cert = openssl::certificateFromDer(*leaf);
    const std::string notCa =
        errorWith(QStringLiteral("trustAnchors"),
                  QJsonArray{QString::fromLatin1(openssl::certificatePem(ca->rootCertificate())),
                             QString::fromLatin1(openssl::certificatePem(cert.get()))});
    EXPECT_NE(notCa.find("Trust anchor 2 is not a CA certificate"), std::string::npos) << notCa;
}

TEST_F(CaProfileTest, OtherMistakesAreExplained)
{
    EXPECT_NE(errorWith(QStringLiteral("id"), QStringLiteral("training")).find("reserved"),
              std::string::npos);
    EXPECT_NE(errorWith(QStringLiteral("id"), QStringLiteral("Bad Id")).find("lower-case"),
              std::string::npos);
    EXPECT_NE(
        errorWith(QStringLiteral("cmp.protection"), QStringLiteral("none")).find("shared-secret"),
        std::string::npos);
    EXPECT_NE(
        errorWith(QStringLiteral("products"),
                  QJsonObject{{QStringLiteral("gold"), QJsonObject{{QStringLiteral("policyOid"),
                                                                    QStringLiteral("1.2.3")}}}})
            .find("\"gold\""),
        std::string::npos);
    EXPECT_NE(
        errorWith(QStringLiteral("products"),
                  QJsonObject{{QStringLiteral("rgs2"), QJsonObject{{QStringLiteral("policyOid"),
                                                                    QStringLiteral("1.2.x")}}}})
            .find("not a dotted"),
        std::string::npos);
    EXPECT_NE(
        errorWith(QStringLiteral("retention.registrationRecordYears"), 5).find("OVR-6.4.6-01"),
        std::string::npos);
    auto notJson = CaProfiles::parse("{ nope", ProductCatalogue::builtIn());
    ASSERT_FALSE(notJson.ok());
    EXPECT_EQ(notJson.error().code, ErrorCode::InvalidInput);
    auto noFile =
        CaProfiles::fromFile(dataPath(QStringLiteral("missing.json")), ProductCatalogue::builtIn());
    ASSERT_FALSE(noFile.ok());
    EXPECT_EQ(noFile.error().code, ErrorCode::Io);
}

} // namespace
} // namespace guichet::test
