#include "token/TokenInfoJson.h"

#include <QJsonArray>

namespace guichet {

QJsonObject tokenInfoToJson(const TokenInfo& info)
{
    QJsonArray objects;
    for (const TokenObject& object : info.objects) {
        static const char* const kinds[] = {"private-key", "public-key", "certificate", "other"};
        objects.append(QJsonObject{
            {QStringLiteral("kind"), QString::fromLatin1(kinds[static_cast<int>(object.kind)])},
            {QStringLiteral("label"), object.label},
            {QStringLiteral("id"), QString::fromLatin1(object.id.toHex())},
            {QStringLiteral("key_type"), object.keyType}});
    }
    return QJsonObject{{QStringLiteral("slot"), static_cast<qint64>(info.slotId)},
                       {QStringLiteral("serial"), info.serial},
                       {QStringLiteral("label"), info.label},
                       {QStringLiteral("manufacturer"), info.manufacturer},
                       {QStringLiteral("model"), info.model},
                       {QStringLiteral("initialised"), info.initialised},
                       {QStringLiteral("user_pin_initialised"), info.userPinInitialised},
                       {QStringLiteral("user_pin_count_low"), info.userPinCountLow},
                       {QStringLiteral("user_pin_final_try"), info.userPinFinalTry},
                       {QStringLiteral("user_pin_locked"), info.userPinLocked},
                       {QStringLiteral("so_pin_locked"), info.soPinLocked},
                       {QStringLiteral("pinpad"), info.protectedAuthenticationPath},
                       {QStringLiteral("min_pin_length"), static_cast<qint64>(info.minPinLength)},
                       {QStringLiteral("max_pin_length"), static_cast<qint64>(info.maxPinLength)},
                       {QStringLiteral("objects"), objects}};
}

} // namespace guichet
