#!/bin/sh
# Prints the path of a Python 3 that can import jsonschema and yaml (for Scripts/schema/validate.py), or exits 1.
# Looks at $TEXTMINE_SCHEMA_PYTHON, python3 on PATH, Debian's /usr/bin/python3 (apt: python3-jsonschema
# python3-yaml) and .venv-schema (pip), the places `make bootstrap-schema` installs to.
cd "$(dirname "$0")/../.."
for candidate in ${TEXTMINE_SCHEMA_PYTHON:-} python3 /usr/bin/python3 "$(pwd)/.venv-schema/bin/python3"; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import jsonschema, yaml' >/dev/null 2>&1; then
    command -v "$candidate"
    exit 0
  fi
done
exit 1
