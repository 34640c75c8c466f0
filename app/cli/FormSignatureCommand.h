#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace guichet {

class CliContext;

// `form sign` and `form verify` (FormSignatureCommand.cpp), dispatched by the form group.
int runFormSign(CliContext& context, QCommandLineParser& parser, const QStringList& arguments);
int runFormVerify(CliContext& context, QCommandLineParser& parser, const QStringList& arguments);

} // namespace guichet
