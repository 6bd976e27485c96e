#include "render/award_results_texts.h"

#include <array>

namespace sk::render {

namespace {

struct AwardText {
    std::string_view key, nl, en;
};

constexpr std::array kAwardTexts = {
    AwardText{"title", "Resultaten van de award", "Award results"},
    AwardText{"date", "Datum", "Date"},
    AwardText{"page", "Pagina", "Page"},
    AwardText{"status", "Status", "Status"},
    AwardText{"status_closed", "Gesloten, winnaars nog niet bekendgemaakt", "Closed, winners not yet announced"},
    AwardText{"status_announced", "Winnaars bekendgemaakt", "Winners announced"},
    AwardText{"scale", "Schaal", "Scale"},
    AwardText{"scale_value", "1 tot {scale}", "1 to {scale}"},
    AwardText{"figure", "Gegeven", "Item"},
    AwardText{"value", "Waarde", "Value"},
    AwardText{"jurors", "Juryleden", "Jurors"},
    AwardText{"candidates", "Kandidaturen", "Candidacies"},
    AwardText{"winners", "Winnaars", "Winners"},
    AwardText{"winner", "winnaar", "winner"},
    AwardText{"ranking", "Rangschikking", "Ranking"},
    AwardText{"ranking_intro",
              "Links de ruwe score: het gewogen gemiddelde van de rubriekscores. Rechts de genormaliseerde score: per jurylid "
              "omgerekend zodat een strenge en een milde jury even zwaar wegen. Gelijke scores delen een plaats (=) en worden "
              "niet stilzwijgend gescheiden. (!) = de juryleden zijn het sterk oneens.",
              "Left the raw score: the weighted mean of the rubric scores. Right the normalised score: converted per juror so "
              "that a strict and a lenient juror weigh the same. Equal scores share a place (=) and are never split "
              "silently. (!) = the jurors disagree strongly."},
    AwardText{"raw", "Ruwe score", "Raw score"},
    AwardText{"normalised", "Genormaliseerde score", "Normalised score"},
    AwardText{"rank", "Plaats", "Rank"},
    AwardText{"school", "School", "School"},
    AwardText{"score", "Score", "Score"},
    AwardText{"unranked", "niet volledig gescoord", "not fully scored"},
    AwardText{"flagged", "Juryleden oneens", "Jurors disagree"},
    AwardText{"flagged_intro",
              "Kandidaturen waarvan de genormaliseerde scores van de juryleden minstens {range} uiteenliggen of een "
              "standaardafwijking van minstens {sd} hebben: bespreek ze voor je de winnaars kiest.",
              "Candidacies whose normalised scores by the jurors lie at least {range} apart or have a standard deviation of "
              "at least {sd}: discuss them before choosing the winners."},
    AwardText{"no_flagged", "Geen: de juryleden zijn het in grote lijnen eens.", "None: the jurors broadly agree."},
    AwardText{"juror", "Jurylid", "Juror"},
    AwardText{"raw_total", "Ruw totaal", "Raw total"},
    AwardText{"normalised_total", "Genormaliseerd totaal", "Normalised total"},
    AwardText{"per_criterion", "Gemiddelde per criterium", "Mean per criterion"},
    AwardText{"per_criterion_intro", "De gemiddelde score (1 tot {scale}) van de juryleden die de kandidatuur volledig scoorden.",
              "The mean score (1 to {scale}) of the jurors who scored the candidacy completely."},
    AwardText{"criterion", "Criterium", "Criterion"},
    AwardText{"weight", "Gewicht", "Weight"},
    AwardText{"method", "Hoe de scores berekend worden", "How the scores are computed"},
    AwardText{"method_text",
              "Per jurylid en kandidatuur telt alleen een volledige score (elk criterium), en niet als het jurylid zich "
              "wegens een belangenconflict terugtrok. Ruw totaal = Σ gewicht × score / Σ gewicht. Genormaliseerd: "
              "z = (totaal − gemiddelde van het jurylid) / standaardafwijking van het jurylid, omgerekend naar de schaal "
              "als midden + z × (schaal − 1) / 4, begrensd tot 1 en de schaal; een jurylid dat iedereen gelijk scoort, "
              "geeft iedereen het midden. De score van een kandidatuur is het gemiddelde over haar juryleden.",
              "Per juror and candidacy only a complete score counts (every criterion), and not when the juror stepped "
              "back for a conflict of interest. Raw total = Σ weight × score / Σ weight. Normalised: z = (total − the "
              "juror's mean) / the juror's standard deviation, put on the scale as middle + z × (scale − 1) / 4, "
              "limited to 1 and the scale; a juror who scores everyone the same gives everyone the middle. A candidacy's "
              "score is the mean over its jurors."},
    AwardText{"jurors_counted", "Juryleden geteld", "Jurors counted"},
    AwardText{"disagreement", "Juryleden oneens", "Jurors disagree"},
    AwardText{"winner_column", "Winnaar", "Winner"},
    AwardText{"raw_rank", "Plaats (ruw)", "Rank (raw)"},
    AwardText{"normalised_rank", "Plaats (genormaliseerd)", "Rank (normalised)"},
    AwardText{"recused", "Belangenconflict", "Conflict of interest"},
    AwardText{"comment", "Commentaar", "Comment"},
    AwardText{"yes", "ja", "yes"},
    AwardText{"no", "nee", "no"},
    AwardText{"sheet_ranking", "Rangschikking", "Ranking"},
    AwardText{"sheet_criteria", "Per criterium", "Per criterion"},
    AwardText{"sheet_totals", "Totalen per jurylid", "Totals per juror"},
    AwardText{"sheet_scores", "Scores per jurylid", "Scores per juror"},
};

}  // namespace

std::string award_results_text(core::Language lang, std::string_view key) {
    for (const auto& t : kAwardTexts)
        if (t.key == key) return std::string(lang == core::Language::en ? t.en : t.nl);
    return std::string(key);
}

std::string award_results_text(core::Language lang, std::string_view key, const std::map<std::string, std::string>& args) {
    std::string s = award_results_text(lang, key);
    for (const auto& [name, value] : args) {
        const std::string placeholder = "{" + name + "}";
        for (auto pos = s.find(placeholder); pos != std::string::npos; pos = s.find(placeholder, pos + value.size()))
            s.replace(pos, placeholder.size(), value);
    }
    return s;
}

}  // namespace sk::render
