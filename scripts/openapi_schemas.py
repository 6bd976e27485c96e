#!/usr/bin/env python3
"""Writes the JSON schemas of docs/openapi.json from recorded API test exchanges.

    cd build/debug/tests && SK_OPENAPI_RECORD=/tmp/sqlite.jsonl SK_TEST_DB=sqlite ./api_tests
    SK_OPENAPI_RECORD=/tmp/pg.jsonl SK_TEST_DB=postgres ./api_tests      # both: PostgreSQL sums are decimals
    scripts/openapi_schemas.py /tmp/sqlite.jsonl /tmp/pg.jsonl

Every operation gets, from what the tests sent and received:
  * query parameters: the names the tests used on requests the server accepted (values are text);
  * requestBody: the schema of the JSON bodies the server accepted (a 2xx answer);
  * one response per status code answered with JSON, except error answers ({"error": …}), which the shared
    Error schema of "default" describes.
A schema is the union of the examples: the types seen (integers widen to numbers, null makes a field
nullable), the properties of objects with those present in every example required, and arrays' items
merged. An object keyed by data (criterion ids, numbers, more than 40 different keys) becomes a map
(additionalProperties). Operations the tests never reached with JSON keep what they have.

Review the diff before committing: the schemas say what the server answers today, and the contract test
(tests/api/openapi_contract.cpp) holds it to that from then on.
"""
import collections
import json
import re
import sys

DOC = "docs/openapi.json"
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
DATA_KEY = re.compile(r"^(C\d{2}|E\d|\d+|[a-z]{2}-[A-Z]{2})$")


def is_map(keys):
    return len(keys) > 40 or any(not IDENTIFIER.match(k) or DATA_KEY.match(k) for k in keys)


def infer(values):
    types, objects, arrays = set(), [], []
    for v in values:
        if v is None:
            types.add("null")
        elif isinstance(v, bool):
            types.add("boolean")
        elif isinstance(v, int):
            types.add("integer")
        elif isinstance(v, float):
            types.add("number")
        elif isinstance(v, str):
            types.add("string")
        elif isinstance(v, list):
            types.add("array")
            arrays.append(v)
        else:
            types.add("object")
            objects.append(v)
    if "number" in types:
        types.discard("integer")
    order = ["object", "array", "string", "integer", "number", "boolean", "null"]
    kinds = [t for t in order if t in types]
    schema = collections.OrderedDict()
    if kinds:
        schema["type"] = kinds[0] if len(kinds) == 1 else kinds
    if objects:
        keys = set().union(*[o.keys() for o in objects])
        if keys and is_map(keys):
            schema["additionalProperties"] = infer([v for o in objects for v in o.values()])
        elif keys:
            schema["properties"] = collections.OrderedDict(
                (k, infer([o[k] for o in objects if k in o])) for k in sorted(keys)
            )
            required = [k for k in sorted(keys) if all(k in o for o in objects)]
            if required:
                schema["required"] = required
    if arrays:
        items = [x for a in arrays for x in a]
        if items:
            schema["items"] = infer(items)
    return schema


def is_error(body):
    return isinstance(body, dict) and set(body.keys()) == {"error"}


def main(paths):
    requests = collections.defaultdict(list)
    responses = collections.defaultdict(list)
    queries = collections.defaultdict(set)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                x = json.loads(line)
                key = (x["route"], x["method"].lower())
                if x["route"] == "/api/openapi.json":
                    continue  # the document itself: its own schema is set by hand
                status = x["status"]
                if 200 <= status < 300:
                    queries[key].update(q for q in x.get("query", []) if q)
                if "request" in x and 200 <= status < 300:
                    requests[key].append(x["request"])
                if "response" in x and not (status >= 400 and is_error(x["response"])):
                    responses[(key, str(status))].append(x["response"])
    with open(DOC, encoding="utf-8") as f:
        doc = json.load(f, object_pairs_hook=collections.OrderedDict)
    touched = 0
    for route, item in doc["paths"].items():
        for method, op in item.items():
            key = (route, method)
            if queries.get(key):
                params = [p for p in op.get("parameters", []) if p.get("in") != "query"]
                params += [{"name": q, "in": "query", "required": False, "schema": {"type": "string"},
                            "description": "See docs/api.md (paging, sorting, search and this list's filters)."}
                           for q in sorted(queries[key])]
                op["parameters"] = params
            if key in requests:
                op["requestBody"] = {
                    "required": True,
                    "content": {"application/json": {"schema": infer(requests[key])}},
                }
                touched += 1
            codes = sorted(c for (k, c) in responses if k == key)
            if codes:
                new = collections.OrderedDict()
                for c in codes:
                    new[c] = {
                        "description": "Success." if c.startswith("2") else "See docs/api.md.",
                        "content": {"application/json": {"schema": infer(responses[(key, c)])}},
                    }
                for c, r in op["responses"].items():
                    if c not in new:
                        new[c] = r
                op["responses"] = new
                touched += 1
    with open(DOC, "w", encoding="utf-8") as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    print(f"{DOC}: {touched} request and answer schemas from {sum(map(len, requests.values()))} requests "
          f"and {sum(map(len, responses.values()))} answers")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
