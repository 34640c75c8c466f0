// A whole face-to-face meeting walked with the keyboard, as an operator does, against the
// real meeting service on a SQLite file: consent, ID document with its MRZ, security
// features, face, summary and "Identity verified"; leaving and coming back on the way.
#include "meeting/MeetingView.h"

#include "UiTestSupport.h"
#include "core/MrzTestVectors.h"
#include "crypto/SecureRandom.h"
#include "documents/DocumentService.h"
#include "domain/ProductCatalogue.h"
#include "forms/InterventionFormRenderer.h"
#include "forms/InterventionFormSource.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "meeting/ChecklistPanel.h"
#include "meeting/MeetingService.h"
#include "meeting/MeetingWorker.h"
#include "meeting/MrzPanel.h"
#include "security/EncryptionService.h"
#include "security/MasterKeySource.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace guichet;
using namespace guichet::test;

namespace {

class MeetingViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto config = DatabaseConfig::fromUrl(m_dir.filePath(QStringLiteral("guichet.sqlite")));
        ASSERT_TRUE(config.ok());
        m_config = *config;
        auto db = Database::open(m_config);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        m_db = std::move(db).value();
        const OperatorIdentity bob{QStringLiteral("bob"), QStringLiteral("Bob Lefèvre")};
        m_dossiers =
            std::make_unique<DossierService>(*m_db, m_clock, ProductCatalogue::builtIn(), bob);
        auto created = m_dossiers->create(validDossier(
            QStringLiteral("Dupont"), QStringLiteral("Marie Claire"), QStringLiteral("CMD-7")));
        ASSERT_TRUE(created) << created.error().message.toStdString();
        auto ready = m_dossiers->changeStatus(created->id, created->version,
                                              DossierStatus::ReadyForMeeting, {});
        ASSERT_TRUE(ready) << ready.error().message.toStdString();
        m_dossierId = created->id;

        // The signed request, captured before the meeting (request-recent).
        auto key = SecureRandom::secret(32);
        ASSERT_TRUE(key);
        EncryptionService encryption(
            std::make_unique<FixedMasterKeySource>(std::move(key).value()));
        DocumentService documents(*m_db, m_clock, encryption, bob);
        QImage page(200, 280, QImage::Format_RGB32);
        page.fill(Qt::white);
        auto request = documents.addScannedPages(
            DocumentRequest{m_dossierId, DocumentType::Request, today().addDays(-3)}, {page});
        ASSERT_TRUE(request) << request.error().message.toStdString();

