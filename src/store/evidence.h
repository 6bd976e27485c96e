// A school's evidence library: files and links, each supporting criteria (schema:
// migrations/006_evidence.sql; API: docs/api.md, "Evidence and label" -> "Evidence"). Only metadata
// lives here; a file's bytes are in the content-addressed folder of store/evidence_files.h, named by
// the row's sha256.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"
#include "store/page_order.h"

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

// The library as a paged list (docs/api.md, "Paging, sorting and search").
struct EvidencePageFilter {
    std::int64_t organisation_id = 0;
    std::string kind;                                   // file | link; "" = both
    std::string criterion;                              // supports this criterion; "" = any
    std::optional<std::vector<std::string>> element;    // supports one of these criteria (a key element's)
    std::vector<std::int64_t> ids;                      // only these rows; empty = no such filter
    std::string search;                                 // a LIKE pattern over title, description, file name
    std::map<std::string, std::string> element_of;      // criterion id -> key element id, for the element counts
    std::vector<std::string> criteria, elements;        // the values counted (each present, 0 when none)
};
struct EvidencePage {
    std::vector<Evidence> rows;  // with their criteria
    std::int64_t total = 0;
    // Rows per value of each filter, with every filter but its own and the search applied. One row
    // supporting several criteria counts once under each of them (and once per key element).
    std::map<std::string, std::int64_t> by_kind, by_criterion, by_element;
};
EvidencePage evidence_page(Db& db, const EvidencePageFilter& filter, const PageSlice& page);
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
// Every file hash some row names, in order, each once.
std::vector<std::string> named_file_hashes(Db& db);
// Of `ids`, those that are evidence of `organisation_id`.
std::vector<std::int64_t> evidence_of_organisation(Db& db, std::int64_t organisation_id, const std::vector<std::int64_t>& ids);

}  // namespace sk::store
