#include "storage/SearchKey.h"

#include "domain/Dossier.h"

namespace guichet {

QString SearchKey::normalise(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool digitsOnly = true;
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.isMark()) {
            continue; // accents dropped: É -> E
        }
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty()) {
                out.append(u' ');
            }
            pendingSpace = false;
            digitsOnly = digitsOnly && c.isDigit();
            out.append(c.toUpper());
        } else {
            pendingSpace = true; // spaces, hyphens, apostrophes, '<' separate words
        }
    }
    if (digitsOnly) {
        out.remove(u' ');
    }
    return out;
}

QStringList SearchKey::termsFor(const Dossier& dossier)
{
    QStringList terms;
    const QString surnames = normalise(dossier.holder.surnames);
    const QString given = normalise(dossier.holder.givenNames);
    auto add = [&terms](const QString& term) {
        if (!term.isEmpty() && !terms.contains(term)) {
            terms.append(term);
        }
    };
    add(given.isEmpty() ? surnames : surnames + u' ' + given);
    add(surnames.isEmpty() ? given : given + u' ' + surnames);
    // The later words of a compound surname ("DE LA FONTAINE") are found too.
    const QStringList words = surnames.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < words.size(); ++i) {
        add(words.mid(i).join(u' '));
    }
    add(normalise(dossier.orderReference));
    if (dossier.organisation) {
        add(normalise(dossier.organisation->registrationId));
    }
    return terms;
}

QString SearchKey::sortName(const QString& surnames, const QString& givenNames)
{
    return normalise(surnames) + u' ' + normalise(givenNames);
}

QString SearchKey::prefixUpperBound(const QString& prefix)
{
    QString bound = prefix;
    while (!bound.isEmpty()) {
        const char16_t last = bound.back().unicode();
        if (last < 0xFFFF) {
            bound.back() = QChar(char16_t(last + 1));
            return bound;
        }
        bound.chop(1);
    }
    return QString(QChar(char16_t(0xFFFF)));
}

} // namespace guichet
