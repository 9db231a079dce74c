"""Opens Tarikh's exports with the libraries journalists' tools are built on, strictly.

Usage: check_files.py OUT_DIR REPO_ROOT
OUT_DIR holds what tests/exports/run.sh exported from the seeds (seeds.*) and from the
reliability reproducers (output.*). Prints one line per check and 'N passed, N failed'.
"""

import datetime
import json
import sys
import zipfile
from pathlib import Path

import icalendar
import jsonschema
import openpyxl
import vobject
from PIL import Image, ImageChops

out, root = Path(sys.argv[1]), Path(sys.argv[2])
results = []


def check(name, fn):
    try:
        detail = fn()
        results.append(True)
        print(f"ok   {name}{': ' + detail if detail else ''}")
    except Exception as e:  # a failed check names itself and goes on to the next
        results.append(False)
        print(f"FAIL {name}: {type(e).__name__}: {e}")


def ics_seeds():
    text = (out / "seeds.ics").read_text(encoding="utf-8")
    cal = icalendar.Calendar.from_ical(text)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 25, f"{len(events)} events"
    assert not cal.errors and all(not e.errors for e in events), "parse errors"
    assert str(cal["X-WR-CALNAME"]).startswith("تاريخ")
    now = datetime.datetime.now(datetime.timezone.utc)
    uids = set()
    for e in events:
        stamp = e["DTSTAMP"].dt
        assert abs((now - stamp).total_seconds()) < 3600, f"DTSTAMP {stamp}"
        assert int(e["SEQUENCE"]) >= 0
        start, end = e["DTSTART"].dt, e["DTEND"].dt
        assert isinstance(start, datetime.date) and not isinstance(start, datetime.datetime)
        assert end > start, "exclusive end after the start"
        uids.add(str(e["UID"]))
    assert len(uids) == 25, "unique ids"
    vague = [e for e in events if "approximate" in e["CATEGORIES"].to_ical().decode()]
    assert vague and all("تقريبي" in str(e["SUMMARY"]) for e in vague)
    end_of_may = [e for e in events if e["DTSTART"].dt == datetime.date(2022, 5, 21)]
    assert end_of_may and "نهاية مايو 2022" in str(end_of_may[0]["SUMMARY"])
    # A second, independent parser, validating.
    vcal = vobject.readOne(text, validate=True)
    assert len(vcal.vevent_list) == 25
    return f"{len(events)} events, {len(vague)} approximate, icalendar {icalendar.__version__} and vobject agree"


def ics_reproducers():
    text = (out / "output.ics").read_text(encoding="utf-8")
    cal = icalendar.Calendar.from_ical(text)
    assert not cal.errors
    for e in cal.walk("VEVENT"):
        assert 1 <= e["DTSTART"].dt.year <= 9999
        assert not any(ord(c) < 32 for c in str(e["SUMMARY"]) + str(e["DESCRIPTION"]))
    vobject.readOne(text, validate=True)
    return f"{len(list(cal.walk('VEVENT')))} events"


def xlsx_seeds():
    book = openpyxl.load_workbook(out / "seeds.xlsx")
    sheet = book.worksheets[0]
    assert sheet.sheet_view.rightToLeft, "a right-to-left sheet"
    assert sheet.freeze_panes == "A2", f"frozen header: {sheet.freeze_panes}"
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["id", "file_name", "start", "end"], header
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == 25, f"{len(rows)} rows"
    for row in rows:
        assert isinstance(row[2].value, datetime.datetime), f"typed date: {row[2].value!r}"
        assert row[2].is_date
    texts = [r[5].value for r in rows]
    assert "19 ديسمبر 2022" in texts, "Arabic intact"
    assert sheet.column_dimensions["H"].width >= 60, "wide sentence column"
    return f"{len(rows)} rows, RTL, dates typed ({rows[0][2].number_format})"


def xlsx_reproducers():
    book = openpyxl.load_workbook(out / "output.xlsx")
    sheet = book.worksheets[0]
    leads = tuple("=+-@\t\r")
    n = 0
    for row in sheet.iter_rows(min_row=2):
        for c in row:
            if isinstance(c.value, str) and c.value.startswith(leads):
                assert c.data_type == "s" and c.quotePrefix, f"{c.coordinate} {c.value!r} is text"
                n += 1
    # The file name «=evil…» and the sentences led by +SUM, -2+3, @SUM and =1+1 («=cmd|…!» is a
    # sentence of its own, ended by its «!», with no date in it).
    assert n >= 5, f"{n} formula-like cells"
    with zipfile.ZipFile(out / "output.xlsx") as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")
    return f"{n} formula-like texts kept as text"


def json_schema():
    schema = json.loads((root / "docs/tarikh-events.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    checked = []
    for f in sorted(out.glob("*.events.json")):
        doc = json.loads(f.read_text(encoding="utf-8"))
        errors = list(v.iter_errors(doc))
        assert not errors, f"{f.name}: {errors[0].message} at {list(errors[0].path)}"
        for e in doc["events"]:
            text = next(a["text"] for a in doc["articles"] if a["file_name"] == e["file_name"])
            c0, c1 = e["date_span_chars"]
            assert text[c0:c1] == e["date_text"], "character offsets index the text"
        checked.append(f"{f.name} ({len(doc['events'])} events)")
    assert len(checked) >= 2
    return ", ".join(checked)


def svg_renderers_agree():
    a = Image.open(out / "seeds.resvg.png").convert("RGB")
    b = Image.open(out / "seeds.librsvg.png").convert("RGB")
    assert a.size == b.size, f"{a.size} vs {b.size}"
    diff = ImageChops.difference(a, b).convert("L")
    far = sum(diff.histogram()[41:])
    share = far / (a.size[0] * a.size[1])
    (out / "svg-diff.txt").write_text(f"{far} {share:.5f}\n")
    assert share < 0.01, f"{far} pixels ({share:.2%}) differ"
    return f"{far} of {a.size[0] * a.size[1]} pixels differ ({share:.3%})"


def svg_outlines_agree():
    a = Image.open(out / "seeds.resvg.png").convert("RGB")
    b = Image.open(out / "seeds.outlines.librsvg.png").convert("RGB")
    diff = ImageChops.difference(a, b).convert("L")
    share = sum(diff.histogram()[41:]) / (a.size[0] * a.size[1])
    assert share < 0.01, f"{share:.2%} differ"
    return f"outlines without any font: {share:.3%} differ"


for name, fn in [
    ("ics: the seeds' calendar, strictly parsed", ics_seeds),
    ("ics: the reproducers' calendar", ics_reproducers),
    ("xlsx: the seeds' workbook in openpyxl", xlsx_seeds),
    ("xlsx: formula-like text stays text", xlsx_reproducers),
    ("json: every export valid against docs/tarikh-events.schema.json", json_schema),
    ("svg: resvg and librsvg draw the seeds alike", svg_renderers_agree),
    ("svg: the outlined drawing, no fonts at all", svg_outlines_agree),
]:
    check(name, fn)

passed = sum(results)
print(f"exports: {passed} passed, {len(results) - passed} failed")
sys.exit(0 if passed == len(results) else 1)
