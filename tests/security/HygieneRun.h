#pragma once

#include "SecretSearch.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <utility>

namespace guichet::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const;
};

// One workstation for the secrets hygiene test: a private folder holding everything Guichet
// may write (SQLite database, settings, data and cache folders, TMPDIR, SoftHSM2's token
// folder, the command's logs, exported files), guichet-cli run as a user would with every
// guichet.* logging category switched on, and the whole folder searched after each command
// (so a -wal file or a temporary file present between commands is searched too).
class HygieneRun {
public:
    HygieneRun();

    bool valid() const { return m_dir.isValid(); }
    QString path(const QString& relative) const { return m_dir.filePath(relative); }
    // The folders searched: the whole run folder except control/, plus the keyring daemon's
    // data folder (the master key lives there, sealed by the keyring).
    QStringList searchRoots() const;
    // Where files that are deliberately in clear go: the user's own scan before import and the
    // decrypted original exported as a positive control. Not searched.
    QString control(const QString& name) const { return path(QStringLiteral("control/") + name); }
    QString exported(const QString& name) const { return path(QStringLiteral("exports/") + name); }

    void setNeedles(QList<Needle> needles) { m_needles = std::move(needles); }
    // Runs guichet-cli with `input` on its standard input, appends the command line (never a
    // secret: those go through descriptors) and its output to logs/cli.log, then searches.
    CliRun cli(const QStringList& arguments, const QByteArray& input = {});
    // Every finding since the start, once each.
    QStringList findings() const { return QStringList(m_findings.begin(), m_findings.end()); }
    void searchNow();

private:
    QTemporaryDir m_dir;
    QList<Needle> m_needles;
    QSet<QString> m_findings;
};

// The settings file of a DRA operator trained last month (REFERENCE.md: training < 12 months).
bool writeOperatorSettings(const HygieneRun& run, const QDate& today);

} // namespace guichet::test
