// Database connection strings as they may be shown to an operator: in the start-up line, in log lines and
// in error messages. The password is replaced by `***`; everything else stays, so the line still says
// which database it is.
//
//   postgresql://ann:secret@db.example/sk        -> postgresql://ann:***@db.example/sk
//   postgresql://db.example/sk?password=secret   -> postgresql://db.example/sk?password=***
//   host=db.example password='se cret' dbname=sk -> host=db.example password=*** dbname=sk
//   data/run/stemkompas.db                       -> data/run/stemkompas.db
//
// It errs on the side of hiding: the user information ends at the LAST `@` before the query (libpq stops
// at the first, so a raw `@` in a password would otherwise show its tail), and query keys are compared
// after percent-decoding, as libpq does.
#pragma once

#include <string>
#include <string_view>

namespace sk::core {

std::string redact_db_url(std::string_view url);

// `text` (an error message, say) with every occurrence of a password in `url` replaced by `***`: as
// written in the URL and percent-decoded, since libpq may echo either.
std::string redact_db_password_in(std::string text, std::string_view url);

}  // namespace sk::core
