// Addresses, CIDRs and the client behind trusted proxies (core/client_address.h): one row per case.
#include <gtest/gtest.h>

#include "core/client_address.h"

namespace client_address_test {

namespace {

using namespace sk::core;

std::vector<Cidr> cidrs(const std::vector<std::string>& texts) {
    std::vector<Cidr> out;
    for (const auto& t : texts) {
        auto c = parse_cidr(t);
        EXPECT_TRUE(c) << t;
        if (c) out.push_back(*c);
    }
    return out;
}

TEST(ClientAddress, ParseIp) {
    struct Row {
        std::string text;
        std::string canonical;  // "" when it is not an address
    };
    const std::vector<Row> rows = {
        {"203.0.113.7", "203.0.113.7"},
        {" 203.0.113.7 ", "203.0.113.7"},
        {"203.0.113.7:51234", "203.0.113.7"},
        {"2001:db8::1", "2001:db8::1"},
        {"2001:DB8:0:0:0:0:0:1", "2001:db8::1"},
        {"[2001:db8::1]", "2001:db8::1"},
        {"[2001:db8::1]:443", "2001:db8::1"},
        {"::ffff:192.0.2.1", "192.0.2.1"},
        {"::1", "::1"},
        {"", ""},
        {"unknown", ""},
        {"203.0.113", ""},
        {"203.0.113.256", ""},
        {"203.0.113.7:port", ""},
        {"[2001:db8::1", ""},
        {"[2001:db8::1]x", ""},
        {"fe80::1%eth0", ""},
        {"1.2.3.4, 5.6.7.8", ""},
    };
    for (const auto& r : rows) {
        const auto ip = parse_ip(r.text);
        EXPECT_EQ(ip ? to_string(*ip) : "", r.canonical) << "'" << r.text << "'";
    }
}

TEST(ClientAddress, ParseCidr) {
    struct Row {
        std::string text;
        bool ok;
        std::string error_part;  // a part of the message when refused
    };
    const std::vector<Row> rows = {
        {"10.0.0.0/8", true, ""},
        {"127.0.0.1", true, ""},
        {"0.0.0.0/0", true, ""},
        {"::1", true, ""},
        {"2001:db8::/32", true, ""},
        {"::/0", true, ""},
        {"::ffff:10.0.0.0/104", true, ""},
        {"10.1.2.3/8", false, "did you mean 10.0.0.0/8?"},
        {"2001:db8::1/32", false, "did you mean 2001:db8::/32?"},
        {"10.0.0.0/33", false, "0 to 32 bits"},
        {"2001:db8::/129", false, "0 to 128 bits"},
        {"10.0.0.0/", false, "number of bits"},
        {"10.0.0.0/-1", false, "number of bits"},
        {"10.0.0.0/8x", false, "number of bits"},
        {"proxy.example", false, "not an IPv4 or IPv6 address"},
        {"", false, "not an IPv4 or IPv6 address"},
        {"10.0.0.1:80", false, "not an IPv4 or IPv6 address"},
    };
    for (const auto& r : rows) {
        std::string error;
        const auto c = parse_cidr(r.text, &error);
        EXPECT_EQ(c.has_value(), r.ok) << r.text;
        if (!r.ok) {
            EXPECT_NE(error.find(r.error_part), std::string::npos) << r.text << ": " << error;
        }
    }
}

TEST(ClientAddress, Contains) {
    struct Row {
        std::string cidr;
        std::string ip;
        bool inside;
    };
    const std::vector<Row> rows = {
        {"10.0.0.0/8", "10.255.1.2", true},
        {"10.0.0.0/8", "11.0.0.1", false},
        {"192.168.4.0/22", "192.168.7.255", true},
        {"192.168.4.0/22", "192.168.8.0", false},
        {"192.168.4.0/22", "192.168.3.255", false},
        {"127.0.0.1", "127.0.0.1", true},
        {"127.0.0.1", "127.0.0.2", false},
        {"127.0.0.1", "::ffff:127.0.0.1", true},  // a dual-stack socket's view of an IPv4 peer
        {"0.0.0.0/0", "198.51.100.1", true},
        {"0.0.0.0/0", "2001:db8::1", false},       // families never mix
        {"::/0", "198.51.100.1", false},
        {"2001:db8::/32", "2001:db8:ffff::1", true},
        {"2001:db8::/33", "2001:db8:8000::1", false},
        {"::1", "::1", true},
        {"fd00::/8", "fdff::1", true},
        {"fd00::/8", "fe00::1", false},
    };
    for (const auto& r : rows) {
        const auto c = parse_cidr(r.cidr);
        const auto ip = parse_ip(r.ip);
        ASSERT_TRUE(c && ip) << r.cidr << " " << r.ip;
        EXPECT_EQ(contains(*c, *ip), r.inside) << r.cidr << " " << r.ip;
    }
}

TEST(ClientAddress, ClientBehindTrustedProxies) {
    struct Row {
        const char* name;
        std::vector<std::string> trusted;
        std::string peer;
        std::string forwarded_for;
        std::string client;
    };
    const std::vector<Row> rows = {
        {"no trusted proxies: the header is ignored", {}, "198.51.100.9", "203.0.113.7", "198.51.100.9"},
        {"a peer that is not trusted: the header is ignored", {"10.0.0.0/8"}, "198.51.100.9", "203.0.113.7", "198.51.100.9"},
        {"one trusted proxy", {"10.0.0.0/8"}, "10.0.0.2", "203.0.113.7", "203.0.113.7"},
        {"a forged entry left of the real one is never read", {"10.0.0.0/8"}, "10.0.0.2", "1.1.1.1, 203.0.113.7", "203.0.113.7"},
        {"a chain of trusted proxies is skipped from the right", {"10.0.0.0/8"}, "10.0.0.2", "1.1.1.1, 203.0.113.7, 10.0.0.9, 10.0.0.5",
         "203.0.113.7"},
        {"every entry trusted: the left-most", {"10.0.0.0/8"}, "10.0.0.2", "10.0.0.7, 10.0.0.8", "10.0.0.7"},
        {"trusted peer without the header: the peer", {"10.0.0.0/8"}, "10.0.0.2", "", "10.0.0.2"},
        {"garbage stops the walk at the nearest good address", {"10.0.0.0/8"}, "10.0.0.2", "203.0.113.7, garbage, 10.0.0.9",
         "10.0.0.9"},
        {"garbage right at the proxy: the proxy", {"10.0.0.0/8"}, "10.0.0.2", "unknown", "10.0.0.2"},
        {"ports and brackets are dropped", {"::1"}, "::1", "[2001:db8::7]:4711", "2001:db8::7"},
        {"an IPv4-mapped peer on a dual-stack socket", {"127.0.0.1"}, "::ffff:127.0.0.1", "203.0.113.7", "203.0.113.7"},
        {"a mapped client is written as IPv4", {"127.0.0.1"}, "127.0.0.1", "::ffff:203.0.113.7", "203.0.113.7"},
        {"an IPv6 client behind an IPv4 proxy", {"127.0.0.1"}, "127.0.0.1", "2001:db8::7", "2001:db8::7"},
        {"several proxy ranges", {"10.0.0.0/8", "2001:db8:1::/48"}, "2001:db8:1::5", "203.0.113.7, 10.1.1.1", "203.0.113.7"},
    };
    for (const auto& r : rows) EXPECT_EQ(client_address(r.peer, r.forwarded_for, cidrs(r.trusted)), r.client) << r.name;
}

}  // namespace

}  // namespace client_address_test
