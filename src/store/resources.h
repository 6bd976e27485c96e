// The resources library (migration 010): playbooks, best practices, session reports and other material,
// global or of one programme, with a link or a stored file, tagged with key elements and criteria.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store {

struct ResourceFields {
    std::optional<std::int64_t> programme_id;
    std::string kind;
    std::string title;
    std::string description;
    std::optional<std::string> url;
    std::vector<std::string> element_ids;
    std::vector<std::string> criterion_ids;
    bool published = false;
};

struct Resource : ResourceFields {
    std::int64_t id = 0;
    std::optional<std::int64_t> organiser_id;  // the organiser organisation that owns it (migration 015)
    std::optional<std::string> file_name, content_type, sha256;
    std::optional<std::int64_t> size;
    std::int64_t created_at = 0, updated_at = 0;
};

struct ResourceFilter {
    std::optional<std::string> query, element, criterion, kind;
    std::optional<std::int64_t> programme;
    // Not an organiser: only published ones that are global or of a programme the user takes part in.
    std::optional<std::int64_t> visible_to_user;
    // An organiser: every resource of their own organiser organisations, and the published global ones.
    std::optional<std::int64_t> organiser_user;
};

std::vector<Resource> list_resources(Db& db, const ResourceFilter& filter);
std::optional<Resource> find_resource(Db& db, std::int64_t id);
// `organiser_id`: the owner; a programme's resource belongs to that programme's organiser whatever is passed.
std::int64_t create_resource(Db& db, const ResourceFields& f, std::optional<std::int64_t> organiser_id, std::int64_t user_id,
                             std::int64_t now);
void update_resource(Db& db, std::int64_t id, const ResourceFields& f, std::int64_t now);
void set_resource_file(Db& db, std::int64_t id, const std::string& file_name, const std::string& content_type, std::int64_t size,
                       const std::string& sha256, std::int64_t now);
void delete_resource(Db& db, std::int64_t id);
// Whether `user_id` may see resource `r` without being an organiser.
bool resource_visible(Db& db, const Resource& r, std::int64_t user_id);

}  // namespace sk::store
