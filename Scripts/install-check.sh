#!/bin/sh
# Checks `make install` and `make uninstall` into a temporary prefix (run by `make test`, as `make install-check`):
# the debug build is installed (a release build takes minutes on 2 cores; the recipe is the same), then
#  - the installed binary runs and knows its stages;
#  - the man page is roff that man (or groff) renders, with the commands in it;
#  - the bash completion script loads and registers a completion for textmine; zsh and fish scripts are checked by
#    their shells when those are installed, and have each shell's own header otherwise;
#  - make uninstall removes exactly the installed files: a file of someone else's in the same folders stays.
set -eu
cd "$(dirname "$0")/.."
MAKE=${MAKE:-make}
start=$(date +%s)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/textmine-install.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
PREFIX="$TMP/prefix"
fail() { echo "install-check: $*" >&2; exit 1; }

$MAKE --no-print-directory install PREFIX="$PREFIX" CONFIGURATION=debug SWIFT="${SWIFT:-swift}" >"$TMP/install.log" 2>&1 ||
  { cat "$TMP/install.log" >&2; fail "make install failed"; }

for file in bin/textmine share/man/man1/textmine.1 share/bash-completion/completions/textmine \
  share/zsh/site-functions/_textmine share/fish/vendor_completions.d/textmine.fish; do
  [ -s "$PREFIX/$file" ] || fail "$file was not installed"
done
[ -x "$PREFIX/bin/textmine" ] || fail "bin/textmine is not executable"
"$PREFIX/bin/textmine" --version | grep -q '^[0-9]' || fail "the installed textmine does not print its version"
"$PREFIX/bin/textmine" stages entities | grep -q '^entities — ' || fail "the installed textmine does not list its stages"

MANPAGE="$PREFIX/share/man/man1/textmine.1"
if command -v man >/dev/null 2>&1; then
  rendered=$(MANWIDTH=100 man -l "$MANPAGE" 2>/dev/null | col -b 2>/dev/null || MANWIDTH=100 man -l "$MANPAGE")
elif command -v groff >/dev/null 2>&1; then
  rendered=$(groff -mandoc -Tutf8 "$MANPAGE" | col -b)
else
  rendered=$(cat "$MANPAGE")
  echo "install-check: neither man nor groff is installed; checking the man page's text without rendering it"
fi
for command in run check stages merge new-stage schema; do
  echo "$rendered" | grep -q "$command" || fail "the man page does not mention 'textmine $command'"
done
echo "$rendered" | grep -q "Exit codes" || fail "the man page has no exit codes"

bash -c ". '$PREFIX/share/bash-completion/completions/textmine' && complete -p textmine" >/dev/null ||
  fail "the bash completion script does not register a completion for textmine"
if command -v zsh >/dev/null 2>&1; then zsh -n "$PREFIX/share/zsh/site-functions/_textmine" || fail "zsh rejects _textmine"
else head -1 "$PREFIX/share/zsh/site-functions/_textmine" | grep -q '^#compdef textmine' || fail "_textmine is not a zsh completion"; fi
if command -v fish >/dev/null 2>&1; then fish -n "$PREFIX/share/fish/vendor_completions.d/textmine.fish" || fail "fish rejects textmine.fish"
else grep -q "^complete -c 'textmine'" "$PREFIX/share/fish/vendor_completions.d/textmine.fish" || fail "textmine.fish is not a fish completion"; fi

# Uninstall removes exactly what install wrote.
echo keep >"$PREFIX/bin/someone-elses-tool"
$MAKE --no-print-directory uninstall PREFIX="$PREFIX" >"$TMP/uninstall.log" 2>&1 || { cat "$TMP/uninstall.log" >&2; fail "make uninstall failed"; }
left=$(cd "$PREFIX" && find . -type f | sort)
[ "$left" = "./bin/someone-elses-tool" ] || fail "after make uninstall, the prefix holds: $left (expected only ./bin/someone-elses-tool)"

echo "install-check: make install PREFIX=… installs textmine, its man page and bash/zsh/fish completions; make uninstall removes exactly those ($(( $(date +%s) - start )) s)"
