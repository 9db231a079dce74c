//! Independent test corpus for the Arabic date grammar (`tarikh_core::dates`): the POSITIVE cases.
//!
//! Written from knowledge of Arabic news usage (MSA agency style, Egyptian/Gulf, Levantine/Iraqi
//! and Maghrebi month names, the Hijri calendar), not fitted to the engine and not taken from the
//! seed articles. One `#[test]` per phenomenon; each is a table of
//! `(sentence, core, start, end, granularity)` rows. For every row the checker asserts:
//!
//! * exactly one mention overlaps the core expression, and its span covers the whole core
//!   (it may add at most `MAX_EXTRA_WORDS` words on each side: «في», «يوم», «منذ», «عام»…);
//! * no other mention is found in the sentence (every sentence holds exactly the listed dates);
//! * `&text[span] == mention.text`, spans on char boundaries;
//! * the inclusive interval, the granularity, and the flags relevant to the phenomenon.
//!
//! A failing table reports ALL its failing rows at once, each with the sentence, the expectation
//! and every mention found (`{:?}`), so the engine author can read the failures in one go.
//!
//! The conventions for vague expressions (parts of a month / of a year, halves, quarters) are in
//! the `convention_*` helpers below: if the convention changes, edit one line there.

mod common;

use common::mentions::{panic_msg, span_problems};

use chrono::{Datelike, NaiveDate};
use std::panic::{AssertUnwindSafe, catch_unwind};
use tarikh_core::dates::Granularity::{Day, Month, PartOfMonth, PartOfYear, Range, Year};
use tarikh_core::dates::{DateMention, Flags, Granularity, find, parse_phrase};

// ---------------------------------------------------------------------------------------------
// Flags
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq)]
enum F {
    Relative,
    Conflict,
    Approximate,
    InferredYear,
    Hijri,
    Since,
}

impl F {
    fn of(self, f: &Flags) -> bool {
        match self {
            F::Relative => f.relative,
            F::Conflict => f.conflict,
            F::Approximate => f.approximate,
            F::InferredYear => f.inferred_year,
            F::Hijri => f.hijri,
            F::Since => f.since,
        }
    }
}

/// Flags that an explicit, complete, Gregorian, non-vague date must NOT carry.
const PLAIN: &[F] = &[F::Relative, F::Conflict, F::Approximate, F::InferredYear, F::Hijri, F::Since];
/// Flags a vague-but-explicit expression («مطلع مارس 2023») must not carry.
const PART_DENY: &[F] = &[F::Relative, F::Conflict, F::InferredYear, F::Hijri, F::Since];
const NONE: &[F] = &[];

// ---------------------------------------------------------------------------------------------
// Dates and conventions
// ---------------------------------------------------------------------------------------------

type Interval = (NaiveDate, NaiveDate);

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| panic!("TEST BUG: bad date {y}-{m}-{d}"))
}

fn iso(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|_| panic!("TEST BUG: bad date {s}"))
}

fn last_day(y: i32, m: u32) -> NaiveDate {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1).pred_opt().unwrap()
}

fn anchor() -> Option<NaiveDate> {
    // A Monday.
    Some(ymd(2024, 12, 23))
}

// --- CONVENTIONS for vague expressions: one line each, edit here if the convention changes. ---

/// بداية/مطلع/أوائل/أول + month.
fn convention_early_month(y: i32, m: u32) -> Interval {
    (ymd(y, m, 1), ymd(y, m, 10))
}
/// أول + month («أول أكتوبر 2020»): (interval, granularity, approximate). The brief says days
/// 1–10 like أوائل; the alternative reading (the 1st of the month) would be
/// `((ymd(y, m, 1), ymd(y, m, 1)), Day, false)`.
/// «أول أكتوبر» is the first day of the month in news usage (as «في أول شباط» in Duckling).
fn convention_awwal_month(y: i32, m: u32) -> (Interval, Granularity, bool) {
    ((ymd(y, m, 1), ymd(y, m, 1)), Day, false)
}
/// منتصف/أواسط + month.
fn convention_mid_month(y: i32, m: u32) -> Interval {
    (ymd(y, m, 11), ymd(y, m, 20))
}
/// نهاية/أواخر/آخر + month.
fn convention_late_month(y: i32, m: u32) -> Interval {
    (ymd(y, m, 21), last_day(y, m))
}
/// بداية/مطلع/أوائل + year.
fn convention_early_year(y: i32) -> Interval {
    (ymd(y, 1, 1), ymd(y, 3, 31))
}
/// منتصف/أواسط + year.
fn convention_mid_year(y: i32) -> Interval {
    (ymd(y, 5, 1), ymd(y, 8, 31))
}
/// نهاية/أواخر + year.
fn convention_late_year(y: i32) -> Interval {
    (ymd(y, 10, 1), ymd(y, 12, 31))
}
/// بنهاية / حتى نهاية + year ("by the end of"): its last month, a deadline or a closing balance.
fn convention_close_of_year(y: i32) -> Interval {
    (ymd(y, 12, 1), ymd(y, 12, 31))
}
/// النصف الأول / الثاني من + year.
fn convention_half(y: i32, h: u32) -> Interval {
    if h == 1 { (ymd(y, 1, 1), ymd(y, 6, 30)) } else { (ymd(y, 7, 1), ymd(y, 12, 31)) }
}
/// الربع الأول/الثاني/الثالث/الرابع/الأخير من + year.
fn convention_quarter(y: i32, q: u32) -> Interval {
    let first = 3 * (q - 1) + 1;
    (ymd(y, first, 1), last_day(y, first + 2))
}
/// الأشهر الأولى من + year.
fn convention_first_months(y: i32) -> Interval {
    (ymd(y, 1, 1), ymd(y, 3, 31))
}
/// الأشهر الأخيرة من + year.
fn convention_last_months(y: i32) -> Interval {
    (ymd(y, 10, 1), ymd(y, 12, 31))
}

// ---------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
struct Expect {
    /// The core date words; the mention must cover them (first occurrence in the sentence).
    core: &'static str,
    /// `None`: the mention must have `range == None` (relative without anchor).
    range: Option<(NaiveDate, NaiveDate, Granularity)>,
    /// Tolerance in days on start and end (Hijri conversions I am not 100% sure of).
    tol_days: i64,
    /// The mention's text must be exactly `core` (glued words must not be swallowed).
    exact: bool,
    want: Vec<F>,
    deny: Vec<F>,
}

impl Expect {
    fn want(mut self, f: &[F]) -> Self {
        self.want.extend_from_slice(f);
        self
    }
    fn deny(mut self, f: &[F]) -> Self {
        self.deny.extend_from_slice(f);
        self
    }
    fn tol(mut self, days: i64) -> Self {
        self.tol_days = days;
        self
    }
    fn exact(mut self) -> Self {
        self.exact = true;
        self
    }
}

/// An expected mention with a resolved interval (dates as `YYYY-MM-DD`).
fn ex(core: &'static str, start: &str, end: &str, g: Granularity) -> Expect {
    exi(core, (iso(start), iso(end)), g)
}

/// An expected mention with an interval computed by a helper (conventions).
fn exi(core: &'static str, iv: Interval, g: Granularity) -> Expect {
    Expect { core, range: Some((iv.0, iv.1, g)), tol_days: 0, exact: false, want: vec![], deny: vec![] }
}

/// An expected relative mention without anchor: `range == None`, flags.relative.
fn ex_unresolved(core: &'static str) -> Expect {
    Expect { core, range: None, tol_days: 0, exact: false, want: vec![F::Relative], deny: vec![] }
}

#[derive(Clone, Debug)]
struct Case {
    group: &'static str,
    sentence: &'static str,
    anchor: Option<NaiveDate>,
    expects: Vec<Expect>,
}

type Row = (&'static str, &'static str, &'static str, &'static str, Granularity);
type IRow = (&'static str, &'static str, Interval, Granularity);

/// A table of one-date sentences sharing an anchor and the flags to check.
fn table(group: &'static str, anchor: Option<NaiveDate>, want: &[F], deny: &[F], rows: &[Row]) -> Vec<Case> {
    rows.iter()
        .map(|&(sentence, core, s, e, g)| Case {
            group,
            sentence,
            anchor,
            expects: vec![ex(core, s, e, g).want(want).deny(deny)],
        })
        .collect()
}

/// Same, with intervals computed by the `convention_*` helpers.
fn itable(
    group: &'static str,
    anchor: Option<NaiveDate>,
    want: &[F],
    deny: &[F],
    rows: Vec<IRow>,
) -> Vec<Case> {
    rows.into_iter()
        .map(|(sentence, core, iv, g)| Case {
            group,
            sentence,
            anchor,
            expects: vec![exi(core, iv, g).want(want).deny(deny)],
        })
        .collect()
}

fn multi(
    group: &'static str,
    sentence: &'static str,
    anchor: Option<NaiveDate>,
    expects: Vec<Expect>,
) -> Case {
    Case { group, sentence, anchor, expects }
}

/// Applies `f` to the expectation whose core is `core` (to mark a tolerance, exactness…).
fn tweak(mut cases: Vec<Case>, core: &str, f: impl Fn(Expect) -> Expect) -> Vec<Case> {
    let mut hit = false;
    for c in &mut cases {
        for e in &mut c.expects {
            if e.core == core {
                *e = f(e.clone());
                hit = true;
            }
        }
    }
    assert!(hit, "TEST BUG: tweak: no core «{core}»");
    cases
}

// ---------------------------------------------------------------------------------------------
// Checker
// ---------------------------------------------------------------------------------------------

/// How many words a mention may add on each side of the core («في», «يوم», «منذ», «عام»…).
const MAX_EXTRA_WORDS: usize = 2;

fn overlaps(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn words(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(|c| c.is_alphanumeric())).count()
}

fn show_range(m: &DateMention) -> String {
    match &m.range {
        Some(r) => format!("{}..={} {:?}", r.start, r.end, r.granularity),
        None => "None".to_string(),
    }
}

