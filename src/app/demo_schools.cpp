// The regional demo programme (app/demo_schools.h). How it is distributed, per school unless said:
//
//   school        a profile (name, unique 6-digit instellingsnummer, one of 50 municipalities in the five
//                 Flemish provinces, street, network, level: 4 in 10 primary, pupils) and an accepted
//                 registration with every field of the public form; a coordinator
//                 coordinatorN@regio.demo.stemkompas.be; a team member teamlidN@… for 1 in 3
//   registrations besides, 1 pending per 20 schools and 1 refused per 50, of schools not taking part
//   baseline      80 % submitted (a maturity 0-3 per school, each criterion one level around it); of the
//                 rest half started (5-15 answers, open)
//   final         37.5 % of the submitted baselines (30 % of the schools), each criterion a level up now and then
//   surveys       1 in 4 schools with a submitted baseline: teachers 5-8 responses (shown); pupils 6-10 (shown)
//                 or, every third such school, 2-4 (hidden below the threshold of 5); every fourth also
//                 3 leaders (hidden)
//   evidence      40 %: 1-3 links, each supporting 1-2 criteria, linked to the baseline's answers
//   companies     one per 10 schools (at least 2): a profile (sector, size, 1-3 key elements of
//                 expertise, capacity 1-10), an accepted mentor registration, a mentor mentorN@…
//   mentoring     half the schools get the next company with room left, confirmed (about 0.5 N of the
//                 0.55 N places)
//   label         every 5th school with a submitted baseline applies with it; in the order they apply the
//                 states go submitted, in review, decided, withdrawn, decided, in review, submitted,
//                 decided, in review, decided (so every state is there from 4 applications on); decided
//                 ones have every criterion reviewed, the label the rule gives, a certificate above none,
//                 and every second one consents to the showcase
//   sessions      a kick-off for 55 % of N (6 in 10 coordinators register: some are waitlisted) and one
//                 session per 100 schools (at least 3) of 15-44 places; 1 in 4 coordinators registers for
//                 one of them (the fuller ones get a waitlist)
//   award         the round of the demo programme's award phase (app/demo_award.h); every 25th school with a
//                 submitted baseline is a candidate, every fifth candidacy withdrawn
//   questions     one per 100 schools (at least 8) to the organiser: new, taken, answered, forwarded in turn,
//                 received over the last weeks (some overdue)
#include "app/demo_schools.h"

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <ostream>
#include <ctime>
#include <optional>
#include <cstdio>
#include <stdexcept>

#include "api/programme_input.h"
#include "api/registration_input.h"
#include "app/demo_award.h"
#include "app/demo_region.h"
#include "app/demo_results.h"
#include "core/secrets.h"
#include "core/survey_code.h"
#include "core/survey_stats.h"
#include "store/accounts.h"
#include "store/evidence.h"
#include "store/measurements.h"
#include "store/programmes.h"
#include "store/registrations.h"
#include "store/surveys.h"

namespace sk::app {

namespace demo {

const std::vector<std::string>& demo_criterion_ids() {
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> out;
        for (int i = 1; i <= 21; ++i) out.push_back((i < 10 ? "C0" : "C") + std::to_string(i));
        return out;
    }();
    return ids;
}

std::int64_t add_account(Region& r, const std::string& email, const std::string& name, std::int64_t organisation, const std::string& role) {
    const auto user = store::create_user(r.db, email, name, "nl", r.password_hash, r.now);
    store::add_membership(r.db, user, organisation, role, r.now);
    return user;
}

}  // namespace demo

