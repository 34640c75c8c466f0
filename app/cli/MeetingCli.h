#pragma once

#include "meeting/MeetingService.h"

#include <memory>

namespace guichet {

class CliContext;

// The meeting service for the acting operator: --operator for who, the workstation settings
// for role, CA registration number and training date. Null (error printed) when the database
// cannot be opened.
std::unique_ptr<MeetingService> openMeetingService(CliContext& context);

} // namespace guichet
