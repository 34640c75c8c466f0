// A whole face-to-face meeting through guichet-cli, as a script would run it (issue 3):
// dossier, documents, meeting, decisions, "meeting verify" and "dossier checklist".
#include "core/MrzTestVectors.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QByteArray kPassphrase("correct horse battery staple");

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class MeetingCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        // The operator's profile comes from the workstation settings (trained last month).
        const QString folder = m_home.filePath(QStringLiteral("config/Guichet"));
        ASSERT_TRUE(QDir().mkpath(folder));
        QFile settings(folder + QStringLiteral("/guichet.conf"));
        ASSERT_TRUE(settings.open(QIODevice::WriteOnly));
        settings.write("[operator]\nrole=dra-operator\ncaRegistrationNumber=DRA-0042\n"
                       "trainingDate=" +
                       m_today.addMonths(-1).toString(Qt::ISODate).toLatin1() + "\n");
        settings.close();
        const CliRun protect = cli({QStringLiteral("keychain"), QStringLiteral("use-passphrase"),
                                    QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                                   kPassphrase);
        ASSERT_EQ(protect.exitCode, 0) << protect.err.toStdString();
    }

    CliRun cli(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GUICHET_CLI),
                      QStringList{QStringLiteral("--db"), path("guichet.sqlite"),
                                  QStringLiteral("--operator"), QStringLiteral("op-claire")} +
                          arguments);
        EXPECT_TRUE(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const char* name) const { return m_home.filePath(QString::fromLatin1(name)); }

    CliRun meeting(const QString& command, QStringList arguments)
    {
        arguments.prepend(QString::number(m_id));
        arguments.prepend(command);
        arguments.prepend(QStringLiteral("meeting"));
        return cli(arguments);
    }

    CliRun record(const QString& kind, const QStringList& more = {})
    {
        return meeting(QStringLiteral("record"), QStringList{kind} + more);
    }

    CliRun checklist(bool json = false)
    {
        QStringList arguments{QStringLiteral("dossier"), QStringLiteral("checklist"),
                              QString::number(m_id)};
        if (json) {
            arguments.append(QStringLiteral("--json"));
        }
        return cli(arguments);
    }

    // A dossier ready for its meeting, with a signed request captured ten days ago.
    void prepareDossier()
    {
        const CliRun created =
            cli({QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral("--product"),
                 QStringLiteral("rgs2"), QStringLiteral("--usage"), QStringLiteral("signature"),
                 QStringLiteral("--surnames"), QStringLiteral("Eriksson"),
                 QStringLiteral("--given-names"), QStringLiteral("Anna Maria"),
                 QStringLiteral("--birth-date"), QStringLiteral("1974-08-12"),
                 QStringLiteral("--email"), QStringLiteral("anna@example.org"),
                 QStringLiteral("--order-ref"), QStringLiteral("CMD-2026-9")});
        ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
        m_id = created.out.trimmed().toLongLong();
        ASSERT_GT(m_id, 0);
        const CliRun ready = cli({QStringLiteral("dossier"), QStringLiteral("set-status"),
                                  QString::number(m_id), QStringLiteral("ready-for-meeting")});
        ASSERT_EQ(ready.exitCode, 0) << ready.err.toStdString();

        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(qRgb(240, 240, 240));
        ASSERT_TRUE(image.save(path("request.png"), "png"));
        const CliRun imported =
            cli({QStringLiteral("document"), QStringLiteral("import"), QStringLiteral("--dossier"),
                 QString::number(m_id), QStringLiteral("--type"), QStringLiteral("request"),
                 QStringLiteral("--paper-date"), m_today.addDays(-10).toString(Qt::ISODate),
                 QStringLiteral("--passphrase-fd"), QStringLiteral("0"), path("request.png")},
                kPassphrase);
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

        QFile mrz(path("mrz.txt"));
        ASSERT_TRUE(mrz.open(QIODevice::WriteOnly));
        mrz.write(mrztest::td3("UTO", "ERIKSSON<<ANNA<MARIA", "L898902C3", "UTO", "740812", 'F',
                               "390415", "")
                      .c_str());
        mrz.close();
    }

    CliRun setDocument()
    {
        return meeting(QStringLiteral("set"),
                       {QStringLiteral("--place"),         QStringLiteral("Agence de Lyon"),
                        QStringLiteral("--document-type"), QStringLiteral("passport"),
                        QStringLiteral("--number"),        QStringLiteral("L898902C3"),
                        QStringLiteral("--issuing-state"), QStringLiteral("UTO"),
                        QStringLiteral("--issue-date"),    QStringLiteral("2024-04-16"),
                        QStringLiteral("--expiry-date"),   QStringLiteral("2039-04-15"),
                        QStringLiteral("--mrz-file"),      path("mrz.txt"),
                        QStringLiteral("--surnames"),      QStringLiteral("ERIKSSON"),
                        QStringLiteral("--given-names"),   QStringLiteral("ANNA MARIA"),
                        QStringLiteral("--birth-date"),    QStringLiteral("1974-08-12"),
                        QStringLiteral("--json")});
    }

    qint64 m_id = 0;
    const QDate m_today = QDate::currentDate();

