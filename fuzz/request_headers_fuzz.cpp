// libFuzzer target: request headers every visitor controls. The input is three values separated by NUL
// bytes: an Accept-Language header, a TCP peer and an X-Forwarded-For header (the trusted proxies are
// fixed). Accept-Language gives nl, en or nothing, and nothing when neither language is named; an address
// that parses prints back to text that parses to the same address; the client address is the peer or an
// address that was written in the header, always one that parses. Build and run: scripts/fuzz.sh.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "fuzz_parts.h"
#include "core/client_address.h"
#include "core/language.h"

namespace {

void check(bool ok) {
    if (!ok) std::abort();
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool same(const sk::core::IpAddress& a, const sk::core::IpAddress& b) { return a.v4 == b.v4 && a.bytes == b.bytes; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto parts = fuzz_parts(data, size, 3);
    parts.resize(3);

    const auto accepted = sk::core::find_accepted_language(parts[0]);
    const auto text = lower(parts[0]);
    if (accepted) check(text.find(std::string(sk::core::language_code(*accepted))) != std::string::npos);
    (void)sk::core::language_from_accept(parts[0]);
    (void)sk::core::parse_language(parts[0]);

    for (const auto& candidate : {parts[1], parts[2]}) {
        if (const auto ip = sk::core::parse_ip(candidate)) {
            const auto printed = sk::core::to_string(*ip);
            const auto back = sk::core::parse_ip(printed);
            check(back.has_value() && same(*back, *ip));
        }
        std::string error;
        if (const auto cidr = sk::core::parse_cidr(candidate, &error)) check(sk::core::contains(*cidr, cidr->network));
    }

    static const std::vector<sk::core::Cidr> proxies = {*sk::core::parse_cidr("10.0.0.0/8"), *sk::core::parse_cidr("::1/128")};
    const auto client = sk::core::client_address(parts[1], parts[2], proxies);
    if (client != parts[1]) {
        // Not the peer as given: the peer written canonically, or an address that one entry of the header holds.
        const auto ip = sk::core::parse_ip(client);
        check(ip.has_value());
        bool found = false;
        if (const auto peer = sk::core::parse_ip(parts[1])) found = same(*peer, *ip);
        std::size_t from = 0;
        while (!found && from <= parts[2].size()) {
            const auto comma = parts[2].find(',', from);
            const auto entry = parts[2].substr(from, comma == std::string::npos ? std::string::npos : comma - from);
            if (const auto e = sk::core::parse_ip(entry)) found = same(*e, *ip);
            if (comma == std::string::npos) break;
            from = comma + 1;
        }
        check(found);
    }
    return 0;
}
