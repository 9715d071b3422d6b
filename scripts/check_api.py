"""Checks the running API against its own OpenAPI 3.1 document: the document is valid, every
path answers, and every 200 and 4xx body matches the schema the document gives for it.
Talks only to the address it is given (127.0.0.1). Prints 'N passed, N failed'."""
import json
import sys
import time
import urllib.error
import urllib.request

from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate


base = sys.argv[1]


def get(path):
    try:
        with urllib.request.urlopen(base + path, timeout=10) as r:
            return r.status, r.headers.get("Content-Type", ""), json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), json.load(e)


for _ in range(100):
    try:
        get("/healthz")
        break
    except Exception:
        time.sleep(0.2)

status, _, doc = get("/api/openapi.json")
validate(doc)


passed, failed = 1, 0  # the document itself


def check(path, expected_status, operation_path):
    global passed, failed
    status, ctype, body = get(path)
    op = doc["paths"][operation_path]["get"]
    response = op["responses"].get(str(status))
    if status != expected_status or response is None:
        print(f"FAIL {path}: status {status}, expected {expected_status}")
        failed += 1
        return
    if "$ref" in response:
        response = doc["components"]["responses"][response["$ref"].split("/")[-1]]
    media = next(iter(response["content"]))
    if not ctype.startswith(media):
        print(f"FAIL {path}: content type {ctype}, documented {media}")
        failed += 1
        return
    schema = dict(response["content"][media]["schema"])
    schema["components"] = doc["components"]
    errors = list(OAS31Validator(schema).iter_errors(body))
    if errors:
        print(f"FAIL {path}: {errors[0].message} at {list(errors[0].absolute_path)}")
        failed += 1
    else:
        passed += 1


cases = [
    ("/healthz", 200, "/healthz"),
    ("/api/v1/strategies", 200, "/api/v1/strategies"),
    ("/api/v1/measures", 200, "/api/v1/measures"),
    ("/api/v1/measures?as_of=2019-12-31", 200, "/api/v1/measures"),
    ("/api/v1/measures?field=1&status=etabliert&department=FB%2012", 200, "/api/v1/measures"),
    ("/api/v1/measures?known_at=2020-01-01", 200, "/api/v1/measures"),
    ("/api/v1/measures?as_of=gestern", 400, "/api/v1/measures"),
    ("/api/v1/measures?colour=blue", 400, "/api/v1/measures"),
    ("/api/v1/measures?status=fertig", 400, "/api/v1/measures"),
    ("/api/v1/measures?strategy=nope", 400, "/api/v1/measures"),
    ("/api/v1/measures/1.1", 200, "/api/v1/measures/{number}"),
    ("/api/v1/measures/1.12?as_of=2019-12-31", 200, "/api/v1/measures/{number}"),
    ("/api/v1/measures/1.13?as_of=2019-12-31", 404, "/api/v1/measures/{number}"),
    ("/api/v1/measures/9.99", 404, "/api/v1/measures/{number}"),
    ("/api/v1/fields", 200, "/api/v1/fields"),
    ("/api/v1/departments", 200, "/api/v1/departments"),
    ("/api/v1/statuses", 200, "/api/v1/statuses"),
    ("/api/v1/strategies/smart-city/text/versions", 200, "/api/v1/strategies/{slug}/text/versions"),
    ("/api/v1/strategies/unbekannt/text/versions", 404, "/api/v1/strategies/{slug}/text/versions"),
    ("/api/v1/strategies/smart-city/text/versions/2", 200, "/api/v1/strategies/{slug}/text/versions/{number}"),
    ("/api/v1/strategies/smart-city/text/versions/0", 400, "/api/v1/strategies/{slug}/text/versions/{number}"),
    ("/api/v1/strategies/smart-city/text/versions/7", 404, "/api/v1/strategies/{slug}/text/versions/{number}"),
    ("/api/v1/strategies/smart-city/text/diff?from=1&to=2", 200, "/api/v1/strategies/{slug}/text/diff"),
    ("/api/v1/strategies/smart-city/text/diff?from=1", 400, "/api/v1/strategies/{slug}/text/diff"),
    ("/api/v1/strategies/smart-city/text/versions/2/contributions", 200,
     "/api/v1/strategies/{slug}/text/versions/{number}/contributions"),
    ("/api/v1/strategies/smart-city/text/versions/1/contributions", 200,
     "/api/v1/strategies/{slug}/text/versions/{number}/contributions"),
    ("/api/v1/strategies/smart-city/text/versions/9/contributions", 404,
     "/api/v1/strategies/{slug}/text/versions/{number}/contributions"),
    ("/api/v1/strategies/smart-city/text/versions/1/figures", 200,
     "/api/v1/strategies/{slug}/text/versions/{number}/figures"),
    ("/api/v1/strategies/smart-city/text/versions/2/figures", 200,
     "/api/v1/strategies/{slug}/text/versions/{number}/figures"),
    ("/api/v1/strategies/smart-city/text/versions/9/figures", 404,
     "/api/v1/strategies/{slug}/text/versions/{number}/figures"),
    ("/api/v1/datasets", 200, "/api/v1/datasets"),
    ("/api/v1/datasets?x=1", 400, "/api/v1/datasets"),
    ("/api/v1/datasets/parkhaus-belegung", 200, "/api/v1/datasets/{slug}"),
    ("/api/v1/datasets/buergerservice-anliegen", 404, "/api/v1/datasets/{slug}"),
    ("/api/v1/applications", 200, "/api/v1/applications"),
    ("/api/v1/applications?x=1", 400, "/api/v1/applications"),
    ("/api/v1/applications/energie-dashboard", 200, "/api/v1/applications/{slug}"),
    ("/api/v1/applications/gibt-es-nicht", 404, "/api/v1/applications/{slug}"),
    ("/api/v1/indicators", 200, "/api/v1/indicators"),
    ("/api/v1/indicators?x=1", 400, "/api/v1/indicators"),
    ("/api/v1/indicators/mobile-arbeit", 200, "/api/v1/indicators/{slug}"),
    ("/api/v1/indicators/smart-city-index-verwaltung", 200, "/api/v1/indicators/{slug}"),
    ("/api/v1/indicators/gibt-es-nicht", 404, "/api/v1/indicators/{slug}"),
    ("/api/v1/ethics-register", 200, "/api/v1/ethics-register"),
    ("/api/openapi.json", 200, "/api/openapi.json"),
]
documented = {c[2] for c in cases}
for path in doc["paths"]:
    if path not in documented:
        print(f"FAIL {path} is documented but not checked")
        failed += 1
for case in cases:
    check(*case)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
