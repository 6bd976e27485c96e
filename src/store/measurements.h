// A school's self-assessment measurements (baseline and final per programme) and their answers.
// Tables: migrations/004_measurements.sql. Every answer row carries a version: a write names the
// version it read and a stale one is refused, so two people editing at once never overwrite each other.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store {

struct Measurement {
    std::int64_t id = 0;
    std::int64_t programme_id = 0;
    std::int64_t organisation_id = 0;
    std::string organisation_name;
    std::string kind;               // baseline | final
    std::string framework_id;
    std::string framework_version;
    std::string status;             // open | submitted
    std::int64_t created_at = 0;
    std::optional<std::int64_t> submitted_at;
    std::optional<std::string> submitted_by_name;
    std::optional<std::int64_t> reopened_at;
    std::optional<std::string> reopen_reason;
};

struct AnswerRow {
    std::string criterion_id;
    std::optional<std::string> level;  // not_yet | competent | proficient | expert; none = not answered yet
    std::string comment;
    std::int64_t version = 0;          // 0: never written
    std::int64_t updated_at = 0;
    std::optional<std::string> updated_by_name;
    std::vector<std::int64_t> evidence_ids;
};

std::optional<Measurement> find_measurement(Db& db, std::int64_t id);
std::optional<Measurement> find_measurement(Db& db, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind);

// Creates the measurement unless it exists (a concurrent start wins quietly); returns its id and whether
// this call created it.
std::pair<std::int64_t, bool> start_measurement(Db& db, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind,
                                                const std::string& framework_id, const std::string& framework_version,
                                                std::int64_t user_id, std::int64_t now);

// The stored answer rows of a measurement (touched criteria only), with their evidence links.
std::vector<AnswerRow> measurement_answers(Db& db, std::int64_t measurement_id);
std::optional<AnswerRow> measurement_answer(Db& db, std::int64_t measurement_id, const std::string& criterion_id);

enum class SaveOutcome { saved, conflict, locked };
struct SaveResult {
    SaveOutcome outcome = SaveOutcome::locked;
    std::optional<AnswerRow> answer;  // saved: the row as written; conflict: the stored row (none: never written)
};

// One versioned write, in its own transaction: `expected_version` is the version the writer read (0 for
// a criterion never written). `locked` when the measurement is not open (checked under the row lock the
// measurement update takes, so a concurrent submit and autosave cannot both win); `conflict` when the
// stored version differs. Nothing is written unless `saved`.
// The same write without a transaction of its own, for a caller that runs it inside one (group commit):
// the caller keeps the changes only when `saved`.
// `evidence_ids`: the evidence linked to the answer, replacing the links it had (the caller checked they
// belong to the school); nullopt leaves the links as they are.
SaveResult save_answer_in(Db& db, std::int64_t measurement_id, const std::string& criterion_id, const std::optional<std::string>& level,
                          const std::string& comment, std::int64_t expected_version, std::int64_t user_id, std::int64_t now,
                          const std::optional<std::vector<std::int64_t>>& evidence_ids = std::nullopt);
SaveResult save_answer(Db& db, std::int64_t measurement_id, const std::string& criterion_id, const std::optional<std::string>& level,
                        const std::string& comment, std::int64_t expected_version, std::int64_t user_id, std::int64_t now,
                        const std::optional<std::vector<std::int64_t>>& evidence_ids = std::nullopt);

// open -> submitted; false when it was not open. Run inside the caller's transaction.
bool mark_submitted(Db& db, std::int64_t measurement_id, std::int64_t user_id, std::int64_t now);
// submitted -> open with the organiser's reason; false when it was not submitted. Caller's transaction.
bool mark_reopened(Db& db, std::int64_t measurement_id, const std::string& reason, std::int64_t now);

// Per school and kind of one programme: (has an answer row, submitted), for the progress board and the
// phase reminders.
struct MeasurementState {
    bool has_data = false;
    bool submitted = false;
};
MeasurementState measurement_state(Db& db, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind);
// The same for every school of the programme at once: (organisation id, kind) -> state; absent = none.
std::map<std::pair<std::int64_t, std::string>, MeasurementState> measurement_states(Db& db, std::int64_t programme_id);

}  // namespace sk::store
