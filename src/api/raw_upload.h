// A file sent as the raw request body, its metadata in headers (core/upload_headers.h): the checks and
// the storing that evidence files, resource files and session attachments share. The bytes go to the
// content-addressed file store (store/file_store.h), whatever row then names them.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>

#include "api/context.h"
#include "core/upload_headers.h"

namespace sk::api {

// A checked file named by X-File-Name alone.
struct RawFile {
    std::string name;          // decoded, without path parts
    std::string content_type;  // decided from the bytes (core/file_type.h)
    std::int64_t size = 0;
};

// The header problems (fileName, title, description, criterionIds) as API field errors.
std::map<std::string, FieldError> upload_header_errors(const core::UploadHeaders& headers);

// The content type of a non-empty body; 415 file_type_not_allowed when it is no type we accept.
std::string allowed_content_type(const std::string& body);

// Reads a raw-body upload named by X-File-Name only (other headers are ignored): 422 with a message for
// a bad name and for an empty body, then 415 for a type not allowed.
RawFile read_raw_file(const Ctx& ctx);

// Stores `bytes` in the installation's file store and runs `record(sha256)` in a transaction it then
// commits (store::FileStore::add): the file and the rows naming it are kept together or not at all.
std::string store_raw_file(Ctx& ctx, const std::string& bytes, const std::function<void(const std::string& sha256)>& record);

}  // namespace sk::api
