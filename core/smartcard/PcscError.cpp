#include "smartcard/PcscError.h"

#include "smartcard/Pcsc.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcPcsc, "guichet.pcsc")

namespace guichet {
namespace {

class PcscMessages {
    Q_DECLARE_TR_FUNCTIONS(PcscMessages)
public:
    static QString describe(CardFault fault);
};

QString PcscMessages::describe(CardFault fault)
{
    switch (fault) {
    case CardFault::Removed:
        return tr("the card was removed from the reader");
    case CardFault::Reset:
        return tr("the card was reset by another application");
    case CardFault::Unresponsive:
        return tr("the card does not respond (is it inserted the right way?)");
    case CardFault::NoCard:
        return tr("there is no card in the reader");
    case CardFault::NoReaders:
        return tr("no card reader is connected");
    case CardFault::UnknownReader:
        return tr("the reader is no longer available");
    case CardFault::Timeout:
        return tr("the card or reader did not answer in time");
    case CardFault::ServiceUnavailable:
        return tr("the smart card service (pcscd) is not running");
    case CardFault::Busy:
        return tr("another application is using the card");
    case CardFault::Cancelled:
        return tr("the operation was cancelled");
    case CardFault::NotSupported:
        return tr("the reader does not support this operation");
    case CardFault::Failed:
        break;
    }
    return tr("the smart card operation failed");
}

} // namespace

CardFault cardFaultOf(long code)
{
    switch (code) {
    case SCARD_W_REMOVED_CARD:
        return CardFault::Removed;
    case SCARD_W_RESET_CARD:
        return CardFault::Reset;
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_W_UNSUPPORTED_CARD:
        return CardFault::Unresponsive;
    case SCARD_E_NO_SMARTCARD:
        return CardFault::NoCard;
    case SCARD_E_NO_READERS_AVAILABLE:
        return CardFault::NoReaders;
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_READER_UNAVAILABLE:
        return CardFault::UnknownReader;
    case SCARD_E_TIMEOUT:
        return CardFault::Timeout;
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
        return CardFault::ServiceUnavailable;
    case SCARD_E_SHARING_VIOLATION:
        return CardFault::Busy;
    case SCARD_E_CANCELLED:
        return CardFault::Cancelled;
    case SCARD_E_UNSUPPORTED_FEATURE:
    case SCARD_E_READER_UNSUPPORTED:
    case SCARD_E_CARD_UNSUPPORTED:
        return CardFault::NotSupported;
    default:
        return CardFault::Failed;
    }
}

QString pcscCodeName(long code)
{
    switch (code) {
    case SCARD_S_SUCCESS:
        return QStringLiteral("SCARD_S_SUCCESS");
    case SCARD_W_REMOVED_CARD:
        return QStringLiteral("SCARD_W_REMOVED_CARD");
    case SCARD_W_RESET_CARD:
        return QStringLiteral("SCARD_W_RESET_CARD");
    case SCARD_W_UNRESPONSIVE_CARD:
        return QStringLiteral("SCARD_W_UNRESPONSIVE_CARD");
    case SCARD_W_UNPOWERED_CARD:
        return QStringLiteral("SCARD_W_UNPOWERED_CARD");
    case SCARD_W_UNSUPPORTED_CARD:
        return QStringLiteral("SCARD_W_UNSUPPORTED_CARD");
    case SCARD_E_NO_SMARTCARD:
        return QStringLiteral("SCARD_E_NO_SMARTCARD");
    case SCARD_E_NO_READERS_AVAILABLE:
        return QStringLiteral("SCARD_E_NO_READERS_AVAILABLE");
    case SCARD_E_UNKNOWN_READER:
        return QStringLiteral("SCARD_E_UNKNOWN_READER");
    case SCARD_E_READER_UNAVAILABLE:
        return QStringLiteral("SCARD_E_READER_UNAVAILABLE");
    case SCARD_E_TIMEOUT:
        return QStringLiteral("SCARD_E_TIMEOUT");
    case SCARD_E_NO_SERVICE:
        return QStringLiteral("SCARD_E_NO_SERVICE");
    case SCARD_E_SERVICE_STOPPED:
        return QStringLiteral("SCARD_E_SERVICE_STOPPED");
    case SCARD_E_SHARING_VIOLATION:
        return QStringLiteral("SCARD_E_SHARING_VIOLATION");
    case SCARD_E_CANCELLED:
        return QStringLiteral("SCARD_E_CANCELLED");
    case SCARD_E_NOT_TRANSACTED:
        return QStringLiteral("SCARD_E_NOT_TRANSACTED");
    case SCARD_E_INVALID_HANDLE:
        return QStringLiteral("SCARD_E_INVALID_HANDLE");
    case SCARD_F_COMM_ERROR:
        return QStringLiteral("SCARD_F_COMM_ERROR");
    case SCARD_E_UNSUPPORTED_FEATURE:
        return QStringLiteral("SCARD_E_UNSUPPORTED_FEATURE");
    default:
        break;
    }
    return QStringLiteral("0x%1").arg(static_cast<quint32>(code), 8, 16, QLatin1Char('0'));
}

CardError cardError(long code, const QString& during)
{
    const CardFault fault = cardFaultOf(code);
    return {fault, static_cast<std::uint32_t>(code),
            during.isEmpty() ? PcscMessages::describe(fault)
                             : QCoreApplication::translate("PcscMessages", "%1: %2 (%3)")
                                   .arg(during, PcscMessages::describe(fault), pcscCodeName(code))};
}

} // namespace guichet
