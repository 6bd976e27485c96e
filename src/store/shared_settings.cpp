#include "store/shared_settings.h"

namespace sk::store {

std::string shared_setting(Db& db, const std::string& name, const std::function<std::string()>& make, std::int64_t now) {
    const std::string read = "SELECT value FROM shared_settings WHERE name = $1";
    if (auto r = db.exec(read, {name}); !r.empty()) return r.one().str(0);
    // ON CONFLICT DO NOTHING: of two processes starting at once, the first commit wins and the other
    // reads the winner's value below instead of keeping its own.
    db.exec("INSERT INTO shared_settings (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING", {name, make(), now});
    return db.exec(read, {name}).one().str(0);
}

}  // namespace sk::store
