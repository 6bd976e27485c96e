// The only translation unit that includes Beast (it costs ~13 s and 700 MB to compile).
#include "http/server.h"
#include "http/port_probe.h"
#include "http/temp_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>
#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <tuple>
#include <chrono>
#include <set>
#include <stdexcept>
#include <thread>

namespace sk::http {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;

namespace {

constexpr auto as_tuple = net::as_tuple(net::use_awaitable);
constexpr std::size_t kDefaultBodyLimit = 1 << 20;
// A file body goes out in pieces of this size: a 10,000-school export or a 20 MiB evidence file costs the
// server this much memory per download, not its size.
constexpr std::size_t kFileChunk = 64 * 1024;

// Descriptors kept back from the connection cap: database files and connections, logs, the listening
// sockets, and connections being refused.
constexpr int kReservedDescriptors = 256;
// Connections answered 503 at once per process; beyond this a refused connection is closed without a word,
// so a flood cannot turn refusals themselves into the thing that uses up descriptors.
constexpr int kMaxRefusing = 64;
constexpr int kMinConnections = 16;

// A connection over the cap gets this answer to whatever it sends. It is written here rather than by the
// app, which never sees the request; the web app shows its own text for the code in the user's language.
constexpr std::string_view kOverloadedBody =
    R"({"error":{"code":"overloaded","message":"Too many connections; try again in a moment","fields":{}}})";
constexpr std::string_view kHeadersTooLargeBody =
    R"({"error":{"code":"headers_too_large","message":"Request headers too large","fields":{}}})";

std::string error_head(std::string_view status_line, std::size_t length, bool retry) {
    std::string head(status_line);
    head += "\r\nContent-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    if (retry) head += "Retry-After: 1\r\n";
    head += "Content-Length: " + std::to_string(length) + "\r\nConnection: close\r\n\r\n";
    return head;
}

// Raises this process's soft descriptor limit to the hard one (as nginx's worker_rlimit_nofile does) and
// returns the soft limit now in force.
long raise_descriptor_limit() {
    rlimit lim{};
    if (::getrlimit(RLIMIT_NOFILE, &lim) != 0) return 1024;
    if (lim.rlim_cur < lim.rlim_max) {
        rlimit raised = lim;
        raised.rlim_cur = lim.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0) lim = raised;
    }
    return lim.rlim_cur == RLIM_INFINITY ? 1L << 20 : static_cast<long>(lim.rlim_cur);
}

// Gives back a place counted when the connection was accepted, however the coroutine ends (its frame
// destroyed with the io_context included). Counting at accept rather than when the coroutine first runs keeps
// a burst of accepts from slipping past the cap before any of them is counted.
struct CountedOut {
    std::atomic<int>& count;
    explicit CountedOut(std::atomic<int>& c) : count(c) {}
    CountedOut(const CountedOut&) = delete;
    CountedOut& operator=(const CountedOut&) = delete;
    ~CountedOut() { --count; }
};

// Closes a file descriptor however the coroutine ends (a client gone midway included).
struct Fd {
    int fd = -1;
    Fd() = default;
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

struct Worker {
    net::io_context ioc{1};
    tcp::acceptor acceptor{ioc};
    Handler handler;
    std::set<beast::tcp_stream*> connections;  // touched only on this worker's thread
    std::thread thread;
};

bool fill_request(const bhttp::request_parser<bhttp::string_body>& parser, Request& req) {
    const auto& h = parser.get();
    req.method = std::string(h.method_string());
    req.target = std::string(h.target());
    for (const auto& field : h) {
        std::string name(field.name_string());
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        auto [it, inserted] = req.headers.emplace(name, std::string(field.value()));
        if (!inserted) it->second += (name == "cookie" ? "; " : ", ") + std::string(field.value());
    }
    auto parsed = boost::urls::parse_origin_form(req.target);
    if (!parsed) return false;
    req.path = parsed->path();
    for (auto p : parsed->params()) req.query[std::string(p.key)] = std::string(p.value);
    return true;
}

std::string_view trim_ows(std::string_view v) {  // as Beast trims a field value
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    return v;
}

// The response head byte for byte as Beast's serializer writes it for `bhttp::response` filled as below
// (status line with Beast's reason phrase, fields in Beast's order: a repeated name right after the last field
// of that name; then Content-Length, then Connection when keep-alive needs saying), in one contiguous string.
// Beast's own serializer walked a buffer sequence of one piece per field and handed the kernel as many iovecs:
// ~9% of the server's CPU per GET /api/me (bench/README.md). Responses that carry a Connection or Content-Length
// of their own (none today) take Beast's path, where those fields are merged.
std::optional<std::string> response_head(const Response& res, unsigned version, std::size_t length, bool keep_alive) {
    std::vector<std::size_t> order;  // indexes into res.headers, in Beast's serialization order
    order.reserve(res.headers.size());
    for (std::size_t i = 0; i < res.headers.size(); ++i) {
        const auto& name = res.headers[i].first;
        if (same_header_name(name, "Connection") || same_header_name(name, "Content-Length")) return std::nullopt;
        auto after = order.end();
        for (auto it = order.begin(); it != order.end(); ++it)
            if (same_header_name(res.headers[*it].first, name)) after = it + 1;
        order.insert(after, i);
    }
    const auto reason = bhttp::obsolete_reason(static_cast<bhttp::status>(res.status));
    std::string head;
    head.reserve(64 + reason.size() + res.headers.size() * 48);
    const int code = res.status;
    const char line[] = {'H', 'T', 'T', 'P', '/', static_cast<char>('0' + version / 10), '.', static_cast<char>('0' + version % 10), ' ',
                         static_cast<char>('0' + code / 100), static_cast<char>('0' + (code / 10) % 10), static_cast<char>('0' + code % 10), ' '};
    head.append(line, sizeof line);
    head.append(reason.data(), reason.size());
    head += "\r\n";
    for (auto i : order) {
        head += res.headers[i].first;
        head += ": ";
        head += trim_ows(res.headers[i].second);
        head += "\r\n";
    }
    head += "Content-Length: ";
    head += std::to_string(length);
    head += "\r\n";
    if (version >= 11 && !keep_alive) head += "Connection: close\r\n";
    if (version < 11 && keep_alive) head += "Connection: keep-alive\r\n";
    head += "\r\n";
    return head;
}

Response not_found() {
    return Response::json(404, R"({"error":{"code":"not_found","message":"Not found","fields":{}}})");
}

Response bad_request() {
    return Response::json(400, R"({"error":{"code":"bad_request","message":"Bad request","fields":{}}})");
}

}  // namespace

struct Server::Impl {
    ServerOptions options;
    std::function<Handler()> make_handler;
    std::vector<std::unique_ptr<Worker>> workers;
    std::atomic<bool> stopping{false};
    std::atomic<int> in_flight{0};
    std::atomic<int> open_connections{0};  // being served, over every worker
    std::atomic<int> refusing{0};
    std::atomic<std::uint64_t> refused_total{0};
    int connection_cap = 0;
    std::uint16_t port = 0;
    bool started = false;

