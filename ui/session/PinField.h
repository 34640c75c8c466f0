#pragma once

#include "crypto/SecretBytes.h"

#include <QString>
#include <memory>

class QLineEdit;
class QWidget;

namespace guichet {

// A PIN field from which nothing can be read back: password echo (which Qt never copies to
// the clipboard), no context menu, no drag, no input method that could keep history.
QLineEdit* makePinField(const QString& objectName, QWidget* parent = nullptr);

// Moves the typed PIN out of the field into SecretBytes and clears the field, so the PIN
// lives in a QString no longer than this call.
std::shared_ptr<const SecretBytes> takePin(QLineEdit* field);

} // namespace guichet
