#include "core/redact_url.h"

#include <gtest/gtest.h>

using sk::core::redact_db_password_in;
using sk::core::redact_db_url;

TEST(RedactUrl, HidesThePasswordInEveryFormLibpqTakes) {
    const struct {
        const char* in;
        const char* out;
    } rows[] = {
        // URIs: the user information, and a password among the query parameters
        {"postgresql://user:secret@host/db", "postgresql://user:***@host/db"},
        {"postgres://user:secret@host:5432/db?sslmode=require", "postgres://user:***@host:5432/db?sslmode=require"},
        {"postgresql://user:p%40ss%2Fw@host/db", "postgresql://user:***@host/db"},  // percent-encoded
        {"postgresql://user:p@ss@host/db", "postgresql://user:***@host/db"},        // a raw @ hides whole
        {"postgresql://user:p:w@host/db", "postgresql://user:***@host/db"},         // a colon in the password
        {"postgresql://user@host/db", "postgresql://user@host/db"},                 // no password
        {"postgresql://user:@host/db", "postgresql://user:@host/db"},               // an empty one
        {"postgresql://host:5432/db", "postgresql://host:5432/db"},                 // the port is not a password
        {"postgresql://host/db?password=secret", "postgresql://host/db?password=***"},
        {"postgresql://host/db?user=ann&password=secret&sslmode=require",
         "postgresql://host/db?user=ann&password=***&sslmode=require"},
        {"postgresql://host/db?pass%77ord=secret", "postgresql://host/db?pass%77ord=***"},  // libpq decodes keys
        {"postgresql://a:one@host/db?password=two", "postgresql://a:***@host/db?password=***"},
        {"postgresql://host/db?user=a@b.be", "postgresql://host/db?user=a@b.be"},  // an @ in the query is not user info
        {"postgresql://host/db?passwordx=kept&xpassword=kept", "postgresql://host/db?passwordx=kept&xpassword=kept"},
        {"postgresql://[::1]:5432/db", "postgresql://[::1]:5432/db"},
        // libpq's key = value strings
        {"host=db password=secret dbname=sk", "host=db password=*** dbname=sk"},
        {"host=db password = secret", "host=db password = ***"},
        {"password='se cr\\'et' host=db", "password=*** host=db"},
        {"dbname=sk password=", "dbname=sk password="},
        {"mypassword=kept password2=kept", "mypassword=kept password2=kept"},
        // SQLite paths stay as they are
        {"data/run/stemkompas.db", "data/run/stemkompas.db"},
        {"/var/lib/stemkompas/db with spaces.db", "/var/lib/stemkompas/db with spaces.db"},
        {"", ""},
    };
    for (const auto& row : rows) EXPECT_EQ(redact_db_url(row.in), row.out) << row.in;
}

TEST(RedactUrl, HidesThePasswordInAMessageAsWrittenAndDecoded) {
    const struct {
        const char* text;
        const char* url;
        const char* out;
    } rows[] = {
        {"bad URI \"postgresql://u:secret@h/d\"", "postgresql://u:secret@h/d", "bad URI \"postgresql://u:***@h/d\""},
        {"password p@ss/w rejected; raw p%40ss%2Fw", "postgresql://u:p%40ss%2Fw@h/d", "password *** rejected; raw ***"},
        {"nothing to hide here", "postgresql://u:secret@h/d", "nothing to hide here"},
        {"se cr'et and 'se cr\\'et'", "password='se cr\\'et'", "*** and ***"},
        {"secret twice: secret", "postgresql://h/d?password=secret", "*** twice: ***"},
        {"only a path", "data/run/stemkompas.db", "only a path"},
    };
    for (const auto& row : rows) EXPECT_EQ(redact_db_password_in(row.text, row.url), row.out) << row.text;
}
