// The texts of the mails STEMkompas sends, in Dutch (nl-BE) and English. Each function returns a
// ready-to-queue Email; names and links are inserted verbatim (plain text, nothing to escape).
#pragma once

#include <string>

#include "core/language.h"
#include "mail/outbox.h"

namespace sk::mail {

// A link to choose a new password; the link is valid for one hour and works once.
Email reset_email(core::Language lang, const std::string& to, const std::string& name, const std::string& link);

// An invitation to join `organisation` with the role `role_label` (already in `lang`);
// the link is valid for seven days.
Email invitation_email(core::Language lang, const std::string& to, const std::string& name,
                       const std::string& organisation, const std::string& role_label, const std::string& link);

// --- programmes and registrations (templates_onboarding.cpp) ---

// To the contact person of a school registration: we received it, the organiser will decide.
Email school_registration_received_email(core::Language lang, const std::string& to, const std::string& name,
                                         const std::string& school, const std::string& programme);
// To the contact person of a mentor registration.
Email mentor_registration_received_email(core::Language lang, const std::string& to, const std::string& name,
                                         const std::string& company, const std::string& programme);
// The registration was accepted; this is also the invitation: `link` sets a password (valid 7 days) or,
// for someone who already has an account, points to the sign-in page. `role_label` is already in `lang`.
Email registration_accepted_email(core::Language lang, const std::string& to, const std::string& name,
                                  const std::string& organisation, const std::string& programme,
                                  const std::string& role_label, const std::string& link, bool sets_password);
// The registration was refused, with the organiser's reason.
Email registration_refused_email(core::Language lang, const std::string& to, const std::string& name,
                                 const std::string& organisation, const std::string& programme, const std::string& reason);

// --- team and reminders (templates_team.cpp) ---

// The name of a phase kind (baseline, action_plan, learning_network, label, final, award) in `lang`.
std::string phase_name(core::Language lang, const std::string& kind);

// A reminder that phase `phase_label` (already in `lang`) of `programme` closes on `closes_on`
// ('YYYY-MM-DD', shown as a Belgian date) in `days_left` days, for the coordinators of `school`.
Email phase_reminder_email(core::Language lang, const std::string& to, const std::string& name, const std::string& programme,
                           const std::string& school, const std::string& phase_label, const std::string& closes_on, int days_left,
                           const std::string& link);

// --- measurements (templates_measurements.cpp) ---

// An organiser reopened the submitted measurement `phase_label` (already in `lang`) of `school` in
// `programme`, with `reason`; the coordinators can change and submit it again at `link`.
Email measurement_reopened_email(core::Language lang, const std::string& to, const std::string& name, const std::string& programme,
                                 const std::string& school, const std::string& phase_label, const std::string& reason,
                                 const std::string& link);

}  // namespace sk::mail

// --- the reviewed label (templates_label.cpp) ---

namespace sk::mail {

// The name of a label ("none", "competent", "proficient", "expert") in `lang`.
std::string label_name(core::Language lang, const std::string& label);

// To the programme's organisers: `school` applied for the label; assign a reviewer at `link`.
Email label_application_received_email(core::Language lang, const std::string& to, const std::string& name, const std::string& programme,
                                       const std::string& school, const std::string& link);
// To the reviewer: review the application of `school` by `due_on` ('YYYY-MM-DD') at `link`.
Email label_reviewer_assigned_email(core::Language lang, const std::string& to, const std::string& name, const std::string& programme,
                                    const std::string& school, const std::string& due_on, const std::string& link);
// To the school's coordinators: the decision `label` (valid until `valid_until`, none: no label this time); details at `link`.
Email label_decided_email(core::Language lang, const std::string& to, const std::string& name, const std::string& programme,
                          const std::string& school, const std::string& label, const std::string& valid_until, const std::string& link);

}  // namespace sk::mail

// --- sessions and the playbook (templates_sessions.cpp) ---

namespace sk::mail {

// A place freed up: the recipient moved from the waitlist to registered for `session` on `when`
// (Brussels local, "YYYY-MM-DDTHH:MM"); details at `link`.
Email session_promoted_email(core::Language lang, const std::string& to, const std::string& name, const std::string& session,
                             const std::string& when, const std::string& venue, const std::string& link);
// The reminder two days before `session`.
Email session_reminder_email(core::Language lang, const std::string& to, const std::string& name, const std::string& session,
                             const std::string& when, const std::string& venue, const std::string& link);
// The report of `session` was published; read it at `link`.
Email session_report_email(core::Language lang, const std::string& to, const std::string& name, const std::string& session,
                           const std::string& link);
// A playbook request was approved: download at `link` until `valid_until` ('YYYY-MM-DD').
Email playbook_link_email(core::Language lang, const std::string& to, const std::string& name, const std::string& link,
                          const std::string& valid_until);

}  // namespace sk::mail
