// Mails of the action plan (nl and en), templates_plan.cpp. Names and links are inserted verbatim.
#pragma once

#include <string>

#include "core/language.h"
#include "mail/outbox.h"

namespace sk::mail {

// To a coordinator of `school`: `author` commented on goal `goal`; read and answer at `link`.
Email plan_comment_email(core::Language lang, const std::string& to, const std::string& name, const std::string& school,
                         const std::string& goal, const std::string& author, const std::string& body, const std::string& link);
// To the owner of an action: it was due on `due_on` ('YYYY-MM-DD') and is not done; open the plan at `link`.
Email plan_overdue_action_email(core::Language lang, const std::string& to, const std::string& name, const std::string& school,
                                const std::string& action, const std::string& goal, const std::string& due_on, const std::string& link);

}  // namespace sk::mail
