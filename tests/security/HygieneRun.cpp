#include "HygieneRun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

namespace guichet::test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

HygieneRun::HygieneRun()
{
    for (const char* folder : {"home", "config", "data", "cache", "tmp", "logs", "exports",
                               "control", "db", "softhsm/tokens"}) {
        QDir(m_dir.path()).mkpath(QString::fromLatin1(folder));
    }
    QFile config(path(QStringLiteral("softhsm/softhsm2.conf")));
    if (config.open(QIODevice::WriteOnly)) {
        config.write(
            "directories.tokendir = " + QFile::encodeName(path(QStringLiteral("softhsm/tokens"))) +
            "\nobjectstore.backend = file\nlog.level = INFO\n");
    }
}

QStringList HygieneRun::searchRoots() const
{
    QStringList roots;
    const QDir top(m_dir.path());
    for (const QString& entry :
         top.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (entry != u"control") {
            roots.append(top.filePath(entry));
        }
    }
    // with-keyring.sh gives the daemon its own data folder.
    const QString keyrings = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings");
    if (QDir(keyrings).exists()) {
        roots.append(keyrings);
    }
    return roots;
}

CliRun HygieneRun::cli(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
    env.insert(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
    env.insert(QStringLiteral("SOFTHSM2_CONF"), path(QStringLiteral("softhsm/softhsm2.conf")));
    // Every diagnostic Guichet can write, so that the log is as talkative as it can be.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("guichet.*=true"));
    process.setProcessEnvironment(env);
    const QStringList full =
        QStringList{QStringLiteral("--db"), path(QStringLiteral("db/guichet.sqlite")),
                    QStringLiteral("--operator"), QStringLiteral("op-claire")} +
        arguments;
    process.start(QStringLiteral(GUICHET_CLI), full);
    CliRun run;
    if (process.waitForStarted()) {
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(180'000)) {
            process.kill();
            process.waitForFinished();
        }
        run = {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
    }
    QFile log(path(QStringLiteral("logs/cli.log")));
    if (log.open(QIODevice::Append)) {
        log.write("$ guichet-cli " + full.join(u' ').toUtf8() + "\n" + run.out.toUtf8() +
                  run.err.toUtf8() + "exit " + QByteArray::number(run.exitCode) + "\n");
    }
    searchNow();
    return run;
}

void HygieneRun::searchNow()
{
    for (const Finding& finding : searchFiles(searchRoots(), m_needles)) {
        m_findings.insert(describe({finding}).trimmed());
    }
}

bool writeOperatorSettings(const HygieneRun& run, const QDate& today)
{
    const QString folder = run.path(QStringLiteral("config/Guichet"));
    QFile settings(folder + QStringLiteral("/guichet.conf"));
    return QDir().mkpath(folder) && settings.open(QIODevice::WriteOnly) &&
           settings.write("[operator]\nrole=dra-operator\ncaRegistrationNumber=DRA-0042\n"
                          "trainingDate=" +
                          today.addMonths(-1).toString(Qt::ISODate).toLatin1() + "\n") > 0;
}

} // namespace guichet::test
