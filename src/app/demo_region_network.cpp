// The regional demo's companies and mentoring, learning-network sessions, award candidacies and "Ask us"
// questions (app/demo_region.h), each through its store.
#include <array>
#include <ctime>

#include "api/registration_input.h"
#include "app/demo_mentoring.h"
#include "app/demo_region.h"
#include "core/brussels_date.h"
#include "core/working_days.h"
#include "store/accounts.h"
#include "store/award.h"
#include "store/programmes.h"
#include "store/questions.h"
#include "store/registrations.h"

namespace sk::app::demo {

namespace {

constexpr std::array<const char*, 7> kElements = {"E1", "E2", "E3", "E4", "E5", "E6", "E7"};

struct SessionKind {
    const char* type;
    const char* title;
};
constexpr std::array<SessionKind, 4> kSessionKinds = {{
    {"growth", "Groeisessie: van visie naar actieplan"},
    {"focus_group", "Focusgroep evalueren van STEM-vaardigheden"},
    {"exchange", "Uitwisseling: samenwerken met bedrijven"},
    {"inspiration", "Inspiratiesessie: meisjes en STEM"},
}};

constexpr std::array<const char*, 7> kTopics = {"general", "registration", "measurement", "label", "network", "award", "other"};
constexpr std::array<const char*, 5> kQuestions = {
    "Tot wanneer kunnen we de nulmeting nog aanpassen?",
    "Mag een leerkracht van de eerste graad ook lid zijn van het team?",
    "Hoe kiezen jullie de mentor voor onze school?",
    "Welke bewijsstukken verwacht de reviewer voor het label?",
    "Is de inspiratiesessie ook toegankelijk voor onze directie?",
};

}  // namespace

void add_companies(Region& r, int count) {
    for (int k = 0; k < count; ++k) {
        const auto c = company_identity(k);
        auto rng = rng_for(kCompanyStream, k);
        api::MentorRegistrationInput form;
        form.company_name = c.name;
        form.enterprise_number = c.enterprise_number;
        for (char ch : c.enterprise_number)
            if (ch != '.') form.enterprise_digits += ch;
        form.sector = c.sector;
        form.province = c.place->province;
        form.company_size = c.size;
        form.contact_name = person_name(rng.next());
        form.contact_function = "HR-verantwoordelijke";
        form.contact_email = demo_mentor_email(k + 1);
        form.contact_phone = "+32 9 000 00 00";
        const int first = rng.below(7), more = rng.below(3);
        for (int e = 0; e <= more; ++e) form.expertise.push_back(kElements[static_cast<std::size_t>((first + e * 2) % 7)]);
        form.capacity = rng.between(1, 10);

        store::Registration reg;
        reg.programme_id = r.programme_id;
        reg.kind = "mentor";
        reg.organisation_name = c.name;
        reg.identifier = form.enterprise_digits;
        reg.contact_name = form.contact_name;
        reg.contact_email = form.contact_email;
        reg.data = form.data_json("nl");
        const auto registration = store::create_registration(r.db, reg, r.now - 86400 * 60);
        const auto id = store::create_organisation(r.db, c.name, "company", r.now);
        std::string expertise;
        for (const auto& e : form.expertise) expertise += (expertise.empty() ? "" : ",") + e;
        store::save_company_profile(r.db, id, {c.enterprise_number, c.sector, c.place->province, c.size, expertise, form.capacity});
        store::add_participant(r.db, r.programme_id, id, "company", r.now);
        store::mark_accepted(r.db, registration, r.organiser_user, id, r.now - 86400 * 30);
        add_account(r, form.contact_email, form.contact_name, id, "mentor");
        r.companies.push_back({id, static_cast<int>(form.capacity)});
        ++r.counts.companies;
        ++r.counts.mentors;
        r.counts.capacity += static_cast<int>(form.capacity);
    }
}

bool match_mentor(Region& r, const RegionSchool& s) {
    for (std::size_t tried = 0; tried < r.companies.size(); ++tried) {
        auto& c = r.companies[r.company_cursor];
        r.company_cursor = (r.company_cursor + 1) % r.companies.size();
        if (c.capacity_left == 0) continue;
        --c.capacity_left;
        load_demo_mentoring(r.db, r.programme_id, s.id, c.id, r.now);
        return true;
    }
    return false;
}

void add_sessions(Region& r, int schools) {
    const auto add = [&r](store::SessionFields f) {
        const auto id = store::create_session(r.db, r.programme_id, f, r.organiser_user, r.now);
        r.sessions.push_back({id, std::move(f), 0});
        ++r.counts.sessions;
    };
    store::SessionFields kickoff;
    kickoff.type = "inspiration";
    kickoff.title = "Kick-off regionaal STEM-traject";
    kickoff.description = "Voorstelling van het traject, de nulmeting en het lerend netwerk, met getuigenissen van gelabelde scholen.";
    kickoff.starts_at = demo_local_time("2026-09-24T14:00", r.now);  // next week (the story's today is 2026-09-15)
    kickoff.ends_at = demo_local_time("2026-09-24T17:00", r.now);
    kickoff.venue_name = "Provinciehuis Antwerpen";
    kickoff.address = "Koningin Elisabethlei 22, 2018 Antwerpen";
    kickoff.capacity = std::max(20, schools * 55 / 100);
    add(kickoff);
    const int others = std::max(3, schools / 100);
    for (int k = 0; k < others; ++k) {
        auto rng = rng_for(kSessionStream, k);
        const auto& kind = kSessionKinds[static_cast<std::size_t>(k) % kSessionKinds.size()];
        const auto& place = *school_identity(k).place;
        store::SessionFields f;
        f.type = kind.type;
        f.title = std::string(kind.title) + " (" + place.municipality + ")";
        f.description = "Een sessie van het lerend netwerk voor de scholen en mentoren uit de buurt.";
        f.starts_at = demo_local_time(*core::add_days("2027-01-12", k % 40 * 2) + "T13:30", r.now);  // in Brussels, every other day
        f.ends_at = f.starts_at + 3 * 3600;
        f.venue_name = "Refter van de gastschool";
        f.address = std::string("Schoolstraat 1, ") + place.postcode + " " + place.municipality;
        f.capacity = rng.between(15, 44);
        add(std::move(f));
    }
}

void register_for_sessions(Region& r, const RegionSchool& s, Rng& rng) {
    const auto put = [&](RegionSession& session) {
        const bool room = session.registered < session.fields.capacity;
        store::put_registration(r.db, session.id, s.coordinator, s.id, room ? "registered" : "waitlisted", r.now);
        session.registered += room;
        ++r.counts.session_registrations;
        r.counts.session_waitlisted += !room;
    };
    if (rng.percent(60)) put(r.sessions[0]);
    if (rng.percent(25)) put(r.sessions[1 + static_cast<std::size_t>(rng.below(static_cast<int>(r.sessions.size()) - 1))]);
}

void set_session_hosts(Region& r, const std::vector<std::int64_t>& school_ids) {
    for (std::size_t k = 1; k < r.sessions.size(); ++k) {
        auto& session = r.sessions[k];
        session.fields.host_school_id = school_ids[(k * 7919) % school_ids.size()];
        store::update_session(r.db, session.id, session.fields, r.now);
    }
}

void add_candidacy(Region& r, const RegionSchool& s, Rng& rng) {
    const auto round = store::award_find_round(r.db, r.programme_id);
    if (!round) return;
    store::AwardCandidacyInput in;
    in.pitch = "Op " + s.name + " werken alle vakgroepen samen aan STEM-projecten met bedrijven uit de buurt. "
               "Onze leerlingen ontwerpen elk jaar een oplossing voor een echte vraag van een bedrijf en stellen die voor op de STEM-dag.";
    if (rng.percent(50)) in.video_url = "https://video." + std::string(kRegionEmailDomain) + "/pitch-" + std::to_string(s.index + 1);
    in.team.push_back(s.coordinator_name);
    if (!s.team_member_name.empty()) in.team.push_back(s.team_member_name);
    for (std::size_t e = 0; e < s.evidence.size() && e < 2; ++e) in.evidence_ids.push_back(s.evidence[e]);
    const auto id = store::award_create_candidacy(r.db, round->id, s.id, in, s.coordinator, r.now);
    if (++r.counts.candidacies % 5 == 0) {
        store::award_withdraw_candidacy(r.db, id, r.now);
        ++r.counts.candidacies_withdrawn;
    }
}

void add_questions(Region& r, int count) {
    for (int k = 0; k < count; ++k) {
        auto rng = rng_for(kQuestionStream, k);
        store::NewQuestion q;
        q.organiser_id = r.organiser_org;
        q.name = person_name(rng.next());
        q.email = "vraag" + std::to_string(k + 1) + "@" + kRegionEmailDomain;
        q.organisation = school_identity(k).name;
        q.topic = kTopics[static_cast<std::size_t>(k) % kTopics.size()];
        q.question = kQuestions[static_cast<std::size_t>(rng.below(static_cast<int>(kQuestions.size())))];
        q.language = k % 5 == 4 ? "en" : "nl";
        q.received_at = r.now - 1800 - static_cast<std::int64_t>(k % 60) * 9 * 3600;  // over the last three weeks
        q.due_at = core::answer_due(q.received_at);
        const auto id = store::create_question(r.db, q);
        const auto at = [&](int seconds) { return std::min(r.now, q.received_at + seconds); };
        switch (k % 4) {
            case 0: break;  // new
            case 1: store::take_question(r.db, id, r.organiser_user, at(3600)); break;
            case 2:
                store::take_question(r.db, id, r.organiser_user, at(3600));
                store::answer_question(r.db, id, r.organiser_user, "Dank voor je vraag. Je vindt het antwoord in de handleiding bij het traject.",
                                       at(7200));
                break;
            case 3:
                store::forward_question(r.db, id, r.organiser_user, "stem@provincie.example.be", "Voor de provinciale STEM-academie.", at(5400));
                break;
        }
        ++r.counts.questions;
    }
}

}  // namespace sk::app::demo
