// The evidence entries of the Dossier menu as the logged-in operator (issue 7): the form
// signed with the operator's card and stored, the evidence package exported and verified
// (signature trusted up to the training CA), and nothing signed while the session is locked.
#include "evidence/EvidenceActions.h"

#include "SessionFixture.h"
#include "evidence/EvidenceVerifier.h"
#include "operators/CardLogin.h"
#include "security/MasterKeySource.h"

#include <QAction>
#include <QFile>
#include <QMessageBox>
#include <QSqlQuery>

namespace guichet::test {
namespace {

class EvidenceActionsTest : public SessionTest {
protected:
    void SetUp() override
    {
        SessionTest::SetUp();
        // The same fixed master key the fixture's training CA uses.
        m_documentKeys = [](Database&) -> Result<std::unique_ptr<MasterKeySource>> {
            return std::unique_ptr<MasterKeySource>(
                std::make_unique<FixedMasterKeySource>(SecretBytes::copyOf(QByteArray(32, 'k'))));
        };
        startSession();
        const QString serial =
            makeCard(QStringLiteral("Sophie Leclerc"), OperatorRole::Supervisor, "246810");
        ASSERT_FALSE(serial.isEmpty());
        logIn(serial, "246810");
        ASSERT_TRUE(m_session->isLoggedIn());
        openSessionWindow();
        m_dossier = seed(QStringLiteral("Dupont"), QStringLiteral("Jean"));
        m_actions = m_window->findChild<EvidenceActions*>();
        ASSERT_NE(m_actions, nullptr);
        m_actions->setDossier(m_dossier);
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery query = m_db->query();
        query.prepare(sql);
        query.addBindValue(m_dossier);
        if (!m_db->exec(query, QStringLiteral("counting")) || !query.next()) {
            return -1;
        }
        return query.value(0).toLongLong();
    }

    qint64 m_dossier = 0;
    EvidenceActions* m_actions = nullptr;
};

TEST_F(EvidenceActionsTest, SignsTheFormAndExportsAPackageThatVerifies)
{
    ASSERT_TRUE(m_actions->signFormAction()->isEnabled());
    m_actions->signFormAction()->trigger();
    ASSERT_TRUE(waitUntil(
        [&] {
            return count(QStringLiteral(
                       "SELECT COUNT(*) FROM form_signature WHERE dossier_id = ?")) == 1;
        },
        std::chrono::seconds(30)))
        << "the signed form never landed";

    const QString path = m_dir.filePath(QStringLiteral("dossier.asice"));
    m_actions->exportTo(path);
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(path); }, std::chrono::seconds(30)))
        << "the package was never written";
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray package = file.readAll();

    auto anchors = CardLogin::workstationTrustAnchors(*m_db, true);
    ASSERT_TRUE(anchors.ok()) << anchors.error().message.toStdString();
    auto report = EvidenceVerifier::verify(package, *anchors);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->intact()) << report->findings().join(u'\n').toStdString();
    ASSERT_TRUE(report->signature.has_value());
    EXPECT_TRUE(report->signature->trusted);
    EXPECT_TRUE(report->signature->signerName.contains(QStringLiteral("Sophie Leclerc")))
        << report->signature->signerName.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = "
                                   "'dossier.evidence_exported' AND object_id = CAST(? AS TEXT)")),
              1);
}

TEST_F(EvidenceActionsTest, NothingIsSignedWhileTheSessionIsLocked)
{
    m_session->lock(QStringLiteral("operator"));
    ASSERT_TRUE(waitUntil([&] { return m_session->isLocked(); }));
    m_actions->signFormAction()->trigger();
    QMessageBox* refusal = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        refusal = m_window->findChild<QMessageBox*>(QStringLiteral("evidenceActionError"));
        return refusal != nullptr;
    })) << "no refusal shown";
    EXPECT_TRUE(refusal->text().contains(QStringLiteral("locked")))
        << refusal->text().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM form_signature WHERE dossier_id = ?")), 0);
}

} // namespace
} // namespace guichet::test
