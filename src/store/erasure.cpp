#include "store/erasure.h"

#include <boost/json.hpp>

#include <cctype>
#include <string_view>
#include <vector>

namespace sk::store {

namespace {

// The columns that hold JSON copies of rows, where a name or an address can sit as a string value.
constexpr std::pair<std::string_view, std::string_view> kJsonColumns[] = {
    {"audit_log", "before_json"},       {"audit_log", "after_json"},         {"registrations", "data"},
    {"action_plan_history", "changes"}, {"label_applications", "snapshot"},
};

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Replaces every string value that is the person's address (in any case) or name, however deep.
bool scrub(boost::json::value& v, const std::string& email, const std::string& name, const std::string& pseudonym) {
    bool changed = false;
    if (v.is_string()) {
        const std::string s(v.as_string());
        if (lower(s) == email) v = boost::json::string(pseudonym), changed = true;
        else if (!name.empty() && s == name) v = boost::json::string(""), changed = true;
    } else if (v.is_array()) {
        for (auto& e : v.as_array()) changed |= scrub(e, email, name, pseudonym);
    } else if (v.is_object()) {
        for (auto& [key, e] : v.as_object()) changed |= scrub(e, email, name, pseudonym);
    }
    return changed;
}

}  // namespace

std::string erased_email(std::int64_t user_id) { return "erased-" + std::to_string(user_id) + "@invalid"; }

bool erase_person(Db& db, std::int64_t user_id, std::int64_t now) {
    const auto found = db.exec("SELECT email, name FROM users WHERE id = $1 AND erased_at IS NULL", {user_id});
    if (found.empty()) return false;
    const std::string email = found.one().str(0);
    const std::string name = found.one().str(1);
    const std::string pseudonym = erased_email(user_id);

    // What only served the person.
    for (const char* table : {"memberships", "sessions", "one_time_tokens", "ical_feeds", "session_reminders_sent"})
        db.exec(std::string("DELETE FROM ") + table + " WHERE user_id = $1", {user_id});
    db.exec("DELETE FROM invitations WHERE user_id = $1 OR lower(email) = $2", {user_id, email});
    db.exec("DELETE FROM outbox WHERE lower(to_address) = $1", {email});
    // Login-attempt counters per account are keyed by the address.
    db.exec("DELETE FROM rate_limits WHERE bucket LIKE $1", {"%" + email + "%"});
    db.exec("UPDATE deletion_requests SET status = 'done', reason = '', handled_at = $2 WHERE user_id = $1 AND status = 'open'",
            {user_id, now});

    // Their name where a row copied it; the row stays, "former member" in the app.
    db.exec("UPDATE action_comments SET author_name = '' WHERE author_id = $1", {user_id});
    db.exec("UPDATE action_plan_history SET actor_name = '' WHERE actor_id = $1", {user_id});
    // Rows sent with their address before or without an account.
    db.exec("UPDATE registrations SET contact_name = '', contact_email = $2 WHERE lower(contact_email) = $1", {email, pseudonym});
    db.exec("UPDATE questions SET name = '', email = $2 WHERE lower(email) = $1", {email, pseudonym});
    db.exec("UPDATE questions SET forwarded_to = $2 WHERE lower(forwarded_to) = $1", {email, pseudonym});
    db.exec("UPDATE playbook_requests SET name = '', email = $2 WHERE lower(email) = $1", {email, pseudonym});
    // JSON copies: string values that are the address or the name. Parsed, so a name is never replaced
    // inside another word, and an address typed in capitals is found too.
    for (const auto& [table, column] : kJsonColumns) {
        const std::string t(table), c(column);
        std::string where = "lower(" + c + ") LIKE $1";
        std::vector<Value> args{"%" + email + "%"};
        if (!name.empty()) {
            where += " OR " + c + " LIKE $2";
            args.push_back("%" + name + "%");
        }
        for (const auto& row : db.exec("SELECT id, " + c + " FROM " + t + " WHERE " + where, args).rows) {
            boost::system::error_code ec;
            auto doc = boost::json::parse(row.str(1), ec);
            if (ec || !scrub(doc, email, name, pseudonym)) continue;
            db.exec("UPDATE " + t + " SET " + c + " = $1 WHERE id = $2", {boost::json::serialize(doc), row.i64(0)});
        }
    }

    // API tokens go with their uses (client addresses): an erased person's scripts stop working.
    db.exec("DELETE FROM api_tokens WHERE user_id = $1", {user_id});
    db.exec("UPDATE users SET email = $2, name = '', password_hash = NULL, is_operator = 0, erased_at = $3 WHERE id = $1",
            {user_id, pseudonym, now});
    return true;
}

}  // namespace sk::store
