// Loads the framework definitions at start-up. A broken file stops the server with every problem
// listed (file, JSON path, what is wrong) instead of a crash or a half-loaded framework.
#pragma once

#include <string>

#include "core/framework_set.h"

namespace sk::app {

core::FrameworkSet load_frameworks_or_throw(const std::string& folder);

}  // namespace sk::app