fn show(ms: &[DateMention]) -> String {
    if ms.is_empty() {
        return "    (no mention)".to_string();
    }
    ms.iter()
        .map(|m| {
            format!(
                "    - «{}» bytes {:?} → {} flags {:?}\n      {:?}",
                m.text,
                m.span,
                show_range(m),
                m.flags.names(),
                m
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn show_expect(e: &Expect) -> String {
    let r = match &e.range {
        Some((s, en, g)) => {
            let tol = if e.tol_days > 0 { format!(" (±{} day)", e.tol_days) } else { String::new() };
            format!("{s}..={en} {g:?}{tol}")
        }
        None => "range None (unresolved relative)".to_string(),
    };
    format!("«{}» → {}; want flags {:?}; deny {:?}", e.core, r, e.want, e.deny)
}

fn check(c: &Case) -> Result<(), String> {
    let mut problems: Vec<String> = vec![];
    let mut cores = vec![];
    for e in &c.expects {
        match c.sentence.find(e.core) {
            Some(p) => cores.push(p..p + e.core.len()),
            None => {
                return Err(report(c, &[], &[format!("TEST BUG: core «{}» not in sentence", e.core)]));
            }
        }
    }
    let ms = match catch_unwind(AssertUnwindSafe(|| find(c.sentence, c.anchor))) {
        Ok(ms) => ms,
        Err(p) => {
            return Err(report(c, &[], &[format!("find() panicked: {}", panic_msg(&p))]));
        }
    };
    let span_errs = span_problems(c.sentence, &ms);
    let spans_ok = span_errs.is_empty();
    problems.extend(span_errs);

    let mut claimed = vec![false; ms.len()];
    for (e, core) in c.expects.iter().zip(&cores) {
        let hits: Vec<usize> = (0..ms.len()).filter(|&i| overlaps(&ms[i].span, core)).collect();
        for &i in &hits {
            claimed[i] = true;
        }
        if hits.len() != 1 {
            problems.push(format!(
                "expected exactly one mention overlapping «{}», found {}",
                e.core,
                hits.len()
            ));
            continue;
        }
        let m = &ms[hits[0]];
        if m.span.start > core.start || m.span.end < core.end {
            problems.push(format!("mention «{}» does not cover the whole core «{}»", m.text, e.core));
        } else if e.exact {
            if m.text != e.core {
                problems.push(format!("mention text «{}» should be exactly «{}»", m.text, e.core));
            }
        } else if spans_ok {
            let left = &c.sentence[m.span.start..core.start];
            let right = &c.sentence[core.end..m.span.end];
            if words(left) > MAX_EXTRA_WORDS || words(right) > MAX_EXTRA_WORDS {
                problems.push(format!(
                    "mention «{}» spreads too far around «{}» (extra «{}» / «{}»)",
                    m.text, e.core, left, right
                ));
            }
        }
        match (&e.range, &m.range) {
            (None, None) => {}
            (None, Some(_)) => {
                problems.push(format!("«{}»: expected range None (no anchor), got {}", e.core, show_range(m)))
            }
            (Some(_), None) => problems.push(format!("«{}»: range is None", e.core)),
            (Some((s, en, g)), Some(r)) => {
                let ds = (r.start - *s).num_days().abs();
                let de = (r.end - *en).num_days().abs();
                if ds > e.tol_days || de > e.tol_days {
                    problems.push(format!(
                        "«{}»: interval {}..={} but expected {}..={}",
                        e.core, r.start, r.end, s, en
                    ));
                }
                if r.granularity != *g {
                    problems
                        .push(format!("«{}»: granularity {:?} but expected {:?}", e.core, r.granularity, g));
                }
            }
        }
        for f in &e.want {
            if !f.of(&m.flags) {
                problems.push(format!("«{}»: flag {:?} should be set", e.core, f));
            }
        }
        for f in &e.deny {
            if f.of(&m.flags) {
                problems.push(format!("«{}»: flag {:?} should NOT be set", e.core, f));
            }
        }
    }
    for (i, m) in ms.iter().enumerate() {
        if !claimed[i] {
            problems.push(format!("unexpected extra mention «{}» ({})", m.text, show_range(m)));
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(report(c, &ms, &problems)) }
}

fn report(c: &Case, ms: &[DateMention], problems: &[String]) -> String {
    let expects =
        c.expects.iter().map(|e| format!("    - {}", show_expect(e))).collect::<Vec<_>>().join("\n");
    let probs = problems.iter().map(|p| format!("    ! {p}")).collect::<Vec<_>>().join("\n");
    format!(
        "[{}] «{}»\n  anchor: {:?}\n  expected:\n{}\n  problems:\n{}\n  found:\n{}",
        c.group,
        c.sentence,
        c.anchor,
        expects,
        probs,
        show(ms)
    )
}

fn run(cases: &[Case]) {
    let failures: Vec<String> = cases.iter().filter_map(|c| check(c).err()).collect();
    if !failures.is_empty() {
        panic!("{} of {} cases failed:\n\n{}\n", failures.len(), cases.len(), failures.join("\n\n"));
    }
}

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

fn numeric_cases() -> Vec<Case> {
    let rows: &[Row] = &[
        (
            "وقع الانفجار في 5/12/2023 قرب مطار العاصمة، بحسب مصادر أمنية.",
            "5/12/2023",
            "2023-12-05",
            "2023-12-05",
            Day,
        ),
        (
            "صدر القرار الوزاري بتاريخ 08-03-2021 ونُشر في الجريدة الرسمية.",
            "08-03-2021",
            "2021-03-08",
            "2021-03-08",
            Day,
        ),
        (
            "وقّع الطرفان الاتفاق في 2023/12/8 بحضور وسطاء إقليميين.",
            "2023/12/8",
            "2023-12-08",
            "2023-12-08",
            Day,
        ),
        (
            "دخل القانون حيز التنفيذ في 2019-07-01 بعد مصادقة البرلمان عليه.",
            "2019-07-01",
            "2019-07-01",
            "2019-07-01",
            Day,
        ),
        (
            "انتهى اجتماع 15.10.2022 دون التوصل إلى اتفاق نهائي.",
            "15.10.2022",
            "2022-10-15",
            "2022-10-15",
            Day,
        ),
        // Arabic-Indic digits.
        ("أُعلن عن الاتفاق في ٢٠/٠٣/٢٠٢٣ خلال مؤتمر صحفي مشترك.", "٢٠/٠٣/٢٠٢٣", "2023-03-20", "2023-03-20", Day),
        ("صدر المرسوم في ٢٠٢٤-٠١-١٥ ونُشر في الجريدة الرسمية.", "٢٠٢٤-٠١-١٥", "2024-01-15", "2024-01-15", Day),
        // Persian (Extended Arabic-Indic) digits.
        (
            "وجاء في البيان الصادر بتاريخ ۱۴/۰۲/۲۰۲۴ أن المحادثات ستُستأنف.",
            "۱۴/۰۲/۲۰۲۴",
            "2024-02-14",
            "2024-02-14",
            Day,
        ),
        // En dash as separator.
        ("أغلقت السلطات المعبر في 3–4–2022 لأسباب أمنية.", "3–4–2022", "2022-04-03", "2022-04-03", Day),
        // In parentheses.
        ("ونُشر التقرير الأممي (12/09/2020) متضمنا توصيات عدة.", "12/09/2020", "2020-09-12", "2020-09-12", Day),
        // At the start of a line, dateline style.
        (
            "آخر تحديث: 01/02/2024\nالقاهرة - أعلنت الحكومة عن حزمة إجراءات جديدة.",
            "01/02/2024",
            "2024-02-01",
            "2024-02-01",
            Day,
        ),
        // At the very end of the text.
        (
            "أعلنت الهيئة الوطنية للانتخابات النتائج النهائية يوم 02.04.2024",
            "02.04.2024",
            "2024-04-02",
            "2024-04-02",
            Day,
        ),
    ];
    let mut cases = table("numeric", None, NONE, PLAIN, rows);
    // A date glued to the next word (dateline of an agency dispatch): the mention is the date.
    cases.push(multi(
        "numeric",
        "5/12/2023موسكو (رويترز) - أعلن الكرملين أن الرئيس سيزور المنطقة.",
        None,
        vec![ex("5/12/2023", "2023-12-05", "2023-12-05", Day).deny(PLAIN).exact()],
    ));
    cases
}

fn egypt_gulf_cases() -> Vec<Case> {
    let rows: &[Row] = &[
        // «بصوت» (with the voice of) is not what 1971 counts, as «1971 صوتا» (votes) would be.
        (
            "قدم أول ألحانه للإذاعة في أكتوبر 1971 بصوت المطربة.",
            "أكتوبر 1971",
            "1971-10-01",
            "1971-10-31",
            Month,
        ),
        (
            "اندلعت الاحتجاجات في ميدان التحرير في 25 يناير 2011.",
            "25 يناير 2011",
            "2011-01-25",
            "2011-01-25",
            Day,
        ),
        (
            "أعلنت الوزارة في 14 فبراير 2023 عن خطة لدعم المتضررين.",
            "14 فبراير 2023",
            "2023-02-14",
            "2023-02-14",
            Day,
        ),
        (
            "بدأت الحملة الانتخابية في 2 مارس 2024 وسط إجراءات أمنية مشددة.",
            "2 مارس 2024",
            "2024-03-02",
            "2024-03-02",
            Day,
        ),
        (
            "اندلع القتال في الخرطوم في 15 أبريل 2023 بين الجيش وقوات الدعم السريع.",
            "15 أبريل 2023",
            "2023-04-15",
            "2023-04-15",
            Day,
        ),
        ("انعقدت القمة في 28 ابريل 2019 بمدينة شرم الشيخ.", "28 ابريل 2019", "2019-04-28", "2019-04-28", Day),
        (
            "وأفادت الوكالة بأن الاستفتاء جرى في 20 إبريل 2019.",
            "20 إبريل 2019",
            "2019-04-20",
            "2019-04-20",
            Day,
        ),
        ("تسلّم الرئيس مهامه رسميا في 8 مايو 2022.", "8 مايو 2022", "2022-05-08", "2022-05-08", Day),
        (
            "خرجت المظاهرات الحاشدة في 30 يونية 2013 في عدة محافظات.",
            "30 يونية 2013",
            "2013-06-30",
            "2013-06-30",
            Day,
        ),
        ("قامت ثورة 23 يولية 1952 بقيادة الضباط الأحرار.", "23 يولية 1952", "1952-07-23", "1952-07-23", Day),
        (
            "أعلن البنك المركزي في 27 يوليو 2023 رفع أسعار الفائدة.",
            "27 يوليو 2023",
            "2023-07-27",
            "2023-07-27",
            Day,
        ),
        ("افتُتحت قناة السويس الجديدة في 6 أغسطس 2015.", "6 أغسطس 2015", "2015-08-06", "2015-08-06", Day),
        ("اجتاحت القوات العراقية الكويت في 2 اغسطس 1990.", "2 اغسطس 1990", "1990-08-02", "1990-08-02", Day),
        (
            "وقعت الهجمات في 11 سبتمبر 2001 على نيويورك وواشنطن.",
            "11 سبتمبر 2001",
            "2001-09-11",
            "2001-09-11",
            Day,
        ),
        ("عبرت القوات المصرية القناة في 6 اكتوبر 1973.", "6 اكتوبر 1973", "1973-10-06", "1973-10-06", Day),
        (
            "انطلقت قمة المناخ في شرم الشيخ في 6 نوفمبر 2022.",
            "6 نوفمبر 2022",
            "2022-11-06",
            "2022-11-06",
            Day,
        ),
        (
            "استقبل ولي العهد الرئيس الصيني في الرياض في 7 ديسمبر 2022.",
            "7 ديسمبر 2022",
            "2022-12-07",
            "2022-12-07",
            Day,
        ),
        // Month + year.
        (
            "ارتفع معدل التضخم السنوي في يونيو 2019 إلى 9.4 بالمئة.",
            "يونيو 2019",
            "2019-06-01",
            "2019-06-30",
            Month,
        ),
        ("سجلت الصادرات تراجعا حادا خلال شهر أكتوبر 2020.", "أكتوبر 2020", "2020-10-01", "2020-10-31", Month),
        ("أُجريت الانتخابات التشريعية في نوفمبر 2020.", "نوفمبر 2020", "2020-11-01", "2020-11-30", Month),
        // Leap February.
        ("بلغ العجز التجاري ذروته في فبراير 2024.", "فبراير 2024", "2024-02-01", "2024-02-29", Month),
        ("وقّعت الحكومة اتفاق القرض في أبريل 2021.", "أبريل 2021", "2021-04-01", "2021-04-30", Month),
    ];
    table("egypt-gulf months", None, NONE, PLAIN, rows)
}

fn levant_iraq_cases() -> Vec<Case> {
    let rows: &[Row] = &[
        (
            "اغتيل رئيس الوزراء اللبناني الأسبق رفيق الحريري في 14 شباط 2005 في بيروت.",
            "14 شباط 2005",
            "2005-02-14",
            "2005-02-14",
            Day,
        ),
        (
            "دمّر انفجار المرفأ في 4 آب 2020 أحياء واسعة من العاصمة.",
            "4 آب 2020",
            "2020-08-04",
            "2020-08-04",
            Day,
        ),
        // «بغداد» contains «غدا»: it must not give a second mention.
        ("سقطت بغداد في 9 نيسان 2003 بيد القوات الأميركية.", "9 نيسان 2003", "2003-04-09", "2003-04-09", Day),
        (
            "انطلقت الاحتجاجات الشعبية في 17 تشرين الأول 2019 في لبنان.",
            "17 تشرين الأول 2019",
            "2019-10-17",
            "2019-10-17",
            Day,
        ),
        (
            "أُجريت الانتخابات البرلمانية العراقية في 10 تشرين الأول 2021.",
            "10 تشرين الأول 2021",
            "2021-10-10",
            "2021-10-10",
            Day,
        ),
        ("بدأت الاحتجاجات في سوريا في 15 آذار 2011.", "15 آذار 2011", "2011-03-15", "2011-03-15", Day),
        ("شنت إسرائيل حربا على لبنان في 12 تموز 2006.", "12 تموز 2006", "2006-07-12", "2006-07-12", Day),
        (
            "صادق مجلس النواب على الموازنة في 30 تشرين الثاني 2022.",
            "30 تشرين الثاني 2022",
            "2022-11-30",
            "2022-11-30",
            Day,
        ),
        (
            "تنتهي ولاية المجلس البلدي في 31 كانون الأول 2023.",
            "31 كانون الأول 2023",
            "2023-12-31",
            "2023-12-31",
            Day,
        ),
        (
            "رفعت الحكومة أسعار المحروقات في 5 كانون الثاني 2023.",
            "5 كانون الثاني 2023",
            "2023-01-05",
            "2023-01-05",
            Day,
        ),
        // Without hamza.
        ("أُجريت الانتخابات النيابية في 15 ايار 2022.", "15 ايار 2022", "2022-05-15", "2022-05-15", Day),
        ("جرى الاستفتاء في إقليم كردستان في 25 ايلول 2017.", "25 ايلول 2017", "2017-09-25", "2017-09-25", Day),
        (
            "فُرض الإغلاق الشامل في اذار 2020 للحد من انتشار الوباء.",
            "اذار 2020",
            "2020-03-01",
            "2020-03-31",
            Month,
        ),
        // Month + year.
        (
            "شهدت بيروت أحداث أيار 2008 التي انتهت باتفاق الدوحة.",
            "أيار 2008",
            "2008-05-01",
            "2008-05-31",
            Month,
        ),
        ("احتلت إسرائيل الضفة الغربية في حرب حزيران 1967.", "حزيران 1967", "1967-06-01", "1967-06-30", Month),
        ("وقعت أحداث أيلول 1970 في الأردن.", "أيلول 1970", "1970-09-01", "1970-09-30", Month),
        (
            "سجلت البلاد أعلى نسبة تضخم في كانون الثاني 2024.",
            "كانون الثاني 2024",
            "2024-01-01",
            "2024-01-31",
            Month,
        ),
        ("ارتفعت درجات الحرارة إلى مستويات قياسية في آب 2023.", "آب 2023", "2023-08-01", "2023-08-31", Month),
        ("تراجعت قيمة الليرة بشكل حاد في شباط 2020.", "شباط 2020", "2020-02-01", "2020-02-29", Month),
    ];
    table("levant-iraq months", None, NONE, PLAIN, rows)
}

fn maghreb_cases() -> Vec<Case> {
    let rows: &[Row] = &[
        (
            "غادر الرئيس زين العابدين بن علي تونس في 14 جانفي 2011.",
            "14 جانفي 2011",
            "2011-01-14",
            "2011-01-14",
            Day,
        ),
        (
            "خرج الجزائريون إلى الشوارع في 22 فيفري 2019 رفضا للعهدة الخامسة.",
            "22 فيفري 2019",
            "2019-02-22",
            "2019-02-22",
            Day,
        ),
        ("صادق البرلمان على القانون في 12 أفريل 2022.", "12 أفريل 2022", "2022-04-12", "2022-04-12", Day),
        ("انطلقت الامتحانات الوطنية في 6 افريل 2023.", "6 افريل 2023", "2023-04-06", "2023-04-06", Day),
        ("نُظمت الانتخابات البلدية في 6 ماي 2018 بتونس.", "6 ماي 2018", "2018-05-06", "2018-05-06", Day),
        ("أعلنت الوزارة نتائج البكالوريا في جوان 2023.", "جوان 2023", "2023-06-01", "2023-06-30", Month),
        (
            "أعلن الرئيس قيس سعيد تدابير استثنائية في 25 جويلية 2021.",
            "25 جويلية 2021",
            "2021-07-25",
            "2021-07-25",
            Day,
        ),
        ("اندلعت حرائق الغابات في 9 أوت 2021 بولاية تيزي وزو.", "9 أوت 2021", "2021-08-09", "2021-08-09", Day),
        ("أُقيمت الاحتفالات الرسمية في 20 اوت 2022 بالعاصمة.", "20 اوت 2022", "2022-08-20", "2022-08-20", Day),
        // Morocco.
        ("نُفي السلطان محمد الخامس في 20 غشت 1953.", "20 غشت 1953", "1953-08-20", "1953-08-20", Day),
        ("ضرب زلزال قوي إقليم الحوز في 8 شتنبر 2023.", "8 شتنبر 2023", "2023-09-08", "2023-09-08", Day),
        ("أُطلقت المبادرة في نونبر 2022 بمدينة مراكش.", "نونبر 2022", "2022-11-01", "2022-11-30", Month),
        (
            "صادق مجلس النواب على مشروع قانون المالية في 9 دجنبر 2021.",
            "9 دجنبر 2021",
            "2021-12-09",
            "2021-12-09",
            Day,
        ),
        ("عُين الوزير الجديد في 30 يوليوز 2024.", "30 يوليوز 2024", "2024-07-30", "2024-07-30", Day),
        (
            "تنطلق الدورة الجديدة للمعرض الدولي للكتاب في ماي 2025 بالرباط.",
            "ماي 2025",
            "2025-05-01",
            "2025-05-31",
            Month,
        ),
    ];
    table("maghreb months", None, NONE, PLAIN, rows)
}

fn dual_month_cases() -> Vec<Case> {
    let rows: &[Row] = &[
        (
            "فرضت الحكومة قيودا جديدة على الاستيراد في مارس/آذار 2022.",
            "مارس/آذار 2022",
            "2022-03-01",
            "2022-03-31",
            Month,
        ),
        (
            "من المقرر أن تُجرى الانتخابات في مايو (أيار) 2025.",
            "مايو (أيار) 2025",
            "2025-05-01",
            "2025-05-31",
            Month,
        ),
        (
            "شنت حركة حماس هجوما مفاجئا في 7 أكتوبر/ تشرين الأول 2023.",
            "7 أكتوبر/ تشرين الأول 2023",
            "2023-10-07",
            "2023-10-07",
            Day,
        ),
        (
            "ظهرت أولى الإصابات في البلاد في شباط (فبراير) 2020.",
            "شباط (فبراير) 2020",
            "2020-02-01",
            "2020-02-29",
            Month,
        ),
        (
            "وقّعت الحكومة اتفاقا مع صندوق النقد الدولي في تموز/يوليو 2021.",
            "تموز/يوليو 2021",
            "2021-07-01",
            "2021-07-31",
            Month,
        ),
        (
            "قُتل قاسم سليماني في 3 كانون الثاني/يناير 2020 بغارة أميركية.",
            "3 كانون الثاني/يناير 2020",
            "2020-01-03",
            "2020-01-03",
            Day,
        ),
        (
            "اغتيل الأمين العام لحزب الله في 27 أيلول (سبتمبر) 2024 بغارة إسرائيلية.",
            "27 أيلول (سبتمبر) 2024",
            "2024-09-27",
            "2024-09-27",
            Day,
        ),
    ];
    table("dual month names", None, NONE, PLAIN, rows)
}

fn ordinal_cases() -> Vec<Case> {
    let rows: &[Row] = &[
        (
            "احتفلت روسيا في التاسع من مايو 2025 بذكرى النصر.",
            "التاسع من مايو 2025",
            "2025-05-09",
            "2025-05-09",
            Day,
        ),
        (
            "انطلقت جولة المفاوضات في العاشر من أكتوبر 2022.",
            "العاشر من أكتوبر 2022",
            "2022-10-10",
            "2022-10-10",
            Day,
        ),
        (
            "دخل وقف إطلاق النار حيز التنفيذ في الحادي والعشرين من مارس 2021.",
            "الحادي والعشرين من مارس 2021",
            "2021-03-21",
            "2021-03-21",
            Day,
        ),
        ("أُعلن عن تشكيل الحكومة في الأول من شباط 2013.", "الأول من شباط 2013", "2013-02-01", "2013-02-01", Day),
        (
            "صدر الحكم النهائي في الثالث عشر من يناير 2020.",
            "الثالث عشر من يناير 2020",
            "2020-01-13",
            "2020-01-13",
            Day,
        ),
        // Feminine ordinal.
        (
            "افتُتح المعرض الدولي في الحادية عشرة من نوفمبر 2018.",
            "الحادية عشرة من نوفمبر 2018",
            "2018-11-11",
            "2018-11-11",
            Day,
        ),
        (
            "خرجت الحشود إلى الشوارع في الثلاثين من يونيو 2013.",
            "الثلاثين من يونيو 2013",
            "2013-06-30",
            "2013-06-30",
            Day,
        ),
        (
            "تغيّر العالم بعد هجمات الحادي عشر من سبتمبر 2001.",
            "الحادي عشر من سبتمبر 2001",
            "2001-09-11",
            "2001-09-11",
            Day,
        ),
        (
            "اندلعت الثورة المصرية في الخامس والعشرين من يناير 2011.",
            "الخامس والعشرين من يناير 2011",
            "2011-01-25",
            "2011-01-25",
            Day,
        ),
        (
            "اجتاح الجيش العراقي الكويت في الثاني من أغسطس 1990.",
            "الثاني من أغسطس 1990",
            "1990-08-02",
            "1990-08-02",
            Day,
        ),
        (
            "بدأ الغزو الأميركي للعراق في العشرين من آذار 2003.",
            "العشرين من آذار 2003",
            "2003-03-20",
            "2003-03-20",
            Day,
        ),
        (
            "تنتهي صلاحية الاتفاق في الحادي والثلاثين من ديسمبر 2023.",
            "الحادي والثلاثين من ديسمبر 2023",
            "2023-12-31",
            "2023-12-31",
            Day,
        ),
    ];
    table("ordinal days", None, NONE, PLAIN, rows)
}

fn weekday_cases() -> Vec<Case> {
    // Every weekday here is the true weekday of the date.
    let rows: &[Row] = &[
        (
            "أُعلن الاثنين 18 شباط 2013 عن تشكيل الحكومة الجديدة.",
            "الاثنين 18 شباط 2013",
            "2013-02-18",
            "2013-02-18",
            Day,
        ),
        (
            "أعلنت وزارة الداخلية يوم الأربعاء، 13 فبراير 2013، عن إجراءات جديدة.",
            "الأربعاء، 13 فبراير 2013",
            "2013-02-13",
            "2013-02-13",
            Day,
        ),
        (
            "تنطلق المحادثات الخميس الموافق 14 فبراير 2013 في جنيف.",
            "الخميس الموافق 14 فبراير 2013",
            "2013-02-14",
            "2013-02-14",
            Day,
        ),
        (
            "شنت الفصائل هجوما واسعا فجر السبت 7 أكتوبر 2023.",
            "السبت 7 أكتوبر 2023",
            "2023-10-07",
            "2023-10-07",
            Day,
        ),
        (
            "أعلنت وزارة الخارجية يوم الثلاثاء 5 نوفمبر 2024 استدعاء السفير.",
            "الثلاثاء 5 نوفمبر 2024",
            "2024-11-05",
            "2024-11-05",
            Day,
        ),
        (
            "افتُتح المتحف الجمعة 2 يونيو 2023 بحضور رسمي.",
            "الجمعة 2 يونيو 2023",
            "2023-06-02",
            "2023-06-02",
            Day,
        ),
        (
            "انعقدت الجلسة الأولى للبرلمان الأحد 1 أيلول 2024.",
            "الأحد 1 أيلول 2024",
            "2024-09-01",
            "2024-09-01",
            Day,
        ),
    ];
    table("weekday + date", None, NONE, PLAIN, rows)
}

fn year_cases() -> Vec<Case> {
    let rows: &[Row] = &[
        ("تأسست الشركة عام 2015 في دبي.", "2015", "2015-01-01", "2015-12-31", Year),
        ("وُلد الكاتب سنة 1948 في يافا.", "1948", "1948-01-01", "1948-12-31", Year),
        ("انضم اللاعب إلى النادي في العام 2018.", "2018", "2018-01-01", "2018-12-31", Year),
        ("خصصت الحكومة ميزانية إضافية لعام 2025.", "2025", "2025-01-01", "2025-12-31", Year),
        ("شُيّد المسجد في 1890م على الطراز العثماني.", "1890", "1890-01-01", "1890-12-31", Year),
        ("تُوفي الشاعر سنة 1967 ميلادية في القاهرة.", "1967", "1967-01-01", "1967-12-31", Year),
        ("في 2020، تراجع الناتج المحلي الإجمالي بشكل غير مسبوق.", "2020", "2020-01-01", "2020-12-31", Year),
        ("تعهدت الحكومة بخفض الانبعاثات حتى 2030.", "2030", "2030-01-01", "2030-12-31", Year),
        ("كانت المنطقة آمنة نسبيا قبل 2020.", "2020", "2020-01-01", "2020-12-31", Year),
        ("ارتفعت الأسعار بشكل ملحوظ خلال 2023.", "2023", "2023-01-01", "2023-12-31", Year),
        ("وفي عام 1999 تولى الملك محمد السادس العرش.", "1999", "1999-01-01", "1999-12-31", Year),
        ("تأسس الحزب عام ١٩٨٢ في بيروت.", "١٩٨٢", "1982-01-01", "1982-12-31", Year),
        ("تسعى المملكة بحلول عام 2030 إلى تنويع اقتصادها.", "2030", "2030-01-01", "2030-12-31", Year),
    ];
    table("years", None, NONE, PLAIN, rows)
}

fn range_cases() -> Vec<Case> {
    let rows: &[Row] = &[
        (
            "يُعقد المنتدى من 6 إلى 8 ديسمبر 2023 في الدوحة.",
            "6 إلى 8 ديسمبر 2023",
            "2023-12-06",
            "2023-12-08",
            Range,
        ),
        ("تستضيف الرياض المعرض 6-8 ديسمبر 2023.", "6-8 ديسمبر 2023", "2023-12-06", "2023-12-08", Range),
        (
            "تُجرى الانتخابات يومي 6 و7 ديسمبر 2023 في كل الولايات.",
            "6 و7 ديسمبر 2023",
            "2023-12-06",
            "2023-12-07",
            Range,
        ),
        (
            "تتواصل الدورة التدريبية بين 10 و12 يوليو 2023.",
            "10 و12 يوليو 2023",
            "2023-07-10",
            "2023-07-12",
            Range,
        ),
        (
            "وستتواصل الأشغال من 28 فبراير إلى 2 مارس 2024.",
            "28 فبراير إلى 2 مارس 2024",
            "2024-02-28",
            "2024-03-02",
            Range,
        ),
        (
            "أُغلق المطار من 30 ديسمبر 2023 إلى 2 يناير 2024.",
            "30 ديسمبر 2023 إلى 2 يناير 2024",
            "2023-12-30",
            "2024-01-02",
            Range,
        ),
        ("تراجعت الصادرات من يناير إلى مارس 2023.", "يناير إلى مارس 2023", "2023-01-01", "2023-03-31", Range),
        (
            "شهدت البلاد موجة جفاف من نوفمبر 2022 إلى فبراير 2023.",
            "نوفمبر 2022 إلى فبراير 2023",
            "2022-11-01",
            "2023-02-28",
            Range,
        ),
        (
            "ارتفع عدد السكان بين عامي 2014 و2022 بنسبة كبيرة.",
            "2014 و2022",
            "2014-01-01",
            "2022-12-31",
            Range,
        ),
        ("أعلنت الرابطة جدول مباريات الموسم 2025-2026.", "2025-2026", "2025-01-01", "2026-12-31", Range),
        ("تغطي الخطة الخمسية الفترة 2018–2022.", "2018–2022", "2018-01-01", "2022-12-31", Range),
        (
            "حكم الرئيس البلاد من عام 1981 إلى عام 2011.",
            "1981 إلى عام 2011",
            "1981-01-01",
            "2011-12-31",
            Range,
        ),
        (
            "تُقام الفعاليات الثقافية من 1 إلى 3 آذار 2024.",
            "1 إلى 3 آذار 2024",
            "2024-03-01",
            "2024-03-03",
            Range,
        ),
        (
            "تُنظم الدورة من 15 إلى 20 جوان 2022 بالعاصمة.",
            "15 إلى 20 جوان 2022",
            "2022-06-15",
            "2022-06-20",
            Range,
        ),
    ];
    table("ranges", None, NONE, PLAIN, rows)
}

fn part_of_month_cases() -> Vec<Case> {
    let rows: Vec<IRow> = vec![
        ("تُستأنف المفاوضات مطلع مارس 2023.", "مطلع مارس 2023", convention_early_month(2023, 3), PartOfMonth),
        // Mauritanian month names.
        ("تبدأ الحملة مطلع دجمبر 2024.", "مطلع دجمبر 2024", convention_early_month(2024, 12), PartOfMonth),
        (
            "غمرت السيول الأحياء منتصف أغشت 2024.",
            "منتصف أغشت 2024",
            convention_mid_month(2024, 8),
            PartOfMonth,
        ),
        // Moroccan «متم»: the end of.
        ("تُمنح الصفقات الأولى متم ماي 2025.", "متم ماي 2025", convention_late_month(2025, 5), PartOfMonth),
        (
            "من المتوقع أن يُفتتح الخط في بداية يناير 2024.",
            "بداية يناير 2024",
            convention_early_month(2024, 1),
            PartOfMonth,
        ),
        (
            "تراجعت الأسعار في أوائل فبراير 2022.",
            "أوائل فبراير 2022",
            convention_early_month(2022, 2),
            PartOfMonth,
        ),
        (
            "يبدأ تطبيق القرار في منتصف مايو 2024.",
            "منتصف مايو 2024",
            convention_mid_month(2024, 5),
            PartOfMonth,
        ),
        (
            "عُقد الاجتماع التشاوري في أواسط تشرين الأول 2019.",
            "أواسط تشرين الأول 2019",
            convention_mid_month(2019, 10),
            PartOfMonth,
        ),
        (
            "انتهت الهدنة نهاية ديسمبر 2023.",
            "نهاية ديسمبر 2023",
            convention_late_month(2023, 12),
            PartOfMonth,
        ),
        (
            "شنت القوات هجوما في أواخر شباط 2022.",
            "أواخر شباط 2022",
            convention_late_month(2022, 2),
            PartOfMonth,
        ),
        (
            "أُغلقت الحدود في أواخر فبراير 2024.",
            "أواخر فبراير 2024",
            convention_late_month(2024, 2),
            PartOfMonth,
        ),
        (
            "وصلت البعثة الأممية في آخر يناير 2020.",
            "آخر يناير 2020",
            convention_late_month(2020, 1),
            PartOfMonth,
        ),
        ("تُعلن النتائج نهاية جوان 2021.", "نهاية جوان 2021", convention_late_month(2021, 6), PartOfMonth),
    ];
    let mut cases = itable("parts of a month", None, &[F::Approximate], PART_DENY, rows);
    // «أول + month»: the brief's convention is days 1–10 (PartOfMonth, approximate), but in
    // Egyptian/Gulf news «أول أكتوبر» very often means 1 October. See `convention_awwal_month`.
    let (iv, g, approximate) = convention_awwal_month(2020, 10);
    let e = exi("أول أكتوبر 2020", iv, g).deny(PART_DENY);
    let e = if approximate { e.want(&[F::Approximate]) } else { e.deny(&[F::Approximate]) };
    cases.push(multi("parts of a month", "أعلنت الشركة خطتها الجديدة في أول أكتوبر 2020.", None, vec![e]));
    cases
}

fn part_of_year_cases() -> Vec<Case> {
    let rows: Vec<IRow> = vec![
        ("تراجعت الاستثمارات في بداية 2023.", "بداية 2023", convention_early_year(2023), PartOfYear),
        ("أُعلن عن المشروع مطلع عام 2020.", "مطلع عام 2020", convention_early_year(2020), PartOfYear),
        ("تدهور الوضع الأمني في أوائل 2019.", "أوائل 2019", convention_early_year(2019), PartOfYear),
        ("يُتوقع اكتمال الأشغال في منتصف 2021.", "منتصف 2021", convention_mid_year(2021), PartOfYear),
        (
            "تغيرت السياسة النقدية في أواسط العام 2018.",
            "أواسط العام 2018",
            convention_mid_year(2018),
            PartOfYear,
        ),
        ("انسحبت القوات من المدينة نهاية 2022.", "نهاية 2022", convention_late_year(2022), PartOfYear),
        ("تراجعت قيمة العملة في أواخر عام 2017.", "أواخر عام 2017", convention_late_year(2017), PartOfYear),
        // Glued preposition: «بنهاية» is "by the end of", the close of the year.
        (
            "تعهدت الحكومة بإنجاز المشروع بنهاية 2022.",
            "نهاية 2022",
            convention_close_of_year(2022),
            PartOfYear,
        ),
        (
            "نما الاقتصاد بنسبة معتدلة في النصف الأول من 2023.",
            "النصف الأول من 2023",
            convention_half(2023, 1),
            PartOfYear,
        ),
        (
            "تُجرى الانتخابات في النصف الثاني من عام 2024.",
            "النصف الثاني من عام 2024",
            convention_half(2024, 2),
            PartOfYear,
        ),
        (
            "ارتفعت أرباح الشركة في الربع الأول من 2023.",
            "الربع الأول من 2023",
            convention_quarter(2023, 1),
            PartOfYear,
        ),
        (
            "تراجعت المبيعات في الربع الثاني من 2021.",
            "الربع الثاني من 2021",
            convention_quarter(2021, 2),
            PartOfYear,
        ),
        (
            "سجل الاقتصاد انكماشا في الربع الثالث من 2022.",
            "الربع الثالث من 2022",
            convention_quarter(2022, 3),
            PartOfYear,
        ),
        (
            "تحسن أداء البورصة في الربع الرابع من 2020.",
            "الربع الرابع من 2020",
            convention_quarter(2020, 4),
            PartOfYear,
        ),
        (
            "ارتفعت الجباية في الفصل الأول من 2025.",
            "الفصل الأول من 2025",
            convention_quarter(2025, 1),
            PartOfYear,
        ),
        (
            "تباطأ التضخم في الربع الأخير من 2021.",
            "الربع الأخير من 2021",
            convention_quarter(2021, 4),
            PartOfYear,
        ),
        (
            "ارتفعت الصادرات خلال الأشهر الأولى من 2023.",
            "الأشهر الأولى من 2023",
            convention_first_months(2023),
            PartOfYear,
        ),
        (
            "تصاعدت الهجمات في الأشهر الأخيرة من 2020.",
            "الأشهر الأخيرة من 2020",
            convention_last_months(2020),
            PartOfYear,
        ),
    ];
    itable("parts of a year", None, &[F::Approximate], PART_DENY, rows)
}

/// A season of a year: its three months (northern hemisphere, by month: spring March–May,
/// summer June–August, autumn September–November); winter is the one that begins in December
/// of that year.
fn convention_season(y: i32, first: u32) -> Interval {
    let (ey, em) = if first + 2 > 12 { (y + 1, first + 2 - 12) } else { (y, first + 2) };
    (ymd(y, first, 1), last_day(ey, em))
}

fn season_cases() -> Vec<Case> {
    let rows: Vec<IRow> = vec![
        ("ارتفعت أسعار الكهرباء في صيف 2024 بشكل حاد.", "صيف 2024", convention_season(2024, 6), PartOfYear),
        (
            "منذ انهيار القطاع المصرفي في خريف 2019 تراجعت الليرة.",
            "خريف 2019",
            convention_season(2019, 9),
            PartOfYear,
        ),
        ("واجهت أوروبا أزمة غاز خانقة في شتاء 2022.", "شتاء 2022", convention_season(2022, 12), PartOfYear),
        ("اندلعت الاحتجاجات في ربيع 2011 في عدة مدن.", "ربيع 2011", convention_season(2011, 3), PartOfYear),
        ("بدأ الوباء ينتشر في ربيع العام 2020.", "ربيع العام 2020", convention_season(2020, 3), PartOfYear),
        ("اكتمل بناء السد في خريف عام 2017.", "خريف عام 2017", convention_season(2017, 9), PartOfYear),
        ("تراجع منسوب المياه خلال الصيف 2023.", "الصيف 2023", convention_season(2023, 6), PartOfYear),
        // Tunisian and Algerian «صائفة».
        ("أُلغيت الدورة في صائفة 2020 بسبب الجائحة.", "صائفة 2020", convention_season(2020, 6), PartOfYear),
        // Arabic-Indic digits and a glued preposition.
        ("وقّع الطرفان المذكرة بصيف ٢٠٢١.", "صيف ٢٠٢١", convention_season(2021, 6), PartOfYear),
    ];
    itable("seasons", None, &[F::Approximate], PART_DENY, rows)
}

fn hijri_cases() -> Vec<Case> {
    // Umm al-Qura. Checked from memory against the Saudi calendar / announced feasts:
    // 1 Ramadan 1445 = 11 Mar 2024 (30 days; 1 Shawwal 1445 = 10 Apr 2024);
    // 1 Muharram 1445 = 19 Jul 2023; 1 Muharram 1446 = 7 Jul 2024; 1 Muharram 1447 = 26 Jun 2025;
    // 1 Ramadan 1444 = 23 Mar 2023; 1 Shawwal 1444 = 21 Apr 2023 (Eid al-Fitr 2023);
    // 10 Dhu al-Hijja 1444 = 28 Jun 2023 and 10 Dhu al-Hijja 1445 = 16 Jun 2024 (Eid al-Adha);
    // 1 Ramadan 1446 = 1 Mar 2025.
    let rows: &[Row] = &[
        ("صدر المرسوم الملكي في 15 رمضان 1445 هـ.", "15 رمضان 1445", "2024-03-25", "2024-03-25", Day),
        ("أعلنت الهيئة موعد الحفل في 1 محرم 1446هـ.", "1 محرم 1446", "2024-07-07", "2024-07-07", Day),
        ("ارتفعت مبيعات التمور خلال رمضان 1445 بشكل لافت.", "رمضان 1445", "2024-03-11", "2024-04-09", Month),
        ("أُنجز المشروع في 1445هـ وفق الخطة المعتمدة.", "1445هـ", "2023-07-19", "2024-07-06", Year),
        ("عُطلت الدوائر الحكومية في 1 شوال 1444 هـ.", "1 شوال 1444", "2023-04-21", "2023-04-21", Day),
        ("أُغلقت الأسواق في 10 ذي الحجة 1444 هـ.", "10 ذي الحجة 1444", "2023-06-28", "2023-06-28", Day),
        ("بدأ شهر رمضان 1444 هـ وسط ارتفاع الأسعار.", "رمضان 1444", "2023-03-23", "2023-04-20", Month),
        // The last ten days of Ramadan 1445 (30 days from 11 March 2024): the 21st to the 30th.
        (
            "تزدحم المساجد في العشر الأواخر من رمضان 1445 هـ.",
            "العشر الأواخر من رمضان 1445",
            "2024-03-31",
            "2024-04-09",
            PartOfMonth,
        ),
        ("حُدد 1 رمضان 1446 هـ موعدا لانطلاق الحملة.", "1 رمضان 1446", "2025-03-01", "2025-03-01", Day),
        // Arabic-Indic digits.
        ("صدر التعميم بتاريخ ١٥ رمضان ١٤٤٥هـ.", "١٥ رمضان ١٤٤٥", "2024-03-25", "2024-03-25", Day),
        // Not fully sure of the Umm al-Qura length of Safar 1445: ±1 day.
        (
            "افتُتح المشروع رسميا في 12 ربيع الأول 1445 هـ.",
            "12 ربيع الأول 1445",
            "2023-09-27",
            "2023-09-27",
            Day,
        ),
        // The year 1446 AH; end ±1 (1 Muharram 1447 = 26 Jun 2025, fairly sure).
        ("تضمنت ميزانية عام 1446 هـ مشاريع جديدة.", "1446 هـ", "2024-07-07", "2025-06-25", Year),
    ];
    let cases =
        table("hijri", None, &[F::Hijri], &[F::Relative, F::Conflict, F::InferredYear, F::Since], rows);
    let cases = tweak(cases, "12 ربيع الأول 1445", |e| e.tol(1));
    let mut cases = tweak(cases, "1446 هـ", |e| e.tol(1));

    // A Hijri date and its Gregorian twin joined by «الموافق»: ONE mention.
    // (Flags.hijri is not asserted: the Gregorian part is explicit.)
    let twin: &[Row] = &[
        (
            "صدر القرار في 15 رمضان 1445هـ الموافق 25 مارس 2024.",
            "15 رمضان 1445هـ الموافق 25 مارس 2024",
            "2024-03-25",
            "2024-03-25",
            Day,
        ),
        // A date line of two calendars joined by a dash: one day, not a range.
        (
            "الأربعاء 18 جمادى الأولى 1446هـ - 20 نوفمبر 2024م",
            "الأربعاء 18 جمادى الأولى 1446هـ - 20 نوفمبر 2024م",
            "2024-11-20",
            "2024-11-20",
            Day,
        ),
        // Gregorian first, Hijri second (very common in Gulf press).
        (
            "أدى الحجاج شعائرهم الأحد 16 يونيو 2024م الموافق 10 ذو الحجة 1445هـ.",
            "الأحد 16 يونيو 2024م الموافق 10 ذو الحجة 1445هـ",
            "2024-06-16",
            "2024-06-16",
            Day,
        ),
    ];
    cases.extend(table(
        "hijri + gregorian twin",
        None,
        NONE,
        &[F::Relative, F::Conflict, F::InferredYear, F::Since],
        twin,
    ));
    cases
}

fn normalisation_cases() -> Vec<Case> {
    let rows: &[Row] = &[
        ("وفي 2020 تراجعت الإيرادات السياحية.", "2020", "2020-01-01", "2020-12-31", Year),
        ("وللعام 2024 خصصت الوزارة موارد إضافية.", "2024", "2024-01-01", "2024-12-31", Year),
        (
            "والتاسع من مايو 2025 هو الموعد النهائي لتقديم الطلبات.",
            "التاسع من مايو 2025",
            "2025-05-09",
            "2025-05-09",
            Day,
        ),
        // Tatweel.
        (
            "انطلقت الحملة في 3 ديســمبر 2023 بمشاركة واسعة.",
            "3 ديســمبر 2023",
            "2023-12-03",
            "2023-12-03",
            Day,
        ),
        ("تأسست الجمعية عـام 2010 في الدار البيضاء.", "2010", "2010-01-01", "2010-12-31", Year),
        // Diacritics (تشكيل).
        ("وَقَعَ الزِّلْزَالُ فِي السَّادِسِ مِنْ فِبْرَايِرَ 2023.", "السَّادِسِ مِنْ فِبْرَايِرَ 2023", "2023-02-06", "2023-02-06", Day),
        ("عُقِدَت القِمَّةُ فِي 12 يُونْيُو 2022.", "12 يُونْيُو 2022", "2022-06-12", "2022-06-12", Day),
        // Persian digits with an Arabic month.
        (
            "أعلنت الشركة في ۲۵ ديسمبر ۲۰۲۲ عن نتائجها السنوية.",
            "۲۵ ديسمبر ۲۰۲۲",
            "2022-12-25",
            "2022-12-25",
            Day,
        ),
        // Arabic-Indic digits at the start of a sentence.
        ("بتاريخ ١٥ أغسطس ٢٠٢١ دخلت القوات العاصمة.", "١٥ أغسطس ٢٠٢١", "2021-08-15", "2021-08-15", Day),
        ("وفي فيفري 2019 خرج المحتجون إلى الشوارع.", "فيفري 2019", "2019-02-01", "2019-02-28", Month),
        ("وبحلول أكتوبر 2023 كانت الأسعار قد تضاعفت.", "أكتوبر 2023", "2023-10-01", "2023-10-31", Month),
    ];
    table("clitics, digits, tatweel, diacritics", None, NONE, PLAIN, rows)
}

fn relative_cases() -> Vec<Case> {
    // Anchor: Monday 2024-12-23.
    let a = anchor();
    let rel_deny: &[F] = &[F::Hijri, F::Conflict, F::Since];
    let rows: &[Row] = &[
        ("وقال المتحدث باسم الحكومة أمس إن المفاوضات متعثرة.", "أمس", "2024-12-22", "2024-12-22", Day),
        ("أعلنت الوزارة أمس الأحد عن خطة جديدة.", "أمس الأحد", "2024-12-22", "2024-12-22", Day),
        ("وصل الوفد أول أمس إلى الدوحة.", "أول أمس", "2024-12-21", "2024-12-21", Day),
        ("بدأ الشهر الكريم أول أمس السبت في الدوحة.", "أول أمس السبت", "2024-12-21", "2024-12-21", Day),
        ("أعلنت الوزارة أمس (الأحد) فتح باب التسجيل.", "أمس (الأحد)", "2024-12-22", "2024-12-22", Day),
        ("توفي فجر اليوم الموسيقار المصري.", "اليوم", "2024-12-23", "2024-12-23", Day),
        (
            "ظهر يوم الخميس 12 ديسمبر الماضي في حفل.",
            "يوم الخميس 12 ديسمبر الماضي",
            "2024-12-12",
            "2024-12-12",
            Day,
        ),
        // Parts of a week (Monday to Sunday): the end is Friday–Sunday, the middle Tuesday–Thursday.
        ("تبلغ الحرارة ذروتها نهاية الأسبوع.", "نهاية الأسبوع", "2024-12-27", "2024-12-29", Range),
        ("تنخفض الحرارة منتصف الأسبوع المقبل.", "منتصف الأسبوع المقبل", "2024-12-31", "2025-01-02", Range),
        ("أطلقت الوزارة الحملة قبل عشرة أيام.", "قبل عشرة أيام", "2024-12-13", "2024-12-13", Day),
        // The next or last few days.
        (
            "يُتوقع هطول الأمطار خلال الأيام الثلاثة المقبلة.",
            "الأيام الثلاثة المقبلة",
            "2024-12-24",
            "2024-12-26",
            Range,
        ),
        (
            "سجلت الأيام الخمسة الماضية درجات حرارة قياسية.",
            "الأيام الخمسة الماضية",
            "2024-12-18",
            "2024-12-22",
            Range,
        ),
        // Moroccan «فاتح»: the first.
        (
            "يبدأ العمل بالجدول الجديد فاتح يناير المقبل.",
            "فاتح يناير المقبل",
            "2025-01-01",
            "2025-01-01",
            Day,
        ),
        ("اجتمع الطرفان أول من أمس في القاهرة.", "أول من أمس", "2024-12-21", "2024-12-21", Day),
        ("تبدأ اليوم جولة جديدة من المحادثات.", "اليوم", "2024-12-23", "2024-12-23", Day),
        ("يزور الرئيس غدا العاصمة الأردنية.", "غدا", "2024-12-24", "2024-12-24", Day),
        ("يصل الوفد غداً إلى بيروت.", "غداً", "2024-12-24", "2024-12-24", Day),
        ("تنطلق القمة بعد غد في الرياض.", "بعد غد", "2024-12-25", "2024-12-25", Day),
        ("عُقد اللقاء الأسبوع الماضي في جنيف.", "الأسبوع الماضي", "2024-12-16", "2024-12-22", Range),
        ("يُنتظر أن يصدر الحكم الأسبوع المقبل.", "الأسبوع المقبل", "2024-12-30", "2025-01-05", Range),
        ("ارتفع التضخم الشهر الماضي إلى مستوى قياسي.", "الشهر الماضي", "2024-11-01", "2024-11-30", Month),
        ("تبدأ المرحلة الثانية من الخطة الشهر المقبل.", "الشهر المقبل", "2025-01-01", "2025-01-31", Month),
        ("تراجعت الصادرات العام الماضي بنسبة ملحوظة.", "العام الماضي", "2023-01-01", "2023-12-31", Year),
        ("تُجرى الانتخابات التشريعية العام المقبل.", "العام المقبل", "2025-01-01", "2025-12-31", Year),
        ("يتوقع البنك نموا أقوى في السنة المقبلة.", "السنة المقبلة", "2025-01-01", "2025-12-31", Year),
        ("ارتفع عدد السياح هذا العام إلى أرقام غير مسبوقة.", "هذا العام", "2024-01-01", "2024-12-31", Year),
        ("سجل الاقتصاد نموا ملموسا خلال العام الجاري.", "العام الجاري", "2024-01-01", "2024-12-31", Year),
        ("تدخل الاتفاقية حيز التنفيذ في يناير المقبل.", "يناير المقبل", "2025-01-01", "2025-01-31", Month),
        (
            "تُعقد الجولة المقبلة من المفاوضات في فبراير المقبل.",
            "فبراير المقبل",
            "2025-02-01",
            "2025-02-28",
            Month,
        ),
        ("بدأت الأزمة الدبلوماسية في يناير الماضي.", "يناير الماضي", "2024-01-01", "2024-01-31", Month),
        ("فُتح التحقيق في مارس الماضي بعد شكاوى عديدة.", "مارس الماضي", "2024-03-01", "2024-03-31", Month),
        ("التقى الوزيران الخميس الماضي في عمّان.", "الخميس الماضي", "2024-12-19", "2024-12-19", Day),
        ("يلتقي الوزيران الخميس المقبل في عمّان.", "الخميس المقبل", "2024-12-26", "2024-12-26", Day),
        // A bare weekday in running text: the most recent such day on or before the anchor.
        ("وقال الخميس إن الحكومة لن تتراجع عن قرارها.", "الخميس", "2024-12-19", "2024-12-19", Day),
        ("أعلنت الشرطة السبت توقيف ثلاثة مشتبه بهم.", "السبت", "2024-12-21", "2024-12-21", Day),
        // The anchor's own weekday: the anchor itself.
        ("وأعلن رئيس الوزراء الاثنين استقالة حكومته.", "الاثنين", "2024-12-23", "2024-12-23", Day),
        // Agency style: «يوم» + weekday, no date.
        ("أعلنت وزارة الخارجية يوم الثلاثاء استدعاء السفير.", "الثلاثاء", "2024-12-17", "2024-12-17", Day),
        // Time of day around a relative word: one mention (the time word may be included).
        ("اندلعت الاشتباكات مساء أمس في ضواحي العاصمة.", "أمس", "2024-12-22", "2024-12-22", Day),
        ("وصل وزير الخارجية صباح اليوم إلى عمّان.", "اليوم", "2024-12-23", "2024-12-23", Day),
        // «اليوم» + the anchor's weekday: one mention.
        ("تستأنف المحكمة جلساتها اليوم الاثنين.", "اليوم الاثنين", "2024-12-23", "2024-12-23", Day),
        // «القادم» is the common MSA synonym of «المقبل».
        ("يُتوقع صدور القرار النهائي العام القادم.", "العام القادم", "2025-01-01", "2025-12-31", Year),
        ("تستأنف المحكمة جلساتها الأسبوع القادم.", "الأسبوع القادم", "2024-12-30", "2025-01-05", Range),
    ];
    let mut cases = table("relative (anchor 2024-12-23)", a, &[F::Relative], rel_deny, rows);
    // Vague + relative.
    let vague: Vec<IRow> = vec![
        (
            "تراجعت المبيعات في نهاية الشهر الماضي.",
            "نهاية الشهر الماضي",
            convention_late_month(2024, 11),
            PartOfMonth,
        ),
        (
            "ستُعرض الخطة على البرلمان مطلع العام المقبل.",
            "مطلع العام المقبل",
            convention_early_year(2025),
            PartOfYear,
        ),
    ];
    cases.extend(itable(
        "relative + part (anchor 2024-12-23)",
        a,
        &[F::Relative, F::Approximate],
        rel_deny,
        vague,
    ));
    cases
}

fn relative_without_anchor_cases() -> Vec<Case> {
    let sentences: &[(&str, &str)] = &[
        ("وقال المتحدث باسم الحكومة أمس إن المفاوضات متعثرة.", "أمس"),
        ("عُقد اللقاء الأسبوع الماضي في جنيف.", "الأسبوع الماضي"),
        ("تدخل الاتفاقية حيز التنفيذ في يناير المقبل.", "يناير المقبل"),
        ("التقى الوزيران الخميس الماضي في عمّان.", "الخميس الماضي"),
        ("تُجرى الانتخابات التشريعية العام المقبل.", "العام المقبل"),
        ("يزور الرئيس غدا العاصمة الأردنية.", "غدا"),
    ];
    sentences
        .iter()
        .map(|&(s, core)| multi("relative, no anchor", s, None, vec![ex_unresolved(core)]))
        .collect()
}

fn inferred_year_cases() -> Vec<Case> {
    let a = anchor();
    let deny: &[F] = &[F::Hijri, F::Conflict, F::Since];
    let rows: &[Row] = &[
        ("ارتفعت الأسعار في مارس بشكل حاد.", "مارس", "2024-03-01", "2024-03-31", Month),
        ("تراجعت الواردات خلال شهر مارس بسبب الأزمة.", "مارس", "2024-03-01", "2024-03-31", Month),
        ("ارتفعت درجات الحرارة في شهر آب إلى مستويات قياسية.", "آب", "2024-08-01", "2024-08-31", Month),
        ("جرى التصويت في 15 مارس بحضور مراقبين دوليين.", "15 مارس", "2024-03-15", "2024-03-15", Day),
        (
            "أُطلق البرنامج في 3 تشرين الثاني لدعم المزارعين.",
            "3 تشرين الثاني",
            "2024-11-03",
            "2024-11-03",
            Day,
        ),
        (
            "انطلقت امتحانات البكالوريا في 10 جوان بمشاركة آلاف المترشحين.",
            "10 جوان",
            "2024-06-10",
            "2024-06-10",
            Day,
        ),
        ("في التاسع من مايو أقيم العرض العسكري التقليدي.", "التاسع من مايو", "2024-05-09", "2024-05-09", Day),
    ];
    let mut cases = table("month without year (anchor 2024-12-23)", a, &[F::InferredYear], deny, rows);
    cases.push(multi(
        "month without year (anchor 2024-12-23)",
        "تبدأ الامتحانات مطلع مارس في جميع المدارس.",
        a,
        vec![
            exi("مطلع مارس", convention_early_month(2024, 3), PartOfMonth)
                .want(&[F::InferredYear, F::Approximate])
                .deny(deny),
        ],
    ));
    cases.push(multi(
        "month without year (anchor 2024-12-23)",
        "تتواصل الاحتجاجات في العاصمة منذ مارس.",
        a,
        vec![
            ex("مارس", "2024-03-01", "2024-03-31", Month)
                .want(&[F::InferredYear, F::Since])
                .deny(&[F::Hijri, F::Conflict]),
        ],
    ));
    // No anchor: the year comes from an explicit year earlier in the text.
    cases.push(multi(
        "month without year (year from the text)",
        "في عام 2019 بدأت الاحتجاجات، وفي مارس أعلنت الحكومة استقالتها.",
        None,
        vec![
            ex("2019", "2019-01-01", "2019-12-31", Year).deny(PLAIN),
            ex("مارس", "2019-03-01", "2019-03-31", Month).want(&[F::InferredYear]).deny(&[
                F::Relative,
                F::Hijri,
                F::Conflict,
                F::Since,
            ]),
        ],
    ));
    cases.push(multi(
        "month without year (year from the text)",
        "انطلقت الحملة في 3 مارس 2022، وانتهت في 20 أبريل بإعلان النتائج.",
        None,
        vec![
            ex("3 مارس 2022", "2022-03-03", "2022-03-03", Day).deny(PLAIN),
            ex("20 أبريل", "2022-04-20", "2022-04-20", Day).want(&[F::InferredYear]).deny(&[
                F::Relative,
                F::Hijri,
                F::Conflict,
                F::Since,
            ]),
        ],
    ));
    cases
}

fn since_cases() -> Vec<Case> {
    let rows: &[Row] = &[
        ("تعاني البلاد أزمة اقتصادية منذ يناير 2015.", "يناير 2015", "2015-01-01", "2015-01-31", Month),
        ("يحكم الحزب البلاد منذ 2015.", "2015", "2015-01-01", "2015-12-31", Year),
        ("تخضع المدينة للحصار منذ عام 2011.", "2011", "2011-01-01", "2011-12-31", Year),
        ("يتواصل القتال في القطاع منذ 7 أكتوبر 2023.", "7 أكتوبر 2023", "2023-10-07", "2023-10-07", Day),
        (
            "فقدت الليرة معظم قيمتها منذ تشرين الأول 2019.",
            "تشرين الأول 2019",
            "2019-10-01",
            "2019-10-31",
            Month,
        ),
    ];
    table("since (منذ)", None, &[F::Since], &[F::Relative, F::Hijri, F::Conflict, F::InferredYear], rows)
}

fn conflict_cases() -> Vec<Case> {
    vec![multi(
        "conflict",
        "تدخل الاتفاقية حيز التنفيذ في يناير المقبل، بعد أن وُقّعت في يناير 2024.",
        anchor(),
        vec![
            ex("يناير المقبل", "2025-01-01", "2025-01-31", Month).want(&[F::Relative, F::Conflict]),
            ex("يناير 2024", "2024-01-01", "2024-01-31", Month).want(&[F::Conflict]),
        ],
    )]
}

fn multi_date_cases() -> Vec<Case> {
    vec![
        multi(
            "several dates",
            "زار الوفد الرياض في 3 مارس 2023 ثم عاد إليها في 15 يونيو 2023.",
            None,
            vec![
                ex("3 مارس 2023", "2023-03-03", "2023-03-03", Day).deny(PLAIN),
                ex("15 يونيو 2023", "2023-06-15", "2023-06-15", Day).deny(PLAIN),
            ],
        ),
        multi(
            "several dates",
            "انطلقت الاحتجاجات في 17 تشرين الأول 2019، واستقال رئيس الحكومة في 29 تشرين الأول 2019.",
            None,
            vec![
                ex("17 تشرين الأول 2019", "2019-10-17", "2019-10-17", Day).deny(PLAIN),
                ex("29 تشرين الأول 2019", "2019-10-29", "2019-10-29", Day).deny(PLAIN),
            ],
        ),
        multi(
            "several dates",
            "يُعد اتفاق أوسلو (13 سبتمبر 1993) ومعاهدة وادي عربة (26 أكتوبر 1994) من أبرز محطات التسوية.",
            None,
            vec![
                ex("13 سبتمبر 1993", "1993-09-13", "1993-09-13", Day).deny(PLAIN),
                ex("26 أكتوبر 1994", "1994-10-26", "1994-10-26", Day).deny(PLAIN),
            ],
        ),
        multi(
            "several dates",
            "الرباط – أطلقت الحكومة برنامجا لإعادة الإعمار بعد زلزال 8 شتنبر 2023\nوتمتد المرحلة الأولى من البرنامج حتى دجنبر 2024\n",
            None,
            vec![
                ex("8 شتنبر 2023", "2023-09-08", "2023-09-08", Day).deny(PLAIN),
                ex("دجنبر 2024", "2024-12-01", "2024-12-31", Month).deny(PLAIN),
            ],
        ),
        multi(
            "several dates",
            "أبرز المحطات: الأول من مايو 2025، والتاسع من مايو 2025، والعشرين من مايو 2025.",
            None,
            vec![
                ex("الأول من مايو 2025", "2025-05-01", "2025-05-01", Day).deny(PLAIN),
                ex("التاسع من مايو 2025", "2025-05-09", "2025-05-09", Day).deny(PLAIN),
                ex("العشرين من مايو 2025", "2025-05-20", "2025-05-20", Day).deny(PLAIN),
            ],
        ),
        multi(
            "several dates",
            "جرى الدور الأول من الانتخابات الرئاسية في 6 أكتوبر 2024، بعد حملة انطلقت في 14 سبتمبر 2024.",
            None,
            vec![
                ex("6 أكتوبر 2024", "2024-10-06", "2024-10-06", Day).deny(PLAIN),
                ex("14 سبتمبر 2024", "2024-09-14", "2024-09-14", Day).deny(PLAIN),
            ],
        ),
        multi(
            "several dates",
            "القاهرة (رويترز) - أعلن البنك المركزي المصري يوم الخميس 1 فبراير 2024 رفع أسعار الفائدة، بعد قرار مماثل في 3 أغسطس 2023.",
            None,
            vec![
                ex("الخميس 1 فبراير 2024", "2024-02-01", "2024-02-01", Day).deny(PLAIN),
                ex("3 أغسطس 2023", "2023-08-03", "2023-08-03", Day).deny(PLAIN),
            ],
        ),
        multi(
            "several dates",
            "أُطلقت المبادرة عام 2019 واستُكملت مرحلتها الأخيرة في رمضان 1445.",
            None,
            vec![
                ex("2019", "2019-01-01", "2019-12-31", Year).deny(PLAIN),
                ex("رمضان 1445", "2024-03-11", "2024-04-09", Month)
                    .want(&[F::Hijri])
                    .deny(&[F::Relative, F::Conflict]),
            ],
        ),
        multi(
            "several dates",
            "وفي عام 2011 اندلعت الاحتجاجات، ثم تصاعدت في منتصف 2012، قبل أن تتحول إلى نزاع مسلح بين عامي 2013 و2015.",
            None,
            vec![
                ex("2011", "2011-01-01", "2011-12-31", Year).deny(PLAIN),
                exi("منتصف 2012", convention_mid_year(2012), PartOfYear)
                    .want(&[F::Approximate])
                    .deny(PART_DENY),
                ex("2013 و2015", "2013-01-01", "2015-12-31", Range).deny(PLAIN),
            ],
        ),
        multi(
            "several dates (relative + absolute)",
            "أعلنت الحكومة أمس تمديد حالة الطوارئ التي فُرضت في 15 مارس 2020.",
            anchor(),
            vec![
                ex("أمس", "2024-12-22", "2024-12-22", Day).want(&[F::Relative]),
                ex("15 مارس 2020", "2020-03-15", "2020-03-15", Day).deny(PLAIN),
            ],
        ),
    ]
}

/// Every case of every table, for the round-trip test and the summary.
fn all_cases() -> Vec<(&'static str, Vec<Case>)> {
    vec![
        ("numeric", numeric_cases()),
        ("egypt_gulf", egypt_gulf_cases()),
        ("levant_iraq", levant_iraq_cases()),
        ("maghreb", maghreb_cases()),
        ("dual_month", dual_month_cases()),
        ("ordinal", ordinal_cases()),
        ("weekday", weekday_cases()),
        ("year", year_cases()),
        ("range", range_cases()),
        ("part_of_month", part_of_month_cases()),
        ("part_of_year", part_of_year_cases()),
        ("season", season_cases()),
        ("hijri", hijri_cases()),
        ("normalisation", normalisation_cases()),
        ("relative", relative_cases()),
        ("relative_no_anchor", relative_without_anchor_cases()),
        ("inferred_year", inferred_year_cases()),
        ("since", since_cases()),
        ("conflict", conflict_cases()),
        ("multi_date", multi_date_cases()),
    ]
}

// ---------------------------------------------------------------------------------------------
// Tests, one per phenomenon
// ---------------------------------------------------------------------------------------------

#[test]
fn numeric_dates() {
    run(&numeric_cases());
}

#[test]
fn egypt_gulf_month_names() {
    run(&egypt_gulf_cases());
}

#[test]
fn levant_iraq_month_names() {
    run(&levant_iraq_cases());
}

#[test]
fn maghreb_month_names() {
    run(&maghreb_cases());
}

#[test]
fn dual_month_names_are_one_mention() {
    run(&dual_month_cases());
}

#[test]
fn ordinal_day_words() {
    run(&ordinal_cases());
}

#[test]
fn weekday_before_date_is_part_of_mention() {
    run(&weekday_cases());
}

#[test]
fn years_with_marker_or_preposition() {
    run(&year_cases());
}

#[test]
fn ranges_of_days_months_years() {
    run(&range_cases());
}

#[test]
fn parts_of_a_month() {
    run(&part_of_month_cases());
}

#[test]
fn parts_of_a_year() {
    run(&part_of_year_cases());
}

#[test]
fn seasons_of_a_year() {
    run(&season_cases());
}

#[test]
fn hijri_dates() {
    run(&hijri_cases());
}

#[test]
fn clitics_digits_tatweel_diacritics() {
    run(&normalisation_cases());
}

#[test]
fn relative_dates_with_anchor() {
    run(&relative_cases());
}

#[test]
fn relative_dates_without_anchor_are_unresolved() {
    run(&relative_without_anchor_cases());
}

#[test]
fn month_without_year_gets_inferred_year() {
    run(&inferred_year_cases());
}

#[test]
fn since_flag() {
    run(&since_cases());
}

#[test]
fn conflicting_mentions_are_flagged() {
    run(&conflict_cases());
}

#[test]
fn several_dates_in_one_sentence() {
    run(&multi_date_cases());
}

/// `&text[span] == text`, char boundaries, for every sentence of the corpus, with and without
/// an anchor, and for the whole corpus joined into one document.
#[test]
fn round_trip_spans() {
    let mut failures = vec![];
    let mut doc = String::new();
    for (_, cases) in all_cases() {
        for c in cases {
            doc.push_str(c.sentence);
            doc.push('\n');
            for a in [c.anchor, None, anchor()] {
                match catch_unwind(AssertUnwindSafe(|| find(c.sentence, a))) {
                    Ok(ms) => {
                        let p = span_problems(c.sentence, &ms);
                        if !p.is_empty() {
                            failures.push(format!(
                                "«{}» (anchor {:?}):\n    ! {}\n  found:\n{}",
                                c.sentence,
                                a,
                                p.join("\n    ! "),
                                show(&ms)
                            ));
                        }
                    }
                    Err(p) => failures.push(format!(
                        "«{}» (anchor {:?}): find() panicked: {}",
                        c.sentence,
                        a,
                        panic_msg(&p)
                    )),
                }
            }
        }
    }
    match catch_unwind(AssertUnwindSafe(|| find(&doc, anchor()))) {
        Ok(ms) => {
            let p = span_problems(&doc, &ms);
            if !p.is_empty() {
                failures.push(format!("whole corpus as one text:\n    ! {}", p.join("\n    ! ")));
            }
        }
        Err(p) => failures.push(format!("whole corpus as one text: find() panicked: {}", panic_msg(&p))),
    }
    if !failures.is_empty() {
        panic!("{} round-trip failures:\n\n{}\n", failures.len(), failures.join("\n\n"));
    }
}

/// Checks the corpus itself (no engine call): every core is in its sentence, the expected
/// intervals are sane, and whole months / years really are whole.
#[test]
fn corpus_is_well_formed() {
    for (name, cases) in all_cases() {
        for c in &cases {
            assert!(!c.expects.is_empty(), "[{name}] no expectation: {}", c.sentence);
            for e in &c.expects {
                assert!(c.sentence.contains(e.core), "[{name}] core «{}» not in «{}»", e.core, c.sentence);
                if let Some((s, en, g)) = e.range {
                    assert!(s <= en, "[{name}] start after end for «{}»", e.core);
                    match g {
                        Day => assert_eq!(s, en, "[{name}] a Day is one day: «{}»", e.core),
                        Month if !e.want.contains(&F::Hijri) => {
                            assert_eq!(s.day(), 1, "[{name}] «{}»", e.core);
                            assert_eq!(en, last_day(s.year(), s.month()), "[{name}] «{}»", e.core);
                        }
                        Year if !e.want.contains(&F::Hijri) => {
                            assert_eq!((s.month(), s.day()), (1, 1), "[{name}] «{}»", e.core);
                            assert_eq!((en.month(), en.day()), (12, 31), "[{name}] «{}»", e.core);
                            assert_eq!(s.year(), en.year(), "[{name}] «{}»", e.core);
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    // Weekdays written in the weekday table are the true ones.
    use chrono::Weekday::*;
    for (d, w) in [
        ((2013, 2, 18), Mon),
        ((2013, 2, 13), Wed),
        ((2013, 2, 14), Thu),
        ((2023, 10, 7), Sat),
        ((2024, 11, 5), Tue),
        ((2023, 6, 2), Fri),
        ((2024, 9, 1), Sun),
        ((2024, 2, 1), Thu),
        ((2024, 6, 16), Sun),
        ((2024, 12, 23), Mon),
    ] {
        assert_eq!(ymd(d.0, d.1, d.2).weekday(), w, "{d:?}");
    }
}

/// Prints how many cases each phenomenon has (`cargo test corpus_summary -- --nocapture`).
#[test]
fn corpus_summary() {
    let mut total = 0;
    for (name, cases) in all_cases() {
        let n: usize = cases.iter().map(|c| c.expects.len()).sum();
        println!("{name:>20}: {:>3} sentences, {:>3} expected mentions", cases.len(), n);
        total += cases.len();
    }
    println!("{:>20}: {total:>3} sentences (+ parse_phrase cases)", "total");
}

// ---------------------------------------------------------------------------------------------
// parse_phrase
// ---------------------------------------------------------------------------------------------

struct PhraseCase {
    phrase: &'static str,
    reference: Option<NaiveDate>,
    core: &'static str,
    /// `None`: the mention must have `range == None`.
    range: Option<(NaiveDate, NaiveDate, Granularity)>,
    tol_days: i64,
    want: &'static [F],
}

fn pc(
    phrase: &'static str,
    reference: Option<NaiveDate>,
    core: &'static str,
    range: Option<(&str, &str, Granularity)>,
    want: &'static [F],
) -> PhraseCase {
    PhraseCase {
        phrase,
        reference,
        core,
        range: range.map(|(s, e, g)| (iso(s), iso(e), g)),
        tol_days: 0,
        want,
    }
}

#[test]
fn parse_phrase_accepts_single_dates() {
    let a = anchor();
    let cases = vec![
        pc("19 ديسمبر 2022", None, "19 ديسمبر 2022", Some(("2022-12-19", "2022-12-19", Day)), &[]),
        pc(
            "يوم الأربعاء، 13 فبراير 2013",
            None,
            "13 فبراير 2013",
            Some(("2013-02-13", "2013-02-13", Day)),
            &[],
        ),
        pc("مارس 2023", None, "مارس 2023", Some(("2023-03-01", "2023-03-31", Month)), &[]),
        pc("تشرين الثاني 2022", None, "تشرين الثاني 2022", Some(("2022-11-01", "2022-11-30", Month)), &[]),
        // Bare year accepted in phrase mode.
        pc("2015", None, "2015", Some(("2015-01-01", "2015-12-31", Year)), &[]),
        // Bare month: year of the reference.
        pc("مارس", a, "مارس", Some(("2024-03-01", "2024-03-31", Month)), &[F::InferredYear]),
        pc("شباط", a, "شباط", Some(("2024-02-01", "2024-02-29", Month)), &[F::InferredYear]),
        pc("الخميس الماضي", a, "الخميس الماضي", Some(("2024-12-19", "2024-12-19", Day)), &[F::Relative]),
        // Bare weekday: assumed to follow the running-text rule (on or before the reference).
        pc("الخميس", a, "الخميس", Some(("2024-12-19", "2024-12-19", Day)), &[F::Relative]),
        pc("أمس", None, "أمس", None, &[F::Relative]),
        pc("أمس", a, "أمس", Some(("2024-12-22", "2024-12-22", Day)), &[F::Relative]),
        pc("15 رمضان 1445 هـ", None, "15 رمضان 1445", Some(("2024-03-25", "2024-03-25", Day)), &[F::Hijri]),
        pc("١٤٤٥هـ", None, "١٤٤٥هـ", Some(("2023-07-19", "2024-07-06", Year)), &[F::Hijri]),
        // Longest mention of the phrase.
        pc(
            "من 6 إلى 8 ديسمبر 2023",
            None,
            "6 إلى 8 ديسمبر 2023",
            Some(("2023-12-06", "2023-12-08", Range)),
            &[],
        ),
        pc("2023/12/8", None, "2023/12/8", Some(("2023-12-08", "2023-12-08", Day)), &[]),
    ];
    let mut failures = vec![];
    for c in &cases {
        let got = catch_unwind(AssertUnwindSafe(|| parse_phrase(c.phrase, c.reference)));
        let mut probs = vec![];
        let shown;
        match got {
            Err(p) => {
                probs.push(format!("parse_phrase panicked: {}", panic_msg(&p)));
                shown = String::new();
            }
            Ok(None) => {
                probs.push("returned None".to_string());
                shown = "    (None)".to_string();
            }
            Ok(Some(m)) => {
                shown = show(std::slice::from_ref(&m));
                probs.extend(span_problems(c.phrase, std::slice::from_ref(&m)));
                let p = c.phrase.find(c.core).expect("TEST BUG: core not in phrase");
                if m.span.start > p || m.span.end < p + c.core.len() {
                    probs.push(format!("span does not cover «{}»", c.core));
                }
                match (&c.range, &m.range) {
                    (None, None) => {}
                    (None, Some(_)) => probs.push("expected range None".to_string()),
                    (Some(_), None) => probs.push("range is None".to_string()),
                    (Some((s, e, g)), Some(r)) => {
                        if (r.start - *s).num_days().abs() > c.tol_days
                            || (r.end - *e).num_days().abs() > c.tol_days
                            || r.granularity != *g
                        {
                            probs.push(format!("expected {s}..={e} {g:?}"));
                        }
                    }
                }
                for f in c.want {
                    if !f.of(&m.flags) {
                        probs.push(format!("flag {f:?} should be set"));
                    }
                }
            }
        }
        if !probs.is_empty() {
            failures.push(format!(
                "parse_phrase(«{}», {:?}):\n    ! {}\n  found:\n{}",
                c.phrase,
                c.reference,
                probs.join("\n    ! "),
                shown
            ));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} of {} parse_phrase cases failed:\n\n{}\n",
            failures.len(),
            cases.len(),
            failures.join("\n\n")
        );
    }
}
