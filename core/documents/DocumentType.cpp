#include "documents/DocumentType.h"

namespace guichet {
namespace {

struct TypeInfo {
    DocumentType type;
    const char* key;
    const char* name;
};

const TypeInfo kTypes[] = {
    {DocumentType::IdFront, "id-front", QT_TRANSLATE_NOOP("DocumentTypes", "ID document, front")},
    {DocumentType::IdBack, "id-back", QT_TRANSLATE_NOOP("DocumentTypes", "ID document, back")},
    {DocumentType::PassportPage, "passport-page",
     QT_TRANSLATE_NOOP("DocumentTypes", "Passport page")},
    {DocumentType::Kbis, "kbis", QT_TRANSLATE_NOOP("DocumentTypes", "Kbis extract")},
    {DocumentType::SireneNotice, "sirene-notice",
     QT_TRANSLATE_NOOP("DocumentTypes", "SIRENE notice")},
    {DocumentType::Mandate, "mandate", QT_TRANSLATE_NOOP("DocumentTypes", "Mandate")},
    {DocumentType::Request, "request", QT_TRANSLATE_NOOP("DocumentTypes", "Certificate request")},
    {DocumentType::TermsOfUse, "terms-of-use",
     QT_TRANSLATE_NOOP("DocumentTypes", "Signed terms of use")},
    {DocumentType::SignedInterventionForm, "intervention-form",
     QT_TRANSLATE_NOOP("DocumentTypes", "Signed intervention form")},
    {DocumentType::Other, "other", QT_TRANSLATE_NOOP("DocumentTypes", "Other document")},
};

const TypeInfo& info(DocumentType type)
{
    for (const TypeInfo& entry : kTypes) {
        if (entry.type == type) {
            return entry;
        }
    }
    return kTypes[std::size(kTypes) - 1];
}

} // namespace

QList<DocumentType> DocumentTypes::all()
{
    QList<DocumentType> types;
    for (const TypeInfo& entry : kTypes) {
        types.append(entry.type);
    }
    return types;
}

QString DocumentTypes::key(DocumentType type)
{
    return QString::fromLatin1(info(type).key);
}

std::optional<DocumentType> DocumentTypes::fromKey(const QString& key)
{
    for (const TypeInfo& entry : kTypes) {
        if (key == QLatin1String(entry.key)) {
            return entry.type;
        }
    }
    return std::nullopt;
}

QString DocumentTypes::displayName(DocumentType type)
{
    return tr(info(type).name);
}

bool DocumentTypes::isIdentityDocument(DocumentType type)
{
    return type == DocumentType::IdFront || type == DocumentType::IdBack ||
           type == DocumentType::PassportPage;
}

bool DocumentTypes::needsPaperDate(DocumentType type)
{
    return type == DocumentType::Kbis || type == DocumentType::Mandate;
}

} // namespace guichet
