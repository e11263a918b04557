#ifndef TEXTMINE_CSQLITE_SHIM_H
#define TEXTMINE_CSQLITE_SHIM_H
#include <sqlite3.h>

/* SQLITE_TRANSIENT is a cast macro and does not import into Swift: it tells SQLite to copy bound text. */
static inline void csqlite_bind_text_transient(sqlite3_stmt *stmt, int index, const char *text, int length) {
    sqlite3_bind_text(stmt, index, text, length, SQLITE_TRANSIENT);
}

/* SQLITE_STATIC likewise: SQLite keeps the pointer, so the text must stay in place until the statement is stepped
   and the parameter bound again. */
static inline void csqlite_bind_text_static(sqlite3_stmt *stmt, int index, const char *text, int length) {
    sqlite3_bind_text(stmt, index, text, length, SQLITE_STATIC);
}

/* sqlite3_config is variadic and does not import into Swift. Turning off SQLite's memory statistics spares a global
   mutex on every allocation it makes; it must come before the library initialises (the first open), and is refused
   harmlessly after. */
static inline int csqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
#endif
