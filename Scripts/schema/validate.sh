#!/bin/sh
# Validates pipeline files against a schema: Scripts/schema/validate.sh SCHEMA.json PIPELINE.yaml...
# (`make bootstrap-schema` installs the validator; see validate.py.)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
python=$("$here/python.sh") || { echo "validate.sh: no Python with jsonschema and yaml; run 'make bootstrap-schema'" >&2; exit 3; }
exec "$python" "$here/validate.py" "$@"
