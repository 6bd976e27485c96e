// How log lines look: `text` (spdlog's default pattern) or `json` (one JSON object per line, for log
// collectors: core/json_log_line.h). Set once at start-up, before any thread logs.
#pragma once

#include <string>

namespace sk::app {

// `format` is "text" or "json"; anything else throws std::invalid_argument.
void set_log_format(const std::string& format);

}  // namespace sk::app
