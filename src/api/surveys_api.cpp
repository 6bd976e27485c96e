// Anonymous surveys beside a school's measurement (docs/api.md, "Self-assessment" -> "Surveys").
// The coordinator opens one survey per measurement kind and respondent group and shares its code;
// respondents answer without an account. Who sees the list: the school's members and the programme's
// organisers; who opens, closes and reopens: the school's coordinators. A response stores no identity.
// Whoever sees a survey's link also gets it as a QR code (SVG) and on a printable A4 poster (PDF).
#include <algorithm>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "api/authz.h"
#include "api/context.h"
#include "api/file_response.h"
#include "api/json_input.h"
#include "core/brussels_date.h"
#include "core/secrets.h"
#include "core/survey_code.h"
#include "core/survey_statements.h"
#include "store/accounts.h"
#include "store/auth_tokens.h"
#include "store/programmes.h"
#include "store/surveys.h"
#include "render/pdf_file.h"
#include "render/qr_code.h"
#include "render/survey_poster_pdf.h"

namespace sk::api {

namespace {

constexpr std::int64_t kTokenSeconds = 2 * 3600;      // a questionnaire may stay open on a phone this long
constexpr std::int64_t kResponseWindow = 3600;        // rate limit: responses per address per survey per hour
constexpr std::int64_t kMaxResponsesPerAddress = 60;  // a class on one school network fits easily

[[noreturn]] void throw_error(int status, const std::string& code) {
    ApiError e{status, code, {}, {}, {}};
    throw e;
}

// What respondents open: the link in the survey's JSON, its QR code and its poster.
std::string survey_link(const Ctx& ctx, const std::string& code) { return ctx.services.base_url + "/s/" + code; }

boost::json::object survey_json(const Ctx& ctx, const store::Survey& s) {
    return {{"id", s.id},
            {"programmeId", s.programme_id},
            {"organisationId", s.organisation_id},
            {"kind", s.kind},
            {"group", s.group},
            {"status", s.status},
            {"code", s.code},
            {"link", survey_link(ctx, s.code)},
            {"responses", s.responses},
            {"createdAt", s.created_at},
            {"closedAt", s.closed_at ? boost::json::value(*s.closed_at) : boost::json::value(nullptr)}};
}

http::Response survey_response(Ctx& ctx, int status, std::int64_t id) {
    auto s = store::find_survey(ctx.db, id);
    if (!s) throw ApiError::not_found();
    return json_response(status, boost::json::serialize(survey_json(ctx, *s)));
}

struct School {
    store::Programme programme;
    store::Organisation organisation;
};

// The programme and school of the path; 404 when either does not exist or the school does not take
// part in the programme (checked after the caller's right to look, so outsiders learn nothing).
School load_survey_school(Ctx& ctx) {
    ctx.user();
    auto programme = store::find_programme(ctx.db, id_param(ctx, "id"));
    if (!programme) throw ApiError::not_found();
    auto org = store::find_organisation(ctx.db, id_param(ctx, "orgId"));
    if (!org) throw ApiError::not_found();
    return {*programme, *org};
}

bool takes_part(Ctx& ctx, const School& s) {
    return s.organisation.kind == "school" && store::is_participant(ctx.db, s.programme.id, s.organisation.id);
}

// School members (of a school taking part) and the programme's organisers.
void require_view(Ctx& ctx, const School& s) {
    const bool organiser = is_programme_organiser(ctx, s.programme.id);
    const bool member = has_role(ctx, s.organisation.id, "coordinator") || has_role(ctx, s.organisation.id, "team_member");
    require(organiser || member);
    if (!takes_part(ctx, s)) throw organiser ? ApiError::not_found() : ApiError::forbidden();
}

// The school's coordinators, while the school takes part in the programme.
void require_coordinator(Ctx& ctx, std::int64_t programme_id, std::int64_t organisation_id) {
    require(has_role(ctx, organisation_id, "coordinator") && store::is_participant(ctx.db, programme_id, organisation_id));
}

http::Response list_surveys(Ctx& ctx) {
    const auto school = load_survey_school(ctx);
    require_view(ctx, school);
    boost::json::array out;
    for (const auto& s : store::list_surveys(ctx.db, school.programme.id, school.organisation.id)) out.push_back(survey_json(ctx, s));
    return json_response(200, boost::json::serialize(boost::json::object{{"surveys", std::move(out)}}));
}

std::string school_level(Ctx& ctx, std::int64_t organisation_id) {
    auto r = ctx.db.exec("SELECT level FROM school_profiles WHERE organisation_id = $1", {organisation_id});
    return !r.empty() && r.one().str(0) == "primary" ? "primary" : "secondary";
}

http::Response open_survey(Ctx& ctx) {
    const auto school = load_survey_school(ctx);
    require_coordinator(ctx, school.programme.id, school.organisation.id);
    JsonInput in(ctx.req.body);
    auto kind = in.one_of("kind", {"baseline", "final"}, "field.survey_kind");
    auto group = in.one_of("group", {"leaders", "teachers", "students", "mentor"}, "field.survey_group");
    in.done();

    const auto& fw = school.programme.fields;
    if (!ctx.services.survey_statements || !ctx.services.survey_statements->find(fw.framework_id, fw.framework_version))
        throw_error(409, "survey_statements_missing");

    store::NewSurvey n{school.programme.id, school.organisation.id, *kind, *group, school_level(ctx, school.organisation.id),
                       fw.framework_id, fw.framework_version, "", ctx.user().id};
    store::Transaction tx(ctx.db);
    if (store::survey_exists(ctx.db, n.programme_id, n.organisation_id, n.kind, n.group)) throw_error(409, "survey_exists");
    // 31^8 codes: a clash is rare, but checked rather than left to the unique index, which would abort
    // the transaction on PostgreSQL.
    do n.code = core::new_survey_code();
    while (store::survey_code_taken(ctx.db, n.code));
    std::int64_t id = 0;
    try {
        id = store::create_survey(ctx.db, n, ctx.now());
    } catch (const store::DbError& e) {
        // Two coordinators opening the same survey at once: the unique key settles it.
        if (e.kind() == store::DbError::Kind::unique_violation) throw_error(409, "survey_exists");
        throw;
    }
    tx.commit();
    return survey_response(ctx, 201, id);
}

http::Response set_status(Ctx& ctx, const std::string& status) {
    ctx.user();
    auto s = store::find_survey(ctx.db, id_param(ctx, "surveyId"));
    if (!s) throw ApiError::not_found();
    require_coordinator(ctx, s->programme_id, s->organisation_id);
    if (s->status != status) {
        store::Transaction tx(ctx.db);
        store::set_survey_status(ctx.db, s->id, status, ctx.now());
        tx.commit();
    }
    return survey_response(ctx, 200, s->id);
}

// ---- the link as a QR code and a poster: whoever may list the school's surveys -----------------------

struct ViewableSurvey {
    store::Survey survey;
    School school;
};

// The survey of the path, for someone who may see its school's surveys (require_view); 404 when unknown.
ViewableSurvey viewable_survey(Ctx& ctx) {
    ctx.user();
    auto s = store::find_survey(ctx.db, id_param(ctx, "surveyId"));
    if (!s) throw ApiError::not_found();
    auto programme = store::find_programme(ctx.db, s->programme_id);
    auto org = store::find_organisation(ctx.db, s->organisation_id);
    if (!programme || !org) throw ApiError::not_found();
    School school{*programme, *org};
    require_view(ctx, school);
    return {*s, std::move(school)};
}

// GET /api/surveys/{surveyId}/qr.svg: the link's QR code, for the survey page's <img>.
http::Response survey_qr_svg(Ctx& ctx) {
    const auto v = viewable_survey(ctx);
    const auto link = survey_link(ctx, v.survey.code);
    return http::Response::text(200, render::qr_svg(render::encode_qr(link), "QR code: " + link), "image/svg+xml");
}

// GET /api/surveys/{surveyId}/poster.pdf?lang=nl|en
http::Response survey_poster_pdf(Ctx& ctx) {
    const auto v = viewable_survey(ctx);
    const auto lang = require_query_language(ctx);
    render::SurveyPosterData d;
    d.lang = lang;
    d.school_name = v.school.organisation.name;
    d.programme_name = v.school.programme.fields.name;
    d.group = v.survey.group;
    d.kind = v.survey.kind;
    d.code = v.survey.code;
    d.link = survey_link(ctx, v.survey.code);
    d.code_page = ctx.services.base_url + "/s";
    const std::string name = std::string(lang == core::Language::en ? "survey-poster-" : "affiche-vragenlijst-") + v.survey.code + ".pdf";
    return temp_file_response(
        ctx, ".pdf", [&](const std::string& path) { render::write_pdf_file(path, [&](std::FILE* out) { render::render_survey_poster_pdf(d, out); }); },
        "application/pdf", name);
}

http::Response close_survey(Ctx& ctx) { return set_status(ctx, "closed"); }
http::Response reopen_survey(Ctx& ctx) { return set_status(ctx, "open"); }

// ---- public: answering without an account ----------------------------------------------------------

store::Survey open_survey_by_code(Ctx& ctx) {
    const auto code = core::normalize_survey_code(ctx.req.param("code"));
    if (!code) throw ApiError::not_found();
    auto s = store::find_survey_by_code(ctx.db, *code);
    if (!s) throw ApiError::not_found();
    if (s->status != "open") throw_error(410, "survey_closed");
    return *s;
}

const core::SurveyStatements& statements_of(Ctx& ctx, const store::Survey& s) {
    const auto* set = ctx.services.survey_statements;
    const auto* statements = set ? set->find(s.framework_id, s.framework_version) : nullptr;
    // Surveys are only opened for a framework version with statements, and loaded files do not go away
    // without a failed start-up, so this is a server fault, not a user's.
    if (!statements) throw std::runtime_error("no survey statements for " + s.framework_id + " " + s.framework_version);
    return *statements;
}

http::Response questionnaire(Ctx& ctx) {
    const auto s = open_survey_by_code(ctx);
    const auto& statements = statements_of(ctx, s);
    auto lang = ctx.lang;
    if (auto it = ctx.req.query.find("lang"); it != ctx.req.query.end())
        if (auto l = core::parse_language(it->second)) lang = *l;

    const auto* fw_entry = ctx.services.frameworks ? ctx.services.frameworks->find(s.framework_id, s.framework_version) : nullptr;
    const std::string wording = core::statement_wording(s.group, s.variant);
    boost::json::array items;
    // The key elements the statements belong to, in the order they first appear: the questionnaire's part
    // headings (the respondent's page needs no framework download for them).
    boost::json::array elements;
    std::vector<std::string> seen;
    for (const auto& c : statements.criteria) {
        const auto* criterion = fw_entry ? fw_entry->framework->find_criterion(c.criterion_id) : nullptr;
        const std::string element_id = criterion ? criterion->element_id : std::string();
        items.push_back(boost::json::object{{"criterionId", c.criterion_id},
                                            {"elementId", element_id},
                                            {"text", c.in(wording).in(lang)}});
        if (element_id.empty() || std::find(seen.begin(), seen.end(), element_id) != seen.end()) continue;
        seen.push_back(element_id);
        if (const auto* element = fw_entry->framework->find_element(element_id))
            elements.push_back(boost::json::object{{"elementId", element_id}, {"name", element->name.in(lang)}});
    }
    boost::json::array scale;
    for (std::size_t i = 0; i < statements.scale.size(); ++i)
        scale.push_back(boost::json::object{{"score", static_cast<std::int64_t>(i + 1)}, {"label", statements.scale[i].in(lang)}});
    scale.push_back(boost::json::object{{"score", nullptr}, {"label", statements.dont_know.in(lang)}});

    const std::string token = core::random_token();
    store::create_survey_token(ctx.db, core::token_digest(token), s.id, ctx.now() + kTokenSeconds);

    auto org = store::find_organisation(ctx.db, s.organisation_id);
    boost::json::object out{{"code", s.code},
                            {"schoolName", org ? org->name : std::string()},
                            {"group", s.group},
                            {"variant", s.variant},
                            {"language", core::language_code(lang)},
                            {"statements", std::move(items)},
                            {"elements", std::move(elements)},
                            {"scale", std::move(scale)},
                            {"token", token}};
    return json_response(200, boost::json::serialize(out));
}

struct ResponseInput {
    std::string token;
    core::SurveyResponse answers;
};

// Every statement answered (1..5 or null), nothing else; one message per bad field
// ("answers.C04": choose a score from 1 to 5).
ResponseInput read_response(Ctx& ctx, const core::SurveyStatements& statements) {
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(ctx.req.body, ec);
    if (ec) throw ApiError{400, "malformed_json", {}, {}, {}};
    if (!v.is_object()) throw ApiError{400, "malformed_json", {{"body", FieldError{"field.not_object", {}}}}, {}, {}};
    const auto& body = v.as_object();
    std::map<std::string, FieldError> errors;
    ResponseInput out;
    for (const auto& kv : body)
        if (kv.key() != "token" && kv.key() != "answers") errors[std::string(kv.key())] = {"field.unknown", {}};
    const auto* token = body.if_contains("token");
    if (!token || token->is_null() || (token->is_string() && token->as_string().empty()))
        errors["token"] = {"field.required", {}};
    else if (!token->is_string())
        errors["token"] = {"field.not_text", {}};
    else
        out.token = std::string(token->as_string());

    const auto* answers_v = body.if_contains("answers");
    const auto* answers = answers_v ? answers_v->if_object() : nullptr;
    if (!answers_v || answers_v->is_null()) {
        errors["answers"] = {"field.required", {}};
    } else if (!answers) {
        errors["answers"] = {"field.survey_answers", {}};
    } else {
        for (const auto& kv : *answers)
            if (!statements.find(kv.key())) errors["answers." + std::string(kv.key())] = {"field.unknown", {}};
        for (const auto& c : statements.criteria) {
            const std::string field = "answers." + c.criterion_id;
            const auto* a = answers->if_contains(c.criterion_id);
            if (!a) {
                errors[field] = {"field.survey_answer_missing", {}};
            } else if (a->is_null()) {
                out.answers[c.criterion_id] = std::nullopt;
            } else if (a->is_int64() && a->as_int64() >= 1 && a->as_int64() <= 5) {
                out.answers[c.criterion_id] = static_cast<int>(a->as_int64());
            } else if (a->is_uint64() && a->as_uint64() >= 1 && a->as_uint64() <= 5) {
                out.answers[c.criterion_id] = static_cast<int>(a->as_uint64());
            } else {
                errors[field] = {"field.survey_score", {}};
            }
        }
    }
    if (!errors.empty()) throw ApiError::validation(std::move(errors));
    return out;
}

http::Response respond(Ctx& ctx) {
    const auto s = open_survey_by_code(ctx);
    const auto now = ctx.now();
    // The address only names a rate-limit bucket (kept for a day, see jobs/maintenance.cpp), never a response.
    const std::string bucket = "survey:" + std::to_string(s.id) + ":address:" + ctx.req.remote_address;
    if (store::rate_limit_count(ctx.db, bucket, now, kResponseWindow) >= kMaxResponsesPerAddress)
        throw ApiError::rate_limited(now, kResponseWindow);
    // Validated before the token is spent, so a respondent can correct a mistake and send again.
    const auto input = read_response(ctx, statements_of(ctx, s));

    store::Transaction tx(ctx.db);
    if (store::find_survey(ctx.db, s.id)->status != "open") throw_error(410, "survey_closed");  // closed meanwhile
    if (!store::consume_survey_token(ctx.db, core::token_digest(input.token), s.id, now)) throw_error(409, "survey_token_invalid");
    store::insert_survey_response(ctx.db, s.id, core::brussels_date(now), input.answers);
    store::rate_limit_hit(ctx.db, bucket, now, kResponseWindow);
    tx.commit();
    return json_response(201, "{}");
}

}  // namespace

void add_survey_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/schools/{orgId}/surveys", list_surveys);
    r.add("POST", "/api/programmes/{id}/schools/{orgId}/surveys", open_survey);
    r.add("POST", "/api/surveys/{surveyId}/close", close_survey);
    r.add("POST", "/api/surveys/{surveyId}/reopen", reopen_survey);
    r.add("GET", "/api/surveys/{surveyId}/qr.svg", survey_qr_svg);
    r.add("GET", "/api/surveys/{surveyId}/poster.pdf", survey_poster_pdf);
    r.add("GET", "/api/public/surveys/{code}", questionnaire);
    r.add("POST", "/api/public/surveys/{code}/responses", respond);
}

}  // namespace sk::api
