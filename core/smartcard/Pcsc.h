#pragma once

// The PC/SC C interface and owning wrappers for its handles. pcsc-lite on Linux and macOS,
// winscard on Windows (same names; the part 10 control codes come from reader.h).
#include <winscard.h>
#if __has_include(<reader.h>)
#include <reader.h>
#endif

#include <QByteArray>
#include <QString>
#include <utility>

namespace guichet {

// SCARDCONTEXT and SCARDHANDLE are integers, not pointers, so std::unique_ptr cannot hold
// them; these move-only owners play the same role (released exactly once).
class PcscContext {
public:
    PcscContext() = default;
    explicit PcscContext(SCARDCONTEXT context) : m_context(context), m_valid(true) {}
    ~PcscContext() { reset(); }
    PcscContext(const PcscContext&) = delete;
    PcscContext& operator=(const PcscContext&) = delete;
    PcscContext(PcscContext&& other) noexcept
        : m_context(other.m_context), m_valid(std::exchange(other.m_valid, false))
    {
    }
    PcscContext& operator=(PcscContext&& other) noexcept
    {
        if (this != &other) {
            reset();
            m_context = other.m_context;
            m_valid = std::exchange(other.m_valid, false);
        }
        return *this;
    }

    // SCARD_SCOPE_SYSTEM, the only scope pcsc-lite implements; returns the PC/SC code.
    static LONG establish(PcscContext& out)
    {
        SCARDCONTEXT context = 0;
        const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
        if (rv == SCARD_S_SUCCESS) {
            out = PcscContext(context);
        }
        return rv;
    }

    bool valid() const { return m_valid; }
    SCARDCONTEXT get() const { return m_context; }
    void reset()
    {
        if (m_valid) {
            SCardReleaseContext(m_context);
            m_valid = false;
        }
    }

private:
    SCARDCONTEXT m_context = 0;
    bool m_valid = false;
};

// A connection to a card (or to a reader, in direct mode); disconnects leaving the card as
// it is, so that another application's session is not reset.
class CardConnection {
public:
    CardConnection() = default;
    CardConnection(SCARDHANDLE handle, DWORD protocol)
        : m_handle(handle), m_protocol(protocol), m_valid(true)
    {
    }
    ~CardConnection() { reset(); }
    CardConnection(const CardConnection&) = delete;
    CardConnection& operator=(const CardConnection&) = delete;
    CardConnection(CardConnection&& other) noexcept
        : m_handle(other.m_handle), m_protocol(other.m_protocol),
          m_valid(std::exchange(other.m_valid, false))
    {
    }
    CardConnection& operator=(CardConnection&& other) noexcept
    {
        if (this != &other) {
            reset();
            m_handle = other.m_handle;
            m_protocol = other.m_protocol;
            m_valid = std::exchange(other.m_valid, false);
        }
        return *this;
    }

    bool valid() const { return m_valid; }
    SCARDHANDLE get() const { return m_handle; }
    DWORD protocol() const { return m_protocol; }
    void setProtocol(DWORD protocol) { m_protocol = protocol; }
    void reset()
    {
        if (m_valid) {
            SCardDisconnect(m_handle, SCARD_LEAVE_CARD);
            m_valid = false;
        }
    }

private:
    SCARDHANDLE m_handle = 0;
    DWORD m_protocol = 0;
    bool m_valid = false;
};

// The name of the pseudo-reader that reports readers plugged in or out.
inline constexpr char kPnpNotificationReader[] = "\\\\?PnP?\\Notification";

} // namespace guichet
