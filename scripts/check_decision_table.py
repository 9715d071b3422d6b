"""The demo's Abwägungstabelle, as the council gets it.
fetch BASE_URL DIR: finds the table's files through OParl (files of a paper), downloads each and
checks its size and SHA-512 against its File object; keeps the DOCX and CSV in DIR (abwaegung.docx,
abwaegung.csv) with the live anonymised DOCX (abwaegung-live.docx), and checks that the CSV has
the DOCX's rows.
read FILE.docx...: reads each DOCX back with python-docx (also one LibreOffice saved again): a
heading, one table of the 8 contributions under a repeated header, organisations named, private
persons not. Prints 'N passed, N failed'."""
import csv
import hashlib
import io
import json
import os
import sys
import urllib.request

from checks import result, finish  # noqa: E402


def get(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.read()


def fetch(base, directory):
    papers = json.loads(get(base + "/oparl/v1/body/1/papers"))["data"]
    files = [f for p in papers for f in [p.get("mainFile")] + p.get("auxiliaryFile", [])
             if f and "/file/abwaegung-" in f["id"]]
    result([f["fileName"].rsplit(".", 1)[1] for f in files] == ["docx", "csv", "html"],
           f"the table's files of a paper: {[f['fileName'] for f in files]}")
    kept = {}
    for f in files:
        data = get(f["downloadUrl"])
        result(len(data) == f["size"] and hashlib.sha512(data).hexdigest() == f["sha512Checksum"],
               f"{f['fileName']}: size or SHA-512 differs from its File object")
        kept[f["fileName"].rsplit(".", 1)[1]] = data
    with open(os.path.join(directory, "abwaegung.docx"), "wb") as out:
        out.write(kept.get("docx", b""))
    with open(os.path.join(directory, "abwaegung.csv"), "wb") as out:
        out.write(kept.get("csv", b""))
    rows = list(csv.reader(io.StringIO(kept.get("csv", b"").decode("utf-8")), delimiter=";"))
    result(len(rows) == 9 and rows[0][0] == "Nr.", f"the CSV has {len(rows)} rows")
    with open(os.path.join(directory, "abwaegung-live.docx"), "wb") as out:
        out.write(get(base + "/strategien/smart-city/text/1/abwaegung.docx?anonym=1"))


def read(path):
    import docx

    document = docx.Document(path)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    result(any(h.startswith("Abwägungstabelle: Smart-City-Strategie") for h in headings),
           f"{path}: headings {headings}")
    result(len(document.tables) == 1, f"{path}: {len(document.tables)} tables")
    if not document.tables:
        return
    table = document.tables[0]
    header = [c.text for c in table.rows[0].cells]
    result(len(table.rows) == 9 and header[:3] == ["Nr.", "Eingang", "Bezug"], f"{path}: {len(table.rows)} rows, {header}")
    result(table.rows[0]._tr.trPr is not None and table.rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None,
           f"{path}: the header row does not repeat on every page")
    text = "\n".join(c.text for r in table.rows for c in r.cells)
    result("Seniorenrat (Beispiel)" in text and "Die Hitzekarte zeigt nun" in text, f"{path}: rows are missing")
    result("Robin aus Neckarstadt" not in text, f"{path}: names a private person")
    section = document.sections[0]
    result(section.page_width > section.page_height, f"{path}: not across the page")


if sys.argv[1] == "fetch":
    fetch(sys.argv[2], sys.argv[3])
else:
    for name in sys.argv[2:]:
        read(name)
finish()
