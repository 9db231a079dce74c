#!/usr/bin/env python3
"""Sanity checks for tests/heldout3/gold.jsonl (written with the set; does not need the extractor).

usage: python3 tests/heldout3/verify_gold.py [GOLD] [ARTICLE_DIR]

Checks that every line has the expected fields, that every date_text occurs in its article at
least `occurrence` times, that start/end (and every `also`) are valid ISO dates (yyyy, yyyy-mm or
yyyy-mm-dd) with start <= end, that granularities are known, that ids are unique per article,
that no two gold spans overlap, and that a single-day entry whose date_text names a weekday
falls on that weekday; and that every listed distractor occurs in its article outside every gold
span. Also prints each article's word count and the core/optional totals.
"""
import calendar, datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "gold.jsonl")
ART = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "articles")
FIELDS = ["article", "id", "title_en", "start", "end", "granularity", "date_text", "occurrence", "core", "note"]
GRANS = {"day", "month", "year", "range", "part-of-month", "part-of-year"}
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}

# Numbers and names that must NOT become timeline events (none is in the gold). Each must occur in
# its article and overlap no gold span.
DISTRACTORS = {
    "b01_wire_egypt_metro.txt": ["17.7 كيلومتر", "15 محطة", "شارع 26 يوليو", "2.1 مليار دولار", "على مدار 14 شهرا",
        "6 قطارات", "98%", "5:15", "12:30", "4 دقائق", "خلال 3 أشهر", "150 جنيها", "1.5 مليون راكب",
        "مدينة 6 أكتوبر", "16048"],
    "b02_web_saudi_hajj.txt": ["4 فئات", "3984 ريالا", "3 دفعات", "خلال 5 سنوات", "120 جهة", "300 كيلومتر",
        "1,833,164", "51.8 درجة", "6.2 مليون معتمر", "10 أيام", "920002814", "رؤية المملكة 2030", "© 2024"],
    "b03_wire_qatar_indic.txt": ["١٤٪", "٤٫٨ مليار ريال", "٤٫٢ مليار ريال", "٢٠٢٤ سجلا", "٤٥ ألف زائر", "٣٥٠ عارضا",
        "٢٨ دولة", "مليون مشجع", "رقم ٢٥", "٨٠٠ سلعة", "١٦٠٠١", "٣٤٥٠ جولة", "خلال ٣ أشهر", "٢١٧ مخالفة"],
    "b04_levant_beirut_municipal.txt": ["65 صوتا", "19 معارضا", "3 نواب", "منذ نحو 8 سنوات", "108 بلديات",
        "1064", "خلال 15 يوما", "المادة 19", "9 ملايين دولار", "17 بندا"],
    "b05_web_iraq_elections.txt": ["29 مليونا و400 ألف", "21 مليونا", "1.2 مليون بطاقة", "1079 مركز", "18 محافظة",
        "رقم 4", "1.7", "329 مقعدا", "83 مقعدا", "DS-200", "الإصدار 4.1", "41%", "8:00", "2:00", "5500"],
    "b06_morocco_rail.txt": ["430 كيلومترا", "53 مليار درهم", "18 قطارا", "350 كيلومترا", "ساعتين و40 دقيقة",
        "5 ساعات", "خلال 6 أشهر", "5 ملايين مسافر", "95 في المائة", "الفصل 2", "القانون رقم 7.81",
        "1200 تقني", "43 مدينة"],
    "b07_wire_algeria_dates.txt": ["150 مليون دولار", "22 بالمائة", "152 مليون دولار", "71500 طن", "2024 دولارا",
        "1860 دولارا", "1.3 مليون طن", "1500 طن", "120 عارضا", "رقم 24-187", "رقم 41", "70 مليون دولار",
        "خلال 5 سنوات", "300 مليون دولار", "1020"],
    "b08_opinion_sudan_history.txt": ["ثلاثين عاما", "حتى اليوم", "75%", "ثلاث مرات", "الربيع العربي",
        "12 مليون شخص", "أقل من عامين", "العقود الثلاثة الماضية", "منذ 10 سنوات"],
    "b09_sports_uae.txt": ["3-2", "الجولة 15", "31 نقطة", "4 نقاط", "الدقيقتين 23 و67", "19 عاما", "90+4",
        "رقم 10", "41 و78", "18450 متفرجا", "35 عاما", "الدقيقة 55", "الجولة 16", "19:45", "5-1",
        "آخر 7 مواجهات", "46 صفقة", "الجولة 17", "الانتقالات الشتوية"],
    "b10_tunisia_festival_nodate.txt": ["الدورة 59", "14 دولة", "120 عازفا", "73 سنة", "نسخته 2.4",
        "بين 30 و150 دينارا", "20%", "4 نقاط بيع", "6.5 مليون دينار", "8%", "180 ألف متفرج", "5 أسابيع",
        "9800 متفرج", "عدد 1020", "الفصل 5", "منذ ثلاث سنوات", "71 341 000"],
}


