"""Reads a generated DOCX back with python-docx and checks that the V111/2021 facts are in its
text and tables, and that it has real headings and tables; that every part of the archive
inflates to its checksum (our own DEFLATE) and every chart's PNG decodes to its size.
Usage: check_docx.py FILE.docx"""
import struct
import sys
import zipfile
import zlib

import docx

document = docx.Document(sys.argv[1])
paragraphs = "\n".join(p.text for p in document.paragraphs)
cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
text = paragraphs + "\n" + cells
expected = [
    "Informationsvorlage V111/2021",
    "eines 37 Projekte umfassenden Maßnahmenkatalogs",
    "9 Projekte wurden bereits etabliert",
    "20 Projekte befinden sich im Zeitplan",
    "9 Projekte sind verzögert",
    "8 Projekte befinden sich in der Planungsphase",
    "Mitarbeiterportal durch FB 11 (Organisation und Personal)",
    "Modernisierung Zuschusswesen durch FB 20 (Stadtkämmerei)",
    "1 Projekt (Semesterticket) wurde verworfen",
    "12 neue Projekte aufgenommen, so dass aktuell insgesamt 49 Maßnahmen",
    "Von den 12 Projekten des Maßnahmenkatalogs konnten 5 erfolgreich etabliert werden",
    "1.625.000,00 €",
]
passed, failed = 0, 0
for phrase in expected:
    if phrase in text:
        passed += 1
    else:
        print(f"FAIL: '{phrase}' is not in the document")
        failed += 1
headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
if len(headings) >= 10 and len(document.tables) >= 6:
    passed += 1
else:
    print(f"FAIL: {len(headings)} headings and {len(document.tables)} tables")
    failed += 1
annex = document.tables[-1]
if len(annex.rows) == 50 and annex.rows[0].cells[0].text == "Nr.":
    passed += 1
else:
    print(f"FAIL: Anlage 1 has {len(annex.rows)} rows")
    failed += 1
archive = zipfile.ZipFile(sys.argv[1])
broken = archive.testzip()
compressed = all(i.compress_type == zipfile.ZIP_DEFLATED for i in archive.infolist())
if broken is None and compressed:
    passed += 1
else:
    print(f"FAIL: part {broken} does not inflate to its CRC, or a part is not deflated")
    failed += 1
pictures = [n for n in archive.namelist() if n.startswith("word/media/") and n.endswith(".png")]
if "word/media/chart1.png" not in pictures:
    print("FAIL: the status chart's PNG is missing")
    failed += 1
for name in pictures:
    png, pos, idat, size = archive.read(name), 8, b"", (0, 0)
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        if kind == b"IHDR":
            size = struct.unpack(">II", png[pos + 8:pos + 16])
        if kind == b"IDAT":
            idat += png[pos + 8:pos + 8 + length]
        pos += 12 + length
    if size[0] > 0 and len(zlib.decompress(idat)) == (size[0] * 3 + 1) * size[1]:
        passed += 1
    else:
        print(f"FAIL: the chart {name} ({size[0]}x{size[1]}) does not decode")
        failed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