    net::awaitable<void> serve(Worker& w, tcp::socket socket) {
        CountedOut counted(open_connections);
        beast::tcp_stream stream(std::move(socket));
        w.connections.insert(&stream);
        boost::system::error_code ep_ec;
        const auto remote = stream.socket().remote_endpoint(ep_ec);
        const std::string remote_address = ep_ec ? std::string() : remote.address().to_string();
        beast::flat_buffer buffer;
        for (;;) {
            bhttp::request_parser<bhttp::string_body> parser;
            parser.header_limit(static_cast<std::uint32_t>(options.header_limit));
            // Beast would reject a large Content-Length while reading the header, before we know the
            // route; our own per-route limit is applied right after the header instead.
            parser.body_limit(boost::none);
            // One deadline for the whole head: a client sending it a byte at a time gains nothing.
            stream.expires_after(options.idle_timeout);
            auto [ec, n] = co_await bhttp::async_read_header(stream, buffer, parser, as_tuple);
            if (ec == bhttp::error::header_limit) {
                // Say why rather than drop the connection: a browser with an overgrown cookie gets a reason.
                co_await write_and_linger(stream, "HTTP/1.1 431 Request Header Fields Too Large", kHeadersTooLargeBody, false);
                break;
            }
            if (ec) break;

            Request req;
            req.remote_address = remote_address;
            req.tls = options.tls;
            Response res;
            bool keep_alive = parser.keep_alive();
            if (!fill_request(parser, req)) {
                res = bad_request();
                keep_alive = false;
            } else {
                const std::size_t limit = options.body_limit ? options.body_limit(req.method, req.path) : kDefaultBodyLimit;
                const auto declared = parser.content_length();
                if (declared && *declared > limit) {
                    req.body_too_large = true;  // refuse before reading a byte of the body
                } else if (!parser.is_done()) {
                    parser.body_limit(limit);
                    // Piece by piece, each restarting the timer: a 20 MiB upload over a slow phone
                    // connection may take minutes, but a body that stops arriving ends the connection.
                    boost::system::error_code ec2;
                    while (!ec2 && !parser.is_done()) {
                        stream.expires_after(options.idle_timeout);
                        std::tie(ec2, std::ignore) = co_await bhttp::async_read_some(stream, buffer, parser, as_tuple);
                    }
                    if (ec2 == bhttp::error::body_limit) req.body_too_large = true;
                    else if (ec2) break;
                }
                if (req.body_too_large) keep_alive = false;
                else req.body = std::move(parser.get().body());
                ++in_flight;
                try {
                    res = w.handler(req);
                } catch (...) {
                    res = Response::json(500, R"({"error":{"code":"internal","message":"Internal error","fields":{}}})");
                }
                --in_flight;
            }
            if (stopping) keep_alive = false;

            const bool head = req.method == "HEAD";
            const unsigned version = parser.get().version();
            std::uint64_t length = res.body.size();
            Fd file;
            if (res.file) {
                struct stat st {};
                file.fd = ::open(res.file->path.c_str(), O_RDONLY | O_CLOEXEC);
                if (file.fd >= 0 && ::fstat(file.fd, &st) == 0 && S_ISREG(st.st_mode)) {
                    length = static_cast<std::uint64_t>(st.st_size);
                    // The open descriptor keeps the bytes: a temporary export leaves nothing on disk from
                    // here on, whether the client reads it all, disconnects midway or the process dies.
                    res.file->temp.reset();
                } else {
                    res = not_found();  // e.g. an evidence file removed since the handler looked it up
                    length = res.body.size();
                }
            }
            boost::system::error_code wec;
            if (res.file) {
                std::tie(wec, std::ignore) = co_await write_file(stream, res, file.fd, version, length, keep_alive, head, options.idle_timeout);
            } else if (auto bytes = response_head(res, version, length, keep_alive)) {
                wec = co_await write_pieces(stream, *bytes, head ? std::string_view() : std::string_view(res.body), options.idle_timeout);
            } else {
                stream.expires_after(options.idle_timeout);
                bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(res.status), version};
                for (auto& [k, v] : res.headers) out.insert(k, v);
                if (!head) out.body() = std::move(res.body);
                out.content_length(length);
                out.keep_alive(keep_alive);
                std::tie(wec, std::ignore) = co_await bhttp::async_write(stream, out, as_tuple);
            }
            if (wec) break;
            if (req.body_too_large) {
                co_await linger(stream);
                break;
            }
            if (!keep_alive) break;
        }
        boost::system::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        w.connections.erase(&stream);
    }

