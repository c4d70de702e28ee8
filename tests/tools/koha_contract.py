#!/usr/bin/env python3
"""Validates JSON objects (stdin: an object or an array of them) against a Koha REST API
definition (shared/reference/koha-api/definitions/<name>.yaml): declared types including
nullability, date and date-time formats, the required list, and additionalProperties: false.
Prints one line per problem; exit status 1 when there is any."""
import json
import re
import sys

import yaml

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def type_ok(value, name):
    return {
        "null": value is None,
        "string": isinstance(value, str),
        "boolean": isinstance(value, bool),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        "object": isinstance(value, dict),
        "array": isinstance(value, list),
    }.get(name, True)


def check(obj, schema, where):
    problems = []
    if not isinstance(obj, dict):
        return [f"{where}: not an object"]
    props = schema.get("properties", {})
    for key in schema.get("required", []):
        if key not in obj:
            problems.append(f"{where}: required field {key} missing")
    for key, value in obj.items():
        if key not in props:
            if schema.get("additionalProperties") is False:
                problems.append(f"{where}: field {key} is not in the definition")
            continue
        spec = props[key]
        types = spec.get("type")
        if types is None:
            continue
        types = types if isinstance(types, list) else [types]
        if not any(type_ok(value, t) for t in types):
            problems.append(f"{where}.{key}: {value!r} is not {types}")
            continue
        fmt = spec.get("format")
        if isinstance(value, str) and fmt == "date" and not DATE.match(value):
            problems.append(f"{where}.{key}: {value!r} is not a date")
        if isinstance(value, str) and fmt == "date-time" and not DATE_TIME.match(value):
            problems.append(f"{where}.{key}: {value!r} is not a date-time")
    return problems


def main():
    definitions, name = sys.argv[1], sys.argv[2]
    with open(f"{definitions}/{name}.yaml", encoding="utf-8") as f:
        schema = yaml.safe_load(f)
    data = json.load(sys.stdin)
    objects = data if isinstance(data, list) else [data]
    problems = []
    for i, obj in enumerate(objects):
        problems += check(obj, schema, f"{name}[{i}]")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
