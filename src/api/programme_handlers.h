// Shared by the files of the programme routes (programmes_api.cpp, registration_forms_api.cpp,
// review_queue_api.cpp): the JSON shapes of docs/api.md and the handlers add_programme_routes() adds.
#pragma once

#include <boost/json.hpp>

#include "api/context.h"
#include "store/programmes.h"
#include "store/registrations.h"

namespace sk::api::programmes {

// `Programme` of docs/api.md; `pendingCount` only when `organiser`.
boost::json::object programme_json(const store::Programme& p, bool organiser);
// One registration of the review queue, with its submitted `data`.
boost::json::object registration_json(const store::Registration& r);
// The programme, or ApiError 404.
store::Programme load_programme(Ctx& ctx, std::int64_t id);
ApiError programme_full();  // 409 programme_full
core::Language language_of(const std::string& code);  // nl when unknown

// registration_forms_api.cpp: the public forms.
http::Response register_school(Ctx& ctx);
http::Response register_mentor(Ctx& ctx);
// review_queue_api.cpp: the organisers' queue.
http::Response list_registrations(Ctx& ctx);
http::Response accept(Ctx& ctx);
http::Response refuse(Ctx& ctx);

}  // namespace sk::api::programmes
