#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <mutex>

#include "mail/sender.h"

namespace sk::mail {
namespace {

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

// The password of "smtp[s]://user:password@host...", percent-decoded; "" when there is none.
std::string url_password(std::string_view url) {
    const auto scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos) return {};
    auto authority = url.substr(scheme_end + 3);
    authority = authority.substr(0, authority.find_first_of("/?#"));
    const auto at = authority.rfind('@');
    if (at == std::string_view::npos) return {};
    const auto userinfo = authority.substr(0, at);
    const auto colon = userinfo.find(':');
    if (colon == std::string_view::npos) return {};
    const auto encoded = userinfo.substr(colon + 1);
    int length = 0;
    char* decoded = curl_easy_unescape(nullptr, encoded.data(), static_cast<int>(encoded.size()), &length);
    if (!decoded) return std::string(encoded);
    std::string out(decoded, static_cast<std::size_t>(length));
    curl_free(decoded);
    return out;
}

// An SMTP 5xx reply to the message itself (RCPT TO, DATA, or the end of the data, e.g. "550 no such
// user", "554 rejected as spam") is the server's final word on this message: RFC 5321 says not to repeat
// it unchanged. A 5xx before that (the greeting, EHLO, STARTTLS, AUTH, MAIL FROM: a wrong password, a
// sender address the relay does not accept) says nothing about the message and would fail every message
// alike, so it stays a temporary fault that is retried and succeeds once the operator fixes the setting.
bool refused_for_good(CURLcode rc, long smtp_code, std::string_view curl_text) {
    if (smtp_code < 500 || smtp_code > 599) return false;
    if (rc == CURLE_SEND_ERROR)
        return curl_text.starts_with("RCPT failed") || curl_text.starts_with("DATA failed");
    // The reply after the data has no text of its own in libcurl; the greeting's does.
    return rc == CURLE_WEIRD_SERVER_REPLY && !curl_text.starts_with("Got unexpected");
}

void blank_out(std::string& text, std::string_view secret) {
    if (secret.empty()) return;
    for (auto at = text.find(secret); at != std::string::npos; at = text.find(secret, at + 3)) text.replace(at, secret.size(), "***");
}

}  // namespace

SmtpSender::SmtpSender(std::string smtp_url, std::string from_address, SmtpOptions options)
    : from_(std::move(from_address)), options_(std::move(options)) {
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
    password_ = url_password(url_);
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
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.connect_timeout.count()));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.total_timeout.count()));
    // Closing the connection sends QUIT and waits for its reply with this limit, not the one above (120 s
    // by default): a server that stalled would hold the worker that long after the delivery timed out.
    const auto response_seconds = std::chrono::ceil<std::chrono::seconds>(options_.total_timeout).count();
    curl_easy_setopt(c, CURLOPT_SERVER_RESPONSE_TIMEOUT, static_cast<long>(std::max<std::int64_t>(response_seconds, 1)));
    if (!options_.ca_file.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, options_.ca_file.c_str());
    if (starttls_) curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));

    const CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK) {
        long code = 0;
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
        // The URL is left out on purpose: it may hold the SMTP password. libcurl's own text should not
        // hold it either, but it is built from the URL in places (a login step, a redirect), so it is
        // blanked out here as well, percent-encoded and decoded.
        std::string what = errbuf[0] ? errbuf : curl_easy_strerror(rc);
        const bool permanent = refused_for_good(rc, code, what);
        // Only a refusal is worth naming: after a broken connection the code is the last good reply (354).
        if (code >= 400) what += " (SMTP " + std::to_string(code) + ")";
        blank_out(what, password_);
        if (char* raw = curl_easy_escape(nullptr, password_.data(), static_cast<int>(password_.size()))) {
            blank_out(what, raw);
            curl_free(raw);
        }
        throw SendError("SMTP delivery failed: " + what, permanent);
    }
}

}  // namespace sk::mail