        OperatorProfile alice;
        alice.identity = {QStringLiteral("alice"), QStringLiteral("Alice Martin")};
        alice.caRegistrationNumber = QStringLiteral("RA-0042");
        alice.trainingDate = today().addMonths(-2);
        m_operator = alice;
        m_worker = std::make_unique<MeetingWorker>(m_config, m_clock, ProductCatalogue::builtIn(),
                                                   IdentityDocumentCatalogue::builtIn(), alice);
        bool opened = false;
        QObject::connect(m_worker.get(), &MeetingWorker::opened, m_worker.get(),
                         [&opened](bool ok, const QString&) { opened = ok; });
        m_worker->start();
        ASSERT_TRUE(waitUntil([&opened] { return opened; })) << "the worker did not open";
    }

    void TearDown() override
    {
        m_view.reset();
        m_worker.reset();
        m_dossiers.reset();
        m_db.reset();
    }

    QDate today() const { return m_clock.nowUtc().date(); }

    void openView()
    {
        m_view = std::make_unique<MeetingView>(MeetingView::Dependencies{
            *m_worker, ProductCatalogue::builtIn(), IdentityDocumentCatalogue::builtIn(), m_clock,
            QStringLiteral("en"), QStringLiteral("CGU-2024-03")});
        m_view->resize(1200, 800);
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
        m_view->open(m_dossierId);
        ASSERT_TRUE(waitUntil([this] { return m_view->isLoaded() && m_view->isEnabled(); }))
            << "the meeting never opened";
    }

    // Waits until every change typed or decided so far is stored.
    void waitSaved()
    {
        ASSERT_TRUE(waitUntil([this] { return m_view->isIdle(); })) << "changes still unsaved";
    }

    template <typename T> T* widget(const QString& name)
    {
        T* found = m_view->findChild<T*>(name);
        if (found == nullptr) {
            throw std::runtime_error("no widget named " + name.toStdString());
        }
        return found;
    }

    // Keys go to the widget that has the focus, as on a real keyboard.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        ASSERT_NE(target, nullptr) << "nothing has the focus";
        QTest::keyClick(target, key, modifiers);
    }
    void typeIn(const QString& name, const QString& text)
    {
        auto* edit = widget<QLineEdit>(name);
        edit->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(edit, text);
    }
    void tick(const QString& name)
    {
        auto* button = widget<QAbstractButton>(name);
        button->setFocus(Qt::TabFocusReason);
        QTest::keyClick(button, Qt::Key_Space);
    }
    void typeMrz(const std::string& mrz)
    {
        auto* edit = widget<QPlainTextEdit>(QStringLiteral("mrzEdit"));
        edit->setFocus(Qt::TabFocusReason);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        const QStringList lines = QString::fromStdString(mrz).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                QTest::keyClick(edit, Qt::Key_Return);
            }
            QTest::keyClicks(edit, lines.at(i));
        }
    }
    Checklist checklist()
    {
        return widget<ChecklistPanel>(QStringLiteral("checklistPanel"))->checklist();
    }
    QStringList unmetRules()
    {
        QStringList ids;
        for (const ChecklistItem& item : checklist().unmet()) {
            ids.append(item.ruleId);
        }
        return ids;
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierService> m_dossiers;
    std::unique_ptr<MeetingWorker> m_worker;
    OperatorProfile m_operator;
    std::unique_ptr<MeetingView> m_view;
    qint64 m_dossierId = 0;
};

