// The supervisor's operators dialog (operators issue), opened from the window of a logged-in
// supervisor: the accounts listed, one added from a certificate file, its role, registration
// number, organisation and training changed, then deactivated, each through OperatorService
// on the database worker and audited.
#include "operators/OperatorsDialog.h"

#include "SessionFixture.h"
#include "operators/OperatorRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace guichet::test {
namespace {

class OperatorsDialogTest : public SessionTest {
protected:
    // A certificate file of a future operator, made by OpenSSL.
    QString certificateFile(const QString& commonName)
    {
        const QString key = m_dir.filePath(QStringLiteral("new-operator.key"));
        const QString cert = m_dir.filePath(QStringLiteral("new-operator.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
                       QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-keyout"),
                       key, QStringLiteral("-out"), cert});
        EXPECT_TRUE(openssl.waitForFinished(30000));
        EXPECT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().toStdString();
        return cert;
    }

    OperatorsDialog* openDialog()
    {
        auto* action = widget<QAction>(QStringLiteral("operatorsAction"));
        EXPECT_TRUE(action->isEnabled());
        action->trigger();
        OperatorsDialog* dialog = nullptr;
        EXPECT_TRUE(waitUntil([&] {
            dialog = m_window->findChild<OperatorsDialog*>(QStringLiteral("operatorsDialog"));
            return dialog != nullptr && dialog->isVisible();
        }));
        return dialog;
    }

    template <typename T> T* in(QWidget* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (found == nullptr) {
            throw std::runtime_error(std::string("no widget named ") + name);
        }
        return found;
    }

    QList<OperatorAccount> storedAccounts()
    {
        auto accounts = OperatorRepository(*m_db).list();
        EXPECT_TRUE(accounts.ok());
        return accounts.ok() ? *accounts : QList<OperatorAccount>{};
    }
};

TEST_F(OperatorsDialogTest, SupervisorAddsChangesAndDeactivatesAnOperator)
{
    const QString serial =
        makeCard(QStringLiteral("Sophie Leclerc"), OperatorRole::Supervisor, "246810");
    ASSERT_FALSE(serial.isEmpty());
    logIn(serial, "246810");
    openSessionWindow();
    OperatorsDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    auto* table = in<QTableWidget>(dialog, "operatorsTable");
    auto* message = in<QLabel>(dialog, "operatorsMessage");
    ASSERT_TRUE(waitUntil([&] { return table->rowCount() == 1; }));
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Sophie Leclerc"));

    // Added from the certificate file: a DRA operator, selected for the details.
    dialog->addFromFile(certificateFile(QStringLiteral("Paul Nouveau")));
    ASSERT_TRUE(waitUntil([&] { return table->rowCount() == 2; }, std::chrono::seconds(20)))
        << message->text().toStdString();
    ASSERT_TRUE(waitUntil([&] {
        return !table->selectedItems().isEmpty() &&
               table->item(table->selectedItems().first()->row(), 0)->text() ==
                   QStringLiteral("Paul Nouveau");
    }));

    // Made a Certification Agent of an organisation, with registration and training.
    auto* role = in<QComboBox>(dialog, "operatorRoleBox");
    role->setCurrentIndex(role->findData(operatorRoleKey(OperatorRole::CertificationAgent)));
    typeInto(in<QLineEdit>(dialog, "operatorRegistrationEdit"), QStringLiteral("AE-2026-041"));
    in<QLineEdit>(dialog, "operatorOrganisationEdit")->setText(QStringLiteral("Étude Martin"));
    in<QDateEdit>(dialog, "operatorTrainingEdit")->setDate(QDate(2026, 9, 1));
    QTest::mouseClick(in<QPushButton>(dialog, "saveOperatorButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return message->text().contains(u"saved"); }))
        << message->text().toStdString();
    OperatorAccount paul;
    for (const OperatorAccount& account : storedAccounts()) {
        if (account.displayName == QStringLiteral("Paul Nouveau")) {
            paul = account;
        }
    }
    EXPECT_EQ(paul.role, OperatorRole::CertificationAgent);
    EXPECT_EQ(paul.caRegistrationNumber, QStringLiteral("AE-2026-041"));
    EXPECT_EQ(paul.organisationName, QStringLiteral("Étude Martin"));
    EXPECT_EQ(paul.trainingDate, QDate(2026, 9, 1));

    // Deactivated: the account stays listed, marked so, and can no longer be edited.
    ASSERT_TRUE(waitUntil(
        [&] { return in<QPushButton>(dialog, "deactivateOperatorButton")->isEnabled(); }));
    QTest::mouseClick(in<QPushButton>(dialog, "deactivateOperatorButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return message->text().contains(u"deactivated"); }))
        << message->text().toStdString();
    for (const OperatorAccount& account : storedAccounts()) {
        if (account.displayName == QStringLiteral("Paul Nouveau")) {
            EXPECT_FALSE(account.active);
        }
    }
    const QStringList actions = auditActions();
    EXPECT_TRUE(actions.contains(QStringLiteral("operator.created")));
    EXPECT_TRUE(actions.contains(QStringLiteral("operator.deactivated")));
}

TEST_F(OperatorsDialogTest, TheLastSupervisorCannotBeDeactivated)
{
    const QString serial =
        makeCard(QStringLiteral("Sophie Leclerc"), OperatorRole::Supervisor, "246810");
    ASSERT_FALSE(serial.isEmpty());
    logIn(serial, "246810");
    openSessionWindow();
    OperatorsDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    auto* table = in<QTableWidget>(dialog, "operatorsTable");
    ASSERT_TRUE(waitUntil([&] { return table->rowCount() == 1; }));
    table->selectRow(0);
    QTest::mouseClick(in<QPushButton>(dialog, "deactivateOperatorButton"), Qt::LeftButton);
    auto* message = in<QLabel>(dialog, "operatorsMessage");
    ASSERT_TRUE(waitUntil([&] { return !message->text().isEmpty(); }));
    EXPECT_TRUE(message->text().contains(u"supervisor", Qt::CaseInsensitive))
        << message->text().toStdString();
    ASSERT_EQ(storedAccounts().size(), 1);
    EXPECT_TRUE(storedAccounts().first().active);
}

} // namespace
} // namespace guichet::test
