#ifndef TEXTMINE_CSQLITE_SHIM_H
#define TEXTMINE_CSQLITE_SHIM_H
#include <sqlite3.h>

/* SQLITE_TRANSIENT is a cast macro and does not import into Swift: it tells SQLite to copy bound text. */
static inline void csqlite_bind_text_transient(sqlite3_stmt *stmt, int index, const char *text, int length) {
    sqlite3_bind_text(stmt, index, text, length, SQLITE_TRANSIENT);
}
#endif
