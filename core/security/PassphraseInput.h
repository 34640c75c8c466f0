#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QCoreApplication>

namespace guichet {

// Reads a passphrase from an open file descriptor (a pipe, a file, or 0 for standard input),
// up to the first end of line, unbuffered so that no copy stays in a Qt buffer. A passphrase
// is never taken from the command line, where other users can read it (ps, shell history).
class PassphraseInput {
    Q_DECLARE_TR_FUNCTIONS(PassphraseInput)
public:
    static Result<SecretBytes> fromDescriptor(int fd);
    // Asks on the controlling terminal (/dev/tty) with echo off, restored whatever happens.
    // Refused when there is no terminal: a script uses a descriptor instead.
    static Result<SecretBytes> fromTerminal(const QString& prompt);
};

} // namespace guichet
