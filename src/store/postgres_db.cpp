// Placeholder until the PostgreSQL backend lands.
#include "store/db.h"
namespace sk::store {
std::unique_ptr<Db> open_postgres(const std::string&) { throw DbError(DbError::Kind::other, "PostgreSQL backend not built yet"); }
}
