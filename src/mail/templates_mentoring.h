// Mails of mentor matching (nl and en): a confirmed pair announced to both sides, and a pair that ended.
#pragma once

#include <string>
#include <vector>

#include "core/language.h"
#include "mail/outbox.h"

namespace sk::mail {

// To a coordinator of `school`: `company` is the school's mentor in `programme`; `mentors` lists its mentors
// as "Name <email>"; the meeting log is at `link`.
Email mentor_confirmed_school_email(core::Language lang, const std::string& to, const std::string& name, const std::string& programme,
                                    const std::string& school, const std::string& company, const std::vector<std::string>& mentors,
                                    const std::string& link);
// To a mentor of `company`: the company mentors `school` (in `municipality`) in `programme`; overview at `link`.
Email mentor_confirmed_company_email(core::Language lang, const std::string& to, const std::string& name, const std::string& programme,
                                     const std::string& school, const std::string& municipality, const std::string& link);
// To either side: the confirmed pair of `school` and `company` in `programme` was removed by the organiser.
Email mentor_pair_ended_email(core::Language lang, const std::string& to, const std::string& name, const std::string& programme,
                              const std::string& school, const std::string& company);

}  // namespace sk::mail
