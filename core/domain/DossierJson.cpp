#include "domain/DossierJson.h"

#include <QJsonArray>

namespace guichet {
namespace {

QJsonObject addressJson(const PostalAddress& a)
{
    return {{QStringLiteral("street"), a.street},
            {QStringLiteral("postalCode"), a.postalCode},
            {QStringLiteral("city"), a.city},
            {QStringLiteral("country"), a.country}};
}

void readString(const QJsonObject& json, const char* key, QString& into)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isString()) {
        into = value.toString();
    }
}

void readAddress(const QJsonObject& json, PostalAddress& into)
{
    readString(json, "street", into.street);
    readString(json, "postalCode", into.postalCode);
    readString(json, "city", into.city);
    readString(json, "country", into.country);
}

QString utcText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject DossierJson::toJson(const Dossier& d)
{
    QJsonObject holder{{QStringLiteral("surnames"), d.holder.surnames},
                       {QStringLiteral("givenNames"), d.holder.givenNames},
                       {QStringLiteral("birthDate"), d.holder.birthDate.toString(Qt::ISODate)},
                       {QStringLiteral("birthPlace"), d.holder.birthPlace},
                       {QStringLiteral("email"), d.holder.email},
                       {QStringLiteral("phone"), d.holder.phone},
                       {QStringLiteral("address"), addressJson(d.holder.address)}};
    QJsonObject json{{QStringLiteral("id"), d.id},
                     {QStringLiteral("version"), d.version},
                     {QStringLiteral("orderReference"), d.orderReference},
                     {QStringLiteral("productId"), d.productId},
                     {QStringLiteral("usage"), d.usage},
                     {QStringLiteral("caProfileId"), d.caProfileId},
                     {QStringLiteral("useCaseId"), d.useCaseId},
                     {QStringLiteral("status"), StatusMachine::key(d.status)},
                     {QStringLiteral("holder"), holder},
                     {QStringLiteral("subscriber"),
                      QJsonObject{{QStringLiteral("surnames"), d.subscriber.surnames},
                                  {QStringLiteral("givenNames"), d.subscriber.givenNames},
                                  {QStringLiteral("title"), d.subscriber.title},
                                  {QStringLiteral("email"), d.subscriber.email}}},
                     {QStringLiteral("ownerOperatorId"), d.ownerOperatorId},
                     {QStringLiteral("createdAt"), utcText(d.createdAtUtc)},
                     {QStringLiteral("updatedAt"), utcText(d.updatedAtUtc)},
                     {QStringLiteral("updatedBy"), d.updatedBy}};
    if (d.organisation) {
        json.insert(QStringLiteral("organisation"),
                    QJsonObject{{QStringLiteral("name"), d.organisation->name},
                                {QStringLiteral("legalForm"), d.organisation->legalForm},
                                {QStringLiteral("registrationId"), d.organisation->registrationId},
                                {QStringLiteral("address"), addressJson(d.organisation->address)}});
    }
    QJsonArray history;
    for (const StatusChange& change : d.history) {
        history.append(QJsonObject{
            {QStringLiteral("from"), change.from ? StatusMachine::key(*change.from) : QString()},
            {QStringLiteral("to"), StatusMachine::key(change.to)},
            {QStringLiteral("at"), utcText(change.atUtc)},
            {QStringLiteral("operator"), change.operatorId},
            {QStringLiteral("reason"), change.reason}});
    }
    json.insert(QStringLiteral("history"), history);
    return json;
}

Status DossierJson::merge(const QJsonObject& json, Dossier& into)
{
    readString(json, "orderReference", into.orderReference);
    readString(json, "productId", into.productId);
    readString(json, "usage", into.usage);
    readString(json, "caProfileId", into.caProfileId);
    readString(json, "useCaseId", into.useCaseId);
    if (json.contains(u"holder")) {
        const QJsonObject holder = json.value(u"holder").toObject();
        readString(holder, "surnames", into.holder.surnames);
        readString(holder, "givenNames", into.holder.givenNames);
        if (holder.contains(u"birthDate")) {
            const QString text = holder.value(u"birthDate").toString();
            into.holder.birthDate = QDate::fromString(text, Qt::ISODate);
            if (!text.isEmpty() && !into.holder.birthDate.isValid()) {
                return Error{
                    ErrorCode::InvalidInput,
                    tr("The date of birth \"%1\" is not a date (write YYYY-MM-DD).").arg(text)};
            }
        }
        readString(holder, "birthPlace", into.holder.birthPlace);
        readString(holder, "email", into.holder.email);
        readString(holder, "phone", into.holder.phone);
        readAddress(holder.value(u"address").toObject(), into.holder.address);
    }
    if (json.contains(u"organisation")) {
        const QJsonValue value = json.value(u"organisation");
        if (value.isNull()) {
            into.organisation.reset();
        } else {
            const QJsonObject object = value.toObject();
            Organisation organisation = into.organisation.value_or(Organisation{});
            readString(object, "name", organisation.name);
            readString(object, "legalForm", organisation.legalForm);
            readString(object, "registrationId", organisation.registrationId);
            readAddress(object.value(u"address").toObject(), organisation.address);
            into.organisation = organisation;
        }
    }
    if (json.contains(u"subscriber")) {
        const QJsonObject subscriber = json.value(u"subscriber").toObject();
        readString(subscriber, "surnames", into.subscriber.surnames);
        readString(subscriber, "givenNames", into.subscriber.givenNames);
        readString(subscriber, "title", into.subscriber.title);
        readString(subscriber, "email", into.subscriber.email);
    }
    return Status::success();
}

} // namespace guichet
