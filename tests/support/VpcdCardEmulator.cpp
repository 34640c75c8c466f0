#include "VpcdCardEmulator.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace guichet::test {
namespace {

VpcdCardEmulator::Bytes withCheckByte(VpcdCardEmulator::Bytes atr)
{
    std::uint8_t check = 0;
    for (std::size_t i = 1; i < atr.size(); ++i) {
        check = static_cast<std::uint8_t>(check ^ atr[i]);
    }
    atr.push_back(check); // TCK: T=1 is offered, so ISO 7816-3 requires it
    return atr;
}

VpcdCardEmulator::Bytes atrWithHistory(const char (&history)[9])
{
    VpcdCardEmulator::Bytes atr{0x3B, 0x88, 0x80, 0x01};
    for (int i = 0; i < 8; ++i) {
        atr.push_back(static_cast<std::uint8_t>(history[i]));
    }
    return withCheckByte(atr);
}

bool receiveAll(int socket, std::uint8_t* buffer, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t got = ::recv(socket, buffer + done, size - done, 0);
        if (got <= 0) {
            if (got < 0 && errno == EINTR) {
                continue;
            }
            return false;
        }
        done += static_cast<std::size_t>(got);
    }
    return true;
}

} // namespace

VpcdCardEmulator::Bytes VpcdCardEmulator::testCardAtr()
{
    return atrWithHistory("GUICHET1");
}

VpcdCardEmulator::Bytes VpcdCardEmulator::unknownCardAtr()
{
    return atrWithHistory("UNKNOWN!");
}

VpcdCardEmulator::VpcdCardEmulator(Bytes atr, std::uint16_t port, std::string host)
    : m_port(port), m_host(std::move(host)), m_atr(std::move(atr))
{
}

VpcdCardEmulator::~VpcdCardEmulator()
{
    remove();
}

bool VpcdCardEmulator::insert(std::string* error, std::chrono::milliseconds timeout)
{
    remove();
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_port);
    if (::inet_pton(AF_INET, m_host.c_str(), &address.sin_addr) != 1) {
        if (error) {
            *error = "invalid address " + m_host;
        }
        return false;
    }
    for (;;) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            if (error) {
                *error = std::strerror(errno);
            }
            return false;
        }
        if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
            int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            std::lock_guard lock(m_mutex);
            m_socket = fd;
            m_removing = false;
            m_stalled = false;
            m_releasing = false;
            m_peerClosed = false;
            m_thread = std::thread([this, fd] { serve(fd); });
            return true;
        }
        const int reason = errno;
        ::close(fd);
        if (std::chrono::steady_clock::now() >= deadline) {
            if (error) {
                *error = "cannot reach vpcd on " + m_host + ":" + std::to_string(m_port) + ": " +
                         std::strerror(reason);
            }
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

void VpcdCardEmulator::remove()
{
    int fd = -1;
    {
        std::lock_guard lock(m_mutex);
        fd = m_socket;
        m_socket = -1;
        m_removing = true;
    }
    m_changed.notify_all();
    if (fd >= 0) {
        ::shutdown(fd, SHUT_RDWR); // wakes the serving thread's recv
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
    if (fd >= 0) {
        ::close(fd);
    }
}

bool VpcdCardEmulator::isInserted() const
{
    std::lock_guard lock(m_mutex);
    return m_socket >= 0 && !m_peerClosed;
}

void VpcdCardEmulator::setAtr(Bytes atr)
{
    std::lock_guard lock(m_mutex);
    m_atr = std::move(atr);
}

void VpcdCardEmulator::stallNextCommand()
{
    std::lock_guard lock(m_mutex);
    m_stallNext = true;
}

bool VpcdCardEmulator::waitUntilStalled(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [this] { return m_stalled; });
}

void VpcdCardEmulator::releaseStall()
{
    {
        std::lock_guard lock(m_mutex);
        m_releasing = true;
    }
    m_changed.notify_all();
}

bool VpcdCardEmulator::send(int socket, const Bytes& payload)
{
    Bytes message{static_cast<std::uint8_t>(payload.size() >> 8),
                  static_cast<std::uint8_t>(payload.size() & 0xFF)};
    message.insert(message.end(), payload.begin(), payload.end());
    std::size_t done = 0;
    while (done < message.size()) {
        const ssize_t sent =
            ::send(socket, message.data() + done, message.size() - done, MSG_NOSIGNAL);
        if (sent <= 0) {
            return false;
        }
        done += static_cast<std::size_t>(sent);
    }
    return true;
}

VpcdCardEmulator::Bytes VpcdCardEmulator::answer(const Bytes& command) const
{
    if (command.size() < 4) {
        return {0x67, 0x00}; // wrong length
    }
    const std::uint8_t ins = command[1];
    switch (ins) {
    case 0xA4: // SELECT
        return {0x90, 0x00};
    case 0xCA: // GET DATA: a fixed serial-like value
        return {0x47, 0x43, 0x00, 0x01, 0x90, 0x00};
    case 0x84: { // GET CHALLENGE: Le bytes
        Bytes response(command.size() > 4 && command[4] != 0 ? command[4] : 8, 0xA5);
        response.push_back(0x90);
        response.push_back(0x00);
        return response;
    }
    default:
        return {0x6D, 0x00}; // instruction not supported
    }
}

void VpcdCardEmulator::serve(int socket)
{
    for (;;) {
        std::uint8_t header[2];
        if (!receiveAll(socket, header, sizeof header)) {
            break;
        }
        const std::size_t length = (std::size_t{header[0]} << 8) | header[1];
        Bytes payload(length);
        if (length > 0 && !receiveAll(socket, payload.data(), length)) {
            break;
        }
        if (length == 1) {
            switch (payload[0]) {
            case 0: // power off
            case 1: // power on
                continue;
            case 2: // reset
                ++m_resets;
                continue;
            case 4: { // get ATR
                Bytes atr;
                {
                    std::lock_guard lock(m_mutex);
                    atr = m_atr;
                }
                if (!send(socket, atr)) {
                    break;
                }
                continue;
            }
            default:
                continue;
            }
            break;
        }
        ++m_commands;
        {
            std::unique_lock lock(m_mutex);
            if (m_stallNext) {
                m_stallNext = false;
                m_stalled = true;
                m_changed.notify_all();
                m_changed.wait(lock, [this] { return m_releasing || m_removing; });
                m_stalled = false;
                m_releasing = false;
                if (m_removing) {
                    return; // pulled out with the answer never sent
                }
            }
        }
        if (!send(socket, answer(payload))) {
            break;
        }
    }
    m_peerClosed = true;
}

} // namespace guichet::test
