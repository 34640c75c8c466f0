#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace guichet {

// What a captured paper is. Keys are stable (storage, JSON, command line); names are for
// people, in their language.
enum class DocumentType {
    IdFront,
    IdBack,
    PassportPage,
    Kbis,
    SireneNotice,
    Mandate,
    Request,
    TermsOfUse,
    SignedInterventionForm,
    Other,
};

class DocumentTypes {
    Q_DECLARE_TR_FUNCTIONS(DocumentTypes)
public:
    static QList<DocumentType> all();
    static QString key(DocumentType type);
    static std::optional<DocumentType> fromKey(const QString& key);
    static QString displayName(DocumentType type);

    // A copy of an identity document (the most sensitive personal data Guichet holds).
    static bool isIdentityDocument(DocumentType type);
    // The paper's own date matters to a rule: a Kbis extract and a mandate must be under
    // three months old at the meeting (seed FAQ; REFERENCE.md), so their date is required.
    static bool needsPaperDate(DocumentType type);
};

} // namespace guichet
