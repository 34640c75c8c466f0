#include "audit/AuditView.h"

#include "TestSigners.h"
#include "audit/AuditCheckpoints.h"
#include "audit/AuditEventModel.h"
#include "domain/ProductCatalogue.h"
#include "service/DossierWorker.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace guichet;

namespace {

bool waitUntil(const std::function<bool()>& done, int timeoutMs = 10'000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// The supervisors' audit view on a real worker and a SQLite file: filters, paging, and the
// verification result, found by object names as a person would use them.
class AuditViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        config = *DatabaseConfig::fromUrl(dir.filePath(QStringLiteral("audit.sqlite")));
        auto opened = Database::open(config);
        ASSERT_TRUE(opened.ok());
        db = std::move(opened).value();
        AuditLog audit(*db, clock);
        // 450 events: dossiers 1-3, two operators, two actions, one event per hour from
        // 2026-11-01, so paging (200 a page) and every filter are exercised.
        for (int i = 0; i < 450; ++i) {
            clock.advanceMs(3'600'000);
            Transaction transaction(*db);
            ASSERT_TRUE(audit
                            .append(i % 2 ? QStringLiteral("op-bob") : QStringLiteral("op-alice"),
                                    i % 5 ? QStringLiteral("dossier.updated")
                                          : QStringLiteral("token.personalised"),
                                    QStringLiteral("dossier"), QString::number(i % 3 + 1),
                                    QJsonObject{{QStringLiteral("n"), i}})
                            .ok());
            ASSERT_TRUE(transaction.commit().ok());
        }
        signer = ca.issueOperator(QStringLiteral("Alice"));
        FixedTimeSource source(QStringLiteral("system clock, UTC; NTP synchronised: yes"));
        ASSERT_TRUE(AuditCheckpoints(*db, clock, source)
                        .checkpoint(*signer, QStringLiteral("op-alice"), QStringLiteral("manual"))
                        .ok());
        worker = std::make_unique<DossierWorker>(config, clock, ProductCatalogue::builtIn(),
                                                 OperatorIdentity{QStringLiteral("op-sup"), {}});
        QSignalSpy opened2(worker.get(), &DossierWorker::opened);
        worker->start();
        ASSERT_TRUE(waitUntil([&] { return opened2.count() == 1; }));
        view = std::make_unique<AuditView>(*worker);
        view->show();
        ASSERT_TRUE(waitUntil([&] { return rows() == 200 && !view->model()->isLoading(); }));
    }

    void TearDown() override
    {
        view.reset();
        worker.reset();
        db.reset();
    }

    int rows() const { return view->model()->rowCount(); }
    template <typename T> T* find(const QString& name)
    {
        T* found = view->findChild<T*>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }
    bool filterBy(const QString& field, const QString& text, int expectedRows)
    {
        QLineEdit* edit = find<QLineEdit>(field);
        edit->clear();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        return waitUntil([&] { return rows() == expectedRows && !view->model()->isLoading(); });
    }

    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC)};
    DatabaseConfig config;
    std::unique_ptr<Database> db;
    test::TestOperatorCa ca;
    std::unique_ptr<KeySigner> signer;
    std::unique_ptr<DossierWorker> worker;
    std::unique_ptr<AuditView> view;
};

} // namespace

TEST_F(AuditViewTest, PagesNewestFirstAndFilters)
{
    AuditEventModel* model = view->model();
    EXPECT_EQ(model->eventAt(0).seq, 450);
    EXPECT_EQ(model->eventAt(199).seq, 251);
    // Scrolling to the end fetches the next pages by keyset.
    auto* table = find<QTableView>(QStringLiteral("auditTable"));
    ASSERT_TRUE(waitUntil([&] {
        table->scrollToBottom();
        return rows() == 450;
    }));
    EXPECT_EQ(model->eventAt(449).seq, 1);

    // Dossier 2: events with i % 3 == 1, 150 of them.
    ASSERT_TRUE(filterBy(QStringLiteral("auditDossierFilter"), QStringLiteral("2"), 150));
    for (int row = 0; row < rows(); ++row) {
        EXPECT_EQ(model->eventAt(row).objectId, QStringLiteral("2"));
    }
    // And operator op-bob (odd i): i % 3 == 1 and i odd -> 75.
    ASSERT_TRUE(filterBy(QStringLiteral("auditOperatorFilter"), QStringLiteral("op-bob"), 75));
    // And the action prefix "token." (i % 5 == 0): i in {25, 55, ...} -> 15.
    ASSERT_TRUE(filterBy(QStringLiteral("auditActionFilter"), QStringLiteral("token."), 15));
    EXPECT_EQ(model->eventAt(0).action, QStringLiteral("token.personalised"));

    // Dates: 2026-11-02 (UTC) holds events 24..47 (one per hour from 01:00 on the 1st).
    find<QLineEdit>(QStringLiteral("auditDossierFilter"))->clear();
    find<QLineEdit>(QStringLiteral("auditOperatorFilter"))->clear();
    find<QLineEdit>(QStringLiteral("auditActionFilter"))->clear();
    find<QCheckBox>(QStringLiteral("auditUseDates"))->setChecked(true);
    find<QDateEdit>(QStringLiteral("auditFromDate"))->setDate(QDate(2026, 11, 2));
    find<QDateEdit>(QStringLiteral("auditToDate"))->setDate(QDate(2026, 11, 2));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("auditFilterButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return rows() == 24 && !model->isLoading(); }));
    EXPECT_EQ(model->eventAt(0).seq, 47);
    EXPECT_EQ(model->eventAt(23).seq, 24);
}

TEST_F(AuditViewTest, VerifyButtonShowsTheResult)
{
    QSignalSpy verified(view.get(), &AuditView::verified);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("auditVerifyButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return verified.count() == 1; }));
    EXPECT_TRUE(verified.at(0).at(0).toBool());
    const QString intact = find<QLabel>(QStringLiteral("auditStatus"))->text();
    EXPECT_TRUE(intact.contains(QStringLiteral("intact"))) << intact.toStdString();
    EXPECT_TRUE(intact.contains(QStringLiteral("450"))) << intact.toStdString();

    // Someone with database access rewrites an event's operator.
    QSqlQuery tamper = db->query();
    ASSERT_TRUE(tamper.exec(
        QStringLiteral("UPDATE audit_event SET operator = 'op-mallory' WHERE seq = 7")));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("auditVerifyButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return verified.count() == 2; }));
    EXPECT_FALSE(verified.at(1).at(0).toBool());
    const QString broken = find<QLabel>(QStringLiteral("auditStatus"))->text();
    EXPECT_TRUE(broken.contains(QStringLiteral("BROKEN at event 7"))) << broken.toStdString();
}
