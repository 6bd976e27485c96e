// The reviewed label: applications with their frozen snapshot, the reviewer's per-criterion reviews,
// decisions with a certificate code, and the schools' showcase consent. Tables: migrations/007_label.sql
// (the evidence tables of 006 are read here with this file's own SQL). Every function is prefixed
// `label_` so it never collides with the evidence store's names.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"
#include "store/page_order.h"

namespace sk::store {

struct LabelApplication {
    std::int64_t id = 0;
    std::int64_t programme_id = 0;
    std::string programme_name;
    std::int64_t organiser_id = 0;  // the organisation running the programme
    std::int64_t organisation_id = 0;
    std::string organisation_name;
    std::int64_t measurement_id = 0;
    std::string measurement_kind;
    std::string framework_id;
    std::string framework_version;
    std::string status;  // submitted | in_review | decided | withdrawn
    std::string snapshot;
    std::int64_t submitted_at = 0;
    std::optional<std::string> submitted_by_name;
    std::optional<std::int64_t> reviewer_id;
    std::optional<std::string> reviewer_name;
    std::optional<std::string> due_on;
    std::optional<std::string> proposed_label;
    std::optional<std::string> decided_label;
    std::optional<std::string> override_reason;
    std::optional<std::int64_t> decided_at;
    std::optional<std::string> decided_by_name;
    std::optional<std::string> valid_from;
    std::optional<std::string> valid_until;
    std::optional<std::string> certificate_code;
};

struct LabelReview {
    std::optional<std::string> accepted_level;
    std::string feedback;
};

std::optional<LabelApplication> label_find_application(Db& db, std::int64_t id);
std::optional<LabelApplication> label_find_by_certificate(Db& db, const std::string& code);
// Newest first.
std::vector<LabelApplication> label_school_applications(Db& db, std::int64_t programme_id, std::int64_t organisation_id);
std::vector<LabelApplication> label_programme_applications(Db& db, std::int64_t programme_id);
std::vector<LabelApplication> label_reviewer_applications(Db& db, std::int64_t reviewer_id);

// The organisers' list of a programme's applications, a page at a time (api/paging.h). Empty filters match
// everything; `reviewer` is a user id as text, or "none" for those without a reviewer; `search` is a LIKE
// pattern (api/paging.h, like_pattern) matched (folded, as sk_fold) against the school name.
struct LabelApplicationFilter {
    std::int64_t programme_id = 0;
    std::string status;
    std::string reviewer;
    std::string search;
};
struct LabelApplicationPage {
    // The page: id, organisation, status, submission, reviewer, due date and decided label are filled
    // (no snapshot, so a page stays small).
    std::vector<LabelApplication> rows;
    std::int64_t total = 0;
    // Rows per status (every status present) and per reviewer id as text ("none": no reviewer), each with
    // every filter but its own applied.
    std::map<std::string, std::int64_t> by_status, by_reviewer;
};
LabelApplicationPage label_page_applications(Db& db, const LabelApplicationFilter& filter, const PageSlice& page);

// The evidence linked to a measurement's answers, as the snapshot keeps it: criterion -> items.
struct LabelEvidenceItem {
    std::int64_t id = 0;
    std::string kind;
    std::string title;
    std::string description;
    std::optional<std::string> url;
    std::optional<std::string> file_name;
    std::optional<std::string> content_type;
    std::optional<std::int64_t> size;
    std::optional<std::string> sha256;
};
std::map<std::string, std::vector<LabelEvidenceItem>> label_measurement_evidence(Db& db, std::int64_t measurement_id);

// Takes the lock that orders applications of one school in one programme (PostgreSQL row lock;
// SQLite's write transaction already orders everything). Caller's transaction.
void label_lock_school(Db& db, std::int64_t programme_id, std::int64_t organisation_id);
bool label_has_open_application(Db& db, std::int64_t programme_id, std::int64_t organisation_id);

// The snapshot an application freezes: every criterion of `criterion_ids` (the framework's, in order) with
// the measurement's level and comment and the evidence linked to it, as JSON. The files it names
// (evidence id, sha256) are appended to `files` so the application can pin them.
std::string label_make_snapshot(Db& db, const std::vector<std::string>& criterion_ids, std::int64_t measurement_id,
                                std::vector<std::pair<std::int64_t, std::string>>& files);

struct NewLabelApplication {
    std::int64_t programme_id = 0;
    std::int64_t organisation_id = 0;
    std::int64_t measurement_id = 0;
    std::string framework_id;
    std::string framework_version;
    std::string snapshot;
    std::int64_t submitted_by = 0;
    std::vector<std::pair<std::int64_t, std::string>> files;  // (evidence id, sha256) the snapshot names
};
std::int64_t label_create_application(Db& db, const NewLabelApplication& a, std::int64_t now);

// Status changes; false when the application was not in a state that allows it. Caller's transaction.
bool label_withdraw(Db& db, std::int64_t id);
bool label_assign(Db& db, std::int64_t id, std::int64_t reviewer_id, const std::string& due_on, std::int64_t now);

std::map<std::string, LabelReview> label_reviews(Db& db, std::int64_t application_id);
void label_save_review(Db& db, std::int64_t application_id, const std::string& criterion_id, const std::string& accepted_level,
                       const std::string& feedback, std::int64_t user_id, std::int64_t now);

struct LabelDecision {
    std::string label;
    std::string proposed_label;
    std::optional<std::string> override_reason;
    std::string valid_from;
    std::string valid_until;
    std::optional<std::string> certificate_code;
};
// in_review -> decided; false when it was not in review.
bool label_decide(Db& db, std::int64_t id, const LabelDecision& d, std::int64_t user_id, std::int64_t now);
bool label_certificate_code_taken(Db& db, const std::string& code);

// Whether a user is a reviewer (role reviewer) of organisation `organisation_id` / of any organisation.
bool label_is_reviewer_of(Db& db, std::int64_t user_id, std::int64_t organisation_id);
bool label_is_reviewer(Db& db, std::int64_t user_id);
struct LabelPerson {
    std::int64_t id = 0;
    std::string name;
    std::string email;
    std::string language;
};
std::vector<LabelPerson> label_reviewers_of(Db& db, std::int64_t organisation_id);
// Members of `organisation_id` with `role`, e.g. the coordinators of a school or the organisers.
std::vector<LabelPerson> label_members_with_role(Db& db, std::int64_t organisation_id, const std::string& role);
std::optional<LabelPerson> label_person(Db& db, std::int64_t user_id);

bool label_showcase_consented(Db& db, std::int64_t organisation_id);
void label_set_showcase(Db& db, std::int64_t organisation_id, bool consented, std::int64_t user_id, std::int64_t now);

struct LabelShowcaseEntry {
    std::string school_name;
    std::string municipality;
    std::string province;
    std::string label;
    std::string valid_until;
    std::string certificate_code;
};
// Consenting schools whose newest decision is a label above none still valid on `today`, by province then name.
std::vector<LabelShowcaseEntry> label_showcase(Db& db, const std::string& today);

// The showcase a page at a time (api/paging.h): empty filters match everything; `search` is a LIKE pattern
// (api/paging.h, like_pattern) matched (folded, as sk_fold) against the school name and municipality.
struct LabelShowcaseFilter {
    std::string today;  // 'YYYY-MM-DD': labels valid until before it are not shown
    std::string province;
    std::string label;
    std::string search;
};
struct LabelShowcasePage {
    std::vector<LabelShowcaseEntry> rows;
    std::int64_t total = 0;
    // Schools per province and per label, each with every filter but its own; `provinces`: the provinces
    // of the whole showcase (no filter), in order.
    std::map<std::string, std::int64_t> by_province, by_label;
    std::vector<std::string> provinces;
};
LabelShowcasePage label_page_showcase(Db& db, const LabelShowcaseFilter& filter, const PageSlice& page);

// The school's place, for the certificate and the public verification ("" when it has no profile).
struct LabelSchoolPlace {
    std::string municipality;
    std::string province;
};
LabelSchoolPlace label_school_place(Db& db, std::int64_t organisation_id);

// Per school of a programme: the status of its newest application that was not withdrawn.
std::map<std::int64_t, std::string> label_school_states(Db& db, std::int64_t programme_id);

}  // namespace sk::store
