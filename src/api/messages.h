// User-facing texts of the API (error messages, field messages), in Dutch and English.
// Every key has both languages; tests/unit/messages_test.cpp fails on a missing or empty one.
// `{name}` in a text is replaced by the argument of that name.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/language.h"

namespace sk::api {

struct MessageText {
    std::string_view key;
    std::string_view nl;
    std::string_view en;
};

const std::vector<MessageText>& all_messages();

// The text of `key` in `lang` with `{arg}` placeholders filled. An unknown key returns the key itself,
// so a typo shows up in a test rather than as an empty message.
std::string message(core::Language lang, std::string_view key, const std::map<std::string, std::string>& args = {});

}  // namespace sk::api
