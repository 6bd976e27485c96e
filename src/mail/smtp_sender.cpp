#include <curl/curl.h>

#include <cstring>
#include <mutex>

#include "mail/sender.h"

namespace sk::mail {
namespace {

// Longer than any sane SMTP exchange, shorter than the worker's claim lease, so a claimed message
// is finished (or failed) before another process may pick it up.
constexpr long kConnectTimeoutSeconds = 15;
constexpr long kTotalTimeoutSeconds = 120;

void global_init() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw SendError("curl_global_init failed");
    });
}

struct Upload {
    std::string_view rest;
};

size_t read_cb(char* buf, size_t size, size_t nitems, void* userdata) {
    auto* up = static_cast<Upload*>(userdata);
    const size_t n = std::min(size * nitems, up->rest.size());
    std::memcpy(buf, up->rest.data(), n);
    up->rest.remove_prefix(n);
    return n;
}

struct EasyDeleter {
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct ListDeleter {
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

}  // namespace

SmtpSender::SmtpSender(std::string smtp_url, std::string from_address) : from_(std::move(from_address)) {
    global_init();
    if (smtp_url.rfind("smtp://", 0) != 0 && smtp_url.rfind("smtps://", 0) != 0) {
        throw std::invalid_argument("SMTP URL must start with smtp:// or smtps://");
    }
    // Our own options live in the query; libcurl would take them for part of the EHLO domain.
    if (auto q = smtp_url.find('?'); q != std::string::npos) {
        std::string_view query = std::string_view(smtp_url).substr(q + 1);
        while (!query.empty()) {
            const auto amp = query.find('&');
            const auto opt = query.substr(0, amp);
            if (opt == "starttls" || opt == "starttls=1" || opt == "starttls=true" || opt == "starttls=required") {
                starttls_ = true;
            } else if (!opt.empty()) {
                throw std::invalid_argument("unknown SMTP URL option: " + std::string(opt));
            }
            query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        }
        smtp_url.resize(q);
    }
    url_ = std::move(smtp_url);
    address_of(from_);
}

void SmtpSender::send(const OutgoingMessage& msg) {
    const std::string text = format_message(msg, from_);
    const std::string mail_from = "<" + address_of(from_) + ">";
    std::unique_ptr<curl_slist, ListDeleter> rcpt(curl_slist_append(nullptr, ("<" + address_of(msg.to) + ">").c_str()));
    std::unique_ptr<CURL, EasyDeleter> curl(curl_easy_init());
    if (!curl || !rcpt) throw SendError("cannot initialise libcurl");

    Upload up{text};
    char errbuf[CURL_ERROR_SIZE] = {0};
    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url_.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, mail_from.c_str());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, read_cb);
    curl_easy_setopt(c, CURLOPT_READDATA, &up);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(text.size()));
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);  // signals and worker threads do not mix
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, kConnectTimeoutSeconds);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, kTotalTimeoutSeconds);
    if (starttls_) curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));

    const CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK) {
        long code = 0;
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
        // The URL is left out on purpose: it may hold the SMTP password.
        std::string what = errbuf[0] ? errbuf : curl_easy_strerror(rc);
        if (code) what += " (SMTP " + std::to_string(code) + ")";
        throw SendError("SMTP delivery failed: " + what);
    }
}

}  // namespace sk::mail
