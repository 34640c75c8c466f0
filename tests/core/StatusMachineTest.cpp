#include "domain/DossierStatus.h"

#include <gtest/gtest.h>

using namespace guichet;
using S = DossierStatus;

TEST(StatusMachine, FollowsTheCaLifecycle)
{
    EXPECT_TRUE(StatusMachine::isAllowed(S::Draft, S::ReadyForMeeting));
    EXPECT_TRUE(StatusMachine::isAllowed(S::ReadyForMeeting, S::IdentityVerified));
    EXPECT_TRUE(StatusMachine::isAllowed(S::IdentityVerified, S::TokenPersonalised));
    EXPECT_TRUE(StatusMachine::isAllowed(S::TokenPersonalised, S::SubmittedToCa));
    EXPECT_TRUE(StatusMachine::isAllowed(S::SubmittedToCa, S::OriginalsPosted));
    EXPECT_TRUE(StatusMachine::isAllowed(S::OriginalsPosted, S::CertificateIssued));
    // FAQ 3J: a rejection is temporary; the dossier goes back to the CA with the documents.
    EXPECT_TRUE(StatusMachine::isAllowed(S::SubmittedToCa, S::RejectedPendingDocuments));
    EXPECT_TRUE(StatusMachine::isAllowed(S::RejectedPendingDocuments, S::SubmittedToCa));
}

TEST(StatusMachine, RefusesShortcutsAndLeavingFinalStates)
{
    EXPECT_FALSE(StatusMachine::isAllowed(S::Draft, S::IdentityVerified));
    EXPECT_FALSE(StatusMachine::isAllowed(S::Draft, S::CertificateIssued));
    EXPECT_FALSE(StatusMachine::isAllowed(S::ReadyForMeeting, S::SubmittedToCa));
    EXPECT_FALSE(StatusMachine::isAllowed(S::SubmittedToCa, S::Cancelled));
    EXPECT_TRUE(StatusMachine::isFinal(S::CertificateIssued));
    EXPECT_TRUE(StatusMachine::isFinal(S::Cancelled));
    for (S to : StatusMachine::allStatuses()) {
        EXPECT_FALSE(StatusMachine::isAllowed(S::CertificateIssued, to));
        EXPECT_FALSE(StatusMachine::isAllowed(S::Cancelled, to));
    }
    const Status refused = StatusMachine::check(S::Draft, S::CertificateIssued, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Certificate issued")));
}

TEST(StatusMachine, RejectionAndCancellationNeedAReason)
{
    EXPECT_FALSE(
        StatusMachine::check(S::SubmittedToCa, S::RejectedPendingDocuments, QStringLiteral("  "))
            .ok());
    EXPECT_TRUE(StatusMachine::check(S::SubmittedToCa, S::RejectedPendingDocuments,
                                     QStringLiteral("Kbis older than 3 months"))
                    .ok());
    EXPECT_FALSE(StatusMachine::check(S::Draft, S::Cancelled, {}).ok());
    EXPECT_TRUE(StatusMachine::check(S::Draft, S::ReadyForMeeting, {}).ok());
}

TEST(StatusMachine, KeysRoundTripAndAreUnique)
{
    QSet<QString> keys;
    for (S status : StatusMachine::allStatuses()) {
        const QString key = StatusMachine::key(status);
        EXPECT_FALSE(keys.contains(key)) << key.toStdString();
        keys.insert(key);
        EXPECT_EQ(StatusMachine::fromKey(key), status);
        EXPECT_FALSE(StatusMachine::displayName(status).isEmpty());
    }
    EXPECT_EQ(keys.size(), 9);
    EXPECT_FALSE(StatusMachine::fromKey(QStringLiteral("issued")).has_value());
}
