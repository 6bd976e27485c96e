// A school's evidence library: files and links, each supporting criteria (schema:
// migrations/006_evidence.sql; API: docs/api.md, "Evidence and label" -> "Evidence"). Only metadata
// lives here; a file's bytes are in the content-addressed folder of store/evidence_files.h, named by
// the row's sha256.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store {

struct Evidence {
    std::int64_t id = 0;
    std::int64_t organisation_id = 0;
    std::string kind;  // file | link
    std::string title;
    std::string description;
    std::optional<std::string> url;           // link
    std::optional<std::string> file_name;     // file
    std::optional<std::string> content_type;  // file
    std::optional<std::int64_t> size;         // file
    std::optional<std::string> sha256;        // file
    std::int64_t created_at = 0;
    std::optional<std::string> created_by_name;
    std::int64_t updated_at = 0;
    std::vector<std::string> criterion_ids;  // sorted
};

struct NewEvidence {
    std::int64_t organisation_id = 0;
    std::string kind;
    std::string title;
    std::string description;
    std::optional<std::string> url;
    std::optional<std::string> file_name;
    std::optional<std::string> content_type;
    std::optional<std::int64_t> size;
    std::optional<std::string> sha256;
    std::vector<std::string> criterion_ids;
    std::int64_t created_by = 0;
};

struct EvidenceFilter {
    std::optional<std::string> criterion;  // only evidence supporting this criterion
    std::optional<std::string> query;      // title, description or file name contains it (case-insensitive)
};

// A school's evidence, newest first.
std::vector<Evidence> list_evidence(Db& db, std::int64_t organisation_id, const EvidenceFilter& filter = {});
std::optional<Evidence> find_evidence(Db& db, std::int64_t id);
std::int64_t create_evidence(Db& db, const NewEvidence& e, std::int64_t now);

struct EvidenceChange {
    std::optional<std::string> title;
    std::optional<std::string> description;
    std::optional<std::string> url;
    std::optional<std::vector<std::string>> criterion_ids;  // replaces the list
};
void update_evidence(Db& db, std::int64_t id, const EvidenceChange& change, std::int64_t now);
// Removes the row, its criteria and its links from measurement answers (label snapshots keep their own
// copy). Run inside the caller's transaction.
void delete_evidence(Db& db, std::int64_t id);

// Sum of the sizes of a school's files, in bytes.
std::int64_t evidence_bytes_used(Db& db, std::int64_t organisation_id);
// Serialises quota checks of one school: two concurrent uploads cannot both fit into the last free
// megabytes. Call first inside the upload's transaction.
void lock_evidence_quota(Db& db, std::int64_t organisation_id);
// Whether an evidence row or a label application snapshot still names this stored file.
bool file_hash_in_use(Db& db, const std::string& sha256);
// Of `ids`, those that are evidence of `organisation_id`.
std::vector<std::int64_t> evidence_of_organisation(Db& db, std::int64_t organisation_id, const std::vector<std::int64_t>& ids);

}  // namespace sk::store
