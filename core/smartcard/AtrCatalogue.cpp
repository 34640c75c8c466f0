#include "smartcard/AtrCatalogue.h"

#include "common/CatalogueData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace guichet {

bool TokenModel::matches(const QByteArray& cardAtr) const
{
    if (cardAtr.size() != atr.size()) {
        return false;
    }
    for (qsizetype i = 0; i < atr.size(); ++i) {
        if (((cardAtr.at(i) ^ atr.at(i)) & mask.at(i)) != 0) {
            return false;
        }
    }
    return true;
}

QString atrToHex(const QByteArray& atr)
{
    return QString::fromLatin1(atr.toHex(' ').toUpper());
}

std::optional<QByteArray> atrFromHex(const QString& text)
{
    QString compact = text;
    compact.remove(QLatin1Char(' ')).remove(QLatin1Char(':'));
    static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
    if (!hex.match(compact).hasMatch()) {
        return std::nullopt;
    }
    return QByteArray::fromHex(compact.toLatin1());
}

const AtrCatalogue& AtrCatalogue::builtIn()
{
    static const AtrCatalogue catalogue =
        catalogue::loadBuiltIn<AtrCatalogue>(QStringLiteral(":/guichet/atr-catalogue.json"));
    return catalogue;
}

Result<AtrCatalogue> AtrCatalogue::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorCode::InvalidInput,
                     tr("The ATR catalogue is not valid JSON: %1").arg(parseError.errorString())};
    }
    AtrCatalogue catalogue;
    const QJsonArray tokens = document.object().value(QStringLiteral("tokens")).toArray();
    for (const QJsonValue& value : tokens) {
        const QJsonObject entry = value.toObject();
        TokenModel model;
        model.id = entry.value(QStringLiteral("id")).toString();
        model.model = entry.value(QStringLiteral("model")).toString();
        model.manufacturer = entry.value(QStringLiteral("manufacturer")).toString();
        model.comment = entry.value(QStringLiteral("comment")).toString();
        const auto atr = atrFromHex(entry.value(QStringLiteral("atr")).toString());
        if (model.id.isEmpty() || model.model.isEmpty() || !atr) {
            return Error{ErrorCode::InvalidInput,
                         tr("ATR catalogue entry \"%1\": an id, a model and a hexadecimal ATR "
                            "are required.")
                             .arg(model.id)};
        }
        model.atr = *atr;
        const QString maskText = entry.value(QStringLiteral("mask")).toString();
        if (maskText.isEmpty()) {
            model.mask = QByteArray(atr->size(), '\xFF');
        } else {
            const auto mask = atrFromHex(maskText);
            if (!mask || mask->size() != atr->size()) {
                return Error{ErrorCode::InvalidInput,
                             tr("ATR catalogue entry \"%1\": the mask must have as many bytes "
                                "as the ATR.")
                                 .arg(model.id)};
            }
            model.mask = *mask;
        }
        const QJsonObject module = entry.value(QStringLiteral("pkcs11")).toObject();
        model.pkcs11.linuxPath = module.value(QStringLiteral("linux")).toString();
        model.pkcs11.p11KitModule = module.value(QStringLiteral("p11kit")).toString();
        model.pkcs11.windowsPath = module.value(QStringLiteral("windows")).toString();
        model.pkcs11.macosPath = module.value(QStringLiteral("macos")).toString();
        const QJsonObject qscd = entry.value(QStringLiteral("qscd")).toObject();
        model.qscd = qscd.value(QStringLiteral("certified")).toBool(false);
        model.qscdReference = qscd.value(QStringLiteral("reference")).toString();
        if (model.qscd && model.qscdReference.isEmpty()) {
            return Error{ErrorCode::InvalidInput,
                         tr("ATR catalogue entry \"%1\": a certified QSCD needs its "
                            "certification reference.")
                             .arg(model.id)};
        }
        const QJsonObject pin = entry.value(QStringLiteral("pin")).toObject();
        model.pin.minLength = pin.value(QStringLiteral("min")).toInt(4);
        model.pin.maxLength = pin.value(QStringLiteral("max")).toInt(16);
        const QString charset =
            pin.value(QStringLiteral("charset")).toString(QStringLiteral("any"));
        if (charset == u"digits") {
            model.pin.charset = PinRules::Charset::Digits;
        } else if (charset == u"alphanumeric") {
            model.pin.charset = PinRules::Charset::Alphanumeric;
        } else if (charset == u"any") {
            model.pin.charset = PinRules::Charset::Any;
        } else {
            return Error{ErrorCode::InvalidInput,
                         tr("ATR catalogue entry \"%1\": unknown PIN charset \"%2\".")
                             .arg(model.id, charset)};
        }
        if (model.pin.minLength < 1 || model.pin.maxLength < model.pin.minLength) {
            return Error{
                ErrorCode::InvalidInput,
                tr("ATR catalogue entry \"%1\": invalid PIN length limits.").arg(model.id)};
        }
        catalogue.m_models.append(std::move(model));
    }
    return catalogue;
}

const TokenModel* AtrCatalogue::identify(const QByteArray& atr) const
{
    for (const TokenModel& model : m_models) {
        if (model.matches(atr)) {
            return &model;
        }
    }
    return nullptr;
}

} // namespace guichet
