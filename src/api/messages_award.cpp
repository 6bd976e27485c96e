// API texts of the award: round, rubric, jury, candidacies, scores (nl, en). See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& award_messages() {
    static const std::vector<MessageText> texts = {
        {"error.no_round", "Dit traject heeft nog geen award-ronde. De organisator maakt ze eerst aan.",
         "This programme has no award round yet. The organiser creates it first."},
        {"error.round_closed", "De award-ronde is afgesloten; er kan niets meer veranderen.",
         "The award round is closed; nothing can change any more."},
        {"error.round_open", "De award-ronde is nog open. Sluit ze eerst af.", "The award round is still open. Close it first."},
        {"error.already_announced", "De winnaars zijn al bekendgemaakt.", "The winners have already been announced."},
        {"error.round_not_accepting", "Kandidaturen kunnen nu niet worden ingediend of gewijzigd: de ronde is niet open.",
         "Candidacies cannot be submitted or changed now: the round is not open."},
        {"error.rubric_locked", "Er zijn al scores gegeven; het beoordelingsrooster ligt vast.",
         "Scores have already been given; the scale and the criteria are fixed."},
        {"error.final_not_submitted", "Dien eerst de eindmeting van je school in dit traject in.",
         "Submit your school's final measurement in this programme first."},
        {"error.already_juror", "Deze persoon is al jurylid van deze ronde.", "This person is already a juror of this round."},
        {"error.juror_has_scores", "Dit jurylid heeft al scores gegeven en kan niet meer worden verwijderd.",
         "This juror has already given scores and can no longer be removed."},
        {"error.already_recused", "Je hebt je al teruggetrokken voor deze kandidaat.", "You have already withdrawn from this candidate."},
        {"error.recused", "Je bent teruggetrokken voor deze kandidaat en beoordeelt hem niet.",
         "You are recused from this candidate and do not judge it."},
        {"error.no_rubric", "De organisator heeft de beoordelingscriteria nog niet vastgelegd.",
         "The organiser has not set the rubric yet."},
        {"field.award_scale", "Kies een schaal van 1 tot 5 of van 1 tot 10.", "Choose a scale of 1 to 5 or 1 to 10."},
        {"field.award_closes_before", "De einddatum mag niet voor de begindatum liggen.", "The closing date cannot be before the opening date."},
        {"field.award_criteria_count", "Geef 3 tot 6 criteria.", "Give 3 to 6 criteria."},
        {"field.award_weight", "Geef een gewicht als geheel getal van 1 tot 100.", "Enter a weight as a whole number from 1 to 100."},
        {"field.award_descriptors", "Geef precies {scale} beschrijvingen, één per score.", "Give exactly {scale} descriptions, one per score."},
        {"field.award_descriptor", "Beschrijf deze score in 1 tot 500 tekens.", "Describe this score in 1 to 500 characters."},
        {"field.award_pitch", "Schrijf een pitch van {min} tot {max} tekens.", "Write a pitch of {min} to {max} characters."},
        {"field.award_video_url", "Geef een webadres dat begint met http:// of https:// (hoogstens 2000 tekens).",
         "Enter a web address starting with http:// or https:// (at most 2000 characters)."},
        {"field.award_team", "Noem 1 tot 20 teamleden.", "Name 1 to 20 team members."},
        {"field.award_team_name", "Geef een naam van 1 tot 200 tekens.", "Enter a name of 1 to 200 characters."},
        {"field.award_evidence", "Kies hoogstens 20 verschillende bewijsstukken van je eigen school.",
         "Choose at most 20 different pieces of evidence of your own school."},
        {"field.award_evidence_item", "Dit is geen bewijsstuk van je school.", "This is not a piece of evidence of your school."},
        {"field.award_scores", "Geef een lijst met scores.", "Give a list of scores."},
        {"field.award_criterion", "Kies een criterium van deze beoordelingsschaal (elk hoogstens één keer).",
         "Choose a criterion of this rubric (each at most once)."},
        {"field.award_score", "Geef een score van 1 tot {scale}.", "Give a score from 1 to {scale}."},
        {"field.award_comment", "Houd de toelichting onder {max} tekens.", "Keep the comment under {max} characters."},
        {"field.award_reason", "Leg in 10 tot 1000 tekens uit waarom je een belangenconflict hebt.",
         "Explain in 10 to 1000 characters why you have a conflict of interest."},
        {"field.award_winners", "Kies 1 tot 3 verschillende kandidaturen.", "Choose 1 to 3 different candidacies."},
        {"field.award_winner", "Kies een ingediende kandidatuur van deze ronde.", "Choose a submitted candidacy of this round."},
    };
    return texts;
}

}  // namespace sk::api
