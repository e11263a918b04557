#ifndef TEXTMINE_CPCRE2_SHIM_H
#define TEXTMINE_CPCRE2_SHIM_H

/* PCRE2 is built for several code-unit widths; TextMine only ever matches UTF-8. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>

/* PCRE2_UNSET is a cast macro and does not import into Swift. */
static inline bool cpcre2_is_unset(PCRE2_SIZE value) { return value == PCRE2_UNSET; }

#endif
