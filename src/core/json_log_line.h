// One log line as one JSON object, for log collectors (serve --log-format json):
//   {"time":"2026-12-07T09:40:00.123Z","level":"info","message":"..."}
// The message is escaped as JSON requires (quotes, backslashes, every control character); non-ASCII text
// stays UTF-8, and a byte that is not valid UTF-8 becomes U+FFFD, so every line parses as JSON.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace sk::core {

// Appends `text` to `out` as the inside of a JSON string (without the quotes).
void append_json_escaped(std::string& out, std::string_view text);

// The whole line, without a line break.
std::string json_log_line(std::chrono::system_clock::time_point time, std::string_view level, std::string_view message);

}  // namespace sk::core
