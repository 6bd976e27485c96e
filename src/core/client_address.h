// Which address a request comes from, behind reverse proxies we trust (`serve --trusted-proxy CIDR`).
// Pure, no I/O. Rate limits count per client address, so this decides who a limit holds back.
//
// X-Forwarded-For is a list that every proxy appends the address it saw to; anything left of our own
// proxies' entries was written by the client and can be forged. So the header is read only when the TCP
// peer is a trusted proxy, from the right, skipping addresses that are themselves trusted proxies; the
// first one that is not is the client. Without trusted proxies the header is ignored.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sk::core {

struct IpAddress {
    std::array<std::uint8_t, 16> bytes{};  // IPv4 in the first 4
    bool v4 = false;
};

// Dotted IPv4 or IPv6 text ("[::1]" and a ":port" after IPv4 or a bracketed IPv6 are accepted, as some
// proxies write them); an IPv4-mapped IPv6 address ("::ffff:10.0.0.1") is read as the IPv4 address, so
// one rule covers a dual-stack socket.
std::optional<IpAddress> parse_ip(std::string_view text);
std::string to_string(const IpAddress& ip);

struct Cidr {
    IpAddress network;
    int prefix = 0;  // bits; 32 or 128 for a single address
};

// "10.0.0.0/8", "2001:db8::/32", or a single address. Empty with `error` set when it is not one, or when
// the address has bits set past the prefix ("10.1.2.3/8": probably a typo, so it is refused, not masked).
std::optional<Cidr> parse_cidr(std::string_view text, std::string* error = nullptr);
bool contains(const Cidr& cidr, const IpAddress& ip);
bool contains_any(const std::vector<Cidr>& cidrs, const IpAddress& ip);

// The client's address for a request from `peer` carrying `forwarded_for` (the X-Forwarded-For value, with
// repeated headers joined by commas; empty when absent). `peer` itself when it is not a trusted proxy.
// When every listed address is trusted, the left-most one; an entry that is not an address stops the walk
// and the last good one is taken. The result is written canonically (IPv4-mapped as IPv4).
std::string client_address(std::string_view peer, std::string_view forwarded_for, const std::vector<Cidr>& trusted_proxies);

}  // namespace sk::core
