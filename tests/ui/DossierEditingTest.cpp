// Creating, finding, editing and moving dossiers through the window, as an operator does.
#include "UiTestSupport.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace guichet;
using namespace guichet::test;

namespace {

class DossierEditingTest : public WindowTest {
protected:
    void choose(const QString& comboName, const QString& data)
    {
        auto* combo = widget<QComboBox>(comboName);
        const int index = combo->findData(data);
        ASSERT_GE(index, 0) << data.toStdString();
        combo->setCurrentIndex(index);
    }
    void type(const QString& lineEditName, const QString& text)
    {
        typeInto(widget<QLineEdit>(lineEditName), text);
    }
    // Empty while the field does not exist: the form is built when first needed.
    QString text(const QString& lineEditName)
    {
        const auto* edit = m_window->findChild<QLineEdit*>(lineEditName);
        return edit ? edit->text() : QString();
    }
    QString label(const QString& labelName)
    {
        const auto* found = m_window->findChild<QLabel*>(labelName);
        return found ? found->text() : QString();
    }
    void clickRow(int row)
    {
        auto* table = widget<QTableView>(QStringLiteral("dossierTable"));
        const QRect cell = table->visualRect(listModel().index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    }
    void fillHolder(const QString& email, const QString& birthDate)
    {
        choose(QStringLiteral("productCombo"), QStringLiteral("rgs2"));
        choose(QStringLiteral("usageCombo"), QStringLiteral("signature"));
        type(QStringLiteral("orderRefEdit"), QStringLiteral("CMD-2024-0042"));
        type(QStringLiteral("surnamesEdit"), QStringLiteral("Dupont"));
        type(QStringLiteral("givenNamesEdit"), QStringLiteral("Jeanne Marie"));
        type(QStringLiteral("birthDateEdit"), birthDate);
        type(QStringLiteral("emailEdit"), email);
    }
};

TEST_F(DossierEditingTest, CreatesFindsEditsAndSavesADossier)
{
    const qint64 martin = seed(QStringLiteral("Martin"), QStringLiteral("Paul"));
    const qint64 durand = seed(QStringLiteral("Durand"), QStringLiteral("Luc"));
    openWindow();
    ASSERT_TRUE(waitForListIds({durand, martin}));

    widget<QPushButton>(QStringLiteral("newDossierButton"))->click();
    EXPECT_EQ(label(QStringLiteral("dossierTitle")), QStringLiteral("New dossier"));
    fillHolder(QStringLiteral("jeanne.dupont@example.fr"), QStringLiteral("12/03/1980"));
    widget<QGroupBox>(QStringLiteral("organisationGroup"))->setChecked(true);
    type(QStringLiteral("orgNameEdit"), QStringLiteral("Étude Dupont"));
    type(QStringLiteral("orgIdEdit"), QStringLiteral("552 100 554 00013"));
    auto* save = widget<QPushButton>(QStringLiteral("saveButton"));
    ASSERT_TRUE(save->isEnabled());
    save->click();
    ASSERT_TRUE(waitUntil([&] {
        return label(QStringLiteral("statusLabel")) ==
               StatusMachine::displayName(DossierStatus::Draft);
    }));

    // In the database as typed, created by the window's operator.
    DossierListQuery byName;
    byName.search = QStringLiteral("dupont");
    auto found = m_other->page(byName, std::nullopt, 10);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    const qint64 id = found->first().id;
    const Dossier created = stored(id);
    EXPECT_EQ(created.holder.givenNames, QStringLiteral("Jeanne Marie"));
    EXPECT_EQ(created.holder.birthDate, QDate(1980, 3, 12));
    EXPECT_EQ(created.holder.email, QStringLiteral("jeanne.dupont@example.fr"));
    EXPECT_EQ(created.orderReference, QStringLiteral("CMD-2024-0042"));
    ASSERT_TRUE(created.organisation.has_value());
    EXPECT_EQ(created.organisation->name, QStringLiteral("Étude Dupont"));
    EXPECT_EQ(created.ownerOperatorId, QStringLiteral("alice"));
    // The list was read again and shows it in name order.
    ASSERT_TRUE(waitForListIds({id, durand, martin}));

    // Start over, find it by typing part of the name, open it.
    widget<QPushButton>(QStringLiteral("newDossierButton"))->click();
    EXPECT_EQ(text(QStringLiteral("emailEdit")), QString());
    QTest::keyClicks(widget<QLineEdit>(QStringLiteral("searchEdit")), QStringLiteral("dupo"));
    ASSERT_TRUE(waitForListIds({id}));
    EXPECT_EQ(listModel().query().search, QStringLiteral("dupo"));
    clickRow(0);
    ASSERT_TRUE(waitUntil(
        [&] { return text(QStringLiteral("emailEdit")) == u"jeanne.dupont@example.fr"; }));
    EXPECT_EQ(text(QStringLiteral("surnamesEdit")), QStringLiteral("Dupont"));
    EXPECT_EQ(text(QStringLiteral("birthDateEdit")), QStringLiteral("12/03/1980"));
    EXPECT_EQ(text(QStringLiteral("orgIdEdit")), QStringLiteral("552 100 554 00013"));
    EXPECT_FALSE(save->isEnabled()); // nothing to save yet

    // Edit and save: the change lands in the database.
    type(QStringLiteral("emailEdit"), QStringLiteral("j.dupont@example.org"));
    ASSERT_TRUE(save->isEnabled());
    save->click();
    ASSERT_TRUE(waitUntil([&] { return !save->isEnabled(); }));
    flushWorker();
    const Dossier edited = stored(id);
    EXPECT_EQ(edited.holder.email, QStringLiteral("j.dupont@example.org"));
    EXPECT_EQ(edited.holder.surnames, QStringLiteral("Dupont"));
    EXPECT_EQ(edited.version, created.version + 1);
    EXPECT_EQ(edited.updatedBy, QStringLiteral("alice"));
}

TEST_F(DossierEditingTest, InvalidInputShowsTheFieldProblemAndDoesNotSave)
{
    openWindow();
    widget<QPushButton>(QStringLiteral("newDossierButton"))->click();
    fillHolder(QStringLiteral("jeanne.dupont@"), QString());
    auto* emailError = widget<QLabel>(QStringLiteral("holder.emailError"));
    auto* birthDateError = widget<QLabel>(QStringLiteral("holder.birthDateError"));
    // Touched fields say what is wrong as soon as it is typed; the others wait.
    EXPECT_TRUE(emailError->isVisible());
    EXPECT_EQ(emailError->text(), QStringLiteral("This email address is not valid."));
    EXPECT_FALSE(birthDateError->isVisible());

    widget<QPushButton>(QStringLiteral("saveButton"))->click();
    EXPECT_TRUE(birthDateError->isVisible());
    EXPECT_EQ(birthDateError->text(), QStringLiteral("Enter the holder's date of birth."));
    EXPECT_EQ(label(QStringLiteral("problemSummary")),
              QStringLiteral("2 problem(s) to correct before saving."));
    flushWorker(); // a save, had one been sent, would have run by now
    auto all = m_other->page({}, std::nullopt, 10);
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(all->isEmpty());
    EXPECT_EQ(label(QStringLiteral("dossierTitle")), QStringLiteral("New dossier"));

    // Correcting a field clears its message; a date the form cannot read has its own.
    type(QStringLiteral("emailEdit"), QStringLiteral("jeanne.dupont@example.fr"));
    EXPECT_FALSE(emailError->isVisible());
    type(QStringLiteral("birthDateEdit"), QStringLiteral("31/02/1980"));
    EXPECT_TRUE(birthDateError->isVisible());
    EXPECT_TRUE(birthDateError->text().startsWith(u"Write the date as DD/MM/YYYY"));
    type(QStringLiteral("birthDateEdit"), QStringLiteral("29/02/1980"));
    EXPECT_FALSE(birthDateError->isVisible());
    EXPECT_EQ(label(QStringLiteral("problemSummary")), QStringLiteral("Unsaved changes."));
}

TEST_F(DossierEditingTest, ChangesTheStatusThroughTheDialog)
{
    const qint64 id = seed(QStringLiteral("Lefèvre"), QStringLiteral("Anne"));
    openWindow();
    ASSERT_TRUE(waitForListIds({id}));
    clickRow(0);
    ASSERT_TRUE(waitUntil([&] { return text(QStringLiteral("surnamesEdit")) == u"Lefèvre"; }));
    EXPECT_EQ(label(QStringLiteral("statusLabel")), QStringLiteral("Draft"));

    auto* change = widget<QPushButton>(QStringLiteral("changeStatusButton"));
    ASSERT_TRUE(change->isEnabled());
    change->click();
    auto* dialog = widget<QDialog>(QStringLiteral("statusDialog"));
    ASSERT_TRUE(dialog->isVisible());
    auto* choices = widget<QListWidget>(QStringLiteral("nextStatusList"));
    ASSERT_EQ(choices->count(), 2); // Draft leads to "Ready for meeting" or "Cancelled"
    EXPECT_EQ(choices->item(0)->text(), QStringLiteral("Ready for meeting"));
    EXPECT_EQ(choices->item(1)->text(), QStringLiteral("Cancelled"));
    choices->setCurrentRow(1);
    auto* confirm = widget<QPushButton>(QStringLiteral("confirmStatusButton"));
    EXPECT_FALSE(confirm->isEnabled()); // cancelling needs a reason
    QTest::keyClicks(widget<QPlainTextEdit>(QStringLiteral("reasonEdit")),
                     QStringLiteral("The holder withdrew the request"));
    ASSERT_TRUE(confirm->isEnabled());
    confirm->click();

    ASSERT_TRUE(waitUntil([&] { return label(QStringLiteral("statusLabel")) == u"Cancelled"; }));
    const Dossier after = stored(id);
    EXPECT_EQ(after.status, DossierStatus::Cancelled);
    ASSERT_EQ(after.history.size(), 2);
    EXPECT_EQ(after.history.last().reason, QStringLiteral("The holder withdrew the request"));
    EXPECT_EQ(after.history.last().operatorId, QStringLiteral("alice"));
    auto* history = widget<QTableWidget>(QStringLiteral("historyView"));
    ASSERT_EQ(history->rowCount(), 2);
    EXPECT_EQ(history->item(0, 1)->text(), QStringLiteral("Draft")); // most recent first
    EXPECT_EQ(history->item(0, 2)->text(), QStringLiteral("Cancelled"));
    EXPECT_EQ(history->item(0, 3)->text(), QStringLiteral("alice"));
    EXPECT_EQ(history->item(0, 4)->text(), QStringLiteral("The holder withdrew the request"));
    EXPECT_EQ(history->item(1, 3)->text(), QStringLiteral("bob"));
    EXPECT_FALSE(change->isEnabled()); // a final status
    // The list was read again with the new status.
    ASSERT_TRUE(waitUntil([&] {
        return listModel().index(0, DossierListModel::StatusColumn).data().toString() ==
               u"Cancelled";
    }));
}

TEST_F(DossierEditingTest, SavingOverSomeoneElsesChangeOffersToReload)
{
    const qint64 id = seed(QStringLiteral("Bernard"), QStringLiteral("Claire"));
    openWindow();
    ASSERT_TRUE(waitForListIds({id}));
    clickRow(0);
    ASSERT_TRUE(waitUntil([&] { return text(QStringLiteral("surnamesEdit")) == u"Bernard"; }));

    Dossier theirs = stored(id); // another workstation saves first
    theirs.holder.phone = QStringLiteral("+33 1 23 45 67 89");
    ASSERT_TRUE(m_other->save(theirs).ok());

    type(QStringLiteral("emailEdit"), QStringLiteral("claire.bernard@example.fr"));
    widget<QPushButton>(QStringLiteral("saveButton"))->click();
    QMessageBox* box = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        box = m_window->findChild<QMessageBox*>(QStringLiteral("conflictMessage"));
        return box != nullptr && box->isVisible();
    }));
    EXPECT_EQ(stored(id).holder.email, QStringLiteral("holder@example.fr")); // not overwritten
    EXPECT_EQ(text(QStringLiteral("emailEdit")), QStringLiteral("claire.bernard@example.fr"));

    auto* reload = box->findChild<QPushButton*>(QStringLiteral("reloadButton"));
    ASSERT_NE(reload, nullptr);
    reload->click();
    ASSERT_TRUE(
        waitUntil([&] { return text(QStringLiteral("phoneEdit")) == u"+33 1 23 45 67 89"; }));
    EXPECT_EQ(text(QStringLiteral("emailEdit")), QStringLiteral("holder@example.fr"));
    EXPECT_FALSE(widget<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
}

} // namespace

