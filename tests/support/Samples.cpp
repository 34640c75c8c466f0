#include "support/Samples.h"

namespace guichet::test {

Dossier sampleDossier(const QString& surnames, const QString& givenNames)
{
    Dossier d;
    d.orderReference = QStringLiteral("CMD-2026-000042");
    d.productId = QStringLiteral("rgs2");
    d.usage = QStringLiteral("signature");
    d.holder.surnames = surnames;
    d.holder.givenNames = givenNames;
    d.holder.birthDate = QDate(1980, 5, 17);
    d.holder.birthPlace = QStringLiteral("Lille");
    d.holder.email = QStringLiteral("jean.dupont@example.org");
    d.holder.phone = QStringLiteral("+33 3 20 00 00 00");
    d.holder.address = {QStringLiteral("20 allée de la râperie"), QStringLiteral("59650"),
                        QStringLiteral("Villeneuve d'Ascq"), QStringLiteral("FR")};
    return d;
}

Dossier sampleOrganisationDossier()
{
    Dossier d = sampleDossier(QStringLiteral("Martin"), QStringLiteral("Élodie"));
    d.productId = QStringLiteral("qcp-l");
    d.usage = QStringLiteral("seal");
    d.orderReference = QStringLiteral("CMD-2026-000777");
    d.organisation = Organisation{QStringLiteral("ACME Industries"),
                                  QStringLiteral("SAS"),
                                  QStringLiteral("73282932000074"),
                                  {QStringLiteral("1 rue de la Paix"), QStringLiteral("75002"),
                                   QStringLiteral("Paris"), QStringLiteral("FR")}};
    d.subscriber = {QStringLiteral("Durand"), QStringLiteral("Paul"), QStringLiteral("Président"),
                    QStringLiteral("paul.durand@example.org")};
    return d;
}

} // namespace guichet::test
