// Fills a database with synthetic dossiers for the benchmarks:
//   guichet-generate-dossiers --db PATH_OR_URL --count N [--seed S]
// Uses the same repository and audit log as Guichet, in batches of 5,000 per transaction.
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <cstdio>

using namespace guichet;

namespace {

const char* const kSurnames[] = {
    "Martin",    "Bernard",        "Thomas",   "Petit",       "Robert",    "Richard",   "Durand",
    "Dubois",    "Moreau",         "Laurent",  "Simon",       "Michel",    "Lefèvre",   "Leroy",
    "Roux",      "David",          "Bertrand", "Morel",       "Fournier",  "Girard",    "Bonnet",
    "Dupont",    "Lambert",        "Fontaine", "Rousseau",    "Vincent",   "Muller",    "Lefebvre",
    "Faure",     "André",          "Mercier",  "Blanc",       "Guérin",    "Boyer",     "Garnier",
    "Chevalier", "François",       "Legrand",  "Gauthier",    "Garcia",    "Perrin",    "Robin",
    "Clément",   "Morin",          "Nicolas",  "Henry",       "Roussel",   "Mathieu",   "Gautier",
    "Masson",    "Marchand",       "Duval",    "Denis",       "Dumont",    "Marie",     "Lemaire",
    "Noël",      "Meyer",          "Dufour",   "Meunier",     "Brun",      "Blanchard", "Giraud",
    "Joly",      "Rivière",        "Lucas",    "Brunet",      "Gaillard",  "Barbier",   "Arnaud",
    "Martinez",  "Gérard",         "Roche",    "Renard",      "Schmitt",   "Roy",       "Leroux",
    "Colin",     "Vidal",          "Caron",    "Picard",      "Roger",     "Fabre",     "Aubert",
    "Lemoine",   "Renaud",         "Dumas",    "Lacroix",     "Olivier",   "Philippe",  "Bourgeois",
    "Pierre",    "Benoît",         "Rey",      "Leclerc",     "Payet",     "Rolland",   "Leclercq",
    "Guillaume", "Lecomte",        "López",    "Jean",        "Dupuy",     "Guillot",   "Hubert",
    "Berger",    "Carpentier",     "Sánchez",  "Dupuis",      "Moulin",    "Louis",     "Deschamps",
    "Huet",      "Vasseur",        "Perez",    "Boucher",     "Fleury",    "Royer",     "Klein",
    "Jacquet",   "Adam",           "Paris",    "Poirier",     "Marty",     "Aubry",     "Guyot",
    "Carré",     "Charles",        "Renault",  "Charpentier", "Ménard",    "Maillard",  "Baron",
    "Bertin",    "Bailly",         "Hervé",    "Schneider",   "Fernandez", "Le Gall",   "Collet",
    "Léger",     "Bouvier",        "Julien",   "Prévost",     "Millet",    "Perrot",    "Daniel",
    "Le Roux",   "Cousin",         "Germain",  "Breton",      "Besson",    "Langlois",  "Rémy",
    "Le Goff",   "Pelletier",      "Lévêque",  "Perrier",     "Leblanc",   "Barré",     "Lebrun",
    "Marchal",   "Weber",          "Mallet",   "Hamon",       "Boulanger", "Jacob",     "Monnier",
    "Michaud",   "Rodriguez",      "Guichard", "Gillet",      "Étienne",   "Grondin",   "Poulain",
    "Tessier",   "Chevallier",     "Collin",   "Chauvin",     "Da Silva",  "Bouchet",   "Gay",
    "Lemaître",  "Bénard",         "Maréchal", "Humbert",     "Reynaud",   "Antoine",   "Hoarau",
    "Perret",    "Barthélemy",     "Cordier",  "Pichon",      "Lejeune",   "Gilbert",   "Lamy",
    "Delaunay",  "de La Fontaine", "Pasquier", "Carlier",     "Laporte"};
const char* const kGivenNames[] = {
    "Jean",    "Marie",      "Pierre",    "Nathalie", "Michel",    "Isabelle", "André",
    "Sylvie",  "Philippe",   "Catherine", "Alain",    "Françoise", "Jacques",  "Christine",
    "Bernard", "Monique",    "Éric",      "Valérie",  "Patrick",   "Sandrine", "Nicolas",
    "Sophie",  "Christophe", "Céline",    "Daniel",   "Anne",      "Laurent",  "Véronique",
    "Thierry", "Nicole",     "Stéphane",  "Julie",    "Frédéric",  "Aurélie",  "Julien",
    "Élodie",  "Sébastien",  "Camille",   "David",    "Léa",       "Thomas",   "Chloé",
    "Maxime",  "Manon",      "Antoine",   "Emma",     "Hugo",      "Inès",     "Lucas",
    "Zoé",     "Louis",      "Jeanne",    "Gabriel",  "Louise",    "Arthur",   "Alice",
    "Jules",   "Lina",       "Raphaël",   "Rose",     "Adam",      "Anna",     "Paul",
    "Mila",    "Noé",        "Ambre",     "Mathis",   "Julia",     "Enzo",     "Agathe",
    "Tom",     "Juliette",   "Théo",      "Lou",      "Nathan",    "Margaux",  "Ethan",
    "Éloïse",  "Victor",     "Romane",    "Léo",      "Lola"};

QString pick(QRandomGenerator& random, const auto& list)
{
    return QString::fromUtf8(list[random.bounded(int(std::size(list)))]);
}

// Appends the Luhn check digit that makes `digits` valid.
QString withLuhnDigit(const QString& digits)
{
    for (int check = 0; check <= 9; ++check) {
        const QString candidate = digits + QString::number(check);
        int sum = 0;
        bool doubleIt = false;
        for (qsizetype i = candidate.size() - 1; i >= 0; --i) {
            int digit = candidate[i].unicode() - '0';
            if (doubleIt) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        if (sum % 10 == 0) {
            return candidate;
        }
    }
    return digits + u'0';
}

QString randomDigits(QRandomGenerator& random, int count)
{
    QString out;
    for (int i = 0; i < count; ++i) {
        out.append(QChar(u'0' + random.bounded(10)));
    }
    return out;
}

Dossier syntheticDossier(QRandomGenerator& random, qint64 n, const QDateTime& now)
{
    static const char* const products[][2] = {{"rgs1", "authentication"},
                                              {"rgs2", "signature"},
                                              {"rgs3", "signature"},
                                              {"qcp-n", "signature"},
                                              {"qcp-n-qscd", "signature"},
                                              {"qcp-l", "seal"},
                                              {"ssl-server", "server-authentication"}};
    Dossier d;
    const auto& product = products[random.bounded(int(std::size(products)))];
    d.productId = QString::fromLatin1(product[0]);
    d.usage = QString::fromLatin1(product[1]);
    d.caProfileId = QStringLiteral("training");
    d.orderReference =
        QStringLiteral("CMD-%1-%2").arg(2020 + random.bounded(7)).arg(n, 7, 10, QLatin1Char('0'));
    d.holder.surnames = pick(random, kSurnames);
    d.holder.givenNames = pick(random, kGivenNames);
    if (random.bounded(4) == 0) {
        d.holder.givenNames += u' ' + pick(random, kGivenNames);
    }
    d.holder.birthDate = QDate(1950, 1, 1).addDays(random.bounded(365 * 55));
    d.holder.birthPlace = QStringLiteral("Lille");
    d.holder.email = QStringLiteral("holder%1@example.org").arg(n);
    d.holder.address = {QStringLiteral("%1 rue de la Paix").arg(random.bounded(200)),
                        QStringLiteral("59000"), QStringLiteral("Lille"), QStringLiteral("FR")};
    if (d.productId == u"qcp-l" || d.productId == u"ssl-server" || random.bounded(3) == 0) {
        const QString siren = withLuhnDigit(randomDigits(random, 8));
        d.organisation = Organisation{QStringLiteral("Société %1").arg(n),
                                      QStringLiteral("SAS"),
                                      withLuhnDigit(siren + randomDigits(random, 4)),
                                      {}};
    }
    const QList<DossierStatus> statuses = StatusMachine::allStatuses();
    d.status = statuses[random.bounded(int(statuses.size()))];
    d.ownerOperatorId = QStringLiteral("op-%1").arg(random.bounded(20));
    d.createdAtUtc = now.addSecs(-random.bounded(3 * 365 * 86400));
    d.updatedAtUtc = d.createdAtUtc.addSecs(random.bounded(30 * 86400));
    d.updatedBy = d.ownerOperatorId;
    return d;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=false\nguichet.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fills a database with synthetic dossiers."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database."),
                                QStringLiteral("url"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("How many."),
                                   QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("s"), QStringLiteral("20261125"));
    parser.addOptions({db, count, seed});
    parser.process(app);
    auto config = DatabaseConfig::fromUrl(parser.value(db));
    if (!parser.isSet(db) || !config) {
        std::fprintf(stderr, "give --db\n");
        return 2;
    }
    auto opened = Database::open(*config);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database& database = **opened;
    if (database.isSqlite()) {
        // A generator, not Guichet: durability of each batch does not matter here.
        (void)database.exec(QStringLiteral("PRAGMA synchronous=OFF"), QStringLiteral("setup"));
    }
    const qint64 total = parser.value(count).toLongLong();
    QRandomGenerator random(parser.value(seed).toUInt());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FixedClock clock(now);
    DossierRepository repository(database);
    AuditLog audit(database, clock);
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 batch = 5000;
    for (qint64 start = 0; start < total; start += batch) {
        Transaction tx(database);
        for (qint64 n = start; n < std::min(total, start + batch); ++n) {
            Dossier d = syntheticDossier(random, n + 1, now);
            Status done = repository.insert(d);
            if (done) {
                done = repository.appendStatusChange(
                    d.id, {std::nullopt, d.status, d.createdAtUtc, d.ownerOperatorId, {}});
            }
            if (done) {
                auto event = audit.append(d.ownerOperatorId, QStringLiteral("dossier.created"),
                                          QStringLiteral("dossier"), QString::number(d.id),
                                          QJsonObject{{QStringLiteral("product"), d.productId}});
                if (!event) {
                    done = event.error();
                }
            }
            if (!done) {
                std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
                return 1;
            }
        }
        if (Status committed = tx.commit(); !committed) {
            std::fprintf(stderr, "%s\n", qPrintable(committed.error().message));
            return 1;
        }
        std::fprintf(stderr, "\r%lld / %lld",
                     static_cast<long long>(std::min(total, start + batch)),
                     static_cast<long long>(total));
    }
    std::fprintf(stderr, "\n%lld dossiers in %.1f s\n", static_cast<long long>(total),
                 double(timer.elapsed()) / 1000.0);
    if (database.isSqlite()) {
        (void)database.exec(QStringLiteral("PRAGMA optimize"), QStringLiteral("optimize"));
        (void)database.exec(QStringLiteral("ANALYZE"), QStringLiteral("analyze"));
    }
    return 0;
}
