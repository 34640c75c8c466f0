// The role matrix (operators issue) and the yearly training (VAL-8.3.3-14X/15X).
#include "operators/Authorization.h"

#include <gtest/gtest.h>

using namespace guichet;

namespace {

const QDate kToday(2026, 11, 25);

OperatorProfile profile(OperatorRole role, QDate trained = kToday.addMonths(-3),
                        const QString& organisation = {})
{
    OperatorProfile p;
    p.identity = {QStringLiteral("op-1"), QStringLiteral("Claire Petit")};
    p.role = role;
    p.trainingDate = trained;
    p.organisationName = organisation;
    return p;
}

const Permission kAll[] = {Permission::HandleDossiers,  Permission::VerifyIdentity,
                           Permission::ManageOperators, Permission::ManageCaProfiles,
                           Permission::PurgeRetention,  Permission::ManageMasterKey,
                           Permission::RevealSoPin,     Permission::ViewAudit};

} // namespace

TEST(Authorization, ASupervisorMayDoEverything)
{
    for (Permission permission : kAll) {
        EXPECT_TRUE(Authorization::allows(profile(OperatorRole::Supervisor), permission, kToday));
        EXPECT_TRUE(
            Authorization::require(profile(OperatorRole::Supervisor), permission, kToday).ok());
    }
}

TEST(Authorization, OperatorsAndAgentsHandleDossiersOnly)
{
    for (OperatorRole role : {OperatorRole::DraOperator, OperatorRole::CertificationAgent}) {
        const OperatorProfile p = profile(role);
        EXPECT_TRUE(Authorization::allows(p, Permission::HandleDossiers, kToday));
        EXPECT_TRUE(Authorization::allows(p, Permission::VerifyIdentity, kToday));
        for (Permission permission :
             {Permission::ManageOperators, Permission::ManageCaProfiles, Permission::PurgeRetention,
              Permission::ManageMasterKey, Permission::RevealSoPin, Permission::ViewAudit}) {
            EXPECT_FALSE(Authorization::allows(p, permission, kToday));
            const Status refused = Authorization::require(p, permission, kToday);
            ASSERT_FALSE(refused.ok());
            EXPECT_EQ(refused.error().code, ErrorCode::Refused);
            EXPECT_TRUE(refused.error().message.contains(QStringLiteral("supervisor")))
                << refused.error().message.toStdString();
        }
    }
}

TEST(Authorization, VerifyingIdentitiesNeedsTrainingUnderTwelveMonths)
{
    const auto may = [](QDate trained) {
        return Authorization::allows(profile(OperatorRole::DraOperator, trained),
                                     Permission::VerifyIdentity, kToday);
    };
    EXPECT_TRUE(may(kToday));
    EXPECT_TRUE(may(kToday.addMonths(-12).addDays(1)));
    EXPECT_FALSE(may(kToday.addMonths(-12))); // 12 months old: refreshed yearly
    EXPECT_FALSE(may(kToday.addMonths(-13)));
    EXPECT_FALSE(may(QDate()));           // never trained
    EXPECT_FALSE(may(kToday.addDays(1))); // a date in the future is not a training
    // Old training does not stop an operator from handling dossiers.
    EXPECT_TRUE(Authorization::allows(profile(OperatorRole::DraOperator, kToday.addYears(-3)),
                                      Permission::HandleDossiers, kToday));
    // A supervisor is not held by it (supervisors manage, the checklist still checks).
    EXPECT_TRUE(Authorization::allows(profile(OperatorRole::Supervisor, QDate()),
                                      Permission::VerifyIdentity, kToday));

    const Status old =
        Authorization::require(profile(OperatorRole::CertificationAgent, kToday.addMonths(-14)),
                               Permission::VerifyIdentity, kToday);
    ASSERT_FALSE(old.ok());
    EXPECT_TRUE(old.error().message.contains(QStringLiteral("12 months")));
    const Status none = Authorization::require(profile(OperatorRole::DraOperator, QDate()),
                                               Permission::VerifyIdentity, kToday);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().message.contains(QStringLiteral("no training date")));
}

TEST(Authorization, AnAgentOnlySeesItsOrganisation)
{
    const OperatorProfile agent =
        profile(OperatorRole::CertificationAgent, kToday, QStringLiteral("Boulangerie Ducros"));
    EXPECT_TRUE(Authorization::maySee(agent, QStringLiteral("Boulangerie Ducros")));
    EXPECT_TRUE(Authorization::maySee(agent, QStringLiteral(" Boulangerie Ducros ")));
    EXPECT_FALSE(Authorization::maySee(agent, QStringLiteral("Garage Renaud")));
    EXPECT_FALSE(Authorization::maySee(agent, QString())); // a private person's dossier
    EXPECT_EQ(Authorization::dossierScope(agent), QStringLiteral("Boulangerie Ducros"));

    const OperatorProfile nobody = profile(OperatorRole::CertificationAgent);
    EXPECT_FALSE(Authorization::maySee(nobody, QString()));
    EXPECT_FALSE(Authorization::maySee(nobody, QStringLiteral("Garage Renaud")));

    for (OperatorRole role : {OperatorRole::DraOperator, OperatorRole::Supervisor}) {
        EXPECT_TRUE(Authorization::maySee(profile(role), QStringLiteral("Garage Renaud")));
        EXPECT_TRUE(Authorization::maySee(profile(role), QString()));
        EXPECT_FALSE(Authorization::dossierScope(profile(role)).has_value());
    }
}
