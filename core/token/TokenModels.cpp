#include "token/TokenModels.h"

#include "smartcard/AtrCatalogue.h"
#include "token/TokenTypes.h"

#include <algorithm>

namespace guichet {
namespace {

// PKCS#11 pads the model to 16 characters and cuts longer names: a match is one name
// containing the other, ignoring case, for a model of the same manufacturer's family.
bool sameName(const QString& reported, const QString& catalogued)
{
    const QString a = reported.simplified();
    const QString b = catalogued.simplified();
    if (a.isEmpty() || b.isEmpty()) {
        return false;
    }
    return a.contains(b, Qt::CaseInsensitive) || b.contains(a, Qt::CaseInsensitive);
}

bool sameMaker(const QString& reported, const QString& catalogued)
{
    const QString first = reported.simplified().section(QLatin1Char(' '), 0, 0);
    return first.isEmpty() || catalogued.contains(first, Qt::CaseInsensitive);
}

} // namespace

const TokenModel* catalogueModelFor(const AtrCatalogue& catalogue, const TokenInfo& token)
{
    for (const TokenModel& model : catalogue.models()) {
        if (sameName(token.model, model.model) &&
            sameMaker(token.manufacturer, model.manufacturer)) {
            return &model;
        }
    }
    return nullptr;
}

PinPolicy pinPolicyFor(const TokenInfo& token, const TokenModel* model)
{
    const PinPolicy own = PinPolicy::forToken(token);
    if (model == nullptr) {
        return own;
    }
    return own.narrowed(static_cast<std::size_t>(std::max(0, model->pin.minLength)),
                        static_cast<std::size_t>(std::max(0, model->pin.maxLength)),
                        model->pin.charset == PinRules::Charset::Digits);
}

} // namespace guichet
