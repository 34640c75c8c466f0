// A Certification Agent's dossier list only shows its organisation's dossiers, enforced by
// the core query (not the window), on both SQL engines.
#include "core/EngineFixture.h"
#include "operators/Authorization.h"
#include "support/Samples.h"

using namespace guichet;
using namespace guichet::test;

namespace {

class AgentScopingTest : public EngineTest {
protected:
    void addDossier(const QString& surname, const QString& organisation)
    {
        Dossier d = organisation.isEmpty() ? sampleDossier(surname) : sampleOrganisationDossier();
        d.holder.surnames = surname;
        d.orderReference = QStringLiteral("CMD-") + surname.toUpper();
        if (!organisation.isEmpty()) {
            d.organisation->name = organisation;
        }
        auto created = service->create(d);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }

    QStringList listedFor(const OperatorProfile& viewer, DossierListQuery query = {})
    {
        auto page = service->pageFor(viewer, query, std::nullopt, 100);
        EXPECT_TRUE(page.ok()) << (page.ok() ? "" : page.error().message.toStdString());
        QStringList names;
        if (page.ok()) {
            for (const DossierSummary& row : *page) {
                names << row.holderSurnames;
            }
        }
        names.sort();
        return names;
    }

    static OperatorProfile viewer(OperatorRole role, const QString& organisation = {})
    {
        OperatorProfile p;
        p.identity = {QStringLiteral("op-x"), QStringLiteral("X")};
        p.role = role;
        p.organisationName = organisation;
        return p;
    }
};

} // namespace

TEST_P(AgentScopingTest, AnAgentListsOnlyItsOrganisationsDossiers)
{
    addDossier(QStringLiteral("Arnaud"), QStringLiteral("Boulangerie Ducros"));
    addDossier(QStringLiteral("Bernard"), QStringLiteral("Boulangerie Ducros"));
    addDossier(QStringLiteral("Chevalier"), QStringLiteral("Garage Renaud"));
    addDossier(QStringLiteral("Dubois"), QString()); // a private person

    const QStringList everyone{QStringLiteral("Arnaud"), QStringLiteral("Bernard"),
                               QStringLiteral("Chevalier"), QStringLiteral("Dubois")};
    EXPECT_EQ(listedFor(viewer(OperatorRole::Supervisor)), everyone);
    EXPECT_EQ(listedFor(viewer(OperatorRole::DraOperator)), everyone);

    const OperatorProfile agent =
        viewer(OperatorRole::CertificationAgent, QStringLiteral("Boulangerie Ducros"));
    EXPECT_EQ(listedFor(agent), (QStringList{QStringLiteral("Arnaud"), QStringLiteral("Bernard")}));
    // Whatever the query asks: the scope comes from the profile.
    DossierListQuery asksForAll;
    asksForAll.organisation = QStringLiteral("Garage Renaud");
    EXPECT_EQ(listedFor(agent, asksForAll),
              (QStringList{QStringLiteral("Arnaud"), QStringLiteral("Bernard")}));
    // Combined with a search.
    DossierListQuery search;
    search.search = QStringLiteral("bern");
    EXPECT_EQ(listedFor(agent, search), QStringList{QStringLiteral("Bernard")});
    search.search = QStringLiteral("chev");
    EXPECT_TRUE(listedFor(agent, search).isEmpty());
    // An agent without an organisation sees nothing.
    EXPECT_TRUE(listedFor(viewer(OperatorRole::CertificationAgent)).isEmpty());
    // The same verdict as Authorization::maySee, row by row.
    auto all = service->page({}, std::nullopt, 100);
    ASSERT_TRUE(all.ok());
    int visible = 0;
    for (const DossierSummary& row : *all) {
        visible += Authorization::maySee(agent, row.organisationName) ? 1 : 0;
    }
    EXPECT_EQ(visible, 2);
}

TEST_P(AgentScopingTest, AViewersServiceFindsAndListsOnlyWhatTheViewerMaySee)
{
    addDossier(QStringLiteral("Arnaud"), QStringLiteral("Boulangerie Ducros"));
    addDossier(QStringLiteral("Chevalier"), QStringLiteral("Garage Renaud"));
    auto all = service->page({}, std::nullopt, 100);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);

    // The window's service acts for the logged-in agent: the other organisation's dossier
    // is neither listed nor found by its number.
    service->setViewer(viewer(OperatorRole::CertificationAgent, QStringLiteral("Garage Renaud")));
    auto listed = service->page({}, std::nullopt, 100);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().holderSurnames, QStringLiteral("Chevalier"));
    for (const DossierSummary& row : *all) {
        const bool own = row.organisationName == QStringLiteral("Garage Renaud");
        auto found = service->find(row.id);
        EXPECT_EQ(found.ok(), own) << row.holderSurnames.toStdString();
        if (!own) {
            EXPECT_EQ(found.error().code, ErrorCode::NotFound);
        }
    }
}

GUICHET_ON_BOTH_ENGINES(AgentScopingTest);
