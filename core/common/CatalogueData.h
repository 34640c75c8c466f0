#pragma once

#include <QFile>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <utility>

namespace guichet {

// A text a data catalogue gives in several languages.
struct LocalisedText {
    QHash<QString, QString> byLanguage; // "en", "fr"
    // The text in `language`, else in English.
    QString in(const QString& language) const;
};

// Helpers shared by the catalogues kept as JSON data in resources/ (products, identity
// documents, ATRs).
namespace catalogue {

// {"en": "...", "fr": "..."}
LocalisedText localised(const QJsonValue& value);
// ["a", "b"]
QStringList strings(const QJsonValue& value);

// Reads and parses a catalogue compiled into the binary (":/guichet/NAME.json"). It is built
// in, so a missing or invalid one is a build defect, not an operator's problem.
template <typename Catalogue> Catalogue loadBuiltIn(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("%s is missing from the resources", qPrintable(resource));
    }
    auto parsed = Catalogue::parse(file.readAll());
    if (!parsed) {
        qFatal("%s is invalid: %s", qPrintable(resource), qPrintable(parsed.error().message));
    }
    return std::move(parsed).value();
}

} // namespace catalogue
} // namespace guichet
