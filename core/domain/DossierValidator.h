#pragma once

#include "domain/Dossier.h"
#include "domain/ProductCatalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace guichet {

// One problem with one field, named by a stable key ("holder.email") that the UI maps to
// its widget and the CLI prints.
struct FieldProblem {
    QString field;
    QString message;
};

class DossierValidator {
    Q_DECLARE_TR_FUNCTIONS(DossierValidator)
public:
    explicit DossierValidator(const ProductCatalogue& catalogue) : m_catalogue(catalogue) {}

    // Everything wrong with the dossier's content on the given day; empty when it can be saved.
    QList<FieldProblem> validate(const Dossier& dossier, const QDate& today) const;

private:
    const ProductCatalogue& m_catalogue;
};

} // namespace guichet
