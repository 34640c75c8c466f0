// A virtual card for pcscd's vpcd driver, driven from standard input: for manual checks
// (pcsc_scan) and scripts. Commands, one per line: insert, remove, stall, release,
// atr HEX, quit. Each answers one line: "ok ..." or "error ...".
#include "VpcdCardEmulator.h"

#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>

using guichet::test::VpcdCardEmulator;

namespace {

bool parseHex(const std::string& text, VpcdCardEmulator::Bytes& out)
{
    std::string digits;
    for (char c : text) {
        if (c != ' ' && c != ':') {
            digits.push_back(c);
        }
    }
    if (digits.empty() || digits.size() % 2 != 0) {
        return false;
    }
    out.clear();
    for (std::size_t i = 0; i < digits.size(); i += 2) {
        char* end = nullptr;
        const std::string pair = digits.substr(i, 2);
        const long value = std::strtol(pair.c_str(), &end, 16);
        if (end != pair.c_str() + 2) {
            return false;
        }
        out.push_back(static_cast<std::uint8_t>(value));
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    std::uint16_t port = 40000;
    VpcdCardEmulator::Bytes atr = VpcdCardEmulator::testCardAtr();
    bool insertNow = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--port" && i + 1 < argc) {
            port = static_cast<std::uint16_t>(std::strtoul(argv[++i], nullptr, 10));
        } else if (arg == "--atr" && i + 1 < argc) {
            if (!parseHex(argv[++i], atr)) {
                std::cerr << "vpcd-card-emulator: --atr needs hexadecimal bytes\n";
                return 2;
            }
        } else if (arg == "--unknown-atr") {
            atr = VpcdCardEmulator::unknownCardAtr();
        } else if (arg == "--insert") {
            insertNow = true;
        } else {
            std::cerr << "usage: vpcd-card-emulator [--port 40000] [--atr HEX | --unknown-atr] "
                         "[--insert]\n  then on stdin: insert | remove | stall | release | atr HEX "
                         "| quit\n";
            return 2;
        }
    }
    VpcdCardEmulator card(atr, port);
    std::string error;
    if (insertNow && !card.insert(&error)) {
        std::cout << "error " << error << std::endl;
        return 1;
    }
    std::string line;
    while (std::getline(std::cin, line)) {
        std::istringstream words(line);
        std::string command;
        words >> command;
        if (command == "insert") {
            std::cout << (card.insert(&error) ? std::string("ok inserted") : "error " + error)
                      << std::endl;
        } else if (command == "remove") {
            card.remove();
            std::cout << "ok removed" << std::endl;
        } else if (command == "stall") {
            card.stallNextCommand();
            std::cout << "ok next command stalls" << std::endl;
        } else if (command == "release") {
            card.releaseStall();
            std::cout << "ok released" << std::endl;
        } else if (command == "atr") {
            std::string rest;
            std::getline(words, rest);
            if (parseHex(rest, atr)) {
                card.setAtr(atr);
                std::cout << "ok atr set" << std::endl;
            } else {
                std::cout << "error atr needs hexadecimal bytes" << std::endl;
            }
        } else if (command == "quit") {
            break;
        } else if (!command.empty()) {
            std::cout << "error unknown command " << command << std::endl;
        }
    }
    card.remove();
    return 0;
}
