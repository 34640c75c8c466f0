// guichet-cli mrz check and org check, run as a user would (QProcess, standard input).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QByteArray kTd3Specimen = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                "L898902C36UTO7408122F1204159ZE184226B<<<<<10\n";

struct CliOutput {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class IdentityCliTest : public ::testing::Test {
protected:
    CliOutput cli(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Hermetic: no settings from the user running the tests.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GUICHET_CLI), arguments);
        EXPECT_TRUE(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(30'000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    CliOutput mrz(QStringList options, const QByteArray& input)
    {
        options.prepend(QStringLiteral("check"));
        options.prepend(QStringLiteral("mrz"));
        return cli(options, input);
    }

private:
    QTemporaryDir m_home;
};

} // namespace

TEST_F(IdentityCliTest, MrzCheckPrintsTheFieldsOfAValidMrz)
{
    const CliOutput run =
        mrz({QStringLiteral("--date"), QStringLiteral("2010-06-01")}, kTd3Specimen);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("ERIKSSON"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("1974-08-12")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("L898902C3")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("The MRZ is valid")) ||
                run.out.contains(QStringLiteral("No problem found")));
}

TEST_F(IdentityCliTest, MrzCheckJsonListsFieldsAndProblems)
{
    const CliOutput valid =
        mrz({QStringLiteral("--json"), QStringLiteral("--date"), QStringLiteral("2010-06-01")},
            kTd3Specimen);
    ASSERT_EQ(valid.exitCode, 0) << valid.err.toStdString();
    const QJsonObject root = valid.json();
    EXPECT_TRUE(root.value(u"valid").toBool());
    EXPECT_EQ(root.value(u"format").toString(), QStringLiteral("td3"));
    EXPECT_EQ(root.value(u"birthDate").toString(), QStringLiteral("1974-08-12"));
    EXPECT_EQ(root.value(u"givenNames").toString(), QStringLiteral("ANNA MARIA"));
    EXPECT_EQ(root.value(u"fields").toArray().size(), 15);
    EXPECT_TRUE(root.value(u"documentTypes").toArray().contains(QStringLiteral("passport")));

    // Lower case, spaces, a misread O in the number and an expired document (no --date
    // given would use today; here the date is explicit).
    QByteArray typed = kTd3Specimen.toLower();
    typed.replace("l898902c3", "l8989o2c3");
    const CliOutput invalid =
        mrz({QStringLiteral("--json"), QStringLiteral("--date"), QStringLiteral("2026-01-10")},
            "\n  " + typed + "  \n");
    EXPECT_EQ(invalid.exitCode, 1);
    EXPECT_FALSE(invalid.err.isEmpty());
    const QJsonObject bad = invalid.json();
    EXPECT_FALSE(bad.value(u"valid").toBool());
    QStringList codes;
    bool suggested = false;
    for (const QJsonValue& problem : bad.value(u"problems").toArray()) {
        const QJsonObject p = problem.toObject();
        codes.append(p.value(u"code").toString());
        EXPECT_FALSE(p.value(u"message").toString().isEmpty());
        if (p.value(u"field").toString() == u"documentNumberCheck") {
            const QJsonObject suggestion = p.value(u"suggestion").toObject();
            suggested = suggestion.value(u"character").toString() == u"0" &&
                        suggestion.value(u"position").toInt() == 6;
        }
    }
    EXPECT_TRUE(codes.contains(QStringLiteral("lower-case"))) << codes.join(u',').toStdString();
    EXPECT_TRUE(codes.contains(QStringLiteral("check-digit-mismatch")));
    EXPECT_TRUE(codes.contains(QStringLiteral("expired")));
    EXPECT_TRUE(suggested);
}

