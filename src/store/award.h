// The award round of a programme (migrations/013_award.sql): the round, its rubric, candidacies with their
// evidence, jurors, recusals and scores. Every function runs inside the caller's transaction when there is
// one; none begins or commits. Prefixed `award_` so nothing collides with other stores.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store {

struct AwardRound {
    std::int64_t id = 0;
    std::int64_t programme_id = 0;
    std::string opens_on, closes_on;
    int scale = 5;
    std::string status;  // open | closed | announced
    std::int64_t created_at = 0, updated_at = 0;
};

struct AwardCriterion {
    std::int64_t id = 0;
    int position = 0;
    std::string name;
    int weight = 1;
    std::vector<std::string> descriptors;  // score 1..scale
};

struct AwardCandidacy {
    std::int64_t id = 0;
    std::int64_t round_id = 0;
    std::int64_t organisation_id = 0;
    std::string school_name;
    std::string pitch;
    std::optional<std::string> video_url;
    std::vector<std::string> team;
    std::string status;                 // submitted | withdrawn
    std::optional<std::string> result;  // won | not_won, once announced
    std::int64_t submitted_at = 0, updated_at = 0;
    std::vector<std::int64_t> evidence_ids;  // in the order given
};

struct AwardCandidacyInput {
    std::string pitch;
    std::optional<std::string> video_url;
    std::vector<std::string> team;
    std::vector<std::int64_t> evidence_ids;
};

struct AwardJuror {
    std::int64_t user_id = 0;
    std::string name, email, language;
    bool pending = false;  // no password yet
    std::optional<std::int64_t> company_id;
    std::optional<std::string> company_name;
};

struct AwardScore {
    std::int64_t juror_id = 0, candidacy_id = 0, criterion_id = 0;
    int score = 0;
    std::string comment;
    std::int64_t updated_at = 0;
};

struct AwardRecusal {
    std::int64_t juror_id = 0, candidacy_id = 0;
    std::string reason;
    bool automatic = false;
    std::int64_t created_at = 0;
};

struct AwardEvidence {
    std::int64_t id = 0;
    std::string kind, title;
    std::optional<std::string> url, sha256, content_type, file_name;
};

std::optional<AwardRound> award_find_round(Db& db, std::int64_t programme_id);
std::int64_t award_create_round(Db& db, std::int64_t programme_id, const std::string& opens_on, const std::string& closes_on, int scale,
                                std::int64_t now);
void award_update_round(Db& db, std::int64_t round_id, const std::string& opens_on, const std::string& closes_on, int scale, std::int64_t now);
// Moves the status from `from` to `to`; false when it was not `from` (someone else got there first).
bool award_set_status(Db& db, std::int64_t round_id, const std::string& from, const std::string& to, std::int64_t now);

std::vector<AwardCriterion> award_criteria(Db& db, std::int64_t round_id);
void award_replace_rubric(Db& db, std::int64_t round_id, const std::vector<AwardCriterion>& criteria);
bool award_has_scores(Db& db, std::int64_t round_id);

std::optional<AwardCandidacy> award_find_candidacy(Db& db, std::int64_t candidacy_id);
std::optional<AwardCandidacy> award_school_candidacy(Db& db, std::int64_t round_id, std::int64_t organisation_id);
// Every candidacy of the round (submitted and withdrawn), by school name then id.
std::vector<AwardCandidacy> award_candidacies(Db& db, std::int64_t round_id);
std::int64_t award_create_candidacy(Db& db, std::int64_t round_id, std::int64_t organisation_id, const AwardCandidacyInput& in,
                                    std::int64_t user_id, std::int64_t now);
// Updates the fields and (re)submits it: a withdrawn candidacy becomes submitted again with a new submitted_at.
void award_update_candidacy(Db& db, std::int64_t candidacy_id, const AwardCandidacyInput& in, bool resubmit, std::int64_t user_id,
                            std::int64_t now);
bool award_withdraw_candidacy(Db& db, std::int64_t candidacy_id, std::int64_t now);
void award_set_results(Db& db, std::int64_t round_id, const std::vector<std::int64_t>& winners);
// The candidacy's evidence (in its order), joined to the evidence rows.
std::vector<AwardEvidence> award_candidacy_evidence(Db& db, std::int64_t candidacy_id);

std::vector<AwardJuror> award_jurors(Db& db, std::int64_t round_id);
bool award_is_juror(Db& db, std::int64_t round_id, std::int64_t user_id);
// false when already a juror.
bool award_add_juror(Db& db, std::int64_t round_id, std::int64_t user_id, std::optional<std::int64_t> company_id, std::int64_t invited_by,
                     std::int64_t now);
void award_remove_juror(Db& db, std::int64_t round_id, std::int64_t user_id);
bool award_juror_has_scores(Db& db, std::int64_t round_id, std::int64_t user_id);
// A company the user is a member of (lowest id), if any.
std::optional<std::int64_t> award_company_of(Db& db, std::int64_t user_id);
// The rounds a user is a juror of.
std::vector<std::int64_t> award_rounds_of_juror(Db& db, std::int64_t user_id);

std::vector<AwardScore> award_scores(Db& db, std::int64_t round_id);
void award_put_score(Db& db, std::int64_t round_id, std::int64_t juror_id, std::int64_t candidacy_id, std::int64_t criterion_id, int score,
                     const std::string& comment, std::int64_t now);

// The declared recusals plus, while the round is open, the automatic ones derived live from confirmed mentor
// matches (after close the stored automatic rows). One entry per juror x candidacy; declared wins.
std::vector<AwardRecusal> award_recusals(Db& db, const AwardRound& round);
// false when a recusal row already exists.
bool award_add_recusal(Db& db, std::int64_t round_id, std::int64_t juror_id, std::int64_t candidacy_id, const std::string& reason,
                       bool automatic, std::int64_t now);
// At close: stores the live automatic recusals so the results of a closed round never move.
void award_freeze_automatic_recusals(Db& db, const AwardRound& round, std::int64_t now);

}  // namespace sk::store
