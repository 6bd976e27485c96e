#include <ctime>
#include <fstream>
#include <system_error>

#include "mail/sender.h"

namespace sk::mail {

EmlFileSender::EmlFileSender(std::filesystem::path folder, std::string from_address)
    : folder_(std::move(folder)), from_(std::move(from_address)) {
    address_of(from_);  // a bad configuration fails at start-up, not at the first message
}

void EmlFileSender::send(const OutgoingMessage& msg) {
    const std::string text = format_message(msg, from_);
    std::error_code ec;
    std::filesystem::create_directories(folder_, ec);
    if (ec) throw SendError("cannot create mail folder " + folder_.string() + ": " + ec.message());

    char stamp[32];
    const std::time_t t = static_cast<std::time_t>(msg.date);
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    const auto final_path = folder_ / (std::string(stamp) + "-" + msg.id + ".eml");
    // Written aside and renamed, so a reader never sees half a message.
    const auto tmp_path = folder_ / ("." + msg.id + ".tmp");
    {
        std::ofstream out(tmp_path, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        if (!out) {
            // A full disk must not leave half a message behind; the outbox tries the whole message again.
            std::filesystem::remove(tmp_path, ec);
            throw SendError("cannot write " + tmp_path.string());
        }
    }
    std::filesystem::rename(tmp_path, final_path, ec);
    if (ec) throw SendError("cannot rename " + tmp_path.string() + ": " + ec.message());
}

}  // namespace sk::mail
