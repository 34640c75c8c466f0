// Claiming several outbox items per transaction (OutboxRepository::setClaimBatch), on both
// engines: two senders never share an item, and items claimed ahead but never sent go back to
// the queue as if never claimed (the sender stops, the CA is unreachable, the lease runs low).
#include "OutboxFixture.h"

#include <QSet>

namespace guichet::test {

TEST_P(OutboxTest, BatchClaimsNeverShareAnItemAndUnsentItemsGoBack)
{
    QList<qint64> queued;
    for (int i = 0; i < 6; ++i) {
        auto item = requests->queueEnrolment(readyDossier(), csr());
        ASSERT_TRUE(item.ok()) << text(item.error());
        queued.append(item->id);
    }
    std::unique_ptr<Database> otherDb;
    auto other = secondWorkstation(otherDb);
    OutboxRepository& first = requests->outbox();
    OutboxRepository second(*otherDb);
    first.setClaimBatch(4);
    second.setClaimBatch(4);
    const QString profile = QStringLiteral("training");

    QSet<qint64> byFirst, bySecond;
    auto a = first.claimNext(profile, QStringLiteral("a"), clock.nowUtc(), 60);
    ASSERT_TRUE(a.ok() && a->has_value());
    byFirst.insert((*a)->id);
    auto b = second.claimNext(profile, QStringLiteral("b"), clock.nowUtc(), 60);
    ASSERT_TRUE(b.ok() && b->has_value());
    bySecond.insert((*b)->id);
    EXPECT_EQ((*b)->attempts, 1);
    for (int i = 0; i < 3; ++i) { // the first sender's reserve, handed out without a claim
        auto next = first.claimNext(profile, QStringLiteral("a"), clock.nowUtc(), 60);
        ASSERT_TRUE(next.ok() && next->has_value()) << i;
        byFirst.insert((*next)->id);
    }
    auto none = first.claimNext(profile, QStringLiteral("a"), clock.nowUtc(), 60);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value()) << "the rest is the second sender's";
    EXPECT_EQ(byFirst.size(), 4);
    EXPECT_FALSE(byFirst.intersects(bySecond));

    // The second sender stops with one item claimed ahead: it goes back, unattempted.
    ASSERT_TRUE(second.releaseReserved(clock.nowUtc(), clock.nowUtc()).ok());
    int back = 0;
    for (qint64 id : queued) {
        if (byFirst.contains(id) || bySecond.contains(id)) {
            continue;
        }
        auto item = first.find(id);
        ASSERT_TRUE(item.ok());
        EXPECT_EQ(item->state, OutboxState::Queued);
        EXPECT_EQ(item->attempts, 0);
        EXPECT_TRUE(item->claimedBy.isEmpty());
        ++back;
    }
    EXPECT_EQ(back, 1);
}

TEST_P(OutboxTest, BatchClaimGivesItsReserveBackWhenTheCaIsUnreachableOrTheLeaseRunsLow)
{
    QList<qint64> queued;
    for (int i = 0; i < 4; ++i) {
        auto item = requests->queueEnrolment(readyDossier(), csr());
        ASSERT_TRUE(item.ok()) << text(item.error());
        queued.append(item->id);
    }
    OutboxRepository& outbox = requests->outbox();
    outbox.setClaimBatch(4);
    const QString profile = QStringLiteral("training");
    auto claimed = outbox.claimNext(profile, QStringLiteral("a"), clock.nowUtc(), 60);
    ASSERT_TRUE(claimed.ok() && claimed->has_value());
    // Unreachable: this item and the three claimed with it wait for the same backoff.
    const QDateTime retryAt = clock.nowUtc().addSecs(5);
    ASSERT_TRUE(outbox
                    .reschedule((*claimed)->id, QStringLiteral("a"), QStringLiteral("down"),
                                retryAt, clock.nowUtc())
                    .ok());
    for (qint64 id : queued) {
        auto item = outbox.find(id);
        ASSERT_TRUE(item.ok());
        EXPECT_EQ(item->state, OutboxState::Queued) << id;
        EXPECT_GE(item->nextAttemptUtc, retryAt) << id;
    }
    auto early = outbox.claimNext(profile, QStringLiteral("a"), clock.nowUtc(), 60);
    ASSERT_TRUE(early.ok());
    EXPECT_FALSE(early->has_value()) << "nothing is due before the backoff";

    // Claimed again; past half the lease the reserve is not handed out but claimed afresh.
    clock.advanceMs(6000);
    claimed = outbox.claimNext(profile, QStringLiteral("a"), clock.nowUtc(), 60);
    ASSERT_TRUE(claimed.ok() && claimed->has_value());
    clock.advanceMs(31000);
    auto renewed = outbox.claimNext(profile, QStringLiteral("a"), clock.nowUtc(), 60);
    ASSERT_TRUE(renewed.ok() && renewed->has_value());
    EXPECT_EQ((*renewed)->leaseUntilUtc, clock.nowUtc().addSecs(60));
    EXPECT_EQ((*renewed)->attempts, 1) << "the released claim was taken back";
}

} // namespace guichet::test
