// Passwords and secret tokens (libsodium).
//
// Passwords are hashed with Argon2id (libsodium's interactive limits: ~45 ms and 64 MiB each). At most
// `max_concurrent_hashes()` hashes run at once in the process, so a burst of log-ins cannot exhaust
// memory; the rest wait their turn.
//
// Tokens (sessions, one-time links, CSRF) are 32 random bytes, base64url without padding. Only their
// SHA-256 (hex) is ever stored, so a leaked database cannot be replayed as a session.
#pragma once

#include <string>
#include <string_view>

namespace sk::core {

void init_crypto();  // call once at start-up; throws when libsodium cannot initialise

std::string hash_password(std::string_view password);
bool verify_password(std::string_view password, const std::string& stored_hash);
int max_concurrent_hashes();

std::string random_token();                      // 43 characters
std::string token_digest(std::string_view token);  // hex SHA-256
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace sk::core