// Issue 6: "rejected pending documents with the reason shown prominently".
TEST_F(DossierEditingTest, ARejectionByTheCaIsShownAboveTheDossierWithItsReason)
{
    const qint64 id = seed(QStringLiteral("Lefèvre"), QStringLiteral("Anne"));
    const QString reason = QStringLiteral("The Kbis extract is older than three months.");
    for (const auto& [to, why] : QList<std::pair<DossierStatus, QString>>{
             {DossierStatus::ReadyForMeeting, {}},
             {DossierStatus::IdentityVerified, {}},
             {DossierStatus::SubmittedToCa, {}},
             {DossierStatus::RejectedPendingDocuments, reason}}) {
        const Dossier current = stored(id);
        auto moved = m_other->changeStatus(id, current.version, to, why);
        ASSERT_TRUE(moved) << moved.error().message.toStdString();
    }
    openWindow();
    ASSERT_TRUE(waitForListIds({id}));
    clickRow(0);
    ASSERT_TRUE(waitUntil(
        [&] { return label(QStringLiteral("statusLabel")) == u"Rejected, pending documents"; }));
    auto* banner = widget<QLabel>(QStringLiteral("rejectionBanner"));
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(reason)) << banner->text().toStdString();

    // Submitted again: the banner goes.
    auto* change = widget<QPushButton>(QStringLiteral("changeStatusButton"));
    ASSERT_TRUE(change->isEnabled());
    change->click();
    auto* choices = widget<QListWidget>(QStringLiteral("nextStatusList"));
    const auto again = choices->findItems(QStringLiteral("Submitted to CA"), Qt::MatchExactly);
    ASSERT_EQ(again.size(), 1);
    choices->setCurrentItem(again.first());
    widget<QPushButton>(QStringLiteral("confirmStatusButton"))->click();
    ASSERT_TRUE(
        waitUntil([&] { return label(QStringLiteral("statusLabel")) == u"Submitted to CA"; }));
    EXPECT_FALSE(banner->isVisible());
}