TEST_F(IdentityCliTest, MrzCheckExplainsWrongLineCountsAndUsage)
{
    const CliOutput one = mrz({}, kTd3Specimen.left(44));
    EXPECT_EQ(one.exitCode, 1);
    EXPECT_TRUE(one.out.contains(QStringLiteral("line"))) << one.out.toStdString();
    EXPECT_EQ(mrz({}, {}).exitCode, 1); // nothing to read is an invalid MRZ, said so

    EXPECT_EQ(mrz({QStringLiteral("--date"), QStringLiteral("yesterday")}, kTd3Specimen).exitCode,
              2);
    EXPECT_EQ(mrz({QStringLiteral("--format"), QStringLiteral("td9")}, kTd3Specimen).exitCode, 2);
    EXPECT_EQ(mrz({QStringLiteral("--bogus")}, kTd3Specimen).exitCode, 2);
    EXPECT_EQ(mrz({QStringLiteral("P<UTO")}, {}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("mrz")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("mrz"), QStringLiteral("frobnicate")}).exitCode, 2);
    const CliOutput help = mrz({QStringLiteral("--help")}, {});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--date")));

    // The French 1988-2021 card, expected layout given.
    const CliOutput french =
        mrz({QStringLiteral("--format"), QStringLiteral("fr-cni-1988"), QStringLiteral("--json"),
             QStringLiteral("--date"), QStringLiteral("2010-06-01")},
            "IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<\n"
            "8806923102858CORINNE<<<<<<<6512068F6\n");
    EXPECT_EQ(french.exitCode, 0) << french.out.toStdString();
    EXPECT_EQ(french.json().value(u"format").toString(), QStringLiteral("fr-cni-1988"));
}

TEST_F(IdentityCliTest, OrgCheckRecognisesEachKind)
{
    const struct {
        const char* value;
        const char* kind;
    } valid[] = {{"732829320", "siren"},
                 {"73282932000074", "siret"},
                 {"FR44732829320", "vat"},
                 {"W751208744", "rna"}};
    for (const auto& each : valid) {
        const CliOutput run = cli({QStringLiteral("org"), QStringLiteral("check"),
                                   QString::fromLatin1(each.value), QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << each.value << run.err.toStdString();
        EXPECT_EQ(run.json().value(u"kind").toString(), QString::fromLatin1(each.kind));
        EXPECT_TRUE(run.json().value(u"valid").toBool());
    }
    const CliOutput spaced =
        cli({QStringLiteral("org"), QStringLiteral("check"), QStringLiteral("732"),
             QStringLiteral("829"), QStringLiteral("320")});
    EXPECT_EQ(spaced.exitCode, 0) << spaced.err.toStdString();
    EXPECT_TRUE(spaced.out.contains(QStringLiteral("732829320")));
}

TEST_F(IdentityCliTest, OrgCheckSaysWhichRuleFailed)
{
    const CliOutput key =
        cli({QStringLiteral("org"), QStringLiteral("check"), QStringLiteral("FR45732829320")});
    EXPECT_EQ(key.exitCode, 1);
    EXPECT_TRUE(key.err.contains(QStringLiteral("FR44732829320"))) << key.err.toStdString();

    const CliOutput luhn = cli({QStringLiteral("org"), QStringLiteral("check"),
                                QStringLiteral("732829321"), QStringLiteral("--json")});
    EXPECT_EQ(luhn.exitCode, 1);
    EXPECT_FALSE(luhn.json().value(u"valid").toBool());
    EXPECT_TRUE(luhn.json().value(u"message").toString().contains(QStringLiteral("Luhn")));

    const CliOutput unknown =
        cli({QStringLiteral("org"), QStringLiteral("check"), QStringLiteral("12345")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("SIRET")));

    const CliOutput forced =
        cli({QStringLiteral("org"), QStringLiteral("check"), QStringLiteral("732829320"),
             QStringLiteral("--kind"), QStringLiteral("siret")});
    EXPECT_EQ(forced.exitCode, 1);

    EXPECT_EQ(cli({QStringLiteral("org"), QStringLiteral("check")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("org"), QStringLiteral("check"), QStringLiteral("1"),
                   QStringLiteral("--kind"), QStringLiteral("duns")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("org"), QStringLiteral("teleport")}).exitCode, 2);
    const CliOutput help = cli({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("mrz check")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("org check")));
}
