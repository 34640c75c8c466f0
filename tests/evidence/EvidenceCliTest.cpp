// Issue 7: guichet-cli evidence verify and post send|received|list, their output and exit
// codes (0 ok, 1 refused or altered, 2 usage).
#include "EvidenceFixture.h"
#include "evidence/AsicContainer.h"
#include "evidence/EvidencePackageBuilder.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "smartcard/AtrCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace guichet::test {
namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class EvidenceCliTest : public EvidenceTest {
protected:
    CliRun cli(QStringList arguments)
    {
        arguments.prepend(testDb().url());
        arguments.prepend(QStringLiteral("--db"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Hermetic: no settings from the user running the tests.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GUICHET_CLI), arguments);
        EXPECT_TRUE(process.waitForStarted());
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60'000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QTemporaryDir m_home;
};

TEST_P(EvidenceCliTest, VerifySaysIntactOrNamesEveryChangeWithExitCodes)
{
    addScans(2);
    EvidencePackageBuilder builder(*service, *documents, IdentityDocumentCatalogue::builtIn(),
                                   AtrCatalogue::builtIn(), aliceProfile());
    auto package = builder.build(dossierId, *signer);
    ASSERT_TRUE(package) << package.error().message.toStdString();
    const QString good = writeFile(QStringLiteral("good.asice"), package->bytes);
    const QString root = OperatorPki::instance().rootPem();

    CliRun run = cli({QStringLiteral("evidence"), QStringLiteral("verify"), good,
                      QStringLiteral("--trust"), root});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Alice Operator")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"intact")) << run.out.toStdString();

    run =
        cli({QStringLiteral("evidence"), QStringLiteral("verify"), good, QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_TRUE(json.value(QStringLiteral("intact")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("checked")).toArray().size(), package->files.size());

    auto contents = AsicContainer::read(package->bytes);
    ASSERT_TRUE(contents);
    QList<AsicEntry> entries = contents->entries;
    entries.removeIf([](const AsicEntry& e) { return e.name == u"token.json"; });
    entries.append({QStringLiteral("extra.txt"), QByteArray("slipped in"), true});
    auto altered = AsicContainer::write(entries, clock.nowUtc());
    ASSERT_TRUE(altered);
    run = cli({QStringLiteral("evidence"), QStringLiteral("verify"),
               writeFile(QStringLiteral("altered.asice"), *altered), QStringLiteral("--trust"),
               root});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"missing: token.json")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"added: extra.txt")) << run.err.toStdString();

    run = cli({QStringLiteral("evidence"), QStringLiteral("verify"),
               writeFile(QStringLiteral("junk.asice"), QByteArray("junk"))});
    EXPECT_EQ(run.exitCode, 1);
    run = cli({QStringLiteral("evidence"), QStringLiteral("verify")});
    EXPECT_EQ(run.exitCode, 2);
    run = cli({QStringLiteral("evidence"), QStringLiteral("export"), QString::number(dossierId)});
    EXPECT_EQ(run.exitCode, 2) << "no --out";
}

TEST_P(EvidenceCliTest, PostSendReceivedListWithExitCodes)
{
    CliRun run = cli({QStringLiteral("post"), QStringLiteral("send"), QString::number(dossierId),
                      QStringLiteral("--sent-on"), QStringLiteral("2026-01-02")});
    EXPECT_EQ(run.exitCode, 2) << "no tracking number";
    run = cli({QStringLiteral("post"), QStringLiteral("send"), QString::number(dossierId),
               QStringLiteral("--sent-on"), QStringLiteral("2026-01-02"),
               QStringLiteral("--tracking"), QStringLiteral("1A2B")});
    EXPECT_EQ(run.exitCode, 1) << "a draft has no originals to post";
    EXPECT_FALSE(run.err.isEmpty());

    QSqlQuery q = db->query();
    q.prepare(QStringLiteral("UPDATE dossier SET status = 'submitted-to-ca' WHERE id = ?"));
    q.addBindValue(dossierId);
    ASSERT_TRUE(q.exec());
    const QString sentOn = clock.nowUtc().date().addDays(-1).toString(Qt::ISODate);
    run = cli({QStringLiteral("post"), QStringLiteral("send"), QString::number(dossierId),
               QStringLiteral("--sent-on"), sentOn, QStringLiteral("--tracking"),
               QStringLiteral("1A2B"), QStringLiteral("--carrier"), QStringLiteral("Chronopost")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = cli({QStringLiteral("post"), QStringLiteral("received"), QString::number(dossierId),
               QStringLiteral("--on"), QStringLiteral("2000-01-01")});
    EXPECT_EQ(run.exitCode, 1) << "before it was sent";
    run = cli({QStringLiteral("post"), QStringLiteral("received"), QString::number(dossierId),
               QStringLiteral("--on"), clock.nowUtc().date().toString(Qt::ISODate)});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = cli({QStringLiteral("post"), QStringLiteral("list"), QString::number(dossierId),
               QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("carrier")), QStringLiteral("Chronopost"));
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("sent_on")), sentOn);
    EXPECT_FALSE(list[0].toObject().value(QStringLiteral("received_on")).toString().isEmpty());
    run = cli({QStringLiteral("post"), QStringLiteral("list")});
    EXPECT_EQ(run.exitCode, 2);
}

GUICHET_ON_BOTH_ENGINES(EvidenceCliTest);

} // namespace
} // namespace guichet::test
