// The requirement rules, one test per rule: each refuses its forbidden case and passes the
// allowed one (issue 3, "Done when").
#include "meeting/RequirementRules.h"

#include "core/MeetingSamples.h"
#include "domain/ProductCatalogue.h"
#include "identity/IdentityDocumentCatalogue.h"

#include <gtest/gtest.h>

using namespace guichet;
using namespace guichet::test;
using State = ChecklistItem::State;
using Kind = MeetingDecision::Kind;

namespace {

class RequirementRulesTest : public ::testing::Test {
protected:
    ChecklistItem rule(const char* id)
    {
        RequirementInput input;
        input.dossier = &dossier;
        input.meeting = &meeting;
        input.documents = &documents;
        input.operatorProfile = &op;
        input.catalogue = &IdentityDocumentCatalogue::builtIn();
        input.token = token;
        input.product = ProductCatalogue::builtIn().product(dossier.productId);
        input.today = meetingDay();
        return RequirementRules::evaluate(QString::fromLatin1(id), input);
    }

    Checklist all()
    {
        RequirementInput input;
        input.dossier = &dossier;
        input.meeting = &meeting;
        input.documents = &documents;
        input.operatorProfile = &op;
        input.catalogue = &IdentityDocumentCatalogue::builtIn();
        input.token = token;
        input.today = meetingDay();
        return RequirementRules::evaluate(*ProductCatalogue::builtIn().product(dossier.productId),
                                          input);
    }

    void removeDecisions(Kind kind)
    {
        meeting.decisions.removeIf([kind](const MeetingDecision& d) { return d.kind == kind; });
    }

    void setPaper(DocumentType type, QDate date)
    {
        documents.removeIf([type](const DocumentInfo& d) { return d.type == type; });
        if (date.isValid()) {
            documents.append(paper(type, date));
        }
    }

    Dossier dossier = employeeDossier();
    Meeting meeting = completeMeeting();
    QList<DocumentInfo> documents = employeeDocuments();
    OperatorProfile op = trainedOperator();
    std::optional<TokenEvidence> token;
};

std::string why(const ChecklistItem& item)
{
    return (item.ruleId + QStringLiteral(": ") + item.reason).toStdString();
}

} // namespace

TEST_F(RequirementRulesTest, AFullEmployeeDossierMeetsEveryRule)
{
    const Checklist list = all();
    for (const ChecklistItem& item : list.items) {
        EXPECT_EQ(item.state, State::Satisfied) << why(item);
        EXPECT_FALSE(item.clause.isEmpty()) << why(item);
        EXPECT_FALSE(item.title.isEmpty()) << why(item);
    }
    EXPECT_TRUE(list.satisfied());
    // The employee holder brings the organisation's rules, even on a personal product.
    QStringList ids;
    for (const ChecklistItem& item : list.items) {
        ids.append(item.ruleId);
    }
    EXPECT_TRUE(ids.contains(QStringLiteral("organisation-siren")));
    EXPECT_TRUE(ids.contains(QStringLiteral("mandate-recent")));
    EXPECT_EQ(ids.first(), QStringLiteral("request-recent")); // the product's order
}

TEST_F(RequirementRulesTest, EveryRuleTheCatalogueNamesIsKnown)
{
    const QStringList known = RequirementRules::knownRules();
    for (const Product& product : ProductCatalogue::builtIn().products()) {
        for (const QString& id : product.requirements) {
            EXPECT_TRUE(known.contains(id)) << id.toStdString();
        }
    }
    EXPECT_EQ(rule("no-such-rule").state, State::Failed);
}

TEST_F(RequirementRulesTest, RequestRecent)
{
    setPaper(DocumentType::Request, QDate(2026, 8, 25)); // exactly 3 months before
    EXPECT_EQ(rule("request-recent").state, State::Failed);
    setPaper(DocumentType::Request, QDate(2026, 11, 26)); // after the meeting
    EXPECT_EQ(rule("request-recent").state, State::Failed);
    setPaper(DocumentType::Request, {});
    EXPECT_EQ(rule("request-recent").state, State::Pending);
    setPaper(DocumentType::Request, QDate(2026, 8, 26));
    EXPECT_EQ(rule("request-recent").state, State::Satisfied) << why(rule("request-recent"));
}

TEST_F(RequirementRulesTest, IdCopy)
{
    setPaper(DocumentType::PassportPage, {});
    EXPECT_EQ(rule("id-copy").state, State::Pending);
    documents.append(paper(DocumentType::IdFront, {}));
    EXPECT_EQ(rule("id-copy").state, State::Satisfied);
}

