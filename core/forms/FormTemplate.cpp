#include "forms/FormTemplate.h"

#include "forms/InterventionFormData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace guichet {

const QStringList& FormTemplate::textKeys()
{
    static const QStringList all = {
        QStringLiteral("title"),
        QStringLiteral("statement"),
        QStringLiteral("pageFooter"),
        QStringLiteral("dateFormat"),
        QStringLiteral("timeFormat"),
        QStringLiteral("yes"),
        QStringLiteral("no"),
        QStringLiteral("notRecorded"),
        QStringLiteral("mrzValid"),
        QStringLiteral("mrzInvalid"),
        QStringLiteral("mrzNone"),
        QStringLiteral("faceMatch"),
        QStringLiteral("faceMismatch"),
        QStringLiteral("roleDraOperator"),
        QStringLiteral("roleCertificationAgent"),
        QStringLiteral("roleSupervisor"),
        QStringLiteral("attachmentPages"),
        QStringLiteral("noAttachments"),
        QStringLiteral("signatureDate"),
    };
    return all;
}

bool FormTemplate::isOptionalTextKey(const QString& key)
{
    return key.startsWith(QStringLiteral("documentType."));
}

namespace {

class TemplateReader {
    Q_DECLARE_TR_FUNCTIONS(FormTemplates)
public:
    Result<FormTemplate> read(const QJsonObject& root)
    {
        if (!checkKeys(root, {u"formatVersion", u"id", u"languages", u"texts", u"sections"},
                       tr("the template"))) {
            return *m_error;
        }
        if (!root.contains(QStringLiteral("formatVersion"))) {
            return missing(QStringLiteral("formatVersion"));
        }
        if (root.value(QStringLiteral("formatVersion")).toInt() != FormTemplate::FormatVersion) {
            return fail(tr("\"formatVersion\" is %1; this version of Guichet reads %2.")
                            .arg(root.value(QStringLiteral("formatVersion")).toInt())
                            .arg(FormTemplate::FormatVersion));
        }
        m_template.id = root.value(QStringLiteral("id")).toString();
        if (m_template.id.isEmpty()) {
            return missing(QStringLiteral("id"));
        }
        m_template.languages = catalogue::strings(root.value(QStringLiteral("languages")));
        if (m_template.languages.isEmpty()) {
            return missing(QStringLiteral("languages"));
        }
        if (!readTexts(root.value(QStringLiteral("texts")).toObject()) ||
            !readSections(root.value(QStringLiteral("sections")).toArray())) {
            return *m_error;
        }
        return m_template;
    }

private:
    Error fail(const QString& what)
    {
        m_error =
            Error{ErrorCode::InvalidInput, tr("Form template \"%1\": %2").arg(m_template.id, what)};
        return *m_error;
    }
    Error missing(const QString& where) { return fail(tr("%1 is missing.").arg(where)); }

    bool checkKeys(const QJsonObject& object, std::initializer_list<QStringView> allowed,
                   const QString& where)
    {
        for (const QString& key : object.keys()) {
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                fail(tr("unknown key \"%1\" in %2.").arg(key, where));
                return false;
            }
        }
        return true;
    }

    // A text in every language of the template.
    bool localised(const QJsonValue& value, const QString& where, LocalisedText& into)
    {
        if (value.isUndefined()) {
            missing(where);
            return false;
        }
        into = catalogue::localised(value);
        for (const QString& language : std::as_const(m_template.languages)) {
            if (into.byLanguage.value(language).isEmpty()) {
                fail(tr("%1 has no text in \"%2\".").arg(where, language));
                return false;
            }
        }
        return true;
    }