    // `head`, then `body` in kFileChunk pieces (the first in the head's write), each restarting the idle
    // timer: a phone on a slow link may take a minute over a big report, but a reader that stops is dropped.
    static net::awaitable<boost::system::error_code> write_pieces(beast::tcp_stream& stream, std::string_view head, std::string_view body,
                                                                  std::chrono::milliseconds idle) {
        std::size_t sent = 0;
        bool first = true;
        while (first || sent < body.size()) {
            const std::size_t n = std::min(body.size() - sent, kFileChunk);
            stream.expires_after(idle);
            const std::array<net::const_buffer, 2> buffers{first ? net::buffer(head) : net::const_buffer(), net::buffer(body.data() + sent, n)};
            auto [ec, written] = co_await net::async_write(stream, buffers, as_tuple);
            if (ec) co_return ec;
            sent += n;
            first = false;
        }
        co_return boost::system::error_code{};
    }

    // A fixed error answer ending the connection, then a lingering close so the client reads it.
    net::awaitable<void> write_and_linger(beast::tcp_stream& stream, std::string_view status_line, std::string_view body, bool retry) {
        const std::string head = error_head(status_line, body.size(), retry);
        stream.expires_after(std::chrono::seconds(2));
        const std::array<net::const_buffer, 2> buffers{net::buffer(head), net::buffer(body)};
        auto [ec, written] = co_await net::async_write(stream, buffers, as_tuple);
        if (!ec) co_await linger(stream);
    }