TEST_F(RequirementRulesTest, TermsAccepted)
{
    EXPECT_EQ(rule("terms-accepted").state, State::Satisfied) << why(rule("terms-accepted"));
    meeting.decisions.append(decision(Kind::TermsAccepted, QStringLiteral("CGU-2026-01"), false));
    EXPECT_EQ(rule("terms-accepted").state, State::Failed);
    meeting.decisions.append(decision(Kind::TermsAccepted, QStringLiteral(" ")));
    meeting.decisions.last().subject.clear();
    EXPECT_EQ(rule("terms-accepted").state, State::Failed);
    removeDecisions(Kind::TermsAccepted);
    EXPECT_EQ(rule("terms-accepted").state, State::Pending);
    meeting.decisions.append(decision(Kind::TermsAccepted, QStringLiteral("CGU-2026-01")));
    removeDecisions(Kind::InformationShown); // INI-8.1-01X: shown before anything else
    EXPECT_EQ(rule("terms-accepted").state, State::Pending);
    meeting.decisions.append(decision(Kind::InformationShown));
    removeDecisions(Kind::PublicationConsent);
    EXPECT_EQ(rule("terms-accepted").state, State::Pending);
    meeting.decisions.append(decision(Kind::PublicationConsent, {}, true));
    // REG-6.3.4-11A: the subscriber (Jean Dupont) is not the holder: consent to the device.
    meeting.decisions.append(decision(Kind::SecureDeviceConsent, {}, false));
    EXPECT_EQ(rule("terms-accepted").state, State::Failed);
    removeDecisions(Kind::SecureDeviceConsent);
    EXPECT_EQ(rule("terms-accepted").state, State::Pending);
    dossier.subscriber = {dossier.holder.surnames, dossier.holder.givenNames, {}, {}};
    EXPECT_EQ(rule("terms-accepted").state, State::Satisfied) << why(rule("terms-accepted"));
}

TEST_F(RequirementRulesTest, FaceToFace)
{
    meeting.place.clear();
    EXPECT_EQ(rule("face-to-face").state, State::Pending);
    meeting.place = QStringLiteral("Lyon");
    meeting.version = 0; // opened, never saved
    EXPECT_EQ(rule("face-to-face").state, State::Pending);
    meeting.version = 1;
    EXPECT_EQ(rule("face-to-face").state, State::Satisfied);
}

TEST_F(RequirementRulesTest, IdValidOnTheMeetingDate)
{
    EXPECT_EQ(rule("id-valid").state, State::Satisfied) << why(rule("id-valid"));
    // Expired the day before the meeting (VAL-8.3.1-07).
    const std::string expired = mrztest::td3("UTO", "ERIKSSON<<ANNA<MARIA", "L898902C3", "UTO",
                                             "740812", 'F', "261124", "");
    meeting.document.mrzLines = QString::fromStdString(expired).split(u'\n');
    meeting.document.expiryDate = QDate(2026, 11, 24);
    EXPECT_EQ(rule("id-valid").state, State::Failed) << why(rule("id-valid"));
    // Valid on the meeting day itself.
    const std::string lastDay = mrztest::td3("UTO", "ERIKSSON<<ANNA<MARIA", "L898902C3", "UTO",
                                             "740812", 'F', "261125", "");
    meeting.document.mrzLines = QString::fromStdString(lastDay).split(u'\n');
    meeting.document.expiryDate = QDate(2026, 11, 25);
    EXPECT_EQ(rule("id-valid").state, State::Satisfied) << why(rule("id-valid"));
}

TEST_F(RequirementRulesTest, IdValidNeedsAnMrzWithoutErrorsThatAgreesWithTheVisualZone)
{
    meeting.document.mrzLines.clear();
    EXPECT_EQ(rule("id-valid").state, State::Pending);
    meeting.document.mrzLines = passportMrz();
    QString line = meeting.document.mrzLines[1];
    line[9] = line[9] == u'0' ? u'1' : u'0'; // the number's check digit
    meeting.document.mrzLines[1] = line;
    EXPECT_EQ(rule("id-valid").state, State::Failed);
    meeting.document.mrzLines = passportMrz("L898902C4"); // valid, another number
    EXPECT_EQ(rule("id-valid").state, State::Failed) << why(rule("id-valid"));
    meeting.document.mrzLines = passportMrz();
    meeting.document.surnames = QStringLiteral("ERIKSEN");
    EXPECT_EQ(rule("id-valid").state, State::Failed);
    meeting.document.surnames = QStringLiteral("Eriksson");
    EXPECT_EQ(rule("id-valid").state, State::Satisfied) << why(rule("id-valid"));
    // The document must be the holder's.
    dossier.holder.surnames = QStringLiteral("Martin");
    EXPECT_EQ(rule("id-valid").state, State::Failed);
}

