// The texts of the mails STEMkompas sends, in Dutch (nl-BE) and English. Each function returns a
// ready-to-queue Email; names and links are inserted verbatim (plain text, nothing to escape).
#pragma once

#include <cstdint>
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

// An invitation to someone who already has an account: `inviter` invites them to join `organisation` as
// `role_label` (already in `lang`); nothing changes until they sign in and accept at `link` (/invitations).
Email invitation_to_accept_email(core::Language lang, const std::string& to, const std::string& name, const std::string& inviter,
                                 const std::string& organisation, const std::string& role_label, const std::string& link);

// --- programmes and registrations (templates_onboarding.cpp) ---

// To the contact person of a school registration: we received it, the organiser will decide.
Email school_registration_received_email(core::Language lang, const std::string& to, const std::string& name,
                                         const std::string& school, const std::string& programme);
// To the contact person of a mentor registration.
Email mentor_registration_received_email(core::Language lang, const std::string& to, const std::string& name,
                                         const std::string& company, const std::string& programme);
// What an invitation mail asks the person to do with its link.
enum class LinkStep {
    choose_password,    // a set-password link (valid 7 days): choosing the password accepts
    accept_invitation,  // an account with a password: sign in and accept at /invitations
    sign_in,            // nothing to accept (they already have the role): just sign in
};
// The registration was accepted; this is also the invitation: see LinkStep. `role_label` is already in `lang`.
Email registration_accepted_email(core::Language lang, const std::string& to, const std::string& name,
                                  const std::string& organisation, const std::string& programme,
                                  const std::string& role_label, const std::string& link, LinkStep step);
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

// --- "Ask us" (templates_askus.cpp) ---

namespace sk::mail {

// The name of a question topic (general, registration, measurement, label, network, award, other) in `lang`.
std::string question_topic_name(core::Language lang, const std::string& topic);
// A moment as a Brussels date and time in words, e.g. "woensdag 13 mei 2026 om 23:59" / "Wednesday 13 May 2026 at 23:59".
std::string brussels_moment_in_words(core::Language lang, std::int64_t unix_seconds);

// To the asker: we received the question and answer it by `due_unix` (shown in words, Brussels time).
Email question_receipt_email(core::Language lang, const std::string& to, const std::string& name, const std::string& question,
                             std::int64_t due_unix);
// To the asker: the organiser's answer `answer` (signed by `answered_by`) to `question`.
Email question_answer_email(core::Language lang, const std::string& to, const std::string& name, const std::string& question,
                            const std::string& answer, const std::string& answered_by);
// To the address a question is forwarded to: the question, who asked it (to answer them directly) and the organiser's note.
Email question_forwarded_email(core::Language lang, const std::string& to, const std::string& asker_name, const std::string& asker_email,
                               const std::string& asker_organisation, const std::string& topic, const std::string& question,
                               const std::string& note, const std::string& forwarded_by);
// To an organiser: question #`id` from `asker_name` passed its due time `due_unix` unanswered; open it at `link`.
Email question_overdue_email(core::Language lang, const std::string& to, const std::string& name, std::int64_t id,
                             const std::string& asker_name, const std::string& topic, std::int64_t due_unix, const std::string& link);

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