def parse(s, hi):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        raise ValueError(f"not an ISO date: {s!r}")
    p = [int(x) for x in s.split("-")]
    if len(p) == 1:
        return dt.date(p[0], 12, 31) if hi else dt.date(p[0], 1, 1)
    if len(p) == 2:
        return dt.date(p[0], p[1], calendar.monthrange(p[0], p[1])[1] if hi else 1)
    return dt.date(*p)


def interval(start, end):
    return parse(start, False), parse(end or start, True)


errors = []
rows = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
texts, spans, ids = {}, {}, set()
for n, g in enumerate(rows, 1):
    where = f"line {n} ({g.get('article')} {g.get('id')})"
    if list(g.keys())[:len(FIELDS)] != FIELDS:
        errors.append(f"{where}: fields {list(g.keys())}")
    if g["granularity"] not in GRANS:
        errors.append(f"{where}: granularity {g['granularity']!r}")
    if (g["article"], g["id"]) in ids:
        errors.append(f"{where}: duplicate id")
    ids.add((g["article"], g["id"]))
    path = os.path.join(ART, g["article"])
    if g["article"] not in texts:
        if not os.path.exists(path):
            errors.append(f"{where}: no such article")
            continue
        texts[g["article"]] = open(path, "rb").read()
    raw, needle = texts[g["article"]], g["date_text"].encode("utf-8")
    count = raw.count(needle)
    if count < g["occurrence"] or g["occurrence"] < 1:
        errors.append(f"{where}: «{g['date_text']}» occurs {count} times, occurrence {g['occurrence']}")
    else:
        pos = -1
        for _ in range(g["occurrence"]):
            pos = raw.find(needle, pos + 1)
        span = (pos, pos + len(needle))
        for other, osp in spans.get(g["article"], []):
            if span[0] < osp[1] and osp[0] < span[1]:
                errors.append(f"{where}: span overlaps {other}")
        spans.setdefault(g["article"], []).append((g["id"], span))
    try:
        lo, hi = interval(g["start"], g["end"])
        if lo > hi:
            errors.append(f"{where}: start > end")
        for alt in g.get("also", []):
            a, b = interval(alt["start"], alt.get("end"))
            if a > b:
                errors.append(f"{where}: also start > end")
    except ValueError as e:
        errors.append(f"{where}: {e}")
        continue
    if g["granularity"] == "day" and g["end"] is None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["start"]):
        for name, wd in WEEKDAYS.items():
            if name in g["date_text"] and lo.weekday() != wd:
                errors.append(f"{where}: «{name}» but {lo} is a {lo.strftime('%A')}")

n_dis = 0
for art, items in DISTRACTORS.items():
    raw = texts.get(art) or open(os.path.join(ART, art), "rb").read()
    for d in items:
        nb, pos, found = d.encode("utf-8"), -1, 0
        while True:
            pos = raw.find(nb, pos + 1)
            if pos < 0:
                break
            found += 1
            for gid, (a, b) in spans.get(art, []):
                if pos < b and a < pos + len(nb):
                    errors.append(f"{art}: distractor «{d}» overlaps gold {gid}")
        if not found:
            errors.append(f"{art}: distractor «{d}» not found")
        n_dis += 1

for name in sorted(os.listdir(ART)):
    words = len(open(os.path.join(ART, name), encoding="utf-8").read().split())
    flag = "" if 200 <= words <= 450 else "  <-- outside 200-450"
    n = sum(1 for g in rows if g["article"] == name)
    c = sum(1 for g in rows if g["article"] == name and g["core"])
    print(f"{name:34} {words:4} words  gold {n:3} (core {c}, optional {n - c}){flag}")
core = sum(1 for g in rows if g["core"])
print(f"gold lines {len(rows)}: core {core}, optional {len(rows) - core}; distractors checked {n_dis}")
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