TEST_F(RequirementRulesTest, IdValidNeedsTheDocumentRecorded)
{
    meeting.document.number.clear();
    EXPECT_NE(rule("id-valid").state, State::Satisfied);
    meeting.document = {};
    EXPECT_EQ(rule("id-valid").state, State::Pending);
    meeting.document.typeId = QStringLiteral("library-card");
    EXPECT_EQ(rule("id-valid").state, State::Failed);
}

TEST_F(RequirementRulesTest, SecurityFeaturesThreeDifferentOnes)
{
    removeDecisions(Kind::SecurityFeatureChecked);
    // The same feature three times is one feature (VAL-8.3.3-07X: different ones).
    for (int i = 0; i < 3; ++i) {
        meeting.decisions.append(
            decision(Kind::SecurityFeatureChecked, QStringLiteral("watermark")));
    }
    EXPECT_NE(rule("security-features").state, State::Satisfied);
    meeting.decisions.append(decision(Kind::SecurityFeatureChecked, QStringLiteral("intaglio")));
    // A feature of another document type does not count.
    meeting.decisions.append(
        decision(Kind::SecurityFeatureChecked, QStringLiteral("tactile-relief")));
    EXPECT_NE(rule("security-features").state, State::Satisfied);
    meeting.decisions.append(decision(Kind::SecurityFeatureChecked, QStringLiteral("laser-photo")));
    EXPECT_EQ(rule("security-features").state, State::Satisfied);
    // Unchecked afterwards: two again.
    meeting.decisions.append(
        decision(Kind::SecurityFeatureChecked, QStringLiteral("laser-photo"), false));
    EXPECT_NE(rule("security-features").state, State::Satisfied);
}

TEST_F(RequirementRulesTest, FaceCompared)
{
    meeting.decisions.append(decision(Kind::FaceCompared, {}, false));
    EXPECT_EQ(rule("face-compared").state, State::Failed);
    removeDecisions(Kind::FaceCompared);
    EXPECT_EQ(rule("face-compared").state, State::Pending);
    meeting.decisions.append(decision(Kind::FaceCompared));
    EXPECT_EQ(rule("face-compared").state, State::Satisfied);
}

TEST_F(RequirementRulesTest, CertifiedCopy)
{
    meeting.decisions.append(decision(Kind::CopyCertified, {}, false));
    EXPECT_EQ(rule("certified-copy").state, State::Failed);
    removeDecisions(Kind::CopyCertified);
    EXPECT_EQ(rule("certified-copy").state, State::Pending);
    meeting.decisions.append(decision(Kind::CopyCertified));
    EXPECT_EQ(rule("certified-copy").state, State::Satisfied);
}

TEST_F(RequirementRulesTest, OperatorNotHolder)
{
    op.identity.displayName = QStringLiteral("ERIKSSON Anna-Maria");
    EXPECT_EQ(rule("operator-not-holder").state, State::Failed);
    op.identity.displayName = QStringLiteral("Anna Maria Eriksson");
    EXPECT_EQ(rule("operator-not-holder").state, State::Failed);
    op.birthDate = QDate(1974, 8, 12); // same person
    EXPECT_EQ(rule("operator-not-holder").state, State::Failed);
    op.birthDate = QDate(1990, 1, 1); // a namesake
    EXPECT_EQ(rule("operator-not-holder").state, State::Satisfied);
    op.birthDate = {};
    op.identity.displayName = QStringLiteral("Anna Eriksson-Berg");
    EXPECT_EQ(rule("operator-not-holder").state, State::Satisfied);
}

TEST_F(RequirementRulesTest, OperatorTrainedWithinTwelveMonths)
{
    op.trainingDate = QDate(2025, 11, 25); // exactly 12 months
    EXPECT_EQ(rule("operator-trained").state, State::Failed);
    op.trainingDate = {};
    EXPECT_EQ(rule("operator-trained").state, State::Failed);
    op.trainingDate = QDate(2026, 12, 1);
    EXPECT_EQ(rule("operator-trained").state, State::Failed);
    op.trainingDate = QDate(2025, 11, 26);
    EXPECT_EQ(rule("operator-trained").state, State::Satisfied);
}

