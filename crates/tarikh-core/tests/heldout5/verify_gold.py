#!/usr/bin/env python3
"""Sanity checks for tests/heldout5/gold.jsonl (written with the set; does not need the extractor).

usage: python3 tests/heldout5/verify_gold.py [GOLD] [ARTICLE_DIR]

Checks that every line has the expected fields, that every date_text occurs in its article at
least `occurrence` times, that start/end (and every `also`) are valid ISO dates (yyyy, yyyy-mm or
yyyy-mm-dd) with start <= end, that granularities are known, that ids are unique per article,
that no two gold spans overlap, and that a single-day entry whose date_text names a weekday
falls on that weekday; that every listed distractor occurs in its article outside every gold
span; that no gold span overlaps an article's date line (date lines are not events); and, when the
`hijridate` package is installed, that the Hijri dates named in HIJRI convert (Umm al-Qura) to the
gold start/end (an article may have several date lines). Also prints each article's word count and the core/optional totals.
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
    "d01_wire_yemen_saba_water.txt": ["46 بئراً", "3.2 مليار ريال", "19 شركة", "68 كيلومتراً", "240 ألف نسمة",
        "42 بالمائة", "900 متر", "750 كيلووات", "8 أشهر", "بـ7 خزانات", "37 مليمتراً", "خلال يوم واحد",
        "15 ألف ملصق", "8004444", "31 بئراً", "رقم 112", "12 من مديري"],
    "d02_wire_mauritania_ami_floods.txt": ["4,5 مليار أوقية", "الذكرى الـ64", "12 ألف رأس", "3.400 هكتار",
        "870 منزلا", "6 ولايات", "50 كلغ", "18 ألف طن", "412 ملم", "260 ملم", "52 ألف مترشح", "رقم 2021-087",
        "رقم 14", "95 كيلومترا", "6 آلاف أسرة"],
    "d03_wire_jordan_petra_labour.txt": ["21340 عاملا", "27 ألف طلب", "4800 طلب", "1.5 دينار", "خلال 30 يوما",
        "12 محافظة", "1650 عاملا", "930 منهم", "المادة 12", "رقم 8", "بنسختها 2.0", "40 ألف عامل", "25 بالمئة",
        "065802666", "117", "الساعة 8 صباحا", "3 عصرا", "باستثناء الجمعة"],
    "d04_analysis_iraq_parliament_nodate.txt": ["67 قانونا", "253 نائبا", "أكثر من 7 أشهر", "190 يوما",
        "329 نائبا", "41 بالمئة", "رقم 9", "1.7", "83 دائرة", "(44 عاما)", "21 مليون زائر", "المادة 76", "رقم 25",
        "165 مقعدا", "3 كتل", "30 مقعدا"],
    "d05_release_gulf_bank_q1.txt": ["1145", "612 مليون ريال", "548 مليون ريال", "11.7%", "148.6 مليار ريال",
        "109.2 مليار ريال", "19.4%", "0.75 ريال", "ثاني يوم تداول", "1.1 مليار ريال", "2.5 مليار ريال",
        "لأجل 5 سنوات", "6.25%", "3 أضعاف", "14 فرعاً", "96 فرعاً", "450 جهازاً", "رؤية المملكة 2030",
        "12 ألف سلة", "9 مناطق", "8001244444", "رقم 1010012345"],
    "d06_timeline_gerd_milestones_nodate.txt": ["منذ أكثر من 14 عاما", "4.8 مليار دولار", "10 أعضاء", "10 مبادئ",
        "4 جولات", "خلال 60 يوما", "4.9 مليار متر مكعب", "375 ميغاواط", "خلال 4 أشهر", "4 توربينات",
        "5150 ميغاواط", "13 توربينا", "145 مترا", "1.8 كيلومتر", "74 مليار متر مكعب", "1.5 ضعف",
        "55.5 مليار متر مكعب", "18.5 مليار متر مكعب"],
    "d07_liveblog_oman_storm.txt": ["11:52 ص", "11:20 ص", "10:45 ص", "09:30 ص", "08:15 ص", "07:40 ص",
        "بين 40 و90 ملم", "45 كم/ساعة", "2.5 متر", "قبل قليل", "6 أشخاص", "التاسعة من عمره", "منذ ساعتين",
        "112 ملم", "47 بلاغا", "الساعة 3 فجرا", "9999", "1,200 أسرة", "14 مدرسة", "300 سرير", "منذ 5 دقائق",
        "@OmanMeteo"],
    "d08_sports_qatar_worldcup.txt": ["2-1", "38 ألف متفرج", "الدقيقة 49", "الدقيقة 74", "القميص رقم 11",
        "الرقم 19", "(90+6)", "4 نقاط", "الدولية الـ110", "26 هدفا", "3-1", "3 هزائم", "48 منتخبا", "(59 عاما)",
        "16 منتخبا", "المركز 51", "المركز 67", "(27 عاما)", "5 مباريات", "من أصل 8"],
}


# Date lines (not events): each must occur once in its article and overlap no gold span. An article
# may have two (d03: the web line and the Petra wire line). d04 and d06 have none.
DATELINES = {
    "d01_wire_yemen_saba_water.txt": ["تاريخ النشر: 2025-03-16", "صنعاء - سبأ:"],
    "d02_wire_mauritania_ami_floods.txt": ["نواكشوط، 27/11/2024 (الوكالة الموريتانية للأنباء) –"],
    "d03_wire_jordan_petra_labour.txt": ["الاثنين، 18 آب 2025", "عمان 18 آب (بترا) –"],
    "d05_release_gulf_bank_q1.txt": ["28 أبريل، 2024"],
    "d07_liveblog_oman_storm.txt": ["محدث: 2025/11/07 الساعة 12:10 م"],
    "d08_sports_qatar_worldcup.txt": ["October 15, 2025"],
}

# Hijri dates behind gold intervals: (article, id) -> (Hijri start, Hijri end or None). Checked only
# if `hijridate` is installed. Date lines: 16 Mar 2025 = 16 Ramadan 1446 (d01); 28 Apr 2024 =
# 19 Shawwal 1445 (d05).
HIJRI = {
    ("d01_wire_yemen_saba_water.txt", "solar_start_after_eid"): ((1446, 10, 1), None),
    ("d01_wire_yemen_saba_water.txt", "campaign_ramadan"): ((1446, 9, 1), (1446, 9, 29)),
    ("d01_wire_yemen_saba_water.txt", "campaign_end"): ((1446, 9, 21), (1446, 9, 29)),
    ("d04_analysis_iraq_parliament_nodate.txt", "arbaeen_seasons"): ((1445, 1, 1), (1446, 12, 29)),
    ("d05_release_gulf_bank_q1.txt", "agm"): ((1445, 10, 22), None),
    ("d05_release_gulf_bank_q1.txt", "sukuk"): ((1445, 7, 14), None),
    ("d05_release_gulf_bank_q1.txt", "ramadan_initiative"): ((1445, 9, 1), (1445, 9, 30)),
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

for art, lines in DATELINES.items():
    raw = texts.get(art) or open(os.path.join(ART, art), "rb").read()
    for line in lines:
        nb = line.encode("utf-8")
        if raw.count(nb) != 1:
            errors.append(f"{art}: date line «{line}» occurs {raw.count(nb)} times")
            continue
        pos = raw.find(nb)
        for gid, (a, b) in spans.get(art, []):
            if pos < b and a < pos + len(nb):
                errors.append(f"{art}: date line overlaps gold {gid}")

try:
    from hijridate import Hijri
except ImportError:
    Hijri = None
    print("note: hijridate not installed, Hijri conversions not checked")
if Hijri is not None:
    by_key = {(g["article"], g["id"]): g for g in rows}
    for key, (hs, he) in HIJRI.items():
        g = by_key.get(key)
        if g is None:
            errors.append(f"HIJRI: no gold line {key}")
            continue
        want_s = Hijri(*hs).to_gregorian().isoformat()
        want_e = Hijri(*he).to_gregorian().isoformat() if he else None
        if g["start"] != want_s or g["end"] != want_e:
            errors.append(f"{key}: Hijri {hs}..{he} = {want_s}..{want_e}, gold {g['start']}..{g['end']}")

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