    bool readTexts(const QJsonObject& texts)
    {
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            if (!FormTemplate::textKeys().contains(it.key()) &&
                !FormTemplate::isOptionalTextKey(it.key())) {
                fail(tr("unknown key \"%1\" in %2.").arg(it.key(), QStringLiteral("texts")));
                return false;
            }
        }
        for (const QString& key : FormTemplate::textKeys()) {
            if (!localised(texts.value(key), QStringLiteral("texts.%1").arg(key),
                           m_template.texts[key])) {
                return false;
            }
        }
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            if (FormTemplate::isOptionalTextKey(it.key()) &&
                !localised(it.value(), QStringLiteral("texts.%1").arg(it.key()),
                           m_template.texts[it.key()])) {
                return false;
            }
        }
        return true;
    }

    bool readSections(const QJsonArray& sections)
    {
        if (sections.isEmpty()) {
            missing(QStringLiteral("sections"));
            return false;
        }
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const QString where = QStringLiteral("sections[%1]").arg(i);
            const QJsonObject object = sections.at(i).toObject();
            if (!checkKeys(object, {u"title", u"when", u"fields", u"attachments", u"signatures"},
                           where)) {
                return false;
            }
            FormTemplate::Section section;
            if (!localised(object.value(QStringLiteral("title")), where + QStringLiteral(".title"),
                           section.title)) {
                return false;
            }
            section.condition = object.value(QStringLiteral("when")).toString();
            if (!section.condition.isEmpty() &&
                !InterventionFormFields::conditions().contains(section.condition)) {
                fail(tr("unknown condition \"%1\" in %2.").arg(section.condition, where));
                return false;
            }
            const int kinds = int(object.contains(QStringLiteral("fields"))) +
                              int(object.contains(QStringLiteral("attachments"))) +
                              int(object.contains(QStringLiteral("signatures")));
            if (kinds != 1) {
                fail(tr("%1 must have exactly one of \"fields\", \"attachments\" or "
                        "\"signatures\".")
                         .arg(where));
                return false;
            }
            if (object.contains(QStringLiteral("attachments"))) {
                section.kind = FormTemplate::Section::Kind::Attachments;
            } else if (object.contains(QStringLiteral("signatures"))) {
                section.kind = FormTemplate::Section::Kind::Signatures;
                if (!readSignatures(object.value(QStringLiteral("signatures")).toArray(), where,
                                    section)) {
                    return false;
                }
            } else if (!readFields(object.value(QStringLiteral("fields")).toArray(), where,
                                   section)) {
                return false;
            }
            m_template.sections.append(section);
        }
        return true;
    }

    bool readFields(const QJsonArray& fields, const QString& where, FormTemplate::Section& into)
    {
        for (qsizetype j = 0; j < fields.size(); ++j) {
            const QString at = QStringLiteral("%1.fields[%2]").arg(where).arg(j);
            const QJsonObject object = fields.at(j).toObject();
            if (!checkKeys(object, {u"key", u"label"}, at)) {
                return false;
            }
            FormTemplate::Field field;
            field.key = object.value(QStringLiteral("key")).toString();
            if (field.key.isEmpty()) {
                missing(at + QStringLiteral(".key"));
                return false;
            }
            if (!InterventionFormFields::keys().contains(field.key)) {
                fail(tr("unknown field \"%1\" in %2.").arg(field.key, at));
                return false;
            }
            if (!localised(object.value(QStringLiteral("label")), at + QStringLiteral(".label"),
                           field.label)) {
                return false;
            }
            into.fields.append(field);
        }
        return true;
    }

    bool readSignatures(const QJsonArray& signatures, const QString& where,
                        FormTemplate::Section& into)
    {
        for (qsizetype j = 0; j < signatures.size(); ++j) {
            const QString at = QStringLiteral("%1.signatures[%2]").arg(where).arg(j);
            const QJsonObject object = signatures.at(j).toObject();
            if (!checkKeys(object, {u"role", u"label", u"note"}, at)) {
                return false;
            }
            FormTemplate::Signature signature;
            signature.role = object.value(QStringLiteral("role")).toString();
            if (!InterventionFormFields::signatureRoles().contains(signature.role)) {
                fail(tr("unknown signature role \"%1\" in %2.").arg(signature.role, at));
                return false;
            }
            if (!localised(object.value(QStringLiteral("label")), at + QStringLiteral(".label"),
                           signature.label) ||
                !localised(object.value(QStringLiteral("note")), at + QStringLiteral(".note"),
                           signature.note)) {
                return false;
            }
            into.signatures.append(signature);
        }
        return true;
    }

    FormTemplate m_template;
    std::optional<Error> m_error;
};

} // namespace

Result<FormTemplate> FormTemplates::parse(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorCode::InvalidInput,
                     tr("The form template is not a JSON object: %1 (at offset %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    }
    return TemplateReader().read(document.object());
}

Result<FormTemplate> FormTemplates::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::NotFound,
                     tr("Cannot read the form template %1: %2").arg(path, file.errorString())};
    }
    return parse(file.readAll());
}

Result<FormTemplate> FormTemplates::builtIn(const QString& id)
{
    const QString name = id.isEmpty() ? FormTemplate::DefaultId : id;
    const QString path = QStringLiteral(":/guichet/forms/%1.json").arg(name);
    if (!QFile::exists(path)) {
        return Error{ErrorCode::NotFound,
                     tr("There is no form template \"%1\" in this version of Guichet.").arg(name)};
    }
    return fromFile(path);
}

} // namespace guichet