TEST_F(MeetingViewTest, WalksAWholeMeetingWithTheKeyboard)
{
    openView();
    EXPECT_EQ(m_view->currentStepKey(), QStringLiteral("consent"));
    const QStringList before = unmetRules();
    EXPECT_TRUE(before.contains(QStringLiteral("face-compared")))
        << before.join(u' ').toStdString();
    EXPECT_TRUE(before.contains(QStringLiteral("security-features")));
    EXPECT_TRUE(before.contains(QStringLiteral("terms-accepted")));
    EXPECT_GT(widget<QListWidget>(QStringLiteral("checklist"))->count(), 0);

    // "Identity verified" before anything is done: refused, naming what is missing.
    auto* steps = widget<QListWidget>(QStringLiteral("meetingSteps"));
    steps->setFocus(Qt::TabFocusReason);
    press(Qt::Key_End);
    ASSERT_EQ(m_view->currentStepKey(), QStringLiteral("summary"));
    press(Qt::Key_Return);
    auto* outcome = widget<QLabel>(QStringLiteral("verifyOutcome"));
    ASSERT_TRUE(waitUntil([&] { return !outcome->text().isEmpty(); }));
    EXPECT_FALSE(outcome->property("verified").toBool());
    EXPECT_TRUE(outcome->text().contains(QStringLiteral("Face compared")))
        << outcome->text().toStdString();
    steps->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Home);
    ASSERT_EQ(m_view->currentStepKey(), QStringLiteral("consent"));

    // 1. Information and consent.
    typeIn(QStringLiteral("meetingPlace"), QStringLiteral("Lyon, agence Part-Dieu"));
    tick(QStringLiteral("informationShown"));
    tick(QStringLiteral("termsAccepted"));
    tick(QStringLiteral("publicationAgreed"));
    press(Qt::Key_PageDown, Qt::ControlModifier);
    ASSERT_EQ(m_view->currentStepKey(), QStringLiteral("document"));

    // 2. ID document: the type is chosen with the arrow keys.
    auto* type = widget<QComboBox>(QStringLiteral("documentType"));
    EXPECT_EQ(QApplication::focusWidget(), type);
    press(Qt::Key_Down);
    ASSERT_EQ(type->currentData().toString(), QStringLiteral("fr-cni-2021"));
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("issuingState"))->text(), QStringLiteral("FRA"));
    const QDate expiry = today().addYears(8);
    typeIn(QStringLiteral("documentNumber"), QStringLiteral("X4RTBPFW4"));
    typeIn(QStringLiteral("issuingAuthority"), QStringLiteral("Prefecture du Rhone"));
    typeIn(QStringLiteral("issueDate"),
           today().addYears(-2).toString(QStringLiteral("dd/MM/yyyy")));
    typeIn(QStringLiteral("expiryDate"), expiry.toString(QStringLiteral("dd/MM/yyyy")));
    typeIn(QStringLiteral("visualSurnames"), QStringLiteral("DUPONT"));
    typeIn(QStringLiteral("visualGivenNames"), QStringLiteral("Marie Claire"));
    typeIn(QStringLiteral("visualBirthDate"), QStringLiteral("12/03/1980"));

    const std::string expiryYYMMDD = expiry.toString(QStringLiteral("yyMMdd")).toStdString();
    const std::string good = mrztest::td1("ID", "FRA", "X4RTBPFW4", "", "800312", 'F', expiryYYMMDD,
                                          "FRA", "", "DUPONT<<MARIE<CLAIRE");
    // A wrong document-number check digit is marked on its field and line, and explained.
    std::string bad = good;
    const std::size_t check = 14; // line 1, position 15
    bad[check] = bad[check] == '0' ? '1' : '0';
    typeMrz(bad);
    auto* problems = widget<QListWidget>(QStringLiteral("mrzProblems"));
    bool numberMarked = false;
    for (int row = 0; row < problems->count(); ++row) {
        const auto field =
            static_cast<MrzField>(problems->item(row)->data(MrzPanel::FieldRole).toInt());
        numberMarked |=
            (field == MrzField::DocumentNumber || field == MrzField::DocumentNumberCheck) &&
            problems->item(row)->data(MrzPanel::LineRole).toInt() == 1;
    }
    EXPECT_TRUE(numberMarked) << "the document number's check digit is not reported on line 1";
    EXPECT_FALSE(widget<QPlainTextEdit>(QStringLiteral("mrzEdit"))->extraSelections().isEmpty());
    EXPECT_TRUE(
        widget<QLabel>(QStringLiteral("mrzStatus"))->text().contains(QStringLiteral("not valid")));

    typeMrz(good);
    EXPECT_EQ(problems->count(), 0) << problems->item(0)->text().toStdString();
    EXPECT_TRUE(widget<QPlainTextEdit>(QStringLiteral("mrzEdit"))->extraSelections().isEmpty());
    EXPECT_EQ(widget<QLabel>(QStringLiteral("mrzComparison"))->property("differences").toInt(), 0)
        << widget<QLabel>(QStringLiteral("mrzComparison"))->text().toStdString();
    tick(QStringLiteral("copyCertified"));
    // Enter in a field moves on, as the main action of the step.
    widget<QLineEdit>(QStringLiteral("visualBirthDate"))->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Return);
    ASSERT_EQ(m_view->currentStepKey(), QStringLiteral("features"));
    waitSaved();

    // Leave and come back: the view opens at the step it was left on, everything filled.
    m_view.reset();
    openView();
    EXPECT_EQ(m_view->currentStepKey(), QStringLiteral("features"));
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("meetingPlace"))->text(),
              QStringLiteral("Lyon, agence Part-Dieu"));
    EXPECT_TRUE(widget<QCheckBox>(QStringLiteral("termsAccepted"))->isChecked());
    EXPECT_TRUE(widget<QRadioButton>(QStringLiteral("publicationAgreed"))->isChecked());
    EXPECT_EQ(widget<QComboBox>(QStringLiteral("documentType"))->currentData().toString(),
              QStringLiteral("fr-cni-2021"));
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("documentNumber"))->text(),
              QStringLiteral("X4RTBPFW4"));
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("issuingAuthority"))->text(),
              QStringLiteral("Prefecture du Rhone"));
    EXPECT_EQ(widget<QPlainTextEdit>(QStringLiteral("mrzEdit"))->toPlainText(),
              QString::fromStdString(good));
    EXPECT_TRUE(widget<QCheckBox>(QStringLiteral("copyCertified"))->isChecked());

    // 3. Security features: the suggested ones, ticked with the space bar.
    QList<QCheckBox*> suggested;
    ASSERT_TRUE(waitUntil([&] {
        suggested.clear();
        for (QCheckBox* box :
             widget<QWidget>(QStringLiteral("featuresStep"))->findChildren<QCheckBox*>()) {
            if (box->property("suggested").toBool()) {
                suggested.append(box);
            }
        }
        return suggested.size() >= 3;
    })) << "no random suggestion of features";
    for (QCheckBox* box : suggested) {
        box->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Space);
        EXPECT_TRUE(box->isChecked());
    }
    press(Qt::Key_Right, Qt::AltModifier);
    ASSERT_EQ(m_view->currentStepKey(), QStringLiteral("face"));

    // 4. Face; 5. organisation is skipped for RGS**; 6. summary.
    tick(QStringLiteral("faceMatches"));
    press(Qt::Key_Right, Qt::AltModifier);
    ASSERT_EQ(m_view->currentStepKey(), QStringLiteral("summary"));
    tick(QStringLiteral("originalsPosted"));
    waitSaved();
    EXPECT_TRUE(unmetRules().isEmpty()) << unmetRules().join(u' ').toStdString();

    press(Qt::Key_Return);                                     // "Identity verified"
    outcome = widget<QLabel>(QStringLiteral("verifyOutcome")); // the reopened view's
    ASSERT_TRUE(waitUntil([&] { return outcome->property("verified").toBool(); }))
        << outcome->text().toStdString();
    waitSaved();
    EXPECT_EQ(m_dossiers->find(m_dossierId)->status, DossierStatus::IdentityVerified);
    EXPECT_TRUE(unmetRules().isEmpty());

    // The meeting ends with its intervention form, rendered from what the view stored (what
    // the Dossier menu's "Intervention form" previews and saves).
    auto prepared =
        InterventionFormSource::prepare(*m_dossiers, m_dossierId, m_operator, QStringLiteral("fr"));
    ASSERT_TRUE(prepared) << prepared.error().message.toStdString();
    EXPECT_TRUE(prepared->meetingRecorded);
    auto pdf = InterventionFormRenderer(prepared->formTemplate).renderPdf(prepared->data);
    ASSERT_TRUE(pdf) << pdf.error().message.toStdString();
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), QStringLiteral("-"), QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForStarted()) << "pdftotext (poppler-utils) is needed";
    pdftotext.write(*pdf);
    pdftotext.closeWriteChannel();
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("DUPONT"), Qt::CaseInsensitive)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Alice Martin"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("RA-0042"))) << text.toStdString();
}

