// Operator accounts: bootstrap, supervisor-only changes, optimistic versions, audit events.
#include "OperatorFixture.h"
#include "ca/CaOpenSsl.h"

using namespace guichet;
using namespace guichet::test;

namespace {

class OperatorServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        office.open(clock);
        ca = std::make_unique<TrainingCa>(*office.db, *office.encryption, clock,
                                          ProductCatalogue::builtIn());
        ASSERT_TRUE(ca->ensureReady().ok());
        operators = std::make_unique<OperatorService>(*office.db, clock);
    }
    void TearDown() override
    {
        operators.reset();
        ca.reset();
        office.close();
    }

    // A certificate from the training CA for a key made here (no token needed for accounts).
    QByteArray certificate(const QString& name)
    {
        openssl::PKey key(EVP_EC_gen("P-256"));
        EXPECT_TRUE(key);
        IssueRequest request;
        request.productId = QStringLiteral("rgs2");
        request.usage = QStringLiteral("signature-authentication");
        request.commonName = name;
        request.country = QStringLiteral("FR");
        auto issued = ca->issueForKey(key.get(), nullptr, request);
        EXPECT_TRUE(issued.ok()) << issued.error().message.toStdString();
        return issued.ok() ? issued->der : QByteArray();
    }

    Result<OperatorAccount> add(const QString& name, OperatorRole role,
                                const OperatorAccount* actor, const QString& organisation = {})
    {
        NewOperator request;
        request.certificateDer = certificate(name);
        request.role = role;
        request.organisationName = organisation;
        request.caRegistrationNumber = QStringLiteral("RA-0042");
        request.trainingDate = QDate(2026, 9, 1);
        clock.advanceMs(1000); // the list is in creation order
        return operators->create(request, actor);
    }

    FixedClock clock{QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC)};
    Workstation office;
    std::unique_ptr<TrainingCa> ca;
    std::unique_ptr<OperatorService> operators;
};

} // namespace

TEST_F(OperatorServiceTest, TheFirstAccountIsTheBootstrapSupervisor)
{
    auto bootstrap = operators->awaitingBootstrap();
    ASSERT_TRUE(bootstrap.ok());
    EXPECT_TRUE(*bootstrap);
    auto alice = add(QStringLiteral("Alice Martin"), OperatorRole::DraOperator, nullptr);
    ASSERT_TRUE(alice.ok()) << alice.error().message.toStdString();
    EXPECT_EQ(alice->role, OperatorRole::Supervisor);
    EXPECT_EQ(alice->displayName, QStringLiteral("Alice Martin"));
    EXPECT_TRUE(alice->id.startsWith(QStringLiteral("op-")));
    EXPECT_EQ(alice->certificateSha256.size(), 32);
    EXPECT_FALSE(*operators->awaitingBootstrap());

    // After it, nobody creates an account without a supervisor's login.
    auto anonymous = add(QStringLiteral("Bob Leroy"), OperatorRole::DraOperator, nullptr);
    ASSERT_FALSE(anonymous.ok());
    EXPECT_EQ(anonymous.error().code, ErrorCode::Refused);

    auto stored = operators->find(alice->id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->role, OperatorRole::Supervisor);
    EXPECT_EQ(stored->caRegistrationNumber, QStringLiteral("RA-0042"));
    EXPECT_EQ(stored->trainingDate, QDate(2026, 9, 1));
    EXPECT_EQ(stored->certificateDer, alice->certificateDer);
    const QList<AuditEvent> events = office.operatorEvents();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).action, QStringLiteral("operator.created"));
    EXPECT_TRUE(events.at(0).detailsJson.contains("\"bootstrap\":true"));
}

