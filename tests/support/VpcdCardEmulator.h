#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace guichet::test {

// A virtual smart card for pcscd's vpcd reader driver (REFERENCE.md, "PC/SC"): it connects
// to the reader's TCP port, which is "inserting" it, answers vpcd's messages (2-byte
// big-endian length, then 1-byte control messages or command APDUs), and closing the socket
// "removes" it. It can hold back an answer, to test a card pulled out mid-exchange.
// Plain C++ and POSIX sockets: no dependency beyond the C library.
class VpcdCardEmulator {
public:
    using Bytes = std::vector<std::uint8_t>;

    // The test card's ATR ("GUICHET1"), listed in resources/atr-catalogue.json.
    static Bytes testCardAtr();
    // A well-formed ATR that no catalogue entry matches ("UNKNOWN!").
    static Bytes unknownCardAtr();

    explicit VpcdCardEmulator(Bytes atr, std::uint16_t port = 40000,
                              std::string host = "127.0.0.1");
    ~VpcdCardEmulator();
    VpcdCardEmulator(const VpcdCardEmulator&) = delete;
    VpcdCardEmulator& operator=(const VpcdCardEmulator&) = delete;

    // Connects to vpcd, retrying until `timeout` (vpcd listens only while pcscd runs).
    bool insert(std::string* error = nullptr,
                std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Closes the connection; an answer held back is never sent.
    void remove();
    // Connected, and vpcd has not closed its side (pcscd stopping closes it).
    bool isInserted() const;

    void setAtr(Bytes atr);
    // The next command APDU is held without an answer until releaseStall() or remove().
    void stallNextCommand();
    bool waitUntilStalled(std::chrono::milliseconds timeout);
    void releaseStall();

    int commandCount() const { return m_commands.load(); }
    int resetCount() const { return m_resets.load(); }

private:
    void serve(int socket);
    Bytes answer(const Bytes& command) const;
    bool send(int socket, const Bytes& payload);

    std::uint16_t m_port;
    std::string m_host;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    Bytes m_atr;
    int m_socket = -1;
    std::thread m_thread;
    bool m_stallNext = false;
    bool m_stalled = false;
    bool m_releasing = false;
    bool m_removing = false;
    std::atomic<bool> m_peerClosed{false};
    std::atomic<int> m_commands{0};
    std::atomic<int> m_resets{0};
};

} // namespace guichet::test
