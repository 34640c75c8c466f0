#include "forms/FormTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>
#include <gtest/gtest.h>

using namespace guichet;

namespace {

QJsonObject defaultTemplate()
{
    QFile file(QStringLiteral(":/guichet/forms/default.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Parses the default template after `edit`, expecting an error that mentions every part.
void expectRefused(const std::function<void(QJsonObject&)>& edit, const QStringList& mentions)
{
    QJsonObject root = defaultTemplate();
    edit(root);
    const auto parsed = FormTemplates::parse(QJsonDocument(root).toJson());
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, ErrorCode::InvalidInput);
    for (const QString& part : mentions) {
        EXPECT_TRUE(parsed.error().message.contains(part))
            << parsed.error().message.toStdString() << " lacks " << part.toStdString();
    }
}

QJsonObject& section(QJsonObject& root, int index, QJsonArray& sections)
{
    sections = root.value(QStringLiteral("sections")).toArray();
    static QJsonObject object;
    object = sections.at(index).toObject();
    return object;
}

} // namespace

TEST(FormTemplateTest, BuiltInDefaultIsValidInBothLanguages)
{
    const auto loaded = FormTemplates::builtIn(FormTemplate::DefaultId);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->languages, (QStringList{QStringLiteral("fr"), QStringLiteral("en")}));
    EXPECT_FALSE(loaded->text(QStringLiteral("title"), QStringLiteral("fr")).isEmpty());
    EXPECT_GE(loaded->sections.size(), 8);
}

TEST(FormTemplateTest, UnknownTemplateIsNotFound)
{
    const auto loaded = FormTemplates::builtIn(QStringLiteral("no-such-ca"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("no-such-ca")));
}

TEST(FormTemplateTest, NotJsonIsRefused)
{
    const auto parsed = FormTemplates::parse("{ not json");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, ErrorCode::InvalidInput);
}

TEST(FormTemplateTest, MissingTextIsNamed)
{
    expectRefused(
        [](QJsonObject& root) {
            QJsonObject texts = root.value(QStringLiteral("texts")).toObject();
            texts.remove(QStringLiteral("pageFooter"));
            root.insert(QStringLiteral("texts"), texts);
        },
        {QStringLiteral("texts.pageFooter"), QStringLiteral("missing")});
}

TEST(FormTemplateTest, MissingLanguageOfALabelIsNamed)
{
    expectRefused(
        [](QJsonObject& root) {
            QJsonArray sections;
            QJsonObject& first = section(root, 1, sections);
            QJsonArray fields = first.value(QStringLiteral("fields")).toArray();
            QJsonObject field = fields.at(0).toObject();
            field.insert(QStringLiteral("label"),
                         QJsonObject{{QStringLiteral("fr"), QStringLiteral("Nom")}});
            fields.replace(0, field);
            first.insert(QStringLiteral("fields"), fields);
            sections.replace(1, first);
            root.insert(QStringLiteral("sections"), sections);
        },
        {QStringLiteral("sections[1].fields[0].label"), QStringLiteral("\"en\"")});
}

TEST(FormTemplateTest, UnknownFieldKeyIsNamed)
{
    expectRefused(
        [](QJsonObject& root) {
            QJsonArray sections;
            QJsonObject& first = section(root, 0, sections);
            QJsonArray fields = first.value(QStringLiteral("fields")).toArray();
            QJsonObject field = fields.at(0).toObject();
            field.insert(QStringLiteral("key"), QStringLiteral("holder.shoeSize"));
            fields.replace(0, field);
            first.insert(QStringLiteral("fields"), fields);
            sections.replace(0, first);
            root.insert(QStringLiteral("sections"), sections);
        },
        {QStringLiteral("holder.shoeSize"), QStringLiteral("sections[0].fields[0]")});
}

TEST(FormTemplateTest, UnknownKeysAreRefusedNotIgnored)
{
    expectRefused([](QJsonObject& root) { root.insert(QStringLiteral("colour"), 1); },
                  {QStringLiteral("\"colour\"")});
    expectRefused(
        [](QJsonObject& root) {
            QJsonObject texts = root.value(QStringLiteral("texts")).toObject();
            texts.insert(QStringLiteral("subtitel"), QJsonObject{});
            root.insert(QStringLiteral("texts"), texts);
        },
        {QStringLiteral("\"subtitel\""), QStringLiteral("texts")});
}

TEST(FormTemplateTest, UnknownSignatureRoleAndConditionAreNamed)
{
    expectRefused(
        [](QJsonObject& root) {
            QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
            QJsonObject last = sections.last().toObject();
            QJsonArray signatures = last.value(QStringLiteral("signatures")).toArray();
            QJsonObject first = signatures.at(0).toObject();
            first.insert(QStringLiteral("role"), QStringLiteral("notary"));
            signatures.replace(0, first);
            last.insert(QStringLiteral("signatures"), signatures);
            sections.replace(sections.size() - 1, last);
            root.insert(QStringLiteral("sections"), sections);
        },
        {QStringLiteral("\"notary\"")});
    expectRefused(
        [](QJsonObject& root) {
            QJsonArray sections;
            QJsonObject& first = section(root, 0, sections);
            first.insert(QStringLiteral("when"), QStringLiteral("sunny"));
            sections.replace(0, first);
            root.insert(QStringLiteral("sections"), sections);
        },
        {QStringLiteral("\"sunny\""), QStringLiteral("sections[0]")});
}

TEST(FormTemplateTest, NewerFormatVersionIsRefused)
{
    expectRefused([](QJsonObject& root) { root.insert(QStringLiteral("formatVersion"), 99); },
                  {QStringLiteral("99")});
}
