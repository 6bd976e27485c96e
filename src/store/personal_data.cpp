#include "store/personal_data.h"

#include <variant>

namespace sk::store {

const std::vector<PersonalRows>& personal_rows() {
    static const std::vector<PersonalRows> rows = {
        // The account and what comes with it.
        {"memberships", "memberships", "user_id", false, "", {"id", "organisation_id", "role", "team_function", "created_at"},
         "Your roles in organisations (schools, companies, organisers).",
         "Je rollen in organisaties (scholen, bedrijven, organisatoren)."},
        {"sign-ins", "sessions", "user_id", false, "", {"id", "created_at", "expires_at", "last_seen_at", "idle_seconds"},
         "Your signed-in sessions (the token itself is never stored).",
         "Je aanmeldsessies (de sleutel zelf wordt nooit bewaard)."},
        {"one-time-links", "one_time_tokens", "user_id", false, "", {"id", "purpose", "created_at", "expires_at", "used_at"},
         "Password-reset and invitation links sent to you (only whether and when they were used).",
         "Links om een wachtwoord te kiezen of een uitnodiging te aanvaarden (alleen of en wanneer ze gebruikt zijn)."},
        {"calendar-feed", "ical_feeds", "user_id", false, "", {"generation", "created_at"}, "Your private calendar feed.",
         "Je persoonlijke agenda-feed."},
        {"api-tokens", "api_tokens", "user_id", false, "", {"id", "name", "scope", "created_at", "expires_at", "revoked_at", "last_used_at"},
         "Your API tokens for scripts (the token itself is never stored).",
         "Je API-tokens voor scripts (het token zelf wordt nooit bewaard)."},
        {"invitations", "invitations", "user_id", false, "",
         {"id", "organisation_id", "role", "team_function", "award_round_id", "email", "created_at", "expires_at", "accepted_at",
          "declined_at", "revoked"},
         "Invitations to join an organisation or a jury, addressed to you.",
         "Uitnodigingen aan jou, voor een organisatie of een jury."},
        {"invitations-sent", "invitations", "invited_by", false, "",
         {"id", "organisation_id", "role", "email", "created_at", "accepted_at", "declined_at", "revoked"},
         "Invitations you sent to others.",
         "Uitnodigingen die jij naar anderen stuurde."},
        // What you wrote or decided in the trajectory.
        {"measurements-started", "measurements", "created_by", false, "", {"id", "programme_id", "organisation_id", "kind", "created_at"},
         "Measurements you started for your school.",
         "Metingen die jij voor je school startte."},
        {"measurements-submitted", "measurements", "submitted_by", false, "", {"id", "programme_id", "organisation_id", "kind", "submitted_at"},
         "Measurements you submitted.",
         "Metingen die jij indiende."},
        {"measurement-answers", "measurement_answers", "updated_by", false, "",
         {"measurement_id", "criterion_id", "level", "comment", "updated_at"}, "Answers to the self-assessment you last changed.",
         "Antwoorden in de zelfevaluatie die jij het laatst wijzigde."},
        {"surveys-opened", "surveys", "created_by", false, "", {"id", "programme_id", "organisation_id", "kind", "respondent_group", "created_at"},
         "Surveys you opened. Survey responses themselves are anonymous and are never linked to anyone.",
         "Vragenlijsten die jij opende. De antwoorden zelf zijn anoniem en aan niemand gekoppeld."},
        {"evidence", "evidence", "created_by", false, "",
         {"id", "organisation_id", "kind", "title", "description", "url", "file_name", "content_type", "size", "created_at", "updated_at"},
         "Evidence you added to your school's library (the files stay with the school).",
         "Bewijsstukken die jij aan de bibliotheek van je school toevoegde (de bestanden blijven bij de school)."},
        {"label-applications-submitted", "label_applications", "submitted_by", false, "",
         {"id", "programme_id", "organisation_id", "status", "submitted_at"}, "STEM label applications you submitted.",
         "Aanvragen voor het STEM-label die jij indiende."},
        {"label-applications-reviewed", "label_applications", "reviewer_id", false, "",
         {"id", "programme_id", "organisation_id", "status", "assigned_at", "due_on", "proposed_label"},
         "STEM label applications assigned to you as reviewer.",
         "Aanvragen voor het STEM-label die jij als beoordelaar kreeg."},
        {"label-applications-decided", "label_applications", "decided_by", false, "",
         {"id", "programme_id", "organisation_id", "decided_label", "override_reason", "decided_at"}, "STEM label decisions you took.",
         "Beslissingen over het STEM-label die jij nam."},
        {"label-reviews", "label_reviews", "updated_by", false, "", {"application_id", "criterion_id", "accepted_level", "feedback", "updated_at"},
         "Your review per criterion.",
         "Je beoordeling per criterium."},
        {"showcase-consents", "showcase_consents", "consented_by", false, "", {"organisation_id", "consented_at"},
         "Your consent to show your school on the public showcase.",
         "Je toestemming om je school in de etalage te tonen."},
        {"plan-goals-owned", "action_goals", "owner_user_id", false, "", {"id", "plan_id", "title", "status", "start_on", "end_on"},
         "Goals of an action plan you are responsible for.",
         "Doelen van een actieplan waarvoor jij verantwoordelijk bent."},
        {"plan-actions-owned", "action_items", "owner_user_id", false, "", {"id", "goal_id", "title", "due_on", "status", "completed_at"},
         "Actions of an action plan you are responsible for.",
         "Acties van een actieplan waarvoor jij verantwoordelijk bent."},
        {"plan-comments", "action_comments", "author_id", false, "", {"id", "goal_id", "author_name", "author_role", "body", "created_at"},
         "Comments you wrote on action-plan goals.",
         "Reacties die jij bij doelen van een actieplan schreef."},
        {"plan-suggestions-dismissed", "action_plan_dismissals", "dismissed_by", false, "", {"plan_id", "criterion_id", "dismissed_at"},
         "Suggestions for the action plan you set aside.",
         "Voorstellen voor het actieplan die jij opzijlegde."},
        {"plan-history", "action_plan_history", "actor_id", false, "", {"id", "plan_id", "actor_name", "at", "kind", "target", "target_title"},
         "Changes you made to an action plan.",
         "Wijzigingen die jij in een actieplan aanbracht."},
        {"working-groups-made", "working_groups", "created_by", false, "", {"id", "programme_id", "title", "created_at"},
         "Working groups you set up.",
         "Werkgroepen die jij opzette."},
        {"sessions-made", "network_sessions", "created_by", false, "", {"id", "programme_id", "title", "starts_at", "created_at"},
         "Learning-network sessions you created.",
         "Sessies van het lerend netwerk die jij aanmaakte."},
        {"session-registrations", "session_registrations", "user_id", false, "",
         {"id", "session_id", "organisation_id", "status", "registered_at", "attended"}, "Your registrations for learning-network sessions.",
         "Je inschrijvingen voor sessies van het lerend netwerk."},
        {"session-reminders", "session_reminders_sent", "user_id", false, "", {"session_id", "sent_at"},
         "Reminders of sessions sent to you.",
         "Herinneringen aan sessies die je kreeg."},
        {"session-attachments", "session_attachments", "created_by", false, "", {"id", "session_id", "file_name", "content_type", "size", "created_at"},
         "Files you attached to a session.",
         "Bestanden die jij bij een sessie voegde."},
        {"resources-made", "resources", "created_by", false, "", {"id", "programme_id", "kind", "title", "created_at"},
         "Resources you added to the library.",
         "Materiaal dat jij aan de bibliotheek toevoegde."},
        {"playbook-requests-approved", "playbook_requests", "approved_by", false, "", {"id", "organisation", "approved_at"},
         "Playbook requests you approved.",
         "Aanvragen voor het draaiboek die jij goedkeurde."},
        {"questions-taken", "questions", "taken_by", false, "", {"id", "topic", "taken_at"}, "Questions you took on to answer.",
         "Vragen die jij op je nam."},
        {"questions-answered", "questions", "answered_by", false, "", {"id", "topic", "answer", "answered_at"}, "Questions you answered.",
         "Vragen die jij beantwoordde."},
        {"questions-forwarded", "questions", "forwarded_by", false, "", {"id", "topic", "forwarded_to", "forward_note", "forwarded_at"},
         "Questions you forwarded.",
         "Vragen die jij doorstuurde."},
        {"mentor-matches-confirmed", "mentor_matches", "confirmed_by", false, "", {"id", "programme_id", "school_id", "company_id", "confirmed_at"},
         "Mentor matches you confirmed.",
         "Mentorkoppelingen die jij bevestigde."},
        {"mentor-meetings", "mentor_meetings", "created_by", false, "", {"id", "programme_id", "school_id", "held_on", "attendees", "notes", "created_at"},
         "Mentor meetings you logged.",
         "Mentorgesprekken die jij in het logboek zette."},
        {"award-candidacies", "award_candidacies", "submitted_by", false, "", {"id", "round_id", "organisation_id", "status", "submitted_at"},
         "Award candidacies you submitted.",
         "Kandidaturen voor de award die jij indiende."},
        {"jury-memberships", "award_jurors", "user_id", false, "", {"round_id", "company_org_id", "invited_at"}, "Award juries you sit on.",
         "Jury's van de award waarin jij zetelt."},
        {"jurors-invited", "award_jurors", "invited_by", false, "", {"round_id", "user_id", "invited_at"}, "Jurors you invited.",
         "Juryleden die jij uitnodigde."},
        {"jury-recusals", "award_recusals", "juror_id", false, "", {"round_id", "candidacy_id", "reason", "automatic", "created_at"},
         "Candidacies you did not judge, and why.",
         "Kandidaturen die jij niet beoordeelde, en waarom."},
        {"jury-scores", "award_scores", "juror_id", false, "", {"round_id", "candidacy_id", "criterion_id", "score", "comment", "updated_at"},
         "Your scores as a juror.",
         "Je scores als jurylid."},
        {"registrations-decided", "registrations", "decided_by", false, "", {"id", "programme_id", "kind", "organisation_name", "status", "decided_at"},
         "Registrations of schools and companies you decided on.",
         "Inschrijvingen van scholen en bedrijven waarover jij besliste."},
        {"deletion-requests", "deletion_requests", "user_id", false, "", {"id", "requested_at", "reason", "status", "handled_at"},
         "Your requests to have your account erased.",
         "Je vragen om je account te wissen."},
        // The audit trail.
        {"audit-by-you", "audit_log", "actor_id", false, "", {"id", "programme_id", "action", "object_type", "object_id", "created_at"},
         "What you changed, as the audit trail records it.",
         "Wat jij wijzigde, zoals het auditlogboek het bijhoudt."},
        {"audit-about-you", "audit_log", "object_id", false, "object_type = 'user'",
         {"id", "actor_id", "action", "before_json", "after_json", "created_at"},
         "Security events about your account (sign-ins, password and role changes).",
         "Beveiligingsgebeurtenissen over je account (aanmeldingen, wijzigingen van wachtwoord en rol)."},
        // Found by e-mail address: sent before or without an account.
        {"registrations", "registrations", "contact_email", true, "",
         {"id", "programme_id", "kind", "organisation_name", "contact_name", "contact_email", "status", "created_at", "decided_at",
          "refusal_reason"},
         "Registrations that name you as contact person.",
         "Inschrijvingen die jou als contactpersoon noemen."},
        {"questions-asked", "questions", "email", true, "",
         {"id", "name", "email", "organisation", "topic", "question", "received_at", "status", "answer", "answered_at"},
         "Questions you asked through the \"Ask us\" form.",
         "Vragen die jij via het formulier \"Vraag het ons\" stelde."},
        {"playbook-requests", "playbook_requests", "email", true, "", {"id", "name", "email", "organisation", "created_at", "status"},
         "Your requests for the playbook.",
         "Je aanvragen voor het draaiboek."},
        {"mail", "outbox", "to_address", true, "", {"id", "to_address", "subject", "body_text", "created_at", "sent_at"},
         "E-mails the platform sent you and still keeps.",
         "E-mails die het platform je stuurde en nog bewaart."},
    };
    return rows;
}

namespace {

boost::json::value cell(const Value& v) {
    if (std::holds_alternative<std::int64_t>(v)) return std::get<std::int64_t>(v);
    if (std::holds_alternative<double>(v)) return std::get<double>(v);
    if (std::holds_alternative<std::string>(v)) return boost::json::string(std::get<std::string>(v));
    return nullptr;
}

std::string select_list(const std::vector<std::string_view>& columns) {
    std::string out;
    for (const auto c : columns) out += (out.empty() ? "" : ", ") + std::string(c);
    return out;
}

}  // namespace

boost::json::value personal_data(Db& db, std::int64_t user_id) {
    const auto user = db.exec("SELECT id, email, name, language, created_at, is_operator FROM users WHERE id = $1", {user_id});
    if (user.empty()) return nullptr;
    const auto& u = user.one();
    const std::string email = u.str(1);
    boost::json::object out;
    out["profile"] = boost::json::object{{"id", u.i64(0)},
                                         {"email", email},
                                         {"name", u.str(2)},
                                         {"language", u.str(3)},
                                         {"created_at", u.i64(4)},
                                         {"operator", u.i64(5) != 0}};
    for (const auto& p : personal_rows()) {
        // Table and column names come from the list above, never from input.
        const std::string match = p.by_email ? "lower(" + std::string(p.match) + ")" : std::string(p.match);
        std::string sql = "SELECT " + select_list(p.columns) + " FROM " + std::string(p.table) + " WHERE " + match + " = $1";
        if (!p.also.empty()) sql += " AND " + std::string(p.also);
        sql += " ORDER BY 1";
        const auto result = p.by_email ? db.exec(sql, {email}) : db.exec(sql, {user_id});
        if (result.empty()) continue;
        boost::json::array rows;
        for (const auto& row : result.rows) {
            boost::json::object o;
            for (std::size_t i = 0; i < p.columns.size(); ++i) o[p.columns[i]] = cell(row.raw(i));
            rows.push_back(std::move(o));
        }
        out[p.file] = std::move(rows);
    }
    return out;
}

}  // namespace sk::store
