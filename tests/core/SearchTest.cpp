#include "EngineFixture.h"
#include "storage/SearchKey.h"
#include "support/Samples.h"

#include <QSet>

using namespace guichet;
using namespace guichet::test;

namespace {

class SearchTest : public EngineTest {
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        const QStringList surnames{QStringLiteral("Dupont"),         QStringLiteral("Dupond"),
                                   QStringLiteral("Durand"),         QStringLiteral("Éluard"),
                                   QStringLiteral("de La Fontaine"), QStringLiteral("Martin"),
                                   QStringLiteral("Martinez"),       QStringLiteral("Zola")};
        const QStringList givenNames{QStringLiteral("Anne"), QStringLiteral("Jean"),
                                     QStringLiteral("Marie")};
        int n = 0;
        for (const QString& surname : surnames) {
            for (int i = 0; i < 3; ++i) {
                Dossier d = sampleDossier(surname, givenNames[i]);
                d.orderReference = QStringLiteral("CMD-2026-%1").arg(++n, 5, 10, QLatin1Char('0'));
                if (surname == u"Martin" && i == 0) {
                    d = sampleOrganisationDossier();
                    d.holder.surnames = surname;
                    d.orderReference =
                        QStringLiteral("CMD-2026-%1").arg(n, 5, 10, QLatin1Char('0'));
                }
                clock.advanceMs(1000);
                auto created = service->create(d);
                ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
                ids.append(created->id);
            }
        }
    }

    // Reads every page of a query and returns the ids in order, each once.
    QList<qint64> all(DossierListQuery query, int pageSize = 4)
    {
        QList<qint64> result;
        QSet<qint64> seen;
        std::optional<PageCursor> cursor;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = service->page(query, cursor, pageSize);
            EXPECT_TRUE(page.ok()) << (page.ok() ? "" : page.error().message.toStdString());
            if (!page.ok()) {
                break;
            }
            for (const DossierSummary& row : std::as_const(*page)) {
                if (!seen.contains(row.id)) {
                    seen.insert(row.id);
                    result.append(row.id);
                }
            }
            if (page->size() < pageSize) {
                break;
            }
            cursor = page->back().cursor;
        }
        return result;
    }

    QStringList surnamesOf(const QList<qint64>& found)
    {
        QStringList names;
        for (qint64 id : found) {
            names.append(service->find(id)->holder.surnames);
        }
        return names;
    }

    QList<qint64> ids;
};
GUICHET_ON_BOTH_ENGINES(SearchTest);

} // namespace

TEST(SearchKey, NormalisesAccentsCaseAndSeparators)
{
    EXPECT_EQ(SearchKey::normalise(QStringLiteral("  Éloïse d'Aubigné-Ça ")),
              QStringLiteral("ELOISE D AUBIGNE CA"));
    EXPECT_EQ(SearchKey::normalise(QStringLiteral("552 100 554 00012")),
              QStringLiteral("55210055400012"));
    EXPECT_EQ(SearchKey::normalise(QStringLiteral("CMD-2026")), QStringLiteral("CMD 2026"));
    EXPECT_EQ(SearchKey::prefixUpperBound(QStringLiteral("DUP")), QStringLiteral("DUQ"));
}

TEST_P(SearchTest, FindsByNamePrefixWithoutCaseOrAccents)
{
    DossierListQuery query;
    query.search = QStringLiteral("dup");
    const QStringList names = surnamesOf(all(query));
    EXPECT_EQ(names.size(), 6);
    EXPECT_EQ(names.count(QStringLiteral("Dupont")), 3);
    EXPECT_EQ(names.count(QStringLiteral("Dupond")), 3);

    query.search = QStringLiteral("elu");
    EXPECT_EQ(surnamesOf(all(query)), QStringList(3, QStringLiteral("Éluard")));
    query.search = QStringLiteral("fontaine");
    EXPECT_EQ(all(query).size(), 3);
    query.search = QStringLiteral("marie martin"); // given names first works too
    EXPECT_EQ(surnamesOf(all(query)),
              (QStringList{QStringLiteral("Martin"), QStringLiteral("Martinez")}));
    query.search = QStringLiteral("martin");
    EXPECT_EQ(all(query).size(), 6); // Martin and Martinez
    query.search = QStringLiteral("nobody");
    EXPECT_TRUE(all(query).isEmpty());
}

TEST_P(SearchTest, FindsByOrderReferenceAndSiret)
{
    DossierListQuery query;
    query.search = QStringLiteral("cmd-2026-00007");
    const QList<qint64> byRef = all(query);
    ASSERT_EQ(byRef.size(), 1);
    EXPECT_EQ(service->find(byRef[0])->orderReference, QStringLiteral("CMD-2026-00007"));

    query.search = QStringLiteral("732 829");
    const QList<qint64> bySiret = all(query);
    ASSERT_EQ(bySiret.size(), 1);
    EXPECT_EQ(service->find(bySiret[0])->organisation->name, QStringLiteral("ACME Industries"));
}

TEST_P(SearchTest, SearchFollowsEditsAndStatusFilter)
{
    Dossier d = *service->find(ids.first());
    d.holder.surnames = QStringLiteral("Zweig");
    ASSERT_TRUE(service->save(d).ok());
    DossierListQuery query;
    query.search = QStringLiteral("zweig");
    EXPECT_EQ(all(query), QList<qint64>{d.id});

    ASSERT_TRUE(
        service->changeStatus(d.id, d.version + 1, DossierStatus::ReadyForMeeting, {}).ok());
    query.search = QStringLiteral("z");
    query.status = DossierStatus::ReadyForMeeting;
    EXPECT_EQ(all(query), QList<qint64>{d.id});
    query.search.clear();
    EXPECT_EQ(all(query), QList<qint64>{d.id});
    query.status = DossierStatus::Draft;
    EXPECT_EQ(all(query).size(), ids.size() - 1);
}

TEST_P(SearchTest, EveryOrderPagesThroughEveryDossierExactlyOnce)
{
    const QSet<qint64> expected(ids.begin(), ids.end());
    for (DossierSortKey key :
         {DossierSortKey::Name, DossierSortKey::OrderReference, DossierSortKey::Product,
          DossierSortKey::Status, DossierSortKey::Updated}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            DossierListQuery query;
            query.sort = key;
            query.order = order;
            const QList<qint64> found = all(query, 5);
            EXPECT_EQ(found.size(), ids.size()) << int(key) << " " << int(order);
            EXPECT_EQ(QSet<qint64>(found.begin(), found.end()), expected);
            if (key == DossierSortKey::Updated) {
                QList<qint64> chronological = ids;
                if (order == Qt::DescendingOrder) {
                    std::reverse(chronological.begin(), chronological.end());
                }
                EXPECT_EQ(found, chronological);
            }
        }
    }
    DossierListQuery byName;
    const QStringList names = surnamesOf(all(byName, 3));
    EXPECT_EQ(names.first(), QStringLiteral("de La Fontaine"));
    EXPECT_EQ(names.last(), QStringLiteral("Zola"));
}

TEST_P(SearchTest, SortedSearchKeepsTheChosenOrder)
{
    DossierListQuery query;
    query.search = QStringLiteral("du");
    query.sort = DossierSortKey::Updated;
    query.order = Qt::DescendingOrder;
    const QList<qint64> found = all(query, 2);
    ASSERT_EQ(found.size(), 9); // Dupont, Dupond, Durand
    for (qsizetype i = 1; i < found.size(); ++i) {
        EXPECT_GT(found[i - 1], found[i]);
    }
}
