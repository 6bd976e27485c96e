// Erasing a person (issue 20, point 3; docs/privacy.md, "Erasure"). The account row stays as a pseudonym:
// its name emptied (the app shows "former member"), its address replaced by erased-<id>@invalid (a
// domain that can never receive mail, RFC 2606), no password, so nobody can sign in as it. What the
// school needs keeps pointing at it (answers, plan, comments, scores, attendance, audit entries), so
// every figure made from those stays the same and entries by the same former member still belong
// together. Everything that named the person goes: roles, sign-ins, links, invitations, calendar feed,
// reminders, mail kept for them, their name and address wherever a row or a JSON copy held it (the
// contact of a registration, a question they asked, the audit trail's before and after).
#pragma once

#include <cstdint>
#include <string>

#include "store/db.h"

namespace sk::store {

// The address an erased account carries.
std::string erased_email(std::int64_t user_id);

// Erases `user_id` inside the caller's transaction; false when there is no such account or it was
// erased before. Open deletion requests of the person are marked done.
bool erase_person(Db& db, std::int64_t user_id, std::int64_t now);

}  // namespace sk::store
