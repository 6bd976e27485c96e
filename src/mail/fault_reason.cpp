#include "mail/fault_reason.h"

#include <array>
#include <utility>

namespace sk::mail {

std::string_view fault_reason(std::string_view e) {
    // libcurl's texts (7.88) and ours (mail/message_format.h), most telling first: a reply code beats
    // the way the exchange ended.
    if (e.find("not a mail address") != std::string_view::npos) return "address";
    if (e.find("MAIL failed") != std::string_view::npos || e.find("Login denied") != std::string_view::npos ||
        e.find("authentication") != std::string_view::npos || e.find("Remote access denied") != std::string_view::npos)
        return "setup";
    if (e.find("(SMTP 5") != std::string_view::npos) return "refused";
    if (e.find("(SMTP 4") != std::string_view::npos) return "busy";
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kTexts{{
        {"certificate", "certificate"},
        {"SSL", "certificate"},
        {"STARTTLS", "certificate"},
        {"Failed to connect", "unreachable"},
        {"Couldn't connect", "unreachable"},
        {"Could not resolve", "unreachable"},
        {"imeout", "timeout"},
        {"timed out", "timeout"},
        {"Connection died", "dropped"},
    }};
    for (const auto& [needle, reason] : kTexts)
        if (e.find(needle) != std::string_view::npos) return reason;
    if (e.find("response reading failed") != std::string_view::npos || e.find("Recv failure") != std::string_view::npos || e.find("Send failure") != std::string_view::npos ||
        e.find("closed") != std::string_view::npos)
        return "dropped";
    return "other";
}

}  // namespace sk::mail
