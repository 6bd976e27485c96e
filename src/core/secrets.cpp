#include "core/secrets.h"

#include <sodium.h>

#include <semaphore>
#include <stdexcept>

namespace sk::core {

namespace {
constexpr int kMaxHashes = 4;
std::counting_semaphore<kMaxHashes>& hash_slots() {
    static std::counting_semaphore<kMaxHashes> slots(kMaxHashes);
    return slots;
}
struct Slot {
    Slot() { hash_slots().acquire(); }
    ~Slot() { hash_slots().release(); }
};
}  // namespace

void init_crypto() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

int max_concurrent_hashes() { return kMaxHashes; }

std::string hash_password(std::string_view password) {
    init_crypto();
    char out[crypto_pwhash_STRBYTES];
    Slot slot;
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("out of memory while hashing a password");
    }
    return out;
}

bool verify_password(std::string_view password, const std::string& stored_hash) {
    init_crypto();
    Slot slot;
    return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

std::string random_token() {
    static const bool ready = (init_crypto(), true);  // once; no lock on later calls
    (void)ready;
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return out;
}

std::string token_digest(std::string_view token) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.data()), token.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace sk::core