TEST_F(MeetingViewTest, ShowsAConflictWithAnotherWorkstation)
{
    openView();
    typeIn(QStringLiteral("meetingPlace"), QStringLiteral("Lyon"));
    waitSaved();
    // Another workstation saves the same meeting meanwhile.
    OperatorProfile carol;
    carol.identity = {QStringLiteral("carol"), QStringLiteral("Carol Petit")};
    MeetingService other(*m_db, m_clock, ProductCatalogue::builtIn(),
                         IdentityDocumentCatalogue::builtIn(), carol);
    auto theirs = other.open(m_dossierId);
    ASSERT_TRUE(theirs);
    theirs->place = QStringLiteral("Villeurbanne");
    ASSERT_TRUE(other.save(*theirs));

    typeIn(QStringLiteral("meetingPlace"), QStringLiteral(", agence Part-Dieu"));
    auto* banner = widget<QLabel>(QStringLiteral("meetingBanner"));
    ASSERT_TRUE(waitUntil([&] { return banner->isVisible(); })) << "no conflict shown";
    EXPECT_TRUE(banner->text().contains(QStringLiteral("another workstation")));
    QPushButton* reload = widget<QPushButton>(QStringLiteral("reloadMeeting"));
    EXPECT_TRUE(reload->isVisible());
    QTest::keyClick(reload, Qt::Key_Space);
    ASSERT_TRUE(waitUntil([&] {
        return m_view->isLoaded() && widget<QLineEdit>(QStringLiteral("meetingPlace"))->text() ==
                                         QStringLiteral("Villeurbanne");
    }));
    EXPECT_FALSE(banner->isVisible());
}

} // namespace
