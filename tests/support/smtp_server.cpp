#include "support/smtp_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "support/file_readers.h"

namespace sk::test {
namespace {

namespace fs = std::filesystem;

// Debian's Python has aiosmtpd; the `python3` first on PATH may not.
constexpr const char* kPython = "/usr/bin/python3";

// `serve <dir> <fault> <tls>`: an SMTP server on a free port; writes <dir>/port once it listens, and
//   <dir>/mail/NNNNNN.eml (raw) then NNNNNN.json (envelope + decoded fields) per message. With TLS it
//   first makes a self-signed certificate for 127.0.0.1 (<dir>/cert.pem, the file a client trusts).
// `decode <file>`: prints the decoded fields of one message as JSON.
constexpr const char* kMailTool = R"PY(
import asyncio, email, email.policy, json, os, ssl, subprocess, sys

def write(path, data):
    with open(path + '.tmp', 'wb') as f:
        f.write(data)
    os.rename(path + '.tmp', path)

def decode(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    defects = [type(d).__name__ for d in msg.defects]
    out = {}
    for key, name in (('from', 'From'), ('to', 'To'), ('subject', 'Subject'),
                      ('message_id', 'Message-ID'), ('date', 'Date')):
        h = msg.get(name)
        out[key] = '' if h is None else str(h)
        defects += ['%s in %s' % (type(d).__name__, name) for d in getattr(h, 'defects', ())]
    part = msg.get_body(preferencelist=('plain',))
    if part is None:
        out['body'] = ''
        defects.append('no text/plain body')
    else:
        out['body'] = part.get_content().replace('\r\n', '\n')
    out['defects'] = defects
    return out

def tls_context(folder):
    cert, key = os.path.join(folder, 'cert.pem'), os.path.join(folder, 'key.pem')
    # An EC key: made in milliseconds, where RSA would take a noticeable part of a test.
    subprocess.run(['openssl', 'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
                    '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1',
                    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    return ctx

class Bare(asyncio.Protocol):
    """Just enough SMTP to reach DATA, then the fault: 'stall' never answers the data, 'drop' closes
    the connection once the first bytes of the message arrive."""
    def __init__(self, fault):
        self.fault, self.buf, self.in_data = fault, b'', False
    def connection_made(self, transport):
        self.t = transport
        transport.write(b'220 127.0.0.1 ESMTP test\r\n')
    def data_received(self, data):
        if self.in_data:
            if self.fault == 'drop':
                self.t.close()
            return
        self.buf += data
        while b'\r\n' in self.buf and not self.in_data:
            line, self.buf = self.buf.split(b'\r\n', 1)
            verb = line[:4].upper()
            if verb in (b'EHLO', b'HELO'):
                self.t.write(b'250 127.0.0.1\r\n')
            elif verb == b'DATA':
                self.in_data = True
                self.t.write(b'354 End data with <CR><LF>.<CR><LF>\r\n')
            elif verb == b'QUIT':
                self.t.write(b'221 Bye\r\n')
                self.t.close()
            else:
                self.t.write(b'250 OK\r\n')

async def serve(folder, fault, tls):
    from aiosmtpd.smtp import SMTP
    maildir = os.path.join(folder, 'mail')
    os.makedirs(maildir, exist_ok=True)
    count = [0]

    class Handler:
        async def handle_MAIL(self, server, session, envelope, address, mail_options):
            if fault == 'mail-550':
                return '550 5.7.1 <%s>: sender address rejected' % address
            envelope.mail_from = address
            envelope.mail_options.extend(mail_options)
            return '250 OK'

        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if fault == 'rcpt-550':
                return '550 5.1.1 <%s>: no such user here' % address
            if fault == 'rcpt-451':
                return '451 4.3.0 mailbox busy, try again later'
            envelope.rcpt_tos.append(address)
            return '250 OK'

        async def handle_DATA(self, server, session, envelope):
            if fault == 'data-554':
                return '554 5.7.1 message refused as spam'
            count[0] += 1
            base = os.path.join(maildir, '%06d' % count[0])
            raw = envelope.original_content or envelope.content
            info = {'envelope_from': envelope.mail_from, 'envelope_to': list(envelope.rcpt_tos)}
            try:
                info.update(decode(raw))
            except Exception as e:
                info['defects'] = ['cannot decode: %r' % e]
            write(base + '.eml', raw)
            write(base + '.json', json.dumps(info).encode())  # last: it marks the message complete
            return '250 Message accepted'

    loop = asyncio.get_running_loop()
    ctx = tls_context(folder) if tls != 'none' else None
    if fault in ('stall', 'drop'):
        factory = lambda: Bare(fault)
    elif tls == 'starttls':
        factory = lambda: SMTP(Handler(), tls_context=ctx, require_starttls=True)
    else:
        factory = lambda: SMTP(Handler())
    server = await loop.create_server(factory, '127.0.0.1', 0, ssl=ctx if tls == 'implicit' else None)
    write(os.path.join(folder, 'port'), str(server.sockets[0].getsockname()[1]).encode())
    await asyncio.Event().wait()

if sys.argv[1] == 'serve':
    asyncio.run(serve(sys.argv[2], sys.argv[3], sys.argv[4]))
else:
    with open(sys.argv[2], 'rb') as f:
        print(json.dumps(decode(f.read())))
)PY";

void write_file(const fs::path& p, std::string_view data) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    if (!out) throw std::runtime_error("cannot write " + p.string());
}

std::string make_temp_dir() {
    char tmpl[] = "/tmp/sk-smtp-XXXXXX";
    if (!mkdtemp(tmpl)) throw std::runtime_error("cannot create a temporary folder");
    return tmpl;
}

std::string json_str(const boost::json::object& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : std::string();
}

std::vector<std::string> json_strings(const boost::json::object& o, const char* key) {
    std::vector<std::string> out;
    if (auto it = o.find(key); it != o.end() && it->value().is_array()) {
        for (const auto& v : it->value().as_array()) out.emplace_back(v.as_string());
    }
    return out;
}

void fill_decoded(DecodedMail& m, const std::string& json) {
    const auto o = boost::json::parse(json).as_object();
    m.from = json_str(o, "from");
    m.to = json_str(o, "to");
    m.subject = json_str(o, "subject");
    m.message_id = json_str(o, "message_id");
    m.date = json_str(o, "date");
    m.body = json_str(o, "body");
    m.defects = json_strings(o, "defects");
}

const char* fault_arg(SmtpFault fault) {
    switch (fault) {
        case SmtpFault::none: return "none";
        case SmtpFault::refuse_sender: return "mail-550";
        case SmtpFault::refuse_recipient: return "rcpt-550";
        case SmtpFault::busy_recipient: return "rcpt-451";
        case SmtpFault::refuse_data: return "data-554";
        case SmtpFault::stall: return "stall";
        case SmtpFault::drop: return "drop";
    }
    return "none";
}

const char* tls_arg(SmtpTls tls) {
    switch (tls) {
        case SmtpTls::none: return "none";
        case SmtpTls::starttls: return "starttls";
        case SmtpTls::implicit: return "implicit";
    }
    return "none";
}

}  // namespace

SmtpServer::SmtpServer(SmtpServerOptions options) : options_(options) {
    dir_ = make_temp_dir();
    const std::string script = dir_ + "/mailtool.py";
    const std::string log = dir_ + "/server.log";
    write_file(script, kMailTool);

    // Everything the child needs is prepared before fork(): only async-signal-safe calls after it.
    const char* argv[] = {kPython, script.c_str(), "serve", dir_.c_str(), fault_arg(options.fault), tls_arg(options.tls), nullptr};
    const pid_t parent = getpid();
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        // The server must not outlive a test binary that crashes before the destructor runs.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent) _exit(1);
        const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
            close(fd);
        }
        execv(kPython, const_cast<char* const*>(argv));
        _exit(127);
    }

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            const std::string why = read_file(log);
            fs::remove_all(dir_);
            throw std::runtime_error("the test SMTP server exited: " + why);
        }
        if (fs::exists(dir_ + "/port")) {
            port_ = std::stoi(read_file(dir_ + "/port"));
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    shutdown();
    throw std::runtime_error("the test SMTP server did not start within 10 s");
}

