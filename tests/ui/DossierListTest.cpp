// The dossier list: paging, search order, sorting by header and the status filter.
#include "UiTestSupport.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace guichet;
using namespace guichet::test;

namespace {

class DossierListTest : public WindowTest {
protected:
    void clickHeader(int column)
    {
        QHeaderView* header =
            widget<QTableView>(QStringLiteral("dossierTable"))->horizontalHeader();
        const QPoint middle(header->sectionViewportPosition(column) +
                                header->sectionSize(column) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
    }
    QHeaderView* header()
    {
        return widget<QTableView>(QStringLiteral("dossierTable"))->horizontalHeader();
    }
    QLineEdit* search() { return widget<QLineEdit>(QStringLiteral("searchEdit")); }
};

// Surnames made of letters only, in alphabetical order of `index`.
QString surnameFor(int index)
{
    QString letters;
    for (int value = index, digit = 0; digit < 3; ++digit, value /= 26) {
        letters.prepend(QChar(u'a' + value % 26));
    }
    return QStringLiteral("Test") + letters;
}

TEST_F(DossierListTest, ReadsPageByPageAsTheViewScrolls)
{
    const int total = DossierListModel::kPageSize + 5;
    QList<qint64> ids;
    for (int i = 0; i < total; ++i) {
        ids.append(seed(surnameFor(i), QStringLiteral("Anne")));
    }
    openWindow();
    EXPECT_EQ(listModel().rowCount(), DossierListModel::kPageSize);
    EXPECT_TRUE(listModel().canFetchMore({}));

    widget<QTableView>(QStringLiteral("dossierTable"))->scrollToBottom();
    ASSERT_TRUE(waitForListIds(ids));           // every dossier once, in name order
    EXPECT_FALSE(listModel().canFetchMore({})); // a short page was the last one
    EXPECT_EQ(widget<QLabel>(QStringLiteral("listInfoLabel"))->text(),
              QStringLiteral("%1 dossier(s).").arg(total));
}

TEST_F(DossierListTest, SearchIsInOrderOfRelevanceUntilAHeaderIsClicked)
{
    // "martin" finds Paul Martin by his name and by his order reference (twice in the
    // search index, once in the list), then Martine Durand by her given name.
    const qint64 paul =
        seed(QStringLiteral("Martin"), QStringLiteral("Paul"), QStringLiteral("MARTIN-A"));
    const qint64 martine = seed(QStringLiteral("Durand"), QStringLiteral("Martine"));
    const qint64 luc = seed(QStringLiteral("Petit"), QStringLiteral("Luc"));
    openWindow();
    ASSERT_TRUE(waitForListIds({martine, paul, luc}));
    EXPECT_TRUE(header()->isSortIndicatorShown());

    QTest::keyClicks(search(), QStringLiteral("martin"));
    ASSERT_TRUE(waitForListIds({paul, martine}));
    EXPECT_EQ(listModel().query().sort, DossierSortKey::Relevance);
    EXPECT_FALSE(header()->isSortIndicatorShown());

    clickHeader(DossierListModel::NameColumn);
    ASSERT_TRUE(waitForListIds({martine, paul}));
    EXPECT_EQ(listModel().query().sort, DossierSortKey::Name);
    EXPECT_TRUE(header()->isSortIndicatorShown());
    EXPECT_EQ(header()->sortIndicatorSection(), DossierListModel::NameColumn);
    EXPECT_EQ(header()->sortIndicatorOrder(), Qt::AscendingOrder);

    clickHeader(DossierListModel::NameColumn);
    ASSERT_TRUE(waitForListIds({paul, martine}));
    EXPECT_EQ(listModel().query().order, Qt::DescendingOrder);

    // The organisation column has nothing to sort on: the click changes nothing.
    clickHeader(DossierListModel::OrganisationColumn);
    EXPECT_EQ(header()->sortIndicatorSection(), DossierListModel::NameColumn);
    EXPECT_EQ(header()->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_EQ(listModel().query().sort, DossierSortKey::Name);

    search()->clear();
    ASSERT_TRUE(waitForListIds({luc, paul, martine}));

    // A new search starts again in order of relevance.
    QTest::keyClicks(search(), QStringLiteral("martin"));
    ASSERT_TRUE(waitForListIds({paul, martine}));
    EXPECT_EQ(listModel().query().sort, DossierSortKey::Relevance);
}

TEST_F(DossierListTest, TypingFastShowsOnlyTheLastSearch)
{
    const qint64 paul = seed(QStringLiteral("Martin"), QStringLiteral("Paul"));
    seed(QStringLiteral("Petit"), QStringLiteral("Luc"));
    seed(QStringLiteral("Durand"), QStringLiteral("Martine"));
    openWindow();
    QTest::keyClicks(search(), QStringLiteral("martin p"));
    ASSERT_TRUE(waitForListIds({paul}));
    EXPECT_EQ(listModel().query().search, QStringLiteral("martin p"));
    flushWorker(); // any answer still on its way for "m", "ma", ... arrives and is dropped
    EXPECT_EQ(listIds(), QList<qint64>{paul});
}

TEST_F(DossierListTest, StatusFilterShowsOnlyThatStatus)
{
    const qint64 paul = seed(QStringLiteral("Martin"), QStringLiteral("Paul"));
    const qint64 luc = seed(QStringLiteral("Durand"), QStringLiteral("Luc"));
    const qint64 anne = seed(QStringLiteral("Petit"), QStringLiteral("Anne"));
    ASSERT_TRUE(
        m_other->changeStatus(luc, stored(luc).version, DossierStatus::ReadyForMeeting, {}).ok());
    openWindow();
    ASSERT_TRUE(waitForListIds({luc, paul, anne}));

    auto* filter = widget<QComboBox>(QStringLiteral("statusFilter"));
    EXPECT_EQ(filter->count(), StatusMachine::allStatuses().size() + 1);
    EXPECT_EQ(filter->itemText(0), QStringLiteral("All statuses"));
    filter->setCurrentIndex(filter->findText(QStringLiteral("Ready for meeting")));
    ASSERT_TRUE(waitForListIds({luc}));
    EXPECT_EQ(listModel().query().status, DossierStatus::ReadyForMeeting);

    filter->setCurrentIndex(filter->findText(QStringLiteral("Draft")));
    ASSERT_TRUE(waitForListIds({paul, anne}));
    QTest::keyClicks(search(), QStringLiteral("petit"));
    ASSERT_TRUE(waitForListIds({anne})); // search and filter together

    filter->setCurrentIndex(filter->findText(QStringLiteral("Cancelled")));
    ASSERT_TRUE(waitForListIds({}));
    EXPECT_EQ(widget<QLabel>(QStringLiteral("listInfoLabel"))->text(),
              QStringLiteral("No dossier matches."));

    search()->clear();
    filter->setCurrentIndex(0);
    ASSERT_TRUE(waitForListIds({luc, paul, anne}));
}

} // namespace