    // A connection over the cap: read what the client sends first (briefly) so the 503 answers its request
    // rather than arriving unasked, then close.
    net::awaitable<void> refuse(tcp::socket socket) {
        CountedOut counted(refusing);
        beast::tcp_stream stream(std::move(socket));
        beast::flat_buffer buffer;
        bhttp::request_parser<bhttp::empty_body> parser;
        parser.header_limit(static_cast<std::uint32_t>(options.header_limit));
        stream.expires_after(std::chrono::seconds(1));
        co_await bhttp::async_read_header(stream, buffer, parser, as_tuple);
        co_await write_and_linger(stream, "HTTP/1.1 503 Service Unavailable", kOverloadedBody, true);
    }

    // The head, then the file's bytes in kFileChunk pieces (the first piece in the head's write). Each
    // piece restarts the idle timer, so a slow client may take long over a big file but not stall.
    static net::awaitable<std::tuple<boost::system::error_code, std::size_t>> write_file(beast::tcp_stream& stream, const Response& res, int fd,
                                                                                         unsigned version, std::uint64_t length,
                                                                                         bool keep_alive, bool head,
                                                                                         std::chrono::milliseconds idle) {
        std::string bytes;
        if (auto fast = response_head(res, version, length, keep_alive)) {
            bytes = std::move(*fast);
        } else {  // a Connection or Content-Length of the handler's own: Beast merges them into the head
            bhttp::response<bhttp::empty_body> out{static_cast<bhttp::status>(res.status), version};
            for (auto& [k, v] : res.headers) out.insert(k, v);
            out.content_length(length);
            out.keep_alive(keep_alive);
            bhttp::response_serializer<bhttp::empty_body> sr(out);
            boost::system::error_code ec;
            while (!sr.is_done() && !ec) {
                sr.next(ec, [&](boost::system::error_code&, const auto& buffers) {
                    for (const auto& b : buffers) bytes.append(static_cast<const char*>(b.data()), b.size());
                    sr.consume(net::buffer_size(buffers));
                });
            }
            if (ec) co_return std::tuple{ec, std::size_t{0}};
        }
        const std::uint64_t body = head ? 0 : length;
        std::unique_ptr<char[]> chunk(body > 0 ? new char[std::min<std::uint64_t>(body, kFileChunk)] : nullptr);
        std::uint64_t sent = 0;
        bool first = true;
        while (first || sent < body) {
            std::size_t n = 0;
            while (sent < body && n == 0) {
                const auto r = ::pread(fd, chunk.get(), std::min<std::uint64_t>(body - sent, kFileChunk), static_cast<off_t>(sent));
                if (r < 0 && errno == EINTR) continue;
                // The file shrank under us: the Content-Length promised is unreachable, so the connection ends.
                if (r <= 0) co_return std::tuple{boost::system::error_code(EIO, boost::system::system_category()), std::size_t{0}};
                n = static_cast<std::size_t>(r);
            }
            stream.expires_after(idle);
            const std::array<net::const_buffer, 2> buffers{first ? net::buffer(bytes) : net::const_buffer(), net::buffer(chunk.get(), n)};
            auto [ec, written] = co_await net::async_write(stream, buffers, as_tuple);
            if (ec) co_return std::tuple{ec, std::size_t{0}};
            sent += n;
            first = false;
        }
        co_return std::tuple{boost::system::error_code{}, static_cast<std::size_t>(sent)};
    }

    // After refusing an oversized body, the client may still be sending it. Closing at once would reset
    // the connection and the client might never read our 413; so, like nginx's lingering close, we stop
    // sending and discard what arrives for a short while.
    static net::awaitable<void> linger(beast::tcp_stream& stream) {
        boost::system::error_code ec;
        stream.socket().shutdown(tcp::socket::shutdown_send, ec);
        stream.expires_after(std::chrono::seconds(2));
        std::array<char, 16384> sink;
        for (;;) {
            auto [rec, n] = co_await stream.async_read_some(net::buffer(sink), as_tuple);
            if (rec) break;
        }
    }