namespace {

using demo::Region;
using demo::RegionSchool;
using demo::Rng;

constexpr int kChunk = 500;  // schools per transaction: few commits, a small WAL
constexpr const char* kLevels[] = {"not_yet", "competent", "proficient", "expert"};

constexpr const char* kComments[] = {
    "Dit bespraken we op de laatste personeelsvergadering.",
    "Loopt goed in de tweede graad, de eerste graad volgt.",
    "Werkpunt voor volgend schooljaar.",
    "Samen met de ouderraad opgezet.",
    "Nog afhankelijk van enkele enthousiaste leraren.",
    "Opgenomen in het schoolwerkplan.",
};
constexpr const char* kEvidenceTitles[] = {
    "STEM-visietekst",   "Verslag STEM-werkgroep", "Jaarplanning STEM-projecten", "Foto's STEM-dag",
    "Nascholingsplan",   "Samenwerkingsakkoord bedrijf", "Lessenreeks programmeren", "Evaluatiekader STEM-vaardigheden",
};
constexpr const char* kHeardFrom[] = {"newsletter", "website", "social_media", "colleague", "event", "organiser"};

api::SchoolRegistrationInput registration_form(const demo::SchoolIdentity& s, const std::string& contact, const std::string& email,
                                               int heard) {
    api::SchoolRegistrationInput f;
    f.contact_name = contact;
    f.contact_function = "STEM-coördinator";
    f.contact_email = email;
    f.contact_phone = "+32 470 00 00 00";
    f.school_name = s.name;
    f.institution_number = s.institution_number;
    f.street = s.street;
    f.postcode = s.place->postcode;
    f.municipality = s.place->municipality;
    f.province = s.place->province;
    f.network = s.network;
    f.level = s.level;
    f.pupils = s.pupils;
    f.heard_from = kHeardFrom[heard % 6];
    return f;
}

std::int64_t register_school(Region& r, const demo::SchoolIdentity& s, const std::string& contact, const std::string& email, int heard) {
    store::Registration reg;
    reg.programme_id = r.programme_id;
    reg.kind = "school";
    reg.organisation_name = s.name;
    reg.identifier = s.institution_number;
    reg.contact_name = contact;
    reg.contact_email = email;
    reg.language = "nl";
    reg.data = registration_form(s, contact, email, heard).data_json("nl");
    return store::create_registration(r.db, reg, r.now - 86400 * 60);
}

// Registrations of schools that are not in the programme: one pending per 20 schools, one refused per 50.
void add_other_registration(Region& r, int index, bool refused) {
    const int k = r.counts.registrations_pending + r.counts.registrations_refused;
    auto s = demo::school_identity(kDemoSchoolsMax + k);  // a name no participant has
    s.institution_number = std::to_string(500000 + (static_cast<std::int64_t>(k) * 7817) % 100000);  // never a participant's
    const auto contact = demo::person_name(demo::rng_for(demo::kRegistrationStream, k).next());
    const auto id = register_school(r, s, contact, "aanmelding" + std::to_string(k + 1) + "@" + kRegionEmailDomain, index);
    if (refused) {
        store::mark_refused(r.db, id, r.organiser_user, "Deze school valt buiten de regio van dit traject.", r.now - 86400 * 30);
        ++r.counts.registrations_refused;
    } else {
        ++r.counts.registrations_pending;
    }
}

std::vector<std::string> baseline_levels(Rng& rng) {
    static constexpr int kMaturity[] = {0, 1, 1, 1, 1, 2, 2, 2, 2, 3};  // 10 %, 40 %, 40 %, 10 % (out of 10)
    const int maturity = kMaturity[rng.below(10)];
    std::vector<std::string> out;
    for (std::size_t c = 0; c < demo::demo_criterion_ids().size(); ++c) {
        const int roll = rng.below(10);
        const int level = std::clamp(maturity + (roll < 2 ? -1 : roll > 7 ? 1 : 0), 0, 3);
        out.emplace_back(kLevels[level]);
    }
    return out;
}

// Answers the criteria (the first `answered` of them) of a new measurement; links the school's evidence to
// the criteria it supports.
std::int64_t fill_measurement(Region& r, const RegionSchool& s, const std::string& kind, const std::vector<std::string>& levels,
                              std::size_t answered, const std::map<std::string, std::vector<std::int64_t>>& evidence, Rng& rng) {
    const auto [id, created] =
        store::start_measurement(r.db, r.programme_id, s.id, kind, kDemoFrameworkId, kDemoFrameworkVersion, s.coordinator, r.now);
    const auto& ids = demo::demo_criterion_ids();
    for (std::size_t c = 0; c < answered; ++c) {
        const auto e = evidence.find(ids[c]);
        const std::string comment = rng.below(6) == 0 ? kComments[rng.below(6)] : "";
        store::save_answer_in(r.db, id, ids[c], levels[c], comment, 0, s.coordinator, r.now,
                              e == evidence.end() ? std::nullopt : std::optional(e->second));
    }
    return id;
}

void add_surveys(Region& r, const RegionSchool& s, const std::string& variant) {
    const int k = r.survey_schools++;
    auto rng = demo::rng_for(demo::kSurveyCodeStream, s.index);
    const auto survey = [&](const char* group, int responses, int bias) {
        std::string code;
        do code = demo::code_from(rng, core::kSurveyCodeLength);
        while (store::survey_code_taken(r.db, code));
        add_demo_survey(r.db, r.programme_id, s.id, s.coordinator, group, variant, code, responses, bias, r.now);
        ++r.counts.surveys;
        r.counts.surveys_shown += responses >= core::kMinGroupResponses;
        r.counts.survey_responses += responses;
    };
    survey("teachers", rng.between(5, 8), rng.between(1, 4));
    survey("students", k % 3 == 2 ? rng.between(2, 4) : rng.between(6, 10), rng.between(0, 3));
    if (k % 4 == 0) survey("leaders", 3, 3);
}

void add_school(Region& r, int index, std::vector<std::int64_t>& school_ids) {
    const int n = index + 1;
    const auto identity = demo::school_identity(index);
    auto rng = demo::rng_for(demo::kSchoolStream, index);
    RegionSchool s;
    s.index = index;
    s.name = identity.name;
    s.coordinator_name = demo::person_name(rng.next());

    // Registered through the public form two months ago, accepted by the organiser a month later.
    const auto registration = register_school(r, identity, s.coordinator_name, demo_coordinator_email(n), rng.below(6));
    s.id = store::create_organisation(r.db, identity.name, "school", r.now);
    store::save_school_profile(r.db, s.id,
                               {identity.institution_number, identity.street, identity.place->postcode, identity.place->municipality,
                                identity.place->province, identity.network, identity.level, identity.pupils});
    store::add_participant(r.db, r.programme_id, s.id, "school", r.now);
    store::mark_accepted(r.db, registration, r.organiser_user, s.id, r.now - 86400 * 30);
    s.coordinator = demo::add_account(r, demo_coordinator_email(n), s.coordinator_name, s.id, "coordinator");
    ++r.counts.schools;
    school_ids.push_back(s.id);
    if (rng.below(3) == 0) {
        s.team_member_name = demo::person_name(rng.next());
        demo::add_account(r, demo_team_member_email(n), s.team_member_name, s.id, "team_member");
        ++r.counts.team_members;
        if (!r.counts.first_team_member) r.counts.first_team_member = n;
    }
    if (index % 20 == 19) add_other_registration(r, index, false);
    if (index % 50 == 49) add_other_registration(r, index, true);

    std::map<std::string, std::vector<std::int64_t>> evidence_of;  // criterion -> evidence
    if (rng.percent(40)) {
        const int items = rng.between(1, 3);
        for (int e = 0; e < items; ++e) {
            store::NewEvidence ev;
            ev.organisation_id = s.id;
            ev.kind = "link";
            ev.title = kEvidenceTitles[rng.below(8)];
            ev.description = "Bewijsstuk van " + identity.name + ".";
            ev.url = "https://scholen." + std::string(kRegionEmailDomain) + "/" + identity.institution_number + "/bewijs-" + std::to_string(e + 1);
            const auto& ids = demo::demo_criterion_ids();
            ev.criterion_ids.push_back(ids[static_cast<std::size_t>(rng.below(21))]);
            if (rng.percent(50)) ev.criterion_ids.push_back(ids[static_cast<std::size_t>(rng.below(21))]);
            std::sort(ev.criterion_ids.begin(), ev.criterion_ids.end());
            ev.criterion_ids.erase(std::unique(ev.criterion_ids.begin(), ev.criterion_ids.end()), ev.criterion_ids.end());
            ev.created_by = s.coordinator;
            const auto id = store::create_evidence(r.db, ev, r.now);
            s.evidence.push_back(id);
            for (const auto& c : ev.criterion_ids) evidence_of[c].push_back(id);
            ++r.counts.evidence;
        }
    }

    const int baseline_roll = rng.below(100);
    if (baseline_roll < 80) {
        s.levels = baseline_levels(rng);
        s.baseline = fill_measurement(r, s, "baseline", s.levels, s.levels.size(), evidence_of, rng);
        store::mark_submitted(r.db, s.baseline, s.coordinator, r.now);
        ++r.counts.baselines_submitted;
        if (rng.below(8) < 3) {  // 37.5 % of 80 %: 30 % of the schools
            auto final_levels = s.levels;
            for (auto& l : final_levels)
                if (l != "expert" && rng.percent(40)) l = kLevels[std::find(std::begin(kLevels), std::end(kLevels), l) - std::begin(kLevels) + 1];
            const auto final_id = fill_measurement(r, s, "final", final_levels, final_levels.size(), {}, rng);
            store::mark_submitted(r.db, final_id, s.coordinator, r.now);
            ++r.counts.finals_submitted;
        }
        if (rng.percent(25)) add_surveys(r, s, identity.level);
    } else if (baseline_roll < 90) {
        fill_measurement(r, s, "baseline", baseline_levels(rng), static_cast<std::size_t>(rng.between(5, 15)), evidence_of, rng);
        ++r.counts.baselines_open;
    }

    if (rng.percent(50)) r.counts.matches_confirmed += demo::match_mentor(r, s);
    demo::register_for_sessions(r, s, rng);
    // Counted rather than drawn, so even a small programme has them.
    if (s.baseline && r.counts.baselines_submitted % 5 == 1) demo::apply_for_label(r, s);
    if (s.baseline && r.counts.baselines_submitted % 25 == 3) demo::add_candidacy(r, s, rng);
}

// The regional programme: the demo programme's phases and framework, room for every school taking part
// and every pending one, within the cap a programme takes.
std::int64_t create_region_programme(Region& r, int schools) {
    auto f = demo_programme(r.now);
    f.name = kRegionProgrammeName;
    f.region = "Vlaanderen";
    f.max_schools = std::min(schools + schools / 20, api::kMaxProgrammeSchools);
    f.description_nl = "Een regionale uitrol: alle deelnemende basis- en secundaire scholen van Vlaanderen werken een schooljaar lang "
                       "aan hun STEM-beleid, met mentoren uit bedrijven uit hun provincie.";
    f.description_en = "A regional roll-out: the participating primary and secondary schools of Flanders work on their STEM policy for "
                       "a school year, with mentors from companies in their province.";
    return store::create_programme(r.db, r.organiser_org, f, r.now);
}

}  // namespace

