#pragma once

#include "common/CatalogueData.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

// The layout and wording of a CA's intervention form, as data (resources/forms/<id>.json),
// so that a CA's real form can be matched without code changes. Every text is given in
// every language the template declares.
struct FormTemplate {
    static constexpr int FormatVersion = 1;
    static inline const QString DefaultId = QStringLiteral("default");

    struct Field {
        QString key; // InterventionFormFields::keys()
        LocalisedText label;
    };
    struct Signature {
        QString role; // InterventionFormFields::signatureRoles()
        LocalisedText label;
        LocalisedText note; // e.g. "handwritten signature"
    };
    struct Section {
        enum class Kind { Fields, Attachments, Signatures };
        Kind kind = Kind::Fields;
        LocalisedText title;
        QString condition; // empty, or InterventionFormFields::conditions()
        QList<Field> fields;
        QList<Signature> signatures;
    };

    QString id;
    QStringList languages;
    QHash<QString, LocalisedText> texts; // FormTemplate::textKeys()
    QList<Section> sections;

    QString text(const QString& key, const QString& language) const
    {
        return texts.value(key).in(language);
    }
    // Texts every template must give: the title, the footer, the words values are made of.
    static const QStringList& textKeys();
    // Texts a template may give: the names of document types ("documentType.kbis", ...).
    static bool isOptionalTextKey(const QString& key);
};

class FormTemplates {
    Q_DECLARE_TR_FUNCTIONS(FormTemplates)
public:
    // Validates a template. Errors name the place in the file and what is wrong there.
    static Result<FormTemplate> parse(const QByteArray& json);
    // A template shipped with Guichet (":/guichet/forms/<id>.json").
    static Result<FormTemplate> builtIn(const QString& id);
    static Result<FormTemplate> fromFile(const QString& path);
};

} // namespace guichet
