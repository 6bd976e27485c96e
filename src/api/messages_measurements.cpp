// API texts of the measurements area (nl, en). See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& measurement_messages() {
    static const std::vector<MessageText> texts = {
    };
    return texts;
}

}  // namespace sk::api
