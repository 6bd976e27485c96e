#include "core/client_address.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cstring>

namespace sk::core {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Exactly an address, no brackets or port.
std::optional<IpAddress> parse_plain(std::string_view text) {
    if (text.empty() || text.size() > INET6_ADDRSTRLEN) return std::nullopt;
    const std::string s(text);
    IpAddress ip;
    if (inet_pton(AF_INET, s.c_str(), ip.bytes.data()) == 1) {
        ip.v4 = true;
        return ip;
    }
    if (inet_pton(AF_INET6, s.c_str(), ip.bytes.data()) != 1) return std::nullopt;
    static constexpr std::uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(ip.bytes.data(), kMapped, sizeof kMapped) == 0) {
        IpAddress v4;
        v4.v4 = true;
        std::memcpy(v4.bytes.data(), ip.bytes.data() + 12, 4);
        return v4;
    }
    return ip;
}

}  // namespace

std::optional<IpAddress> parse_ip(std::string_view text) {
    text = trim(text);
    if (text.starts_with('[')) {
        const auto close = text.find(']');
        if (close == std::string_view::npos) return std::nullopt;
        const auto rest = text.substr(close + 1);
        if (!rest.empty() && !(rest.front() == ':' && all_digits(rest.substr(1)))) return std::nullopt;
        auto ip = parse_plain(text.substr(1, close - 1));
        return ip;
    }
    // One colon can only be IPv4 with a port; IPv6 has at least two.
    if (const auto colon = text.find(':'); colon != std::string_view::npos && text.find(':', colon + 1) == std::string_view::npos) {
        if (!all_digits(text.substr(colon + 1))) return std::nullopt;
        text = text.substr(0, colon);
    }
    return parse_plain(text);
}

std::string to_string(const IpAddress& ip) {
    char buf[INET6_ADDRSTRLEN] = {};
    inet_ntop(ip.v4 ? AF_INET : AF_INET6, ip.bytes.data(), buf, sizeof buf);
    return buf;
}

std::optional<Cidr> parse_cidr(std::string_view text, std::string* error) {
    const auto fail = [&](std::string why) -> std::optional<Cidr> {
        if (error) *error = std::string(text) + ": " + why;
        return std::nullopt;
    };
    text = trim(text);
    const auto slash = text.find('/');
    auto ip = parse_plain(text.substr(0, slash));
    if (!ip) return fail("not an IPv4 or IPv6 address");
    const int bits = ip->v4 ? 32 : 128;
    int prefix = bits;
    if (slash != std::string_view::npos) {
        const auto p = text.substr(slash + 1);
        if (!all_digits(p) || p.size() > 3) return fail("the prefix after / must be a number of bits");
        prefix = std::stoi(std::string(p));
        // "::ffff:10.0.0.0/104" was read as IPv4: its prefix counts the 96 mapping bits too.
        if (ip->v4 && text.substr(0, slash).find(':') != std::string_view::npos) prefix -= 96;
        if (prefix < 0 || prefix > bits) return fail("the prefix must be 0 to " + std::to_string(bits) + " bits");
    }
    Cidr cidr{*ip, prefix};
    for (int bit = prefix; bit < bits; ++bit)
        cidr.network.bytes[static_cast<std::size_t>(bit / 8)] &= static_cast<std::uint8_t>(~(0x80 >> (bit % 8)));
    if (cidr.network.bytes != ip->bytes)
        return fail("the address has bits set past the prefix; did you mean " + to_string(cidr.network) + "/" + std::to_string(prefix) + "?");
    return cidr;
}

bool contains(const Cidr& cidr, const IpAddress& ip) {
    if (cidr.network.v4 != ip.v4) return false;
    const int whole = cidr.prefix / 8;
    if (std::memcmp(cidr.network.bytes.data(), ip.bytes.data(), static_cast<std::size_t>(whole)) != 0) return false;
    const int rest = cidr.prefix % 8;
    if (rest == 0) return true;
    const auto mask = static_cast<std::uint8_t>(0xff << (8 - rest));
    return (cidr.network.bytes[static_cast<std::size_t>(whole)] & mask) == (ip.bytes[static_cast<std::size_t>(whole)] & mask);
}

bool contains_any(const std::vector<Cidr>& cidrs, const IpAddress& ip) {
    return std::any_of(cidrs.begin(), cidrs.end(), [&](const Cidr& c) { return contains(c, ip); });
}

std::string client_address(std::string_view peer, std::string_view forwarded_for, const std::vector<Cidr>& trusted_proxies) {
    if (trusted_proxies.empty()) return std::string(peer);
    const auto peer_ip = parse_ip(peer);
    if (!peer_ip) return std::string(peer);
    std::string nearest = to_string(*peer_ip);
    if (!contains_any(trusted_proxies, *peer_ip)) return nearest;
    std::string_view rest = forwarded_for;
    while (!trim(rest).empty()) {
        const auto comma = rest.rfind(',');
        const auto entry = comma == std::string_view::npos ? rest : rest.substr(comma + 1);
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(0, comma);
        const auto ip = parse_ip(entry);
        if (!ip) break;  // not written by a proxy of ours: what we already know is all we can trust
        nearest = to_string(*ip);
        if (!contains_any(trusted_proxies, *ip)) break;
    }
    return nearest;
}

}  // namespace sk::core
