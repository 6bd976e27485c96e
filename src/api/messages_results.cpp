// API texts of the results area (nl, en). See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& results_messages() {
    static const std::vector<MessageText> texts = {
        {"error.results_not_started", "Er zijn nog geen resultaten: deze meting is nog niet gestart.",
         "There are no results yet: this measurement has not been started."},
        {"results.bad_kind", "Kies de nulmeting (baseline) of de eindmeting (final).", "Choose the baseline or the final measurement."},
        {"results.bad_lang", "Kies Nederlands (nl) of Engels (en).", "Choose Dutch (nl) or English (en)."},
    };
    return texts;
}

}  // namespace sk::api
