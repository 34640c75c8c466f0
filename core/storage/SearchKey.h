#pragma once

#include <QString>
#include <QStringList>

namespace guichet {

struct Dossier;

// The keys a dossier is found by while the operator types: names (both orders), the CA's
// order reference and the SIREN/SIRET. Keys are upper case without accents, so "éloïse"
// finds "ELOISE", and spaced digit groups ("552 100 554") find the SIRET.
class SearchKey {
public:
    static QString normalise(const QString& text);
    static QStringList termsFor(const Dossier& dossier);
    // The display and sort name: "SURNAMES Given names".
    static QString sortName(const QString& surnames, const QString& givenNames);
    // Smallest string greater than every string that starts with prefix.
    static QString prefixUpperBound(const QString& prefix);
};

} // namespace guichet
