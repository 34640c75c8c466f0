#include "common/CatalogueData.h"

#include <QJsonArray>
#include <QJsonObject>

namespace guichet {

QString LocalisedText::in(const QString& language) const
{
    if (const auto it = byLanguage.constFind(language); it != byLanguage.cend()) {
        return *it;
    }
    return byLanguage.value(QStringLiteral("en"));
}

namespace catalogue {

LocalisedText localised(const QJsonValue& value)
{
    LocalisedText text;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        text.byLanguage.insert(it.key(), it.value().toString());
    }
    return text;
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        list.append(item.toString());
    }
    return list;
}

} // namespace catalogue
} // namespace guichet
