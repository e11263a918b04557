#!/usr/bin/env python3
"""Validates pipeline files against textmine's JSON Schema with a real validator (the `jsonschema` package).

    validate.py SCHEMA.json PIPELINE.yaml...

Prints one line per problem (`FILE: at stages/2/entities: 'patern' was unexpected`) and exits 1 when any file is
invalid, 2 when the schema itself is not a valid draft 2020-12 schema. YAML is read the way editors'
yaml-language-server reads it (YAML 1.2 core schema): only true/false are booleans, so `on:` stays a string key.
"""
import json
import re
import sys

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 booleans (PyYAML follows YAML 1.1, where yes/no/on/off are booleans)."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def where(error):
    path = "/".join(str(part) for part in error.absolute_path)
    return path or "(top level)"


def main(arguments):
    if len(arguments) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(arguments[0], encoding="utf-8") as handle:
        schema = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema)
    if validator_class is not jsonschema.Draft202012Validator:
        print(f"{arguments[0]}: not a draft 2020-12 schema ($schema is {schema.get('$schema')!r})", file=sys.stderr)
        return 2
    try:
        validator_class.check_schema(schema)
    except jsonschema.SchemaError as error:
        print(f"{arguments[0]}: invalid schema: {error.message}", file=sys.stderr)
        return 2
    validator = validator_class(schema)
    failed = False
    for path in arguments[1:]:
        with open(path, encoding="utf-8") as handle:
            document = yaml.load(handle, Loader=Yaml12Loader)
        errors = sorted(validator.iter_errors(document), key=lambda error: list(map(str, error.absolute_path)))
        for error in errors:
            # For a oneOf/anyOf, the deepest sub-error says what is actually wrong; at equal depth, one from the
            # branch of the right shape (not a mere type or enum mismatch with another branch).
            detail = error
            while detail.context:
                detail = max(detail.context, key=lambda sub: (len(sub.absolute_path), sub.validator not in ("type", "enum")))
            print(f"{path}: at {where(detail)}: {detail.message}")
        if errors:
            failed = True
        else:
            print(f"{path}: valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
