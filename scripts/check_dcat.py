"""Harvests the DCAT-AP.de catalogue as GovData's harvester does and validates it.

For each format (Turtle, RDF/XML, JSON-LD): starts at /dcat/catalog.EXT?page=1, follows hydra:next
(else hydra:nextPage) of the hydra:PagedCollection until there is none, and stores every page; then
runs the DCAT-AP.de kit's validate.py --strict on all pages of the format together (zero violations
required). Checks that the harvest saw exactly the open datasets and the indicators the API lists, each once, that
hydra:totalItems says so on every page, that dct:identifier equals each dataset's IRI, and that no
restricted or internal dataset of the ethics register appears. Talks only to the address given.
Usage: check_dcat.py BASE KIT_DIR WORKDIR. Prints 'N passed, N failed'."""
import json
import subprocess
import sys
import urllib.request

from rdflib import Graph, Namespace, RDF, URIRef

base, kit, workdir = sys.argv[1], sys.argv[2], sys.argv[3]
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
HYDRA = Namespace("http://www.w3.org/ns/hydra/core#")
FORMATS = {"ttl": ("turtle", "text/turtle"), "rdf": ("xml", "application/rdf+xml"),
           "jsonld": ("json-ld", "application/ld+json")}
passed = failed = 0


def result(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}" + (f"\n{detail}" if detail else ""))


def fetch(url, accept=None):
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.headers.get("Content-Type", ""), response.read()


def api(path):
    return json.loads(fetch(base + path)[1])


open_ids = {d["id"] for d in api("/api/v1/datasets")}
# Every indicator is a dataset of its own, at its page's address.
indicator_ids = {"indikatoren/" + d["id"] for d in api("/api/v1/indicators")}
result(indicator_ids, "the demo has indicators", f"  {indicator_ids}")
open_ids |= indicator_ids
closed_ids = {d["id"] for d in api("/api/v1/ethics-register") if d["access"] != "open"}
result(open_ids and closed_ids, "the demo has open and non-public datasets", f"  {open_ids} {closed_ids}")

for suffix, (parser, media) in FORMATS.items():
    url, pages, seen, totals = f"{base}/dcat/catalog.{suffix}?page=1", [], [], set()
    while url and len(pages) < 1000:
        ctype, body = fetch(url)
        result(ctype.startswith(media), f"{suffix}: {url} is {media}", f"  got {ctype}")
        path = f"{workdir}/catalog-{len(pages) + 1}.{suffix}"
        with open(path, "wb") as f:
            f.write(body)
        pages.append(path)
        graph = Graph().parse(data=body, format=parser)
        for dataset in graph.subjects(RDF.type, DCAT.Dataset):
            seen.append(str(dataset).rsplit("/daten/", 1)[-1])
            identifiers = [str(o) for o in graph.objects(dataset, DCT.identifier)]
            result(identifiers == [str(dataset)], f"{suffix}: dct:identifier of {dataset} is its IRI",
                   f"  {identifiers}")
        collections = list(graph.subjects(RDF.type, HYDRA.PagedCollection))
        result(len(collections) == 1, f"{suffix}: one hydra:PagedCollection on {url}")
        if not collections:
            break
        paging = collections[0]
        totals.update(int(o) for o in graph.objects(paging, HYDRA.totalItems))
        following = ([str(o) for o in graph.objects(paging, HYDRA.next)]
                     or [str(o) for o in graph.objects(paging, HYDRA.nextPage)])
        url = following[0] if following else None
    result(sorted(seen) == sorted(open_ids), f"{suffix}: the harvest saw every open dataset once ({len(pages)} pages)",
           f"  seen {sorted(seen)}\n  open {sorted(open_ids)}")
    result(not (set(seen) & closed_ids), f"{suffix}: no restricted or internal dataset")
    result(totals == {len(open_ids)}, f"{suffix}: hydra:totalItems is {len(open_ids)} on every page", f"  {totals}")
    command = ([sys.executable, f"{kit}/validate.py", "--strict"]
               + (["--format", "xml"] if suffix == "rdf" else []) + pages)
    run = subprocess.run(command, capture_output=True, text=True)
    last = (run.stdout.strip().splitlines() or ["(no output)"])[-1]
    result(run.returncode == 0 and last.startswith("0 violations"),
           f"{suffix}: validate.py --strict on all {len(pages)} pages: {last}", run.stdout[-3000:] + run.stderr[-2000:])

for suffix, (_, media) in FORMATS.items():
    ctype, _ = fetch(f"{base}/dcat/catalog", accept=media)
    result(ctype.startswith(media), f"/dcat/catalog with Accept {media}", f"  got {ctype}")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or not passed else 0)