std::string demo_coordinator_email(int n) { return "coordinator" + std::to_string(n) + "@" + kRegionEmailDomain; }
std::string demo_team_member_email(int n) { return "teamlid" + std::to_string(n) + "@" + kRegionEmailDomain; }
std::string demo_mentor_email(int n) { return "mentor" + std::to_string(n) + "@" + kRegionEmailDomain; }

DemoSchoolsCounts load_demo_schools(store::Db& db, int schools, const std::string& password,
                                    const std::function<void(int done, int total)>& progress, std::int64_t now) {
    if (schools < 1 || schools > kDemoSchoolsMax)
        throw std::invalid_argument("--schools must be between 1 and " + std::to_string(kDemoSchoolsMax) + " (got " + std::to_string(schools) + ")");
    const auto organiser = store::find_organisation_by_name(db, kDemoOrganiserName, "organiser");
    const auto organiser_user = store::find_user_by_email(db, "organisator@demo.stemkompas.be");
    const auto reviewer_user = store::find_user_by_email(db, "reviewer@demo.stemkompas.be");
    if (!organiser || !organiser_user || !reviewer_user) throw std::runtime_error("the demo organiser is missing: load the demo data first");

    Region r(db);
    r.now = now ? now : std::time(nullptr);
    r.organiser_org = organiser->id;
    r.organiser_user = organiser_user->id;
    r.reviewer_user = reviewer_user->id;
    const auto existing = db.exec("SELECT id FROM programmes WHERE organiser_id = $1 AND name = $2", {organiser->id, std::string(kRegionProgrammeName)});
    if (!existing.empty()) {
        r.counts.programme_id = existing.one().i64(0);
        r.counts.schools = static_cast<int>(store::count_participants(db, r.counts.programme_id, "school"));
        if (r.counts.schools != schools)
            throw std::invalid_argument("this database already has the regional demo programme with " + std::to_string(r.counts.schools) +
                                        " schools; load " + std::to_string(schools) + " into a new database");
        return r.counts;
    }
    r.password_hash = core::hash_password(password);  // once: ~45 ms, every generated account shares it

    std::optional<store::Transaction> tx(std::in_place, db);
    r.programme_id = create_region_programme(r, schools);
    r.counts.programme_id = r.programme_id;
    r.counts.created = true;
    load_demo_award(db, r.programme_id, r.now);
    demo::add_companies(r, std::max(2, schools / 10));
    demo::add_sessions(r, schools);
    std::vector<std::int64_t> school_ids;
    for (int i = 0; i < schools; ++i) {
        if (i > 0 && i % kChunk == 0) {
            tx->commit();
            if (progress) progress(i, schools);
            tx.emplace(db);
        }
        add_school(r, i, school_ids);
    }
    demo::set_session_hosts(r, school_ids);
    demo::add_questions(r, std::max(8, schools / 100));
    tx->commit();
    if (progress) progress(schools, schools);
    return r.counts;
}

