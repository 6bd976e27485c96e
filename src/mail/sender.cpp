#include "mail/sender.h"

namespace sk::mail {

std::unique_ptr<Sender> make_sender(const std::string& smtp_url, const std::string& from_address,
                                    const std::filesystem::path& data_folder, SmtpOptions smtp_options) {
    if (!smtp_url.empty()) return std::make_unique<SmtpSender>(smtp_url, from_address, std::move(smtp_options));
    return std::make_unique<EmlFileSender>(data_folder / "mail", from_address);
}

}  // namespace sk::mail
