#!/bin/sh
# The test step of `make test`: runs the built suite, keeps its output in .build/test.log, then prints every skipped
# test with its reason, and fails when a tool the Makefile installs (pcre2grep, chromium, sqlite3) is missing, since
# the tests that need one skip without it. TEXTMINE_ALLOW_MISSING_TOOLS=1 turns that failure into a warning (for a
# machine where the Makefile cannot install them).
#
# The suite runs in one process, not with --parallel: in parallel mode SwiftPM prints nothing about skipped tests.
set -u
SWIFT=${SWIFT:-swift}
log=.build/test.log
mkdir -p .build
{ "$SWIFT" test --skip-build "$@" 2>&1; echo $? > "$log.status"; } | tee "$log"
status=$(cat "$log.status")

# XCTest: "FILE:LINE: Class.test : Test skipped - reason"; Swift Testing: "Test name() skipped: reason".
skips=$(grep -E ': Test skipped - |Test .* skipped' "$log" | grep -v "^Test Case '" |
  sed -E 's/^.*: ([A-Za-z0-9_]+\.[A-Za-z0-9_]+) : Test skipped - /\1: /; s/^.*Test (.*) skipped(: )?/\1: /')
count=$(printf '%s' "$skips" | grep -c . || true)
echo
echo "make test: $count skipped test(s)"
[ "$count" -gt 0 ] && printf '%s\n' "$skips" | sed 's/^/  skipped: /'

missing=
for tool in pcre2grep chromium sqlite3; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ]; then
  if [ "${TEXTMINE_ALLOW_MISSING_TOOLS:-0}" = 1 ]; then
    echo "make test: warning: missing$missing (installed by 'make bootstrap'/'make bootstrap-browser'); the tests that need them skipped"
  else
    echo "make test: error: missing$missing, which the Makefile installs ('make bootstrap', 'make bootstrap-browser'); the tests that need them skipped. Install them, or set TEXTMINE_ALLOW_MISSING_TOOLS=1 to accept the skips" >&2
    [ "$status" = 0 ] && status=1
  fi
fi
exit "$status"