std::string describe(const DemoSchoolsCounts& c) {
    std::string out;
    const auto line = [&out](const std::string& what, int count, const std::string& note = "") {
        out += "  " + what + ": " + std::to_string(count) + (note.empty() ? "" : " (" + note + ")") + "\n";
    };
    line("schools", c.schools, "each with a profile, a coordinator and an accepted registration");
    line("team members", c.team_members);
    line("registrations pending", c.registrations_pending);
    line("registrations refused", c.registrations_refused);
    line("baselines submitted", c.baselines_submitted);
    line("baselines open", c.baselines_open);
    line("finals submitted", c.finals_submitted);
    line("surveys", c.surveys, std::to_string(c.surveys_shown) + " with 5 or more responses, " + std::to_string(c.survey_responses) + " responses");
    line("companies", c.companies, std::to_string(c.mentors) + " mentors, " + std::to_string(c.capacity) + " places");
    line("mentor pairs confirmed", c.matches_confirmed);
    line("evidence", c.evidence);
    std::string states;
    int applications = 0;
    for (const auto& [status, count] : c.label_applications) {
        states += (states.empty() ? "" : ", ") + status + " " + std::to_string(count);
        applications += count;
    }
    line("label applications", applications, states);
    line("sessions", c.sessions, std::to_string(c.session_registrations) + " registrations, " + std::to_string(c.session_waitlisted) + " waitlisted");
    line("award candidacies", c.candidacies, std::to_string(c.candidacies_withdrawn) + " withdrawn");
    line("questions", c.questions);
    return out;
}

