#pragma once

// Driving the real PersonalisationDialog as the operator and the holder do, shared by the
// dialog's tests (tests/token) and the desk's production test (tests/desk): the holder's PIN
// typed in the holder-only prompt, and the certificates a token holds read back as any
// application would.
#include "token/HolderPinDialog.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

#include <QLineEdit>
#include <QList>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <functional>

namespace guichet::test {

// When the holder-only prompt opens (modal, inside the dialog's start()), hands it to `act`.
inline void whenHolderPromptOpens(QWidget* owner, std::function<void(HolderPinDialog*)> act)
{
    auto* timer = new QTimer(owner);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, owner, [timer, owner, act = std::move(act)] {
        auto* prompt = owner->findChild<HolderPinDialog*>();
        if (prompt && prompt->isVisible()) {
            timer->stop();
            timer->deleteLater();
            act(prompt);
        }
    });
    timer->start();
}

// The holder turns to the screen and types the PIN twice; the operator's screen first.
inline void typeHolderPin(HolderPinDialog* prompt, const QString& pin)
{
    QTest::mouseClick(prompt->findChild<QPushButton*>(QStringLiteral("holderReadyButton")),
                      Qt::LeftButton);
    auto* edit = prompt->findChild<QLineEdit*>(QStringLiteral("holderPin"));
    auto* again = prompt->findChild<QLineEdit*>(QStringLiteral("holderPinConfirm"));
    QTest::keyClicks(edit, pin);
    QTest::keyClicks(again, pin);
    QTest::keyClick(again, Qt::Key_Return);
}

// The certificate objects on the token, read as any application would (CKA_VALUE).
inline QList<QByteArray> certificatesOnToken(const Pkcs11Module& module, TokenSession& session)
{
    CK_FUNCTION_LIST& api = module.api();
    CK_OBJECT_CLASS certificateClass = CKO_CERTIFICATE;
    CK_ATTRIBUTE query[] = {{CKA_CLASS, &certificateClass, sizeof certificateClass}};
    QList<QByteArray> found;
    if (api.C_FindObjectsInit(session.handle(), query, 1) != CKR_OK) {
        return found;
    }
    CK_OBJECT_HANDLE objects[8];
    CK_ULONG count = 0;
    api.C_FindObjects(session.handle(), objects, 8, &count);
    api.C_FindObjectsFinal(session.handle());
    for (CK_ULONG i = 0; i < count; ++i) {
        CK_ATTRIBUTE value{CKA_VALUE, nullptr, 0};
        if (api.C_GetAttributeValue(session.handle(), objects[i], &value, 1) != CKR_OK) {
            continue;
        }
        QByteArray der(static_cast<qsizetype>(value.ulValueLen), Qt::Uninitialized);
        value.pValue = der.data();
        if (api.C_GetAttributeValue(session.handle(), objects[i], &value, 1) == CKR_OK) {
            found << der;
        }
    }
    return found;
}

} // namespace guichet::test
