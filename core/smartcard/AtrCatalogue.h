#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace guichet {

// Where to find a token's PKCS#11 module on each platform: an absolute path, or on Linux a
// module name registered with p11-kit.
struct Pkcs11ModuleLocation {
    QString linuxPath;
    QString p11KitModule;
    QString windowsPath;
    QString macosPath;
};

// What the holder may choose as a PIN for this model (the token's own limits still apply).
struct PinRules {
    enum class Charset { Digits, Alphanumeric, Any };
    int minLength = 4;
    int maxLength = 16;
    Charset charset = Charset::Any;
};

// One model of token, recognised by its ATR (SDP-6.5.1-02: whether it is a certified QSCD
// is data here, with its certification reference, so the product rules can check it).
struct TokenModel {
    QString id;
    QString model;
    QString manufacturer;
    QByteArray atr;  // pattern
    QByteArray mask; // same length; 0 bits are ignored
    Pkcs11ModuleLocation pkcs11;
    bool qscd = false;
    QString qscdReference;
    PinRules pin;
    QString comment;

    bool matches(const QByteArray& cardAtr) const;
};

// ATR → token model, from resources/atr-catalogue.json. A card not in it is "unknown" and
// shown with its ATR.
class AtrCatalogue {
    Q_DECLARE_TR_FUNCTIONS(AtrCatalogue)
public:
    static const AtrCatalogue& builtIn();
    static Result<AtrCatalogue> parse(const QByteArray& json);

    const QList<TokenModel>& models() const { return m_models; }
    // The first model whose pattern matches; the file lists specific patterns first.
    const TokenModel* identify(const QByteArray& atr) const;

private:
    QList<TokenModel> m_models;
};

// "3B 88 80 01 ..." for display and JSON.
QString atrToHex(const QByteArray& atr);
// Accepts spaces and colons between bytes; nullopt for anything else.
std::optional<QByteArray> atrFromHex(const QString& text);

} // namespace guichet
