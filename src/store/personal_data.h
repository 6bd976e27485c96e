// Every place the database keeps something about a person (issue 20): each column that refers to a
// user, the columns a person's own export shows from those rows, and the rows found by their e-mail
// address (things they sent before or without an account). One list, so the export, the erasure and
// the processing record (docs/privacy.md) cannot drift apart; tests/store/personal_data_test.cpp fails
// when a table gets a column referring to users that is not listed here.
#pragma once

#include <boost/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/db.h"

namespace sk::store {

struct PersonalRows {
    std::string_view file;     // the export's file name, without ".json"
    std::string_view table;
    std::string_view match;    // the column holding the user's id, or (by_email) their e-mail address
    bool by_email = false;
    std::string_view also;     // a further SQL condition on the row ("object_type = 'user'"), or empty
    // The columns shown, in order. Never a secret: no password or token hashes.
    std::vector<std::string_view> columns;
    std::string_view what;     // what these rows are, for the export's README: in English
    std::string_view what_nl;  // and in Dutch
};

// Every user reference and e-mail match, in the order the export lists them.
const std::vector<PersonalRows>& personal_rows();

// The rows about one person: {file: [{column: value, …}, …]} for every entry of personal_rows() that
// has rows, plus "profile" (the user row without its password hash). Read-only; several queries, each
// by an indexed or small table. Returns null when the user does not exist.
boost::json::value personal_data(Db& db, std::int64_t user_id);

}  // namespace sk::store
