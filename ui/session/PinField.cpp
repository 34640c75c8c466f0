#include "session/PinField.h"

#include <QLineEdit>

namespace guichet {

QLineEdit* makePinField(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    edit->setDragEnabled(false);
    edit->setAcceptDrops(false);
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    edit->setMaxLength(64);
    return edit;
}

std::shared_ptr<const SecretBytes> takePin(QLineEdit* field)
{
    QByteArray utf8 = field->text().toUtf8();
    field->clear();
    return std::make_shared<const SecretBytes>(SecretBytes::takeFrom(utf8));
}

} // namespace guichet
