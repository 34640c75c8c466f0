#pragma once

#include <QStringList>

namespace guichet {

class CliContext;

// Each command group parses its own arguments (after the group name) and returns an exit
// code from CliContext.h.
int runDossierCommand(CliContext& context, const QStringList& arguments);
int runAuditCommand(CliContext& context, const QStringList& arguments);
int runMrzCommand(CliContext& context, const QStringList& arguments);
int runOrgCommand(CliContext& context, const QStringList& arguments);
int runDocumentCommand(CliContext& context, const QStringList& arguments);
int runScanCommand(CliContext& context, const QStringList& arguments);
int runRetentionCommand(CliContext& context, const QStringList& arguments);
int runKeychainCommand(CliContext& context, const QStringList& arguments);
int runCaCommand(CliContext& context, const QStringList& arguments);
int runOutboxCommand(CliContext& context, const QStringList& arguments);
int runReaderCommand(CliContext& context, const QStringList& arguments);
int runTokenCommand(CliContext& context, const QStringList& arguments);
int runOperatorCommand(CliContext& context, const QStringList& arguments);
int runFormCommand(CliContext& context, const QStringList& arguments);
// The form group draws text, which needs a QGuiApplication (offscreen) instead of a core one.
bool formCommandNeedsGui(int argc, char** argv);
int runMeetingCommand(CliContext& context, const QStringList& arguments);
// "dossier checklist ID": the live checklist (ChecklistCommand.cpp).
int runDossierChecklistCommand(CliContext& context, const QStringList& arguments);

// Evidence packages (EvidenceCommand.cpp); export may draw the form, which needs a
// QGuiApplication like the form group.
int runEvidenceCommand(CliContext& context, const QStringList& arguments);
bool evidenceCommandNeedsGui(int argc, char** argv);
// Originals sent to the CA by post (PostCommand.cpp).
int runPostCommand(CliContext& context, const QStringList& arguments);

} // namespace guichet
