"""Fetches every Atom feed a running server's pages link (<link rel="alternate"
type="application/atom+xml">, found by walking the public pages and the pages the feeds' entries
link) and validates each against RFC 4287's RELAX NG schema with jing. Also checks what the schema
leaves to the RFC's prose and Schematron rules: an author for every entry, content or an alternate
link in every entry, one self link, absolute and unique ids, times with a time zone, at most 50
entries, the content type; and that ids stay the same for another Host header and the other
language. Usage: check_feeds.py BASE_URL SCHEMA.rnc. Prints 'N passed, N failed'."""
import html.parser
import re
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

base, schema = sys.argv[1].rstrip("/"), sys.argv[2]
ATOM = "{http://www.w3.org/2005/Atom}"
# RFC 3339: a date-time always has a time zone (xsd:dateTime, which the schema checks, may not).
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
START = ["/", "/massnahmen", "/massnahmen?feld=1", "/strategien"]
MAX_PAGES = 200

from checks import result, finish  # noqa: E402


def fetch(path, headers=None):
    request = urllib.request.Request(base + path, headers=headers or {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.headers.get("Content-Type", ""), response.read()


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.feeds, self.pages = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and a.get("rel") == "alternate" and a.get("type") == "application/atom+xml":
            self.feeds.append(a.get("href", ""))
        if tag == "a" and a.get("href", "").startswith("/strategien/"):
            self.pages.append(a["href"])


def local(href):
    """The path and query of a link on this site (relative or under BASE_URL); None elsewhere."""
    url = urllib.parse.urljoin(base + "/", href)
    if not url.startswith(base + "/"):
        return None
    parts = urllib.parse.urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


# Walk the pages: the starting ones, the strategies' text pages, and every page an entry links.
pages, seen, feeds = list(START), set(), {}
while pages and len(seen) < MAX_PAGES:
    page = pages.pop(0)
    if page in seen:
        continue
    seen.add(page)
    kind, body = fetch(page)
    links = Links()
    links.feed(body.decode("utf-8"))
    if page == "/strategien":
        pages += [p for p in links.pages if re.fullmatch(r"/strategien/[a-z0-9-]+/text", p)]
    for href in links.feeds:
        path = local(href)
        result(path is not None, f"{page}: feed link {href} leads off the site")
        if path is None or path in feeds:
            continue
        kind, body = fetch(path)
        feeds[path] = body
        result(kind == "application/atom+xml; charset=utf-8", f"{path}: content type {kind}")
        for link in ET.fromstring(body).iter(ATOM + "link"):
            target = local(link.get("href", ""))
            if link.get("rel") == "alternate" and target and target.split("#")[0] not in seen:
                pages.append(target.split("#")[0])

result(len(feeds) >= 5, f"feeds found: {sorted(feeds)}")
print(f"{len(feeds)} feeds linked from {len(seen)} pages")

# The schema, all feeds in one run of jing.
with tempfile.TemporaryDirectory() as folder:
    files = []
    for index, (path, body) in enumerate(sorted(feeds.items())):
        name = f"{folder}/{index}.atom"
        with open(name, "wb") as out:
            out.write(body)
        files.append((name, path))
    run = subprocess.run(["jing", "-c", schema] + [name for name, _ in files], capture_output=True, text=True)
    errors = [line for line in run.stdout.splitlines() if ": error:" in line or ": fatal:" in line]
    for name, path in files:
        mine = [line for line in errors if line.startswith(name + ":")]
        result(not mine, f"{path} against RFC 4287's schema:\n  " + "\n  ".join(mine))
    result(run.returncode == 0 or errors, f"jing ran: {run.stderr[-500:]}")


def ids(body):
    root = ET.fromstring(body)
    return [root.findtext(ATOM + "id")] + [e.findtext(ATOM + "id") for e in root.findall(ATOM + "entry")]


def alternates(element):
    found = [(l.get("type"), l.get("hreflang")) for l in element.findall(ATOM + "link")
             if l.get("rel", "alternate") == "alternate"]
    return len(found) == len(set(found)), bool(found)


# What the schema does not say.
for path, body in sorted(feeds.items()):
    root = ET.fromstring(body)
    entries = root.findall(ATOM + "entry")
    has_author = root.find(ATOM + "author") is not None
    result(all(has_author or e.find(ATOM + "author") is not None for e in entries), f"{path}: an author each")
    result(all(alternates(e)[1] or e.find(ATOM + "content") is not None for e in entries),
           f"{path}: every entry has content or an alternate link")
    result(all(alternates(x)[0] for x in [root] + entries), f"{path}: one alternate link per type and language")
    result(len([l for l in root.findall(ATOM + "link") if l.get("rel") == "self"]) == 1, f"{path}: one self link")
    every = ids(body)
    result(all(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", i or "") for i in every), f"{path}: ids are absolute IRIs")
    result(len(set(every)) == len(every), f"{path}: ids are unique")
    times = [u.text or "" for u in root.iter(ATOM + "updated")]
    result(all(RFC3339.match(t) for t in times), f"{path}: times in RFC 3339 with a zone: {times[:3]}")
    result(all(times[0] >= t for t in times[1:]), f"{path}: the feed is as recent as its latest entry")
    result(len(entries) <= 50, f"{path}: at most 50 entries, not {len(entries)}")
    # Stable ids: the same for another Host header and for the other language.
    _, other_host = fetch(path, {"Host": "anderer-host.example:8080"})
    result(ids(other_host) == every, f"{path}: ids change with the Host header")
    _, english = fetch(path, {"Cookie": "lang=en"})
    result(ids(english) == every, f"{path}: ids change with the language")
    result(ET.fromstring(english).get("{http://www.w3.org/XML/1998/namespace}lang") == "en",
           f"{path}: the English feed says so")

finish()