SmtpServer::~SmtpServer() { shutdown(); }

void SmtpServer::shutdown() {
    if (pid_ > 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
    dir_.clear();
}

std::string SmtpServer::url() const {
    const auto address = "127.0.0.1:" + std::to_string(port_);
    switch (options_.tls) {
        case SmtpTls::starttls: return "smtp://" + address + "?starttls";
        case SmtpTls::implicit: return "smtps://" + address;
        case SmtpTls::none: break;
    }
    return "smtp://" + address;
}

std::string SmtpServer::ca_file() const { return options_.tls == SmtpTls::none ? std::string() : dir_ + "/cert.pem"; }

std::vector<ReceivedMail> SmtpServer::messages() const {
    std::vector<fs::path> done;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir_ + "/mail", ec)) {
        if (entry.path().extension() == ".json") done.push_back(entry.path());
    }
    std::sort(done.begin(), done.end());
    std::vector<ReceivedMail> out;
    for (const auto& json_path : done) {
        ReceivedMail m;
        const std::string json = read_file(json_path);
        fill_decoded(m, json);
        const auto o = boost::json::parse(json).as_object();
        m.envelope_from = json_str(o, "envelope_from");
        m.envelope_to = json_strings(o, "envelope_to");
        auto eml = json_path;
        m.raw = read_file(eml.replace_extension(".eml"));
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<ReceivedMail> SmtpServer::wait_for(std::size_t count, std::chrono::milliseconds timeout) const {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        auto got = messages();
        if (got.size() >= count) return got;
        if (std::chrono::steady_clock::now() >= deadline) {
            throw std::runtime_error("expected " + std::to_string(count) + " mails, received " +
                                     std::to_string(got.size()));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

DecodedMail decode_mail(std::string_view raw) {
    const std::string dir = make_temp_dir();
    struct Cleanup {
        std::string dir;
        ~Cleanup() {
            std::error_code ec;
            fs::remove_all(dir, ec);
        }
    } cleanup{dir};
    write_file(dir + "/mailtool.py", kMailTool);
    write_file(dir + "/message.eml", raw);
    const std::string cmd = std::string(kPython) + " " + dir + "/mailtool.py decode " + dir + "/message.eml";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) throw std::runtime_error("cannot run " + cmd);
    std::string json;
    char buf[4096];
    for (std::size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) json.append(buf, n);
    if (pclose(p) != 0) throw std::runtime_error("decoding the mail failed: " + json);
    DecodedMail m;
    fill_decoded(m, json);
    return m;
}

std::string find_link(std::string_view text, std::string_view prefix) {
    const auto start = text.find(prefix);
    if (start == std::string_view::npos) return {};
    auto end = start;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != '<' &&
           text[end] != '>' && text[end] != '"')
        ++end;
    return std::string(text.substr(start, end - start));
}

int closed_port() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("socket failed");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        close(fd);
        throw std::runtime_error("cannot find a free port");
    }
    close(fd);  // bound but never listened: nothing accepts there
    return ntohs(addr.sin_port);
}

}  // namespace sk::test