TEST_F(RequirementRulesTest, OrganisationSiren)
{
    dossier.organisation->registrationId = QStringLiteral("732829321"); // Luhn fails
    EXPECT_EQ(rule("organisation-siren").state, State::Failed);
    EXPECT_FALSE(rule("organisation-siren").reason.isEmpty());
    dossier.organisation.reset();
    EXPECT_EQ(rule("organisation-siren").state, State::Pending);
    dossier.organisation =
        Organisation{QStringLiteral("Exemple"), {}, QStringLiteral("73282932000074"), {}};
    EXPECT_EQ(rule("organisation-siren").state, State::Satisfied)
        << why(rule("organisation-siren"));
}

TEST_F(RequirementRulesTest, OrganisationProofRecent)
{
    setPaper(DocumentType::Kbis, QDate(2026, 8, 1));
    EXPECT_EQ(rule("organisation-proof-recent").state, State::Failed);
    setPaper(DocumentType::Kbis, {});
    EXPECT_EQ(rule("organisation-proof-recent").state, State::Pending);
    setPaper(DocumentType::SireneNotice, QDate(2026, 11, 1));
    EXPECT_EQ(rule("organisation-proof-recent").state, State::Satisfied);
}

TEST_F(RequirementRulesTest, MandateRecentAndCountersigned)
{
    meeting.organisation.mandateCountersigned = false;
    EXPECT_NE(rule("mandate-recent").state, State::Satisfied);
    meeting.organisation.mandateCountersigned = true;
    meeting.organisation.mandateDate = QDate(2026, 8, 24);
    EXPECT_EQ(rule("mandate-recent").state, State::Failed);
    meeting.organisation.mandateDate = {};
    setPaper(DocumentType::Mandate, {});
    EXPECT_EQ(rule("mandate-recent").state, State::Pending);
    setPaper(DocumentType::Mandate, QDate(2026, 11, 20)); // the captured paper's date
    EXPECT_EQ(rule("mandate-recent").state, State::Satisfied);
    meeting.organisation.legalRepresentative.clear();
    EXPECT_EQ(rule("mandate-recent").state, State::Pending);
}

TEST_F(RequirementRulesTest, CoSignedByAgent)
{
    ChecklistItem item = rule("co-signed-by-agent");
    EXPECT_EQ(item.state, State::Satisfied);
    EXPECT_TRUE(item.notApplicable);
    op.role = OperatorRole::CertificationAgent;
    EXPECT_EQ(rule("co-signed-by-agent").state, State::Pending);
    meeting.organisation.requestCoSigned = true;
    op.caRegistrationNumber.clear(); // not registered with the CA
    EXPECT_EQ(rule("co-signed-by-agent").state, State::Failed);
    op.caRegistrationNumber = QStringLiteral("AC-2026-7");
    item = rule("co-signed-by-agent");
    EXPECT_EQ(item.state, State::Satisfied);
    EXPECT_FALSE(item.notApplicable);
}

TEST_F(RequirementRulesTest, TokenQscd)
{
    ChecklistItem item = rule("token-qscd");
    EXPECT_EQ(item.state, State::Pending);
    EXPECT_FALSE(item.neededForIdentity);
    token = TokenEvidence{QStringLiteral("Generic USB token"), false, true};
    EXPECT_EQ(rule("token-qscd").state, State::Failed);
    token = TokenEvidence{QStringLiteral("Certified QSCD"), true, false};
    EXPECT_EQ(rule("token-qscd").state, State::Failed);
    token = TokenEvidence{QStringLiteral("Certified QSCD"), true, true};
    EXPECT_EQ(rule("token-qscd").state, State::Satisfied);
}

TEST_F(RequirementRulesTest, OriginalsPosted)
{
    removeDecisions(Kind::OriginalsPosted);
    ChecklistItem item = rule("originals-posted");
    EXPECT_EQ(item.state, State::Pending);
    EXPECT_FALSE(item.neededForIdentity);
    // Posting comes after the meeting: it does not hold back "identity verified".
    EXPECT_FALSE(all().satisfied());
    EXPECT_TRUE(all().unmetForIdentity().isEmpty());
    meeting.decisions.append(decision(Kind::OriginalsPosted));
    EXPECT_EQ(rule("originals-posted").state, State::Satisfied);
}
