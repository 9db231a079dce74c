#!/usr/bin/env python3
"""Sanity checks for tests/heldout4/gold.jsonl (written with the set; does not need the extractor).

usage: python3 tests/heldout4/verify_gold.py [GOLD] [ARTICLE_DIR]

Checks that every line has the expected fields, that every date_text occurs in its article at
least `occurrence` times, that start/end (and every `also`) are valid ISO dates (yyyy, yyyy-mm or
yyyy-mm-dd) with start <= end, that granularities are known, that ids are unique per article,
that no two gold spans overlap, and that a single-day entry whose date_text names a weekday
falls on that weekday; that every listed distractor occurs in its article outside every gold
span; that no gold span overlaps an article's date line (date lines are not events); and, when the
`hijridate` package is installed, that the Hijri dates named in HIJRI convert (Umm al-Qura) to the
gold start/end. Also prints each article's word count and the core/optional totals.
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
    "c01_web_egypt_bourse.txt": ["41 مليار جنيه", "2.07 تريليون جنيه", "4.3 مليار جنيه", "إيجي إكس 30", "1.62%",
        "30412 نقطة", "إيجي إكس 70", "7865 نقطة", "71.4%", "17.2%", "27.25%", "28.25%", "600 نقطة أساس",
        "3.8 مليار جنيه", "64%", "19 مليار جنيه", "5.6 مليار جنيه", "2.1 مليار جنيه", "إيه-650", "2.4%",
        "منذ 4 سنوات", "48.55 جنيه", "عيار 21", "3540 جنيها", "لأجل 364 يوما", "26.9%", "85 مليار جنيه", "6.1%",
        "31 ألف نقطة", "25.7%", "19658"],
    "c02_court_egypt_finance.txt": ["12 متهما", "رقم 123", "12 شخصا", "740 مليون جنيه", "5300 مودع", "9 أشهر",
        "4 من موظفي", "7%", "1460 صفحة", "الصفحة 312", "96 مليون جنيه", "27 شركة", "المادتين 336 و337", "رقم 194",
        "15 عاما", "رقم 8841", "لسنة 93 قضائية", "3 سنوات", "48 مليون جنيه", "3 متهمين", "500 ألف جنيه", "لمدة عام",
        "218 من المودعين", "35%", "14 عقارا", "60 سيارة", "شارع 90", "16221"],
    "c03_wire_oman_dengue.txt": ["143 إصابة", "خلال الـ24 ساعة الماضية", "2317 إصابة", "3 وفيات", "41 مريضا",
        "6 في العناية المركزة", "رقم 37", "861 إصابة", "38%", "64%", "71%", "9 حالات", "1200 موقع", "45 ألف ناموسية",
        "16 فريقا", "1950 إصابة", "10 أسابيع", "خلال 48 ساعة", "500 لتر", "120 ألف طالب", "الصف الأول", "الصف الرابع",
        "17 حالة", "89%", "24441999", "92%", "5 إلى 7 أيام", "2.5 مليون ريال", "3400 منزل"],
    "c04_analysis_algeria_parliament_nodate.txt": ["23.03 بالمائة", "98 مقعدا", "من أصل 407", "بـ84 مقعدا",
        "بـ65 مقعدا", "أكثر من 3 سنوات", "94 نصا", "رقم 23-09", "عدد 50", "2314 سؤالا", "612 سؤالا", "295 صوتا",
        "53 صوتا", "84.30 بالمائة", "5.3 ملايين صوت", "5 سنوات", "المادة 122", "34 تشكيلة", "40 بالمائة",
        "211 نائبا", "187 بنعم", "عشرية كاملة", "35.37 بالمائة", "23.2 مليون ناخب"],
    "c05_web_obituary_composer.txt": ["عن 79 عاما", "ناهز 79 عاما", "3 سنوات", "مدرسة ثورة 1919", "الـ22 من عمره",
        "140 أغنية", "لـ37 مسلسلا", "30 حلقة", "شارع 9 أبريل", "الدورة الـ16", "1200 من الحضور", "60 عاما",
        "أمسية لاستعادة", "45 عازفا", "350 ألف جنيه", "5 موسيقيين", "الطبقة الأولى", "0223925017"],
    "c06_culture_alex_bookfair_nodate.txt": ["دورته الـ45", "بمليون و200 ألف زائر", "1045 دار نشر", "38 دولة",
        "310 آلاف عنوان", "الدورة الـ45", "18%", "الدورة الـ44", "162 ألف زائر", "الذكرى الـ90", "870 كتابا",
        "شارع 15 مايو", "14 ألف نسخة", "ألف ليلة وليلتان", "180 جنيها", "25%", "412 ندوة", "وأمسية شعرية", "9 قاعات",
        "الصالة رقم 3", "100 ألف جنيه", "دورته الـ42", "27 دولة", "صيف 1962", "118 دقيقة", "14 فيلما", "الدورة الـ46",
        "50 جناحا", "6 منصات", "60 ناشرا", "4 عقود", "تحت 30 عاما", "58%"],
    "c07_weather_kuwait_heatwave.txt": ["51 درجة", "بين 48 و50 درجة", "بين 20 و45 كم/ساعة", "55 كم/ساعة", "1000 متر",
        "بين 33 و36 درجة", "15%", "من 3 إلى 4 درجات", "13 يوما", "50.2 درجة", "54 درجة", "17240 ميغاواط", "3:30",
        "18500 ميغاواط", "لمدة ساعتين", "11 صباحا", "4 عصرا", "73 مخالفة", "28 موقع عمل", "96 بلاغا", "خلال يومين",
        "112", "لترين"],
    "c08_wire_saudi_decree_hijri.txt": ["5 ساعات يوميا", "الساعة 10 صباحا", "الساعة 3 عصرا", "30%", "على مدار 24 ساعة",
        "19 جهة حكومية", "25 ألف شاب", "رقم (م/37)", "رقم 5012", "القرار رقم 415", "42 مادة", "المادة 12", "8 ساعات",
        "640 ألف زائر", "38 مليون ريال", "خير رمضان", "1.2 مليون سلة", "350 جمعية", "199099", "1.3 مليون موظف", "41%"],
    "c09_levant_beirut_electricity.txt": ["8 ساعات", "12 ساعة", "300 ألف طن", "195 مليون دولار", "بمليون طن",
        "27 سنتاً", "100 كيلوواط ساعة", "22 ساعة يومياً", "40 مليار دولار", "القرار 1701", "بـ99 صوتاً", "95 نائباً",
        "قوى 14 آذار", "«8 آذار»", "24 على 24", "القانون 462", "3 محطات", "150 ميغاواط", "85%", "1707"],
    "c10_wire_morocco_transport_can.txt": ["28 قطارا", "35 في المائة", "ساعة و20 دقيقة", "168 قطارا", "29 مليار درهم",
        "610 آلاف مسافر", "12 في المائة", "4.9 ملايين مسافر", "شارع 16 نونبر", "14 كيلومترا", "23 محطة",
        "25.4 مليون مسافر", "61 ألف مسافر", "412 رحلة", "7-0", "9400 مشجع", "2255", "نسخته 3.2"],
}


# Date lines (not events): each must occur once in its article and overlap no gold span.
DATELINES = {
    "c01_web_egypt_bourse.txt": "آخر تحديث: 03/09/2024 - 14:20",
    "c02_court_egypt_finance.txt": "الأربعاء 27 نوفمبر 2024",
    "c03_wire_oman_dengue.txt": "مسقط، 24 مارس 2025 (العُمانية) -",
    "c05_web_obituary_composer.txt": "الأربعاء، 15 يناير 2025 - 10:05 ص",
    "c07_weather_kuwait_heatwave.txt": "الثلاثاء 8 يوليو 2025",
    "c08_wire_saudi_decree_hijri.txt": "الرياض في 6 شعبان 1446هـ (واس) -",
    "c09_levant_beirut_electricity.txt": "الأخبار | الجمعة 6 حزيران 2025",
    "c10_wire_morocco_transport_can.txt": "الرباط في 19 نونبر 2024 (و م ع) -",
}

# Hijri dates behind gold intervals: (article, id) -> (Hijri start, Hijri end or None). Checked only
# if `hijridate` is installed. Date lines: 6 Sha'ban 1446 = 2025-02-05 (c08).
HIJRI = {
    ("c08_wire_saudi_decree_hijri.txt", "cabinet_session"): ((1446, 8, 5), None),
    ("c08_wire_saudi_decree_hijri.txt", "ramadan_1446"): ((1446, 9, 1), (1446, 9, 29)),
    ("c08_wire_saudi_decree_hijri.txt", "ramadan_hours_start"): ((1446, 9, 1), None),
    ("c08_wire_saudi_decree_hijri.txt", "eid_body"): ((1446, 10, 1), None),
    ("c08_wire_saudi_decree_hijri.txt", "eid_headline"): ((1446, 10, 1), None),
    ("c08_wire_saudi_decree_hijri.txt", "eid_holiday_start"): ((1446, 9, 25), None),
    ("c08_wire_saudi_decree_hijri.txt", "return_to_work"): ((1446, 10, 8), None),
    ("c08_wire_saudi_decree_hijri.txt", "last_ten_nights"): ((1446, 9, 21), (1446, 9, 29)),
    ("c08_wire_saudi_decree_hijri.txt", "ajeer_registration"): ((1446, 8, 11), (1446, 8, 20)),
    ("c08_wire_saudi_decree_hijri.txt", "flexible_work_approval"): ((1446, 7, 21), None),
    ("c08_wire_saudi_decree_hijri.txt", "decree_date"): ((1446, 7, 28), None),
    ("c08_wire_saudi_decree_hijri.txt", "old_decision_date"): ((1445, 5, 17), None),
    ("c08_wire_saudi_decree_hijri.txt", "system_effective"): ((1447, 1, 1), None),
    ("c08_wire_saudi_decree_hijri.txt", "alignment_deadline"): ((1446, 11, 21), (1446, 11, 29)),
    ("c08_wire_saudi_decree_hijri.txt", "falcon_expo"): ((1447, 3, 15), (1447, 3, 24)),
    ("c08_wire_saudi_decree_hijri.txt", "falcon_1445"): ((1445, 1, 1), (1445, 12, 30)),
    ("c08_wire_saudi_decree_hijri.txt", "charity_campaign"): ((1446, 8, 21), (1446, 8, 29)),
    ("c05_web_obituary_composer.txt", "series_ramadan"): ((1408, 9, 1), (1408, 9, 29)),
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

for art, line in DATELINES.items():
    raw = texts.get(art) or open(os.path.join(ART, art), "rb").read()
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
