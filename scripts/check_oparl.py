"""Crawls a running OParl 1.1 endpoint from /oparl/v1/system and validates every object against
the official schemas in shared/standards/oparl-1.1/schema, read as OParl means them: an embedded
`"schema": "X.json"` is a `$ref`, `format: url` is checked, and the lists Body's text calls
mandatory (agendaItem, consultation, file) are required. Also checks list filters and 400s.
Usage: check_oparl.py BASE_URL SCHEMA_DIR. Prints 'N passed, N failed'."""
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

base, schema_dir = sys.argv[1], sys.argv[2]


def rewrite(node):
    if isinstance(node, dict):
        node = {k: rewrite(v) for k, v in node.items()}
        if "schema" in node and isinstance(node["schema"], str) and node["schema"].endswith(".json"):
            node["$ref"] = node.pop("schema")
        return node
    if isinstance(node, list):
        return [rewrite(v) for v in node]
    return node


schemas = {}
for name in os.listdir(schema_dir):
    if name.endswith(".json"):
        with open(os.path.join(schema_dir, name)) as f:
            schema = rewrite(json.load(f))
        schema.pop("$schema", None)
        schemas[name] = schema
schemas["Body.json"]["required"] = schemas["Body.json"]["required"] + ["agendaItem", "consultation", "file"]
registry = Registry().with_resources([(name, Resource.from_contents(s, default_specification=None) if False else
                                       Resource.opaque(s)) for name, s in schemas.items()])
# Resource.opaque keeps the dialect out of it; the validator supplies Draft 2020-12.
checker = FormatChecker()


@checker.checks("url")
def is_url(value):
    parsed = urllib.parse.urlparse(value)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def validator(name):
    return Draft202012Validator(schemas[name], registry=registry, format_checker=checker)


from checks import result, finish  # noqa: E402


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=20) as r:
            body = r.read()
            return r.status, r.headers.get("Content-Type", ""), body
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def fetch_json(url):
    status, ctype, body = get(url)
    result(status == 200 and ctype.startswith("application/json"), f"{url}: status {status}, {ctype}")
    return json.loads(body) if status == 200 else None


seen_objects, seen_lists, seen_content = set(), set(), set()


def validate(obj, where):
    kind = obj.get("type", "").rsplit("/", 1)[-1]
    name = kind + ".json"
    if name not in schemas:
        result(False, f"{where}: unknown type {obj.get('type')}")
        return
    errors = sorted(validator(name).iter_errors(obj), key=lambda e: list(e.path))
    result(not errors, f"{where}: {kind}: " + "; ".join(f"{list(e.path)} {e.message}" for e in errors[:3]))
    # Everything it links to is crawled too.
    for key, value in obj.items():
        prop = schemas[name]["properties"].get(key, {})
        if key in ("accessUrl", "downloadUrl") and isinstance(value, str):
            if value not in seen_content:
                seen_content.add(value)
                status, _, body = get(value)
                result(status == 200 and len(body) > 0, f"{value}: status {status}")
        elif prop.get("references") == "externalList" and isinstance(value, str):
            crawl_list(value)
        elif isinstance(value, str) and prop.get("format") == "url" and value.startswith(base + "/oparl/"):
            crawl_object(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    validate(item, f"{where} > {key}")
                elif isinstance(item, str) and item.startswith(base + "/oparl/"):
                    crawl_object(item)
        elif isinstance(value, dict):
            validate(value, f"{where} > {key}")


def crawl_object(url):
    if url in seen_objects:
        return
    seen_objects.add(url)
    obj = fetch_json(url)
    if obj is not None:
        result(obj.get("id") == url, f"{url}: id is {obj.get('id')}")
        validate(obj, url)


def crawl_list(url):
    while url and url not in seen_lists:
        seen_lists.add(url)
        page = fetch_json(url)
        if page is None:
            return
        shape = isinstance(page.get("data"), list) and isinstance(page.get("pagination"), dict) and isinstance(page.get("links"), dict)
        result(shape, f"{url}: not an OParl list")
        if not shape:
            return
        for item in page["data"]:
            seen_objects.add(item.get("id"))
            validate(item, url)
        url = page["links"].get("next")


crawl_object(base + "/oparl/v1/system")
types = set()
for url in list(seen_objects):
    pass
result(len(seen_objects) >= 10, f"only {len(seen_objects)} objects reached")

# Filters are kept in the links; bad ones are refused.
papers = fetch_json(base + "/oparl/v1/body/1/papers?modified_since=2000-01-01T00:00:00%2B01:00")
result(papers is not None and "modified_since=2000-01-01T00:00:00%2B01:00" in papers["links"]["self"], "modified_since is not kept in the links")
result(papers is not None and len(papers["data"]) >= 1, "modified_since 2000 filtered everything out")
later = fetch_json(base + "/oparl/v1/body/1/papers?created_since=2999-01-01T00:00:00Z")
result(later is not None and later["data"] == [] and later["pagination"]["totalElements"] == 0, "created_since in the future still lists papers")
for bad in ["?modified_since=gestern", "?page=0", "?colour=blue"]:
    status, ctype, body = get(base + "/oparl/v1/body/1/papers" + bad)
    result(status == 400 and "parameter" in json.loads(body), f"papers{bad}: status {status}")
status, _, _ = get(base + "/oparl/v1/paper/999999")
result(status == 404, f"an unknown paper gave {status}")

finish()
