#include "support/job_fixtures.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <latch>
#include <thread>

#include "core/brussels_date.h"
#include "store/accounts.h"
#include "store/action_plan.h"
#include "store/questions.h"
#include "store/sessions.h"
#include "support/team_fixtures.h"

namespace sk::test {

namespace {

// "<tag>-07": names that no other call's names start with.
std::string numbered(const std::string& tag, int i) {
    char n[8];
    std::snprintf(n, sizeof n, "%02d", i);
    return tag + "-" + n;
}

// A six-digit institution number no school in the database has yet.
std::string next_institution_number(store::Db& db) {
    return std::to_string(800000 + db.exec("SELECT COUNT(*) FROM school_profiles").one().i64(0));
}

}  // namespace

void expect_each_once(const std::vector<SentMail>& sent, const std::vector<ExpectedMail>& expected, const std::string& context) {
    std::vector<bool> matched(sent.size(), false);
    for (const auto& e : expected) {
        int n = 0;
        for (std::size_t i = 0; i < sent.size(); ++i) {
            if (sent[i].to == e.to && sent[i].subject.find(e.marker) != std::string::npos) {
                ++n;
                matched[i] = true;
            }
        }
        EXPECT_EQ(n, 1) << context << ": mails to " << e.to << " about \"" << e.marker << "\"";
    }
    for (std::size_t i = 0; i < sent.size(); ++i)
        if (!matched[i]) ADD_FAILURE() << context << ": an unexpected mail to " << sent[i].to << ": " << sent[i].subject;
}

std::int64_t last_outbox_id(store::Db& db) { return db.exec("SELECT COALESCE(MAX(id), 0) FROM outbox").one().i64(0); }

std::vector<SentMail> outbox_after(store::Db& db, std::int64_t id) {
    std::vector<SentMail> out;
    for (const auto& r : db.exec("SELECT to_address, subject FROM outbox WHERE id > $1 ORDER BY id", {id}).rows)
        out.push_back({r.str(0), r.str(1)});
    return out;
}

std::pair<int, int> run_at_once(store::Db& a, store::Db& b, const std::function<int(store::Db&)>& job) {
    std::latch start(2);
    std::array<int, 2> result{};
    std::array<std::string, 2> error;
    auto run = [&](store::Db& db, int i) {
        start.arrive_and_wait();
        try {
            result[i] = job(db);
        } catch (const std::exception& e) {
            error[i] = e.what();
        }
    };
    std::thread ta(run, std::ref(a), 0);
    std::thread tb(run, std::ref(b), 1);
    ta.join();
    tb.join();
    for (int i = 0; i < 2; ++i)
        if (!error[i].empty()) ADD_FAILURE() << "the run on connection " << (i == 0 ? "A" : "B") << " failed: " << error[i];
    return {result[0], result[1]};
}

JobWorld::JobWorld(store::Db& db, int organisers) {
    organiser = store::create_organisation(db, "Jobs-organisator", "organiser", 1);
    for (int i = 1; i <= organisers; ++i) {
        organiser_emails.push_back("organisator" + std::to_string(i) + "@jobs.be");
        make_member(db, organiser, organiser_emails.back(), "organiser", false);
    }
    programme = make_programme(db, organiser, "Jobsprogramma");
    school = make_school(db, "Jobsschool", next_institution_number(db), "antwerpen", programme);
    make_member(db, school, "coordinator@jobs.be", "coordinator", false);
}

std::vector<ExpectedMail> add_due_session_reminders(store::Db& db, const JobWorld& w, std::int64_t now, const std::string& tag,
                                                    int sessions, int participants) {
    std::vector<ExpectedMail> out;
    const auto organiser = user_id(db, w.organiser_emails.at(0));
    for (int s = 1; s <= sessions; ++s) {
        store::SessionFields f;
        f.type = "inspiration";
        f.title = "Sessie " + numbered(tag, s);
        f.starts_at = now + 86400;
        f.ends_at = f.starts_at + 7200;
        f.capacity = participants;
        const auto session = store::create_session(db, w.programme, f, organiser, now);
        for (int p = 1; p <= participants; ++p) {
            const auto email = "deelnemer-" + numbered(tag, s) + "-" + std::to_string(p) + "@jobs.be";
            store::put_registration(db, session, make_member(db, w.school, email, "team_member", false), w.school, "registered", now);
            out.push_back({email, f.title});
        }
    }
    return out;
}

std::vector<ExpectedMail> add_overdue_questions(store::Db& db, const JobWorld& w, std::int64_t now, const std::string& tag, int questions) {
    std::vector<ExpectedMail> out;
    for (int q = 1; q <= questions; ++q) {
        store::NewQuestion n;
        n.organiser_id = w.organiser;
        n.name = "Vrager " + numbered(tag, q);
        n.email = "vrager-" + numbered(tag, q) + "@school.be";
        n.organisation = "Een school";
        n.topic = "registration";
        n.question = "Wanneer kunnen we ons aanmelden?";
        n.language = "nl";
        n.received_at = now - 3 * 86400;
        n.due_at = now - 60;
        const auto id = store::create_question(db, n);
        // The subject: "Te laat: vraag #<id> van <name>".
        for (const auto& o : w.organiser_emails) out.push_back({o, "#" + std::to_string(id) + " "});
    }
    return out;
}

std::vector<ExpectedMail> add_overdue_actions(store::Db& db, const JobWorld& w, std::int64_t now, const std::string& tag, int actions) {
    std::vector<ExpectedMail> out;
    const auto plan = store::plan_ensure(db, w.programme, w.school, now);
    store::GoalFields goal;
    goal.title = "Doel " + tag;
    goal.criterion_ids = {"C01"};
    goal.target_level = "proficient";
    const auto goal_id = store::plan_create_goal(db, plan.id, goal, now);
    for (int a = 1; a <= actions; ++a) {
        const auto email = "trekker-" + numbered(tag, a) + "@jobs.be";
        store::ActionFields f;
        f.title = "Actie " + numbered(tag, a);
        f.owner_user_id = make_member(db, w.school, email, "team_member", false);
        f.due_on = core::brussels_date(now - 86400);
        store::plan_create_action(db, goal_id, f, std::nullopt, now);
        out.push_back({email, f.title});
    }
    return out;
}

std::vector<ExpectedMail> add_phase_closing_in_7_days(store::Db& db, const JobWorld& w, std::int64_t now, const std::string& tag) {
    const auto programme =
        make_programme(db, w.organiser, "Fasenprogramma " + tag, 20, {{"baseline", "2020-01-01", core::brussels_date(now + 7 * 86400)}});
    const auto school = make_school(db, "Fasenschool " + tag, next_institution_number(db), "limburg", programme);
    const auto email = "coordinator-" + tag + "@fasen.be";
    make_member(db, school, email, "coordinator", false);
    return {{email, "Nulmeting sluit"}};  // "Herinnering: Nulmeting sluit over 7 dagen"
}

}  // namespace sk::test