void run_demo_schools(store::Db& db, int schools, std::ostream& out) {
    const auto start = std::chrono::steady_clock::now();
    const auto seconds = [&start] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    const auto counts = load_demo_schools(db, schools, kDemoPassword, [&](int done, int total) {
        if (total > kChunk) out << "  " << done << " / " << total << " schools (" << static_cast<int>(seconds()) << " s)" << std::endl;
    });
    if (!counts.created) {
        out << "The regional demo programme \"" << kRegionProgrammeName << "\" is there already (" << counts.schools << " schools); nothing changed.\n";
        return;
    }
    char elapsed[32];
    std::snprintf(elapsed, sizeof elapsed, "%.1f", seconds());
    out << "Regional demo programme \"" << kRegionProgrammeName << "\" (id " << counts.programme_id << ") built in " << elapsed << " s:\n"
        << describe(counts) << "Log-ins, all with the password " << kDemoPassword << ":\n"
        << "  organisator@demo.stemkompas.be (organiser: sees the programme)\n"
        << "  " << demo_coordinator_email(1) << " … " << demo_coordinator_email(counts.schools) << " (coordinator of school 1 … "
        << counts.schools << ")\n"
        << "  " << demo_mentor_email(1) << " … " << demo_mentor_email(counts.mentors) << " (mentor of company 1 … " << counts.mentors << ")\n";
    if (counts.first_team_member)
        out << "  teamlidN@" << kRegionEmailDomain << " (team member, 1 school in 3; the first: " << demo_team_member_email(counts.first_team_member)
            << ")\n";
}

}  // namespace sk::app