    net::awaitable<void> listen(Worker& w) {
        net::steady_timer pause(w.ioc);
        for (;;) {
            auto [ec, socket] = co_await w.acceptor.async_accept(as_tuple);
            if (ec) {
                if (stopping || ec == net::error::operation_aborted || !w.acceptor.is_open()) co_return;
                // Out of descriptors or memory (EMFILE, ENFILE, ENOBUFS): accepting again at once would fail
                // again at once and spin a core. Keep serving the connections we have and try a little later.
                pause.expires_after(std::chrono::milliseconds(50));
                co_await pause.async_wait(as_tuple);
                continue;
            }
            // Take a place if one is free; the workers accept in parallel, so check and take in one step.
            int held = open_connections.load();
            while (held < connection_cap && !open_connections.compare_exchange_weak(held, held + 1)) {
            }
            if (held >= connection_cap) {
                refused_total.fetch_add(1, std::memory_order_relaxed);
                if (refusing.fetch_add(1) < kMaxRefusing) net::co_spawn(w.ioc, refuse(std::move(socket)), net::detached);
                else --refusing;  // the socket closes as it goes out of scope
                continue;
            }
            socket.set_option(tcp::no_delay(true), ec);
            net::co_spawn(w.ioc, serve(w, std::move(socket)), net::detached);
        }
    }

    void open_acceptor(Worker& w, const tcp::endpoint& ep) {
        w.acceptor.open(ep.protocol());
        w.acceptor.set_option(net::socket_base::reuse_address(true));
        w.acceptor.set_option(net::detail::socket_option::boolean<SOL_SOCKET, SO_REUSEPORT>(true));
        w.acceptor.bind(ep);
        w.acceptor.listen(net::socket_base::max_listen_connections);
    }
};

Server::Server(ServerOptions options, std::function<Handler()> make_handler) : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
    impl_->make_handler = std::move(make_handler);
}

Server::~Server() { stop(0); }

void Server::start() {
    Impl& s = *impl_;
    int n = s.options.threads > 0 ? s.options.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    boost::system::error_code ec;
    auto address = net::ip::make_address(s.options.address, ec);
    if (ec) throw std::runtime_error("invalid listen address '" + s.options.address + "'");
    std::uint16_t port = s.options.port;
    ensure_port_is_free(s.options.address, port);  // SO_REUSEPORT would let us join another process's port
    try {
        for (int i = 0; i < n; ++i) {
            auto w = std::make_unique<Worker>();
            // The first acceptor may pick a free port; the others join it on that port.
            s.open_acceptor(*w, tcp::endpoint(address, port));
            port = w->acceptor.local_endpoint().port();
            s.workers.push_back(std::move(w));
        }
    } catch (const boost::system::system_error& e) {
        s.workers.clear();
        throw std::runtime_error("cannot listen on " + s.options.address + ":" + std::to_string(s.options.port) + ": " +
                                 e.code().message());
    }
    s.port = port;
    const long descriptors = raise_descriptor_limit();
    const long affordable = std::max<long>(kMinConnections, (descriptors - kReservedDescriptors - kMaxRefusing) / 2);
    s.connection_cap = static_cast<int>(std::min<long>(std::max(1, s.options.max_connections), affordable));
    for (auto& wp : s.workers) {
        Worker& w = *wp;
        net::co_spawn(w.ioc, s.listen(w), net::detached);
        w.thread = std::thread([&s, &w] {
            w.handler = s.make_handler();
            w.ioc.run();
        });
    }
    s.started = true;
}

std::uint16_t Server::port() const { return impl_->port; }

int Server::connection_cap() const { return impl_->connection_cap; }

int Server::open_connections() const { return impl_->open_connections.load(); }

std::uint64_t Server::refused_connections() const { return impl_->refused_total.load(); }

void Server::stop(int grace_ms) {
    Impl& s = *impl_;
    if (!s.started) return;
    s.started = false;
    s.stopping = true;
    for (auto& w : s.workers) {
        net::post(w->ioc, [&w] {
            boost::system::error_code ec;
            w->acceptor.close(ec);
        });
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(grace_ms);
    while (s.in_flight > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    for (auto& w : s.workers) {
        net::post(w->ioc, [&w] {
            for (auto* c : w->connections) c->socket().close();
        });
    }
    for (auto& w : s.workers) {
        // Connections close within moments; a stuck one must not hold the process forever.
        auto t0 = std::chrono::steady_clock::now();
        while (!w->ioc.stopped() && std::chrono::steady_clock::now() - t0 < std::chrono::seconds(2))
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        w->ioc.stop();
        if (w->thread.joinable()) w->thread.join();
    }
    s.workers.clear();
}

void block_termination_signals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

int wait_for_termination_signal() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    int sig = 0;
    sigwait(&set, &sig);
    return sig;
}

}  // namespace sk::http