private:
    QTemporaryDir m_home;
};

} // namespace

TEST_F(MeetingCliTest, AWholeMeetingEndsWithTheIdentityVerifiedAndEveryRuleMet)
{
    prepareDossier();
    const CliRun set = setDocument();
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_EQ(set.json().value(u"suggestedFeatures").toArray().size(), 3);
    EXPECT_EQ(set.json().value(u"operator").toString(), QStringLiteral("op-claire"));

    for (const char* kind : {"information-shown", "face-compared", "copy-certified"}) {
        const CliRun done = record(QString::fromLatin1(kind));
        ASSERT_EQ(done.exitCode, 0) << kind << done.err.toStdString();
    }
    ASSERT_EQ(record(QStringLiteral("terms-accepted"),
                     {QStringLiteral("--subject"), QStringLiteral("CGU-2026-01")})
                  .exitCode,
              0);
    ASSERT_EQ(record(QStringLiteral("publication-consent"), {QStringLiteral("--no")}).exitCode, 0);
    for (const char* feature : {"watermark", "intaglio", "laser-photo"}) {
        const CliRun done = record(QStringLiteral("feature"),
                                   {QStringLiteral("--subject"), QString::fromLatin1(feature)});
        ASSERT_EQ(done.exitCode, 0) << feature << done.err.toStdString();
    }

    const CliRun verified = meeting(QStringLiteral("verify"), {});
    ASSERT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    const CliRun shown = cli({QStringLiteral("dossier"), QStringLiteral("show"),
                              QString::number(m_id), QStringLiteral("--json")});
    EXPECT_EQ(shown.json().value(u"status").toString(), QStringLiteral("identity-verified"))
        << shown.out.toStdString();

    // Originals go by post after the meeting: until then the checklist is not complete.
    const CliRun beforePost = checklist(true);
    EXPECT_EQ(beforePost.exitCode, 1);
    EXPECT_FALSE(beforePost.json().value(u"satisfied").toBool());
    ASSERT_EQ(record(QStringLiteral("originals-posted")).exitCode, 0);
    const CliRun all = checklist();
    EXPECT_EQ(all.exitCode, 0) << all.out.toStdString() << all.err.toStdString();
    EXPECT_TRUE(all.out.contains(QStringLiteral("REG-6.2.2-26"))) << all.out.toStdString();

    const CliRun audit = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(audit.exitCode, 0) << audit.out.toStdString() << audit.err.toStdString();
}

TEST_F(MeetingCliTest, VerifyIsRefusedNamingTheUnmetRules)
{
    prepareDossier();
    ASSERT_EQ(setDocument().exitCode, 0);
    ASSERT_EQ(record(QStringLiteral("feature"),
                     {QStringLiteral("--subject"), QStringLiteral("watermark")})
                  .exitCode,
              0);
    ASSERT_EQ(record(QStringLiteral("face-compared"), {QStringLiteral("--no")}).exitCode, 0);

    const CliRun refused = meeting(QStringLiteral("verify"), {});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Face compared with the ID document")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("security features")));
    EXPECT_TRUE(refused.err.contains(QStringLiteral("BIN-8.4.4-01X")));

    const CliRun list = checklist(true);
    EXPECT_EQ(list.exitCode, 1);
    QString faceState;
    for (const QJsonValue& item : list.json().value(u"items").toArray()) {
        if (item.toObject().value(u"rule").toString() == u"face-compared") {
            faceState = item.toObject().value(u"state").toString();
        }
    }
    EXPECT_EQ(faceState, QStringLiteral("failed")) << list.out.toStdString();
    const CliRun shown = cli({QStringLiteral("dossier"), QStringLiteral("show"),
                              QString::number(m_id), QStringLiteral("--json")});
    EXPECT_EQ(shown.json().value(u"status").toString(), QStringLiteral("ready-for-meeting"));

    // Usage errors exit 2.
    EXPECT_EQ(record(QStringLiteral("no-such-kind")).exitCode, 2);
    EXPECT_EQ(meeting(QStringLiteral("set"),
                      {QStringLiteral("--issue-date"), QStringLiteral("16/04/2024")})
                  .exitCode,
              2);
}
