#include "token/Pkcs11.h"

namespace guichet {

TokenFault classifyTokenReturn(CK_RV rv)
{
    switch (rv) {
    case CKR_OK:
        return TokenFault::None;
    case CKR_PIN_INCORRECT:
    case CKR_PIN_INVALID:
        return TokenFault::WrongPin;
    case CKR_PIN_LOCKED:
        return TokenFault::PinLocked;
    case CKR_PIN_LEN_RANGE:
        return TokenFault::PinLength;
    case CKR_PIN_EXPIRED:
        return TokenFault::PinExpired;
    case CKR_DEVICE_REMOVED:
    case CKR_SESSION_HANDLE_INVALID: // what a session left over from a removed token says
    case CKR_SESSION_CLOSED:
    case CKR_TOKEN_NOT_RECOGNIZED:
        return TokenFault::Removed;
    case CKR_TOKEN_NOT_PRESENT:
    case CKR_SLOT_ID_INVALID:
        return TokenFault::NotPresent;
    case CKR_DEVICE_ERROR:
    case CKR_DEVICE_MEMORY:
    case CKR_GENERAL_ERROR:
        return TokenFault::DeviceError;
    case CKR_FUNCTION_CANCELED:
        return TokenFault::Cancelled;
    case CKR_USER_NOT_LOGGED_IN:
        return TokenFault::NotLoggedIn;
    default:
        return TokenFault::Other;
    }
}

namespace {

ErrorCode codeFor(TokenFault fault)
{
    switch (fault) {
    case TokenFault::WrongPin:
    case TokenFault::PinLength:
    case TokenFault::PinLocked:
    case TokenFault::PinExpired:
    case TokenFault::NotLoggedIn:
    case TokenFault::Refused:
    case TokenFault::Cancelled:
        return ErrorCode::Refused;
    case TokenFault::ModuleMissing:
        return ErrorCode::NotFound;
    default:
        return ErrorCode::Io;
    }
}

Error make(TokenFault fault, QString message)
{
    return Error{codeFor(fault), std::move(message)};
}

} // namespace

Error TokenErrors::fromReturn(CK_RV rv, const QString& what, std::optional<int> triesLeft)
{
    const TokenFault fault = classifyTokenReturn(rv);
    QString message;
    switch (fault) {
    case TokenFault::WrongPin:
        message = triesLeft ? tr("Wrong PIN while %1: %n try(ies) left before the PIN is "
                                 "locked.",
                                 nullptr, *triesLeft)
                                  .arg(what)
                            : tr("Wrong PIN while %1.").arg(what);
        break;
    case TokenFault::PinLocked:
        message = tr("The PIN is locked (%1). It must be unblocked with the security officer "
                     "PIN or the unblocking code.")
                      .arg(what);
        break;
    case TokenFault::PinLength:
        message = tr("The PIN does not have a length the token accepts (%1).").arg(what);
        break;
    case TokenFault::PinExpired:
        message = tr("The PIN has expired and must be changed (%1).").arg(what);
        break;
    case TokenFault::Removed:
        message = tr("The token was removed while %1. Insert it again and resume.").arg(what);
        break;
    case TokenFault::NotPresent:
        message = tr("No token is present in the reader (%1).").arg(what);
        break;
    case TokenFault::DeviceError:
        message = tr("The token reported a device error while %1.").arg(what);
        break;
    case TokenFault::Cancelled:
        message = tr("Cancelled while %1.").arg(what);
        break;
    case TokenFault::NotLoggedIn:
        message = tr("The token requires a PIN login before %1.").arg(what);
        break;
    default:
        if (rv == CKR_USER_ANOTHER_ALREADY_LOGGED_IN || rv == CKR_USER_ALREADY_LOGGED_IN) {
            message = tr("Another login is open on the token (another application or session) "
                         "while %1: close it and retry.")
                          .arg(what);
            break;
        }
        message = tr("The token refused %1 (PKCS#11 error 0x%2).")
                      .arg(what)
                      .arg(static_cast<qulonglong>(rv), 0, 16);
        break;
    }
    return make(fault, message);
}

Error TokenErrors::cancelled()
{
    return make(TokenFault::Cancelled, tr("The operation was cancelled."));
}

Error TokenErrors::moduleMissing(const QString& path, const QString& reason)
{
    return make(TokenFault::ModuleMissing,
                tr("The PKCS#11 module \"%1\" cannot be loaded: %2").arg(path, reason));
}

Error TokenErrors::refused(const QString& message)
{
    return make(TokenFault::Refused, message);
}

} // namespace guichet