TEST_F(OperatorServiceTest, OnlyASupervisorChangesAccounts)
{
    auto alice = add(QStringLiteral("Alice Martin"), OperatorRole::Supervisor, nullptr);
    ASSERT_TRUE(alice.ok());
    auto bob = add(QStringLiteral("Bob Leroy"), OperatorRole::DraOperator, &*alice);
    ASSERT_TRUE(bob.ok()) << bob.error().message.toStdString();
    EXPECT_EQ(bob->role, OperatorRole::DraOperator);

    auto byBob = add(QStringLiteral("Eve Noir"), OperatorRole::Supervisor, &*bob);
    ASSERT_FALSE(byBob.ok());
    EXPECT_EQ(byBob.error().code, ErrorCode::Refused);
    EXPECT_TRUE(byBob.error().message.contains(QStringLiteral("supervisor")));
    auto selfPromotion = operators->setRole(bob->id, OperatorRole::Supervisor, bob->version, &*bob);
    ASSERT_FALSE(selfPromotion.ok());
    EXPECT_EQ(selfPromotion.error().code, ErrorCode::Refused);

    auto trained = operators->setTrainingDate(bob->id, QDate(2026, 11, 2), bob->version, &*alice);
    ASSERT_TRUE(trained.ok()) << trained.error().message.toStdString();
    EXPECT_EQ(trained->version, bob->version + 1);
    EXPECT_EQ(operators->find(bob->id)->trainingDate, QDate(2026, 11, 2));

    // Alice's role as stored now counts, not the copy the caller holds.
    auto promoted =
        operators->setRole(bob->id, OperatorRole::Supervisor, trained->version, &*alice);
    ASSERT_TRUE(promoted.ok()) << promoted.error().message.toStdString();
    auto demoted = operators->setRole(alice->id, OperatorRole::DraOperator, alice->version, &*bob);
    ASSERT_TRUE(demoted.ok()) << demoted.error().message.toStdString();
    auto stale = add(QStringLiteral("Eve Noir"), OperatorRole::DraOperator, &*alice);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Refused);

    QStringList actions;
    for (const AuditEvent& event : office.operatorEvents()) {
        actions << event.action;
    }
    EXPECT_EQ(
        actions,
        (QStringList{QStringLiteral("operator.created"), QStringLiteral("operator.created"),
                     QStringLiteral("operator.updated"), QStringLiteral("operator.role_changed"),
                     QStringLiteral("operator.role_changed")}));
}

TEST_F(OperatorServiceTest, WritesCheckTheVersionThatWasRead)
{
    auto alice = add(QStringLiteral("Alice Martin"), OperatorRole::Supervisor, nullptr);
    auto bob = add(QStringLiteral("Bob Leroy"), OperatorRole::DraOperator, &*alice);
    ASSERT_TRUE(bob.ok());
    OperatorAccount edit = *bob;
    edit.caRegistrationNumber = QStringLiteral("RA-0099");
    ASSERT_TRUE(operators->update(edit, &*alice).ok());
    edit.organisationName = QStringLiteral("Étude Martin"); // still version 1
    auto conflict = operators->update(edit, &*alice);
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);
    auto stored = operators->find(bob->id);
    EXPECT_EQ(stored->caRegistrationNumber, QStringLiteral("RA-0099"));
    EXPECT_TRUE(stored->organisationName.isEmpty());
    EXPECT_EQ(stored->version, 2);
}

TEST_F(OperatorServiceTest, RulesOnRolesAndCertificates)
{
    auto alice = add(QStringLiteral("Alice Martin"), OperatorRole::Supervisor, nullptr);
    ASSERT_TRUE(alice.ok());
    // An agent acts for an organisation.
    auto agent = add(QStringLiteral("Agnès Roux"), OperatorRole::CertificationAgent, &*alice);
    ASSERT_FALSE(agent.ok());
    EXPECT_EQ(agent.error().code, ErrorCode::InvalidInput);
    agent = add(QStringLiteral("Agnès Roux"), OperatorRole::CertificationAgent, &*alice,
                QStringLiteral("Boulangerie Ducros"));
    ASSERT_TRUE(agent.ok()) << agent.error().message.toStdString();
    // The last supervisor stays.
    auto alone = operators->setRole(alice->id, OperatorRole::DraOperator, alice->version, &*alice);
    ASSERT_FALSE(alone.ok());
    EXPECT_TRUE(alone.error().message.contains(QStringLiteral("last active supervisor")));
    auto gone = operators->deactivate(alice->id, alice->version, &*alice);
    ASSERT_FALSE(gone.ok());
    // One certificate, one active account.
    NewOperator twice;
    twice.certificateDer = alice->certificateDer;
    auto duplicate = operators->create(twice, &*alice);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::Conflict);
    NewOperator garbage;
    garbage.certificateDer = "not a certificate";
    EXPECT_EQ(operators->create(garbage, &*alice).error().code, ErrorCode::InvalidInput);
    // Deactivated accounts stay listed.
    ASSERT_TRUE(operators->deactivate(agent->id, agent->version, &*alice).ok());
    auto all = operators->list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_FALSE(all->at(1).active);
    EXPECT_EQ(office.operatorEvents().last().action, QStringLiteral("operator.deactivated"));
}
