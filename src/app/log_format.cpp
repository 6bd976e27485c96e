#include "app/log_format.h"

#include <spdlog/formatter.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <stdexcept>

#include "core/json_log_line.h"

namespace sk::app {

namespace {

// A formatter of its own, not a pattern: a pattern cannot escape quotes or line breaks in the message.
class JsonFormatter final : public spdlog::formatter {
public:
    void format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) override {
        const auto level = spdlog::level::to_string_view(msg.level);
        const auto line = core::json_log_line(msg.time, std::string_view(level.data(), level.size()),
                                              std::string_view(msg.payload.data(), msg.payload.size()));
        dest.append(line.data(), line.data() + line.size());
        dest.push_back('\n');
    }
    std::unique_ptr<spdlog::formatter> clone() const override { return std::make_unique<JsonFormatter>(); }
};

}  // namespace

void set_log_format(const std::string& format) {
    if (format == "text") return;
    if (format != "json") throw std::invalid_argument("unknown log format: " + format);
    spdlog::set_formatter(std::make_unique<JsonFormatter>());
}

}  // namespace sk::app
