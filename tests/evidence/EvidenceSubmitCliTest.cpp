// Issue 7: guichet-cli evidence submit as a user runs it (a training operator card in a
// private SoftHSM2, a SQLite file, PIN and passphrase on standard input, never as
// arguments), then outbox list and outbox send delivering the package to the training CA.
#include "common/Clock.h"
#include "domain/ProductCatalogue.h"
#include "service/DossierService.h"
#include "storage/Database.h"
#include "support/OperatorCardCliTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace guichet;
using namespace guichet::test;

namespace {

class EvidenceSubmitCliTest : public OperatorCardCliTest {
protected:
    EvidenceSubmitCliTest() : OperatorCardCliTest("evidence submit passphrase\n", "135792\n") {}

    void SetUp() override
    {
        OperatorCardCliTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        dossier = createDossier(QStringLiteral("CMD-2026-79"));
        ASSERT_FALSE(dossier.isEmpty());
        const CliRun moved = cli({QStringLiteral("dossier"), QStringLiteral("set-status"), dossier,
                                  QStringLiteral("ready-for-meeting")});
        ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
        // The command line reaches "identity verified" only through a whole meeting (tested
        // with the meeting); here the dossier service stands for its outcome.
        auto config = DatabaseConfig::fromUrl(home.filePath(QStringLiteral("cli.sqlite")));
        ASSERT_TRUE(config);
        auto db = Database::open(*config);
        ASSERT_TRUE(db) << db.error().message.toStdString();
        SystemClock clock;
        DossierService service(**db, clock, ProductCatalogue::builtIn(),
                               {QStringLiteral("op-test"), QStringLiteral("Test")});
        auto found = service.find(dossier.toLongLong());
        ASSERT_TRUE(found);
        auto verified = service.changeStatus(found->id, found->version,
                                             DossierStatus::IdentityVerified, QString());
        ASSERT_TRUE(verified) << verified.error().message.toStdString();
    }

    QJsonObject onlyItem()
    {
        const CliRun listed =
            cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        const QJsonDocument document = QJsonDocument::fromJson(listed.out.toUtf8());
        const QJsonArray items = document.isArray()
                                     ? document.array()
                                     : document.object().value(QStringLiteral("items")).toArray();
        EXPECT_EQ(items.size(), 1) << listed.out.toStdString();
        return items.isEmpty() ? QJsonObject() : items.first().toObject();
    }

    QString dossier;
};

} // namespace

TEST_F(EvidenceSubmitCliTest, SubmitQueuesListShowsSendDelivers)
{
    // Read in this order: the master-key passphrase, then the card's PIN.
    const CliRun submitted =
        cli(QStringList{QStringLiteral("evidence"), QStringLiteral("submit"), dossier,
                        QStringLiteral("--passphrase-fd"), QStringLiteral("0")} +
                operatorCard(),
            kPassphrase + kPin);
    ASSERT_EQ(submitted.exitCode, 0) << submitted.err.toStdString();
    EXPECT_TRUE(submitted.out.contains(u"queued")) << submitted.out.toStdString();
    EXPECT_FALSE(submitted.out.contains(u"135792"));
    EXPECT_FALSE(submitted.err.contains(u"135792"));

    QJsonObject item = onlyItem();
    EXPECT_EQ(item.value(QStringLiteral("kind")).toString(), u"submit");
    EXPECT_EQ(item.value(QStringLiteral("state")).toString(), u"queued");

    const QString secret = home.filePath(QStringLiteral("secret"));
    QFile secretFile(secret);
    ASSERT_TRUE(secretFile.open(QIODevice::WriteOnly));
    secretFile.write("unused-for-evidence");
    secretFile.close();
    // No CMP exchange for an evidence package: the URL is never contacted.
    const CliRun sent = cli(
        {QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("--secret-file"), secret,
         QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/pkix/"),
         QStringLiteral("--until-empty"), QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
        kPassphrase);
    EXPECT_EQ(sent.exitCode, 0) << sent.out.toStdString() << sent.err.toStdString();
    EXPECT_TRUE(sent.out.contains(u"delivered")) << sent.out.toStdString();
    item = onlyItem();
    EXPECT_EQ(item.value(QStringLiteral("state")).toString(), u"delivered");

    // Queuing moved the dossier to the CA.
    const CliRun status = cli({QStringLiteral("dossier"), QStringLiteral("show"), dossier});
    EXPECT_TRUE(status.out.contains(u"submitted-to-ca") || status.out.contains(u"Submitted"))
        << status.out.toStdString();
}

TEST_F(EvidenceSubmitCliTest, UsageErrors)
{
    EXPECT_EQ(cli({QStringLiteral("evidence"), QStringLiteral("submit")}).exitCode, 2);
    EXPECT_EQ(
        cli({QStringLiteral("evidence"), QStringLiteral("submit"), QStringLiteral("x")}).exitCode,
        2);
}
