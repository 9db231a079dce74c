//! The recognisers: small parsers over tokens, combined into the longest match at each place.
//!
//! Each recogniser takes a token index and returns `Some((next, value))` when the tokens from
//! there spell what it knows; `next` is the index after the last token it used. Only the
//! scanner ([`scan`]) decides which of the competing readings wins (the longest).

use super::expr::{Calendar, Expr, Holiday, Ymd};
use super::lexicon::{Dir, HijriHead, Lex, MonthHead, Part, Unit, lookup};
use super::tokens::{Gap, Kind, Tokens};

/// A recognised expression: tokens `start..end` and what they mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
    /// «منذ يناير 2015».
    pub since: bool,
    /// A Hijri date joined to its Gregorian twin by «الموافق».
    pub hijri: bool,
}

/// Finds every date expression in the tokens, left to right, longest first.
/// In `phrase` mode the whole text is meant as a date, so a bare year, month or weekday counts.
pub fn scan(t: &Tokens, phrase: bool) -> Vec<Found> {
    let g = Grammar::new(t, phrase);
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match g.parse_at(i) {
            Some(f) => {
                i = f.end;
                out.push(f);
            }
            None => i += 1,
        }
    }
    merge_twins(&g, out)
}

/// Joins a Hijri date and its Gregorian twin around «الموافق» into one mention.
fn merge_twins(g: &Grammar, found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        if let Some(prev) = out.last_mut() {
            let mut k = prev.end;
            while g.punct_in(k, "(,-") {
                k += 1;
            }
            if g.is(k, Lex::Corresponding) {
                k += 1;
                if g.word(k) == Some("ل") {
                    k += 1;
                }
                while g.punct_in(k, "(") {
                    k += 1;
                }
                if k == f.start && g.calendar_of(&prev.expr) != g.calendar_of(&f.expr) {
                    prev.end = f.end;
                    prev.hijri = true;
                    if g.calendar_of(&prev.expr) == Some(Calendar::Hijri) {
                        prev.expr = f.expr;
                    }
                    continue;
                }
            }
        }
        out.push(f);
    }
    out
}

struct Grammar<'a> {
    t: &'a Tokens,
    phrase: bool,
    lex: Vec<Option<Lex>>,
}

type P<T> = Option<(usize, T)>;

impl<'a> Grammar<'a> {
    fn new(t: &'a Tokens, phrase: bool) -> Self {
        let lex = (0..t.len())
            .map(|i| match t.list[i].kind {
                Kind::Word => lookup(t.norm(i)).map(|(l, _)| l),
                Kind::Punct('%') => Some(Lex::Quantity),
                _ => None,
            })
            .collect();
        Grammar { t, phrase, lex }
    }

    // ---- token access -------------------------------------------------------------------

    fn lex(&self, i: usize) -> Option<Lex> {
        self.lex.get(i).copied().flatten()
    }

    fn is(&self, i: usize, l: Lex) -> bool {
        self.lex(i) == Some(l)
    }

    /// Token `i` exists and is on the same line as token `i - 1`.
    fn on_line(&self, i: usize) -> bool {
        i < self.t.len() && (i == 0 || self.t.list[i].gap != Gap::Newline)
    }

    fn glued(&self, i: usize) -> bool {
        i < self.t.len() && self.t.list[i].gap == Gap::None
    }

    fn word(&self, i: usize) -> Option<&str> {
        (self.on_line(i) && self.t.list[i].kind == Kind::Word).then(|| self.t.norm(i))
    }

    fn num(&self, i: usize) -> Option<(u32, u8)> {
        if !self.on_line(i) {
            return None;
        }
        match self.t.list[i].kind {
            Kind::Number { value, digits } => Some((value, digits)),
            _ => None,
        }
    }

    fn punct_in(&self, i: usize, set: &str) -> bool {
        self.on_line(i) && matches!(self.t.list[i].kind, Kind::Punct(c) if set.contains(c))
    }

    /// Lexical class of token `i` if it is on the line.
    fn l(&self, i: usize) -> Option<Lex> {
        if self.on_line(i) { self.lex(i) } else { None }
    }

    fn is_definite_word(&self, i: usize) -> bool {
        self.t.list[i].kind == Kind::Word && self.t.norm(i).starts_with("ال")
    }

    /// Whether the context before `i` makes a bare year or month a date: «في 2020»,
    /// «منذ مارس», «حتى 2030», «مطلع 2023».
    fn licensed(&self, i: usize) -> bool {
        if self.phrase && i == 0 {
            return true;
        }
        i > 0
            && self.on_line(i)
            && matches!(
                self.lex(i - 1),
                Some(
                    Lex::TimePreposition
                        | Lex::To
                        | Lex::Since
                        | Lex::Part(_)
                        | Lex::MonthWord
                        | Lex::EventNoun
                )
            )
    }

    /// A number at `i` that is followed by a unit of quantity («2000 شخص», «10%»).
    fn counted(&self, i: usize) -> bool {
        let mut k = i + 1;
        if self.is(k, Lex::TimePreposition) && self.word(k) == Some("في") {
            k += 1; // «90 في المئة»
        }
        // «أكتوبر 1971 بصوت المطربة»: a glued preposition means the number does not count the
        // word («1971 صوتا» would).
        let counts = |w: &str| {
            lookup(w).is_some_and(|(l, stripped)| {
                l == Lex::Quantity && !(stripped && w.starts_with(['ب', 'ل', 'ك']))
            })
        };
        self.word(k).is_some_and(counts)
            || self.word(k).is_some_and(|w| w.starts_with("الم") && w.ends_with("يه") && w.len() <= 12)
    }

    fn calendar_of(&self, e: &Expr) -> Option<Calendar> {
        match e {
            Expr::Date(y) | Expr::Range(y, _) => Some(y.calendar),
            _ => None,
        }
    }

    // ---- the top level -------------------------------------------------------------------

    fn parse_at(&self, i: usize) -> Option<Found> {
        let t = &self.t.list[i];
        // Dates start on a word or a number.
        if matches!(t.kind, Kind::Punct(_)) {
            return None;
        }
        if self.lex(i).is_none() && !matches!(t.kind, Kind::Number { .. }) {
            return None;
        }
        if self.is(i, Lex::Since)
            && let Some((end, expr)) = self.expression(i + 1, true)
        {
            return Some(Found { start: i, end, expr, since: true, hijri: false });
        }
        let (end, expr) = self.expression(i, self.licensed(i))?;
        Some(Found { start: i, end, expr, since: false, hijri: false })
    }

    /// The longest expression starting at `i`. `licensed`: a bare year or month counts.
    fn expression(&self, i: usize, licensed: bool) -> P<Expr> {
        let candidates = [
            self.range(i),
            self.part(i),
            self.months_of(i),
            self.season(i),
            self.nth_weekday(i),
            self.days_of(i),
            self.weekday_led(i),
            self.date(i, licensed).map(|(j, y)| (j, Expr::Date(y))),
            self.relative(i),
            self.day_month_relative(i),
            self.day_of_relative_month(i),
            self.decade(i),
            self.holiday(i),
            self.ago(i),
        ];
        let mut best: P<Expr> = None;
        for c in candidates.into_iter().flatten() {
            if best.as_ref().is_none_or(|b| c.0 > b.0) {
                best = Some(c);
            }
        }
        best
    }

    // ---- months and years ------------------------------------------------------------------

    /// A month name, one or two words, with its twin in another region's name:
    /// «مارس/آذار», «مايو (أيار)», «أكتوبر/ تشرين الأول», «كانون الثاني».
    fn month_name(&self, i: usize) -> P<(u8, Calendar)> {
        let (mut j, m, cal) = self.single_month_name(i)?;
        // The twin: same month number after '/', '-' or inside brackets.
        if self.punct_in(j, "/-") {
            if let Some((k, m2, _)) = self.single_month_name(j + 1)
                && m2 == m
            {
                j = k;
            }
        } else if self.punct_in(j, "(")
            && let Some((k, m2, _)) = self.single_month_name(j + 1)
            && m2 == m
            && self.punct_in(k, ")")
        {
            j = k + 1;
        }
        Some((j, (m, cal)))
    }

    fn single_month_name(&self, i: usize) -> Option<(usize, u8, Calendar)> {
        let second = self.word(i + 1).unwrap_or("");
        let first_second = matches!(second, "الاول" | "الاولي");
        let second_second = matches!(second, "الثاني" | "الاخر" | "الاخره" | "الثانيه");
        match self.l(i)? {
            Lex::Month(m) => Some((i + 1, m, Calendar::Gregorian)),
            Lex::MonthHead(MonthHead::Kanun) if first_second => Some((i + 2, 12, Calendar::Gregorian)),
            Lex::MonthHead(MonthHead::Kanun) if second_second => Some((i + 2, 1, Calendar::Gregorian)),
            Lex::MonthHead(MonthHead::Tishrin) if first_second => Some((i + 2, 10, Calendar::Gregorian)),
            Lex::MonthHead(MonthHead::Tishrin) if second_second => Some((i + 2, 11, Calendar::Gregorian)),
            Lex::HijriMonth(m) => Some((i + 1, m, Calendar::Hijri)),
            Lex::HijriHead(HijriHead::Rabi) if first_second => Some((i + 2, 3, Calendar::Hijri)),
            Lex::HijriHead(HijriHead::Rabi) if second_second => Some((i + 2, 4, Calendar::Hijri)),
            Lex::HijriHead(HijriHead::Jumada) if first_second => Some((i + 2, 5, Calendar::Hijri)),
            Lex::HijriHead(HijriHead::Jumada) if second_second => Some((i + 2, 6, Calendar::Hijri)),
            Lex::HijriHead(HijriHead::Dhu) if second == "القعده" => Some((i + 2, 11, Calendar::Hijri)),
            Lex::HijriHead(HijriHead::Dhu) if second == "الحجه" => Some((i + 2, 12, Calendar::Hijri)),
            _ => None,
        }
    }

    /// A month, maybe introduced by «شهر», or a month number: «شهر 3», «شهر ثلاثة»,
    /// «الشهر الثامن». Returns whether «شهر» was written.
    fn month(&self, i: usize) -> P<(u8, Calendar, bool)> {
        if self.is(i, Lex::MonthWord) && self.on_line(i + 1) {
            if let Some((j, (m, c))) = self.month_name(i + 1) {
                return Some((j, (m, c, true)));
            }
            if let Some((v, d)) = self.num(i + 1)
                && (1..=12).contains(&v)
                && d <= 2
                && !self.counted(i + 1)
            {
                return Some((i + 2, (v as u8, Calendar::Gregorian, true)));
            }
            match self.l(i + 1) {
                Some(Lex::Cardinal(v)) if (1..=12).contains(&v) => {
                    return Some((i + 2, (v, Calendar::Gregorian, true)));
                }
                Some(Lex::Teen) => return Some((i + 2, (10, Calendar::Gregorian, true))),
                // «الشهر الثامن»: the eighth month.
                Some(Lex::Ordinal { definite: true, .. }) if self.word(i) == Some("الشهر") => {
                    if let Some((j, v)) = self.ordinal_number(i + 1)
                        && (1..=12).contains(&v)
                    {
                        return Some((j, (v, Calendar::Gregorian, true)));
                    }
                }
                _ => {}
            }
            return None;
        }
        self.month_name(i).map(|(j, (m, c))| (j, (m, c, false)))
    }

    /// A year after a month or a day: «2022», «عام 2015», «من عام 2014», «لعام 2025»,
    /// «1445 هـ», «2015م». Returns the year and the calendar its mark names, if any.
    fn year_after(&self, i: usize) -> P<(i32, Option<Calendar>)> {
        let mut j = i;
        if self.punct_in(j, ",") {
            j += 1;
        }
        // «من عام», «في سنة», «بعام»: a preposition is only kept if a year word follows.
        let mut word = false;
        if matches!(self.l(j), Some(Lex::Min | Lex::TimePreposition))
            && self.is(j + 1, Lex::YearWord)
            && self.on_line(j + 1)
        {
            j += 1;
        }
        if self.is(j, Lex::YearWord) && self.on_line(j) {
            word = true;
            j += 1;
        }
        let (y, j) = self.year_number(j, word)?;
        Some((j.0, (y, j.1)))
    }

    /// A year number with an optional calendar mark. Without a year word it must have four
    /// digits (or three with a mark).
    fn year_number(&self, i: usize, word: bool) -> Option<(i32, (usize, Option<Calendar>))> {
        let (v, d) = self.num(i)?;
        let (j, mark) = self.calendar_mark(i + 1);
        let ok = match d {
            4 => (1000..=2200).contains(&v),
            3 => word || mark.is_some(),
            _ => false,
        };
        if !ok || (mark.is_none() && self.counted(i)) {
            return None;
        }
        // A year range «2025-2026» is not a year followed by junk; let the range take it.
        Some((v as i32, (j, mark)))
    }

    /// «م», «هـ», «ميلادية», «للهجرة» after a year.
    fn calendar_mark(&self, i: usize) -> (usize, Option<Calendar>) {
        match self.l(i) {
            Some(Lex::GregorianMark) => (i + 1, Some(Calendar::Gregorian)),
            Some(Lex::HijriMark) => {
                // «هـ» may be followed by a stray «ـ» or «.».
                (i + 1, Some(Calendar::Hijri))
            }
            _ => (i, None),
        }
    }

    /// A year on its own: «عام 2015», «العام 2015», «2015م», «1445هـ», or a bare four-digit
    /// year where the context allows it («في 2020»).
    fn year_alone(&self, i: usize, licensed: bool) -> P<Ymd> {
        let mut j = i;
        let word = self.is(j, Lex::YearWord);
        if word {
            // «العام» as an adjective: «الأمين العام 2015» is unlikely, but keep the rule
            // that a year word starts a year.
            j += 1;
        }
        let (y, (k, mark)) = self.year_number(j, word)?;
        if !word && mark.is_none() {
            let bare_ok = licensed && (1900..=2100).contains(&y) && self.num(j).is_some_and(|(_, d)| d == 4);
            if !bare_ok {
                return None;
            }
        }
        if !word && mark == Some(Calendar::Gregorian) && !(1000..=2200).contains(&y) {
            return None;
        }
        let calendar = mark.unwrap_or(Calendar::Gregorian);
        Some((k, Ymd { year: Some(y), calendar, ..Ymd::default() }))
    }

    // ---- days ----------------------------------------------------------------------------

    /// An ordinal number in words: «التاسع» 9, «الحادي عشر» 11, «الحادي والعشرين» 21,
    /// «الثالث والعشرون» 23, «الثلاثين» 30.
    fn ordinal_number(&self, i: usize) -> P<u8> {
        let Some(Lex::Ordinal { value, .. }) = self.l(i) else {
            return None;
        };
        let hadi = self.word(i).is_some_and(|w| w.contains("حادي"));
        if value >= 20 {
            return Some((i + 1, value));
        }
        // Teens: «الثالث عشر», «الحادية عشرة».
        if self.is(i + 1, Lex::Teen) && self.on_line(i + 1) && value <= 9 {
            return Some((i + 2, value + 10));
        }
        // «الحادي والعشرين» (clitic و glued) or «الحادي و العشرين».
        let mut k = i + 1;
        if self.is(k, Lex::And) {
            k += 1;
        }
        if let Some(Lex::Ordinal { value: tens @ (20 | 30), .. }) = self.l(k) {
            let glued_and = self.word(k).is_some_and(|w| w.starts_with('و'));
            if (glued_and || k == i + 2) && value <= 9 {
                return Some((k + 1, tens + value));
            }
        }
        if hadi {
            return None;
        }
        Some((i + 1, value))
    }

    /// The day of a date: a number 1..31 or an ordinal, maybe after «اليوم»: «19»,
    /// «التاسع», «اليوم الثالث». Returns whether it was written in words.
    fn day(&self, i: usize) -> P<(u8, bool)> {
        if let Some((v, d)) = self.num(i) {
            if (1..=31).contains(&v) && d <= 2 {
                return Some((i + 1, (v as u8, false)));
            }
            return None;
        }
        let mut j = i;
        if self.is(j, Lex::DayOffset(0)) || self.is(j, Lex::DayWord) {
            j += 1; // «اليوم الثالث من», «يوم 5 مايو»
            if let Some((v, d)) = self.num(j)
                && (1..=31).contains(&v)
                && d <= 2
                && self.word(i) == Some("يوم")
            {
                return Some((j + 1, (v as u8, false)));
            }
        }
        let (mut k, v) = self.ordinal_number(j)?;
        if self.word(k) == Some("يوم") {
            k += 1; // «ثالث يوم من شهر عشرة»
        }
        (1..=31).contains(&v).then_some((k, (v, true)))
    }

    /// Day + month (+ year): «19 ديسمبر 2022», «التاسع من مايو (أيار) 2025»,
    /// «الأول من شهر شباط», «15 رمضان 1445 هـ».
    fn day_month(&self, i: usize) -> P<Ymd> {
        // «شارع 26 يوليو» (or «بشارع», «فريق «8 آذار»») is a street or a group, not a date.
        let named_by = if i > 1 && self.punct_in(i - 1, "«\"(") { i - 2 } else { i.saturating_sub(1) };
        if i > 0 && self.word(named_by).is_some_and(names_after_a_date) {
            return None;
        }
        let (mut j, (day, words)) = self.day(i)?;
        if self.is(j, Lex::Min) {
            j += 1;
        } else if words && !self.is(j, Lex::MonthWord) && self.word(i).is_some_and(|w| !w.starts_with("ال"))
        {
            // «أول شباط», «ثالث يوم» — indefinite ordinals may go straight to the month.
        } else if words && self.word(j).is_none() {
            return None;
        }
        let (k, (month, calendar, _)) = self.month(j)?;
        let mut ymd = Ymd { month: Some(month), day: Some(day), calendar, ..Ymd::default() };
        let k = self.attach_year(k, &mut ymd);
        Some((k, ymd))
    }

    /// Attaches a following year to `ymd` and returns the index after it; «من ذلك العام»
    /// («of that year») says the year is the one the text spoke of before.
    fn attach_year(&self, k: usize, ymd: &mut Ymd) -> usize {
        if let Some((k2, (y, mark))) = self.year_after(k) {
            ymd.year = Some(y);
            if mark == Some(Calendar::Hijri) {
                ymd.calendar = Calendar::Hijri;
            }
            return k2;
        }
        if matches!(self.l(k), Some(Lex::Min | Lex::TimePreposition)) {
            let (w1, w2) = (self.word(k + 1), self.word(k + 2));
            let that_year = match (w1, w2) {
                (Some("ذلك" | "نفس"), Some("العام" | "السنه")) => Some(k + 3),
                (Some("العام" | "السنه"), Some("نفسه" | "نفسها" | "ذاته" | "ذاتها")) => {
                    Some(k + 3)
                }
                _ => None,
            };
            if let Some(end) = that_year {
                ymd.year_of_text = true;
                return end;
            }
        }
        k
    }

    /// Month (+ year): «يونيو 2019», «مارس/آذار 2022», «رمضان 1445», «في مارس» (licensed).
    fn month_year(&self, i: usize, licensed: bool) -> P<Ymd> {
        let (k, (month, calendar, shahr)) = self.month(i)?;
        let mut ymd = Ymd { month: Some(month), calendar, ..Ymd::default() };
        let k2 = self.attach_year(k, &mut ymd);
        if ymd.year.is_none() && !(licensed || shahr) {
            return None;
        }
        Some((k2, ymd))
    }

    /// Numeric dates: «19/12/2022», «19-12-2022», «19.12.2022», «2022-12-19», «2023/12/8»
    /// (year first), «2/2013» (a month); glued to letters is fine: «5/12/2023موسكو».
    fn numeric(&self, i: usize) -> P<Ymd> {
        let (a, da) = self.num(i)?;
        let sep = match self.t.list.get(i + 1).map(|t| t.kind) {
            Some(Kind::Punct(c @ ('/' | '-' | '.'))) if self.glued(i + 1) => c,
            _ => return None,
        };
        let (b, db) = self.num(i + 2).filter(|_| self.glued(i + 2))?;
        let third = (self.punct_in(i + 3, &sep.to_string()) && self.glued(i + 3) && self.glued(i + 4))
            .then(|| self.num(i + 4))
            .flatten();
        let mut ymd = Ymd::default();
        let end;
        match third {
            Some((c, dc)) => {
                let (y, m, d) = if da == 4 && db <= 2 && dc <= 2 {
                    (a, b, c)
                } else if da <= 2 && db <= 2 && (dc == 4 || (dc == 2 && sep == '/')) {
                    let y = if dc == 2 { 2000 + c } else { c };
                    if b <= 12 { (y, b, a) } else { (y, a, b) } // day/month; month/day if it must be
                } else {
                    return None;
                };
                if !(1..=12).contains(&m)
                    || !(1..=31).contains(&d)
                    || !(1000..=2200).contains(&y) && da != 4 && dc != 4
                {
                    return None;
                }
                ymd.year = Some(y as i32);
                ymd.month = Some(m as u8);
                ymd.day = Some(d as u8);
                end = i + 5;
                // A longer chain of numbers is a version or an address, not a date.
                if self.punct_in(end, "/-.")
                    && self.glued(end)
                    && self.num(end + 1).is_some()
                    && self.glued(end + 1)
                {
                    return None;
                }
            }
            None => {
                // «2/2013»: month/year, only with a slash.
                if sep != '/' || da > 2 || db != 4 || !(1..=12).contains(&a) || !(1000..=2200).contains(&b) {
                    return None;
                }
                if self.punct_in(i + 3, "/-.") && self.glued(i + 3) {
                    return None;
                }
                ymd.year = Some(b as i32);
                ymd.month = Some(a as u8);
                end = i + 3;
            }
        }
        if i > 0 && self.glued(i) && self.punct_in(i - 1, "/-.") && self.num(i.wrapping_sub(2)).is_some() {
            return None; // the tail of a longer number chain
        }
        let (end, mark) = self.calendar_mark(end);
        if mark == Some(Calendar::Hijri) {
            ymd.calendar = Calendar::Hijri;
        }
        Some((end, ymd))
    }

    /// Any absolute date at `i`, with the weekday before it if written.
    fn date(&self, i: usize, licensed: bool) -> P<Ymd> {
        let candidates =
            [self.numeric(i), self.day_month(i), self.month_year(i, licensed), self.year_alone(i, licensed)];
        let mut best: P<Ymd> = None;
        for c in candidates.into_iter().flatten() {
            if best.as_ref().is_none_or(|b| c.0 > b.0) {
                best = Some(c);
            }
        }
        best
    }

    // ---- weekdays ----------------------------------------------------------------------

    /// «الاثنين 18 شباط», «يوم الأربعاء، 13 فبراير 2013», «الخميس الموافق 14 شهر شباط»,
    /// «يوم الاثنين في 18 شباط»; also «السبت السادس عشر» (a day of the anchor's month).
    fn weekday_led(&self, i: usize) -> P<Expr> {
        let (mut j, wd) = self.weekday_word(i)?;
        if self.punct_in(j, ",") {
            j += 1;
        }
        if self.is(j, Lex::Corresponding) || self.word(j) == Some("في") {
            j += 1;
        }
        let bracket = self.punct_in(j, "(");
        let d = if bracket { j + 1 } else { j };
        if let Some((mut k, mut ymd)) = self.numeric(d).or_else(|| self.day_month(d)) {
            // «يوم الخميس 12 ديسمبر الماضي»: placed by the anchor, as without the weekday.
            if let (None, Some(month), Some(day), Some(Lex::Dir(dir))) =
                (ymd.year, ymd.month, ymd.day, self.l(k))
                && !bracket
            {
                let calendar = ymd.calendar;
                return Some((k + 1, Expr::NamedMonth { month, calendar, dir, day: Some(day) }));
            }
            ymd.weekday = Some(wd);
            if bracket && self.punct_in(k, ")") {
                k += 1;
            }
            return Some((k, Expr::Date(ymd)));
        }
        if let Some(found) = self.day_of_relative_month(j) {
            return Some(found);
        }
        // «السبت السادس عشر»: an ordinal day with no month is in the anchor's month.
        let (k, (day, words)) = self.day(j)?;
        words.then_some((k, Expr::DayOfMonth { day, month_offset: 0 }))
    }

    /// A date led by its weekday: «يوم السبت 15 حزيران», «الخميس (8 شتنبر 2023)».
    fn weekday_date(&self, i: usize) -> P<Ymd> {
        match self.weekday_led(i)? {
            (k, Expr::Date(y)) => Some((k, y)),
            _ => None,
        }
    }

    /// A weekday word: definite («الخميس»), or after «يوم» («يوم خميس» is rare but fine).
    fn weekday_word(&self, i: usize) -> P<u8> {
        let j = if self.is(i, Lex::DayWord) && self.word(i) == Some("يوم") { i + 1 } else { i };
        match self.l(j) {
            Some(Lex::Weekday(w)) if j > i || self.is_definite_word(j) => Some((j + 1, w)),
            _ => None,
        }
    }

    /// «التاسع عشر من هذا الشهر», «5 من الشهر الجاري», «منتصف الشهر الماضي» is a `Part`.
    fn day_of_relative_month(&self, i: usize) -> P<Expr> {
        let (mut j, (day, _)) = self.day(i)?;
        if self.is(j, Lex::Min) {
            j += 1;
        }
        let (k, off) = self.relative_unit(j, Unit::Month)?;
        Some((k, Expr::DayOfMonth { day, month_offset: off }))
    }

    // ---- ranges --------------------------------------------------------------------------

    /// Ranges: «من 6 إلى 8 ديسمبر 2023», «6-8 ديسمبر 2023», «من 6 ‐ 2023/12/8»,
    /// «بين عامي 2014 و2022», «2025-2026», «من يناير إلى مارس 2023», «يومي 6 و7 ديسمبر»,
    /// «يوليو 13-15», «من الثالث والعشرين وحتى السادس والعشرين من أكتوبر».
    fn range(&self, i: usize) -> P<Expr> {
        let mut j = i;
        let between = self.is(j, Lex::Between);
        let from = self.is(j, Lex::Min);
        if between || from {
            j += 1;
        }
        let days_word = self.is(j, Lex::DayWord) && self.word(j).is_some_and(|w| w == "يومي" || w == "ايام");
        if days_word {
            j += 1;
        }
        let dual_years = self.is(j, Lex::YearWordDual);
        if dual_years {
            j += 1;
        }
        // «عام 2023/2024», «من عام 2014 إلى عام 2022».
        if self.is(j, Lex::YearWord) && self.num(j + 1).is_some_and(|(_, d)| d == 4) {
            j += 1;
        }
        // «يوليو 13-15», «تموز 13 الى 15»: month first, then two days.
        if let Some((k, (month, calendar, _))) = self.month(j)
            && let Some((v1, d1)) = self.num(k)
            && let Some((k2, v2)) = self.range_tail_day(k + 1)
            && d1 <= 2
            && (1..=31).contains(&v1)
            && v1 < v2 as u32
        {
            let mut a = Ymd { month: Some(month), day: Some(v1 as u8), calendar, ..Ymd::default() };
            let mut b = Ymd { day: Some(v2), ..a };
            let k3 = self.attach_year(k2, &mut b);
            a.year = b.year;
            return Some((k3, Expr::Range(a, b)));
        }
        let (k, mut a) = self.range_start(j)?;
        // The connector.
        let mut c = k;
        // «-», «إلى», «حتى», «وحتى» (the clitic is stripped by the lexicon).
        let slash = self.punct_in(c, "/") && a.month.is_none() && a.day.is_none();
        let and = if self.punct_in(c, "-") || self.is(c, Lex::To) || slash {
            c += 1;
            false
        } else if self.is(c, Lex::And) {
            c += 1;
            true
        } else if self.word(c).is_some_and(|w| w.starts_with('و')) && (between || dual_years || days_word) {
            // «و2022» is split into «و» + number, but «وعام» is one word: accept its clitic.
            true
        } else {
            return None;
        };
        if !self.on_line(c) {
            return None;
        }
        let (end, b) = self.range_end(c, &a)?;
        a.fill_from(&b);
        if a.month.is_none() && b.month.is_some() && a.day.is_none() && a.year.is_none() {
            return None;
        }
        // A start month after the end month belongs to the year before: «من ديسمبر إلى فبراير 2023».
        if let (Some(ma), Some(mb), Some(yb)) = (a.month, b.month, b.year)
            && ma > mb
            && a.year == Some(yb)
            && a.day.is_none()
        {
            a.year = Some(yb - 1);
        }
        // Both ends must be of the same kind and in order.
        let same_kind = a.day.is_some() == b.day.is_some() && a.month.is_some() == b.month.is_some();
        if !same_kind || !ordered(&a, &b) {
            return None;
        }
        // «6 و7 ديسمبر» without «بين»/«يومي» is a list: a range only if the days are consecutive.
        if and && !(between || dual_years || days_word) {
            let consecutive = a.day.is_some() && b.day.is_some() && b.day.unwrap() == a.day.unwrap() + 1;
            if !consecutive {
                return None;
            }
        }
        // «2023/2024» is a fiscal or school year: consecutive years only.
        if slash && b.year.zip(a.year).is_none_or(|(yb, ya)| yb != ya + 1) {
            return None;
        }
        // A bare year range needs both years to look like years, close together.
        if a.month.is_none() && !(between || from || dual_years) {
            let (ya, yb) = (a.year.unwrap_or(0), b.year.unwrap_or(0));
            if !(1900..=2100).contains(&ya) || yb - ya > 50 || self.counted(end - 1) {
                return None;
            }
        }
        Some((end, Expr::Range(a, b)))
    }

    /// The start of a range, possibly partial: a day «6», «الثالث والعشرين», a day and month,
    /// a month, a year (bare years only after «من»/«بين» or before a dash).
    fn range_start(&self, i: usize) -> P<Ymd> {
        let full = self.weekday_date(i).or_else(|| self.date(i, true));
        let day_only = self.day(i).map(|(k, (d, _))| (k, Ymd { day: Some(d), ..Ymd::default() }));
        let year_bare = self.num(i).and_then(|(v, d)| {
            (d == 4 && (1000..=2200).contains(&v))
                .then_some((i + 1, Ymd { year: Some(v as i32), ..Ymd::default() }))
        });
        // Prefer the reading whose connector follows.
        for c in [full, day_only, year_bare].into_iter().flatten() {
            let k = c.0;
            let connector = self.punct_in(k, "-/")
                || self.is(k, Lex::To)
                || self.is(k, Lex::And)
                || self.word(k).is_some_and(|w| w.starts_with('و') && w.len() > 2);
            if connector {
                return Some(c);
            }
        }
        None
    }

    /// The end of a range: a full date, or what the start lacks only.
    fn range_end(&self, i: usize, start: &Ymd) -> P<Ymd> {
        let mut j = i;
        if start.month.is_none() && start.day.is_none() {
            // Years: «2022», «عام 2022», «وعام 2022».
            if self.is(j, Lex::YearWord) {
                j += 1;
            }
            let (y, (k, mark)) = self.year_number(j, j > i)?;
            return Some((
                k,
                Ymd { year: Some(y), calendar: mark.unwrap_or(Calendar::Gregorian), ..Ymd::default() },
            ));
        }
        let (k, b) = self.weekday_date(j).or_else(|| self.date(j, true))?;
        if start.day.is_some() && b.day.is_none() {
            return None;
        }
        Some((k, b))
    }

    /// After «يوليو 13»: «-15» or «الى 15». Returns the second day.
    fn range_tail_day(&self, i: usize) -> P<u8> {
        let j = if self.punct_in(i, "-") || self.is(i, Lex::To) {
            i + 1
        } else {
            return None;
        };
        let (v, d) = self.num(j)?;
        ((1..=31).contains(&v) && d <= 2).then_some((j + 1, v as u8))
    }

    // ---- parts ---------------------------------------------------------------------------

    /// «نهاية مايو 2022», «بنهاية 2022», «مطلع العام المقبل», «أواخر الشهر الماضي»,
    /// «منتصف مارس», «نهاية عام ٢٠٢٤».
    fn part(&self, i: usize) -> P<Expr> {
        let p = match self.l(i)? {
            Lex::Part(p) => p,
            Lex::Last => Part::End, // «آخر يناير 2020»
            _ => return None,
        };
        let mut j = i + 1;
        if self.is(j, Lex::Min) {
            j += 1;
        }
        // «نهاية الأسبوع», «منتصف الأسبوع المقبل»: a part of a week.
        if let Some(week) = self.week_target(j) {
            return Some((week.0, Expr::Part(p, Box::new(week.1))));
        }
        let target = self.month_or_year_target(j)?;
        Some((target.0, Expr::Part(p, Box::new(target.1))))
    }

    /// A week after a part word: «الأسبوع المقبل», or «الأسبوع» alone (the anchor's).
    fn week_target(&self, j: usize) -> P<Expr> {
        if let Some((k, off)) = self.relative_unit(j, Unit::Week) {
            return Some((k, Expr::UnitOffset(Unit::Week, off)));
        }
        (self.is(j, Lex::WeekWord) && self.word(j) == Some("الاسبوع"))
            .then_some((j + 1, Expr::UnitOffset(Unit::Week, 0)))
    }

    /// What a part word or «من» points at: a month, a year, or a relative month/year:
    /// «مايو 2022», «شهر مارس», «2023», «عام 2023», «العام الجاري», «الشهر الماضي», «العام».
    fn month_or_year_target(&self, j: usize) -> P<Expr> {
        if let Some((k, off)) = self.relative_unit(j, Unit::Year) {
            return Some((k, Expr::UnitOffset(Unit::Year, off)));
        }
        if let Some((k, off)) = self.relative_unit(j, Unit::Month) {
            return Some((k, Expr::UnitOffset(Unit::Month, off)));
        }
        if let Some((k, e)) = self.named_month_relative(j) {
            return Some((k, e));
        }
        if let Some((k, y)) = self.month_year(j, true).or_else(|| self.year_alone(j, true)) {
            return Some((k, Expr::Date(y)));
        }
        // «نهاية العام», «منتصف الشهر»: the current one. A school or fiscal year («الفصل الأول من
        // العام الدراسي», «الربع الرابع من العام المالي») is not the calendar year.
        match (self.l(j), self.word(j)) {
            (Some(Lex::YearWord), Some("العام" | "السنه"))
                if !matches!(
                    self.word(j + 1),
                    Some("الدراسي" | "المالي" | "الجامعي" | "القضايي" | "الزراعي")
                ) =>
            {
                Some((j + 1, Expr::UnitOffset(Unit::Year, 0)))
            }
            (Some(Lex::MonthWord), Some("الشهر")) => Some((j + 1, Expr::UnitOffset(Unit::Month, 0))),
            _ => None,
        }
    }

    /// A year-level target after «من»: «2023», «عام 2023», «العام الماضي».
    fn year_target(&self, j: usize) -> P<Expr> {
        let (k, e) = self.month_or_year_target(j)?;
        match &e {
            Expr::Date(y) if y.month.is_none() => Some((k, e)),
            Expr::UnitOffset(Unit::Year, _) => Some((k, e)),
            _ => None,
        }
    }

    /// A month-level target after «من»/«في»/«ب»: «شهر أيلول من عام 2014», «أكتوبر لعام 2014».
    fn month_target(&self, j: usize) -> P<Expr> {
        let mut j = j;
        if matches!(self.l(j), Some(Lex::Min | Lex::TimePreposition)) {
            j += 1;
        }
        let (k, e) = self.month_or_year_target(j)?;
        match &e {
            Expr::Date(y) if y.month.is_some() && y.day.is_none() => Some((k, e)),
            Expr::UnitOffset(Unit::Month, _) | Expr::NamedMonth { .. } => Some((k, e)),
            _ => None,
        }
    }

    /// «الأشهر الأولى من 2023», «النصف الأول من العام», «الربع الأخير من 2022»,
    /// «الأشهر الثلاثة الأخيرة من».
    fn months_of(&self, i: usize) -> P<Expr> {
        let (from, to, mut j) = match self.l(i)? {
            Lex::Months => {
                let mut j = i + 1;
                if matches!(self.l(j), Some(Lex::Cardinal(_))) {
                    j += 1;
                }
                match self.l(j)? {
                    Lex::Ordinal { value: 1, .. } => (1, 3, j + 1),
                    Lex::Last => (10, 12, j + 1),
                    _ => return None,
                }
            }
            Lex::Half => match self.l(i + 1)? {
                Lex::Ordinal { value: 1, .. } => (1, 6, i + 2),
                Lex::Ordinal { value: 2, .. } | Lex::Last => (7, 12, i + 2),
                _ => return None,
            },
            Lex::Quarter => match self.l(i + 1)? {
                Lex::Ordinal { value: q @ 1..=4, .. } => (q * 3 - 2, q * 3, i + 2),
                Lex::Last => (10, 12, i + 2),
                _ => return None,
            },
            _ => return None,
        };
        if self.is(j, Lex::Min) {
            j += 1;
        } else {
            return None;
        }
        let (k, of) = self.year_target(j)?;
        Some((k, Expr::MonthsOf { from, to, of: Box::new(of) }))
    }

    /// A season of a year: «صيف 2024», «خريف عام 2019», «شتاء العام الماضي», «ربيع 2011». Its
    /// three months, winter running into the next year («شتاء 2022»: December 2022 to February
    /// 2023). Without a year («في الصيف») it is not a date; «الربيع العربي» is not either.
    fn season(&self, i: usize) -> P<Expr> {
        let first = match self.l(i)? {
            Lex::Season(m) => m,
            Lex::HijriHead(HijriHead::Rabi) => 3,
            _ => return None,
        };
        let mut j = i + 1;
        if self.is(j, Lex::Min) {
            j += 1;
        }
        let (k, of) = self.year_target(j)?;
        Some((k, Expr::MonthsOf { from: first, to: first + 2, of: Box::new(of) }))
    }

    /// «آخر يوم من شهر عشرة سنة 2015», «اليوم الأخير من أكتوبر», «الأسبوع الأول من مارس»,
    /// and the ten days of the Hijri calendar: «العشر الأواخر من رمضان» (from the 21st to the
    /// month's end), «العشر الأوائل من ذي الحجة» (the 1st to the 10th).
    fn days_of(&self, i: usize) -> P<Expr> {
        if self.is(i, Lex::TenDays) {
            let (from, to) = match self.word(i + 1)? {
                "الاواخر" | "الاخيره" => (21, -1),
                "الاوايل" | "الاولي" | "الاول" => (1, 10),
                _ => return None,
            };
            let (k, of) = self.month_target(i + 2)?;
            return Some((k, Expr::DaysOf { from, to, of: Box::new(of) }));
        }
        let (from, to, j) = match (self.l(i)?, self.l(i + 1)) {
            (Lex::Last, Some(Lex::DayWord)) => (-1, -1, i + 2),
            (Lex::DayOffset(0) | Lex::DayWord, Some(Lex::Last)) => (-1, -1, i + 2),
            (Lex::WeekWord, Some(Lex::Ordinal { value: 1, .. })) => (1, 7, i + 2),
            (Lex::WeekWord, Some(Lex::Last)) => (-7, -1, i + 2),
            (Lex::Last, Some(Lex::WeekWord)) => (-7, -1, i + 2),
            _ => return None,
        };
        let (k, of) = self.month_target(j)?;
        Some((k, Expr::DaysOf { from, to, of: Box::new(of) }))
    }

    /// «ثالث ثلاثاء في أيلول 2014», «الثلاثاء الثالث من شهر أيلول من عام 2014»,
    /// «آخر اثنين من شهر آذار», «الاثنين الأخير من».
    fn nth_weekday(&self, i: usize) -> P<Expr> {
        let mut j = if self.word(i) == Some("يوم") { i + 1 } else { i };
        let (n, wd) = if let Some(Lex::Ordinal { value, definite: false }) = self.l(j) {
            j += 1;
            if self.is(j, Lex::DayWord) {
                j += 1;
            }
            let Some(Lex::Weekday(w)) = self.l(j) else {
                return None;
            };
            j += 1;
            (value as i8, w)
        } else if self.is(j, Lex::Last) {
            j += 1;
            let Some(Lex::Weekday(w)) = self.l(j) else {
                return None;
            };
            j += 1;
            (-1, w)
        } else if let Some(Lex::Weekday(w)) = self.l(j) {
            j += 1;
            match self.l(j) {
                Some(Lex::Ordinal { value, definite: true }) if value <= 5 => {
                    j += 1;
                    (value as i8, w)
                }
                Some(Lex::Last) => {
                    j += 1;
                    (-1, w)
                }
                _ => return None,
            }
        } else {
            return None;
        };
        // «بعد كريسماس 2014»
        if self.word(j) == Some("بعد") {
            let (k, of) = self.holiday(j + 1)?;
            return Some((k, Expr::NthWeekday { n: n.max(1), weekday: wd, of: Box::new(of), after: true }));
        }
        let (k, of) = self.month_target(j)?;
        Some((k, Expr::NthWeekday { n, weekday: wd, of: Box::new(of), after: false }))
    }

    // ---- relative expressions ----------------------------------------------------------------

    /// «الأسبوع/الشهر/العام» + direction, or «هذا/هذه» + unit: returns the offset.
    fn relative_unit(&self, i: usize, unit: Unit) -> P<i32> {
        let matches_unit = |k: usize| match (unit, self.l(k)) {
            (Unit::Year, Some(Lex::YearWord)) => self.word(k).is_some_and(|w| w.starts_with("ال")),
            (Unit::Month, Some(Lex::MonthWord)) => self.word(k) == Some("الشهر"),
            (Unit::Week, Some(Lex::WeekWord)) => self.word(k) == Some("الاسبوع"),
            _ => false,
        };
        if self.is(i, Lex::This) && matches_unit(i + 1) {
            return Some((i + 2, 0));
        }
        if !matches_unit(i) {
            return None;
        }
        // «الأمين العام السابق» is not «the previous year»: after these nouns «العام» is the
        // adjective "general/public".
        if unit == Unit::Year && i > 0 && self.word(i - 1).is_some_and(|w| PUBLIC_NOUNS.contains(&w)) {
            return None;
        }
        match self.l(i + 1) {
            Some(Lex::Dir(Dir::Past)) => Some((i + 2, -1)),
            Some(Lex::Dir(Dir::This)) => Some((i + 2, 0)),
            Some(Lex::Dir(Dir::Next)) => Some((i + 2, 1)),
            _ => None,
        }
    }

    /// «يناير المقبل», «رمضان الماضي», «شهر مارس الجاري».
    fn named_month_relative(&self, i: usize) -> P<Expr> {
        let (k, (month, calendar, _)) = self.month(i)?;
        let Some(Lex::Dir(dir)) = self.l(k) else {
            return None;
        };
        Some((k + 1, Expr::NamedMonth { month, calendar, dir, day: None }))
    }

    /// Expressions placed by the anchor: «أمس», «أول أمس», «اليوم», «غداً», «بعد غد»,
    /// «الأسبوع الماضي», «الشهر المقبل», «العام الجاري», «يناير المقبل», «الخميس الماضي»,
    /// a bare «الخميس», «يوم الخميس».
    fn relative(&self, i: usize) -> P<Expr> {
        let w = self.word(i)?;
        // Day offsets.
        if let Some(Lex::DayOffset(off)) = self.l(i) {
            return self.day_offset(i, off);
        }
        match w {
            "اول" | "قبل" if self.l(i + 1) == Some(Lex::DayOffset(-1)) => {
                return Some(self.after_day_offset(i + 2, Expr::DayOffset(-2)));
            }
            "اول" if self.is(i + 1, Lex::Min) && self.l(i + 2) == Some(Lex::DayOffset(-1)) => {
                return Some(self.after_day_offset(i + 3, Expr::DayOffset(-2)));
            }
            "بعد" if matches!(self.word(i + 1), Some("غد" | "الغد" | "غدا" | "بكره")) => {
                return Some(self.after_day_offset(i + 2, Expr::DayOffset(2)));
            }
            "يوم" if matches!(self.l(i + 1), Some(Lex::DayOffset(o)) if o != 0) => {
                let Some(Lex::DayOffset(o)) = self.l(i + 1) else { unreachable!() };
                return Some((i + 2, Expr::DayOffset(o as i32)));
            }
            _ => {}
        }
        if let Some(found) = self.days_from_anchor(i) {
            return Some(found);
        }
        for unit in [Unit::Week, Unit::Month, Unit::Year] {
            if let Some((k, off)) = self.relative_unit(i, unit) {
                return Some((k, Expr::UnitOffset(unit, off)));
            }
        }
        if let Some(r) = self.named_month_relative(i) {
            return Some(r);
        }
        // «الأحد من الأسبوع الماضي», «اثنين الأسبوع الحالي».
        if let Some(Lex::Weekday(wd)) = self.l(i) {
            let j = if self.is(i + 1, Lex::Min) { i + 2 } else { i + 1 };
            if let Some((k, off)) = self.relative_unit(j, Unit::Week) {
                return Some((k, Expr::WeekdayInWeek { weekday: wd, week_offset: off }));
            }
        }
        // Weekdays: «الخميس الماضي», «يوم الخميس», «الخميس».
        let (k, wd) = self.weekday_word(i)?;
        match self.l(k) {
            Some(Lex::Dir(d)) => Some((k + 1, Expr::Weekday { weekday: wd, dir: Some(d) })),
            _ => {
                // «الاثنين» is also "the two": «كلا الاثنين», «بين الاثنين».
                let ambiguous = wd == 0
                    && k == i + 1
                    && !self.phrase
                    && i > 0
                    && matches!(self.word(i - 1), Some("كلا" | "بين" | "هذين" | "لكلا" | "من"));
                if ambiguous { None } else { Some((k, Expr::Weekday { weekday: wd, dir: None })) }
            }
        }
    }

    /// «أمس», «اليوم», «غداً», with the weekday that may follow («أمس الأحد», «اليوم الاثنين»).
    fn day_offset(&self, i: usize, off: i8) -> P<Expr> {
        let next = self.word(i + 1);
        // A definite word after «اليوم» that is not a date word makes it a named day:
        // «اليوم الوطني».
        // «اليوم السابع» (a newspaper; "the seventh day") is not today.
        if off == 0 && matches!(self.l(i + 1), Some(Lex::Ordinal { .. })) {
            return None;
        }
        // «اليوم ذاته/نفسه» points back to a day already named. A named day's adjective is a
        // nisba («اليوم الوطني», «العالمي»); «توفي اليوم الموسيقار» is today.
        let next_is_other_noun = off == 0
            && (next.is_some_and(|n| n.starts_with("ال") && n.ends_with('ي')) && self.l(i + 1).is_none()
                || matches!(next, Some("ذاته" | "نفسه" | "عينه" | "التالي" | "الذي")));
        if off == -1 && next == Some("الاول") {
            return Some((i + 2, Expr::DayOffset(-2))); // «أمس الأول»
        }
        if off == 0 && self.l(i + 1) == Some(Lex::Dir(Dir::Past)) {
            return Some((i + 2, Expr::DayOffset(-1))); // «اليوم السابق»
        }
        let prev = i.checked_sub(1).and_then(|p| self.word(p));
        let blocked = match off {
            // «حتى اليوم», «إلى اليوم»: "to date"; «روسيا اليوم» is a channel.
            0 => i > 0 && matches!(self.lex(i - 1), Some(Lex::To | Lex::Since)) || prev == Some("روسيا"),
            // «وقد غدا الوضع»: the verb "became".
            1 => matches!(prev, Some("قد" | "وقد" | "فقد" | "لقد" | "ثم")),
            _ => false,
        };
        if blocked || next_is_other_noun {
            return None;
        }
        Some(self.after_day_offset(i + 1, Expr::DayOffset(off as i32)))
    }

    /// «الأيام الثلاثة المقبلة», «الأيام الخمسة الماضية»: the next or last few days (at most two
    /// weeks; a count is needed: «الأيام المقبلة» alone is too vague to place).
    fn days_from_anchor(&self, i: usize) -> P<Expr> {
        if !self.is(i, Lex::TheDays) {
            return None;
        }
        let count = match self.word(i + 1).and_then(|w| w.strip_prefix("ال")).and_then(lookup) {
            Some((Lex::Cardinal(n), false)) => n as i32,
            _ => return None,
        };
        if !(2..=14).contains(&count) {
            return None;
        }
        match self.l(i + 2)? {
            Lex::Dir(Dir::Next) => Some((i + 3, Expr::DaysFromAnchor { from: 1, to: count })),
            Lex::Dir(Dir::Past) => Some((i + 3, Expr::DaysFromAnchor { from: -count, to: -1 })),
            _ => None,
        }
    }

    /// After «أمس»/«بعد غد»: a weekday may follow («أمس الأحد», or in brackets: «أمس
    /// (الثلاثاء)»), and then a written date, which is more precise than the offset: «أمس
    /// الثلاثاء 12 ديسمبر».
    fn after_day_offset(&self, j: usize, offset: Expr) -> (usize, Expr) {
        if self.punct_in(j, "(")
            && matches!(self.l(j + 1), Some(Lex::Weekday(_)))
            && self.punct_in(j + 2, ")")
        {
            return (j + 3, offset);
        }
        let Some(Lex::Weekday(wd)) = self.l(j) else { return (j, offset) };
        if let Some((k, mut ymd)) = self.numeric(j + 1).or_else(|| self.day_month(j + 1)) {
            ymd.weekday = Some(wd);
            return (k, Expr::Date(ymd));
        }
        (j + 1, offset)
    }

    /// «15 كانون الأول الماضي», «20 شعبان الماضي», «يوم 8 أكتوبر الفارط».
    fn day_month_relative(&self, i: usize) -> P<Expr> {
        let (mut j, (day, _)) = self.day(i)?;
        if self.is(j, Lex::Min) {
            j += 1;
        }
        let (k, (month, calendar, _)) = self.month(j)?;
        let Some(Lex::Dir(dir)) = self.l(k) else { return None };
        Some((k + 1, Expr::NamedMonth { month, calendar, dir, day: Some(day) }))
    }

    /// «الثمانينيات», «عقد التسعينيات», «ستينيات القرن الماضي», «عشرينيات القرن الحالي».
    fn decade(&self, i: usize) -> P<Expr> {
        let j = if self.is(i, Lex::Decade(0)) { i + 1 } else { i };
        let Some(Lex::Decade(tens @ 2..)) = self.l(j) else { return None };
        let tens = tens as i32;
        let mut k = j + 1;
        if self.is(k, Lex::Min) {
            k += 1;
        }
        let mut century = 1900;
        if self.word(k) == Some("القرن") {
            let (c, used) = match (self.word(k + 1), self.word(k + 2)) {
                (Some("الحالي" | "الجاري"), _) => (2000, 2),
                (Some("الحادي"), Some("والعشرين")) => (2000, 3),
                (Some("الماضي" | "العشرين"), _) => (1900, 2),
                (Some("التاسع"), Some("عشر")) => (1800, 3),
                _ => (1900, 1),
            };
            century = c;
            k += used;
        }
        Some((k, Expr::Decade(century + tens * 10)))
    }

    /// «قبل ثلاثة أيام», «منذ أسبوعين», «قبل 3 أشهر»: a point before the anchor.
    fn ago(&self, i: usize) -> P<Expr> {
        if !matches!(self.word(i), Some("قبل" | "منذ")) {
            return None;
        }
        let j = i + 1;
        let (count, k) = if let Some((v, d)) = self.num(j) {
            if d > 3 {
                return None;
            }
            (v as i32, j + 1)
        } else if let Some(Lex::Cardinal(v)) = self.l(j) {
            (v as i32, j + 1)
        } else if self.is(j, Lex::Teen) && self.word(j) == Some("عشره") {
            (10, j + 1) // «قبل عشرة أيام»: «عشرة» is also the teen of «الحادي عشر»
        } else {
            (1, j)
        };
        let w = self.word(k)?;
        let (unit, n) = match w {
            "يوم" | "ايام" => (Unit::Day, count),
            "يومين" => (Unit::Day, 2),
            "اسبوع" | "اسابيع" => (Unit::Week, count),
            "اسبوعين" => (Unit::Week, 2),
            "شهر" | "اشهر" | "شهور" => (Unit::Month, count),
            "شهرين" => (Unit::Month, 2),
            "عام" | "اعوام" | "سنه" | "سنوات" | "سنين" => (Unit::Year, count),
            "عامين" | "سنتين" => (Unit::Year, 2),
            _ => return None,
        };
        // «قبل عام 2011» is "before the year 2011", not "a year ago".
        if self.num(k + 1).is_some_and(|(_, d)| d == 4) {
            return None;
        }
        // «الأعلى منذ 4 سنوات», «يدرّس منذ 10 سنوات»: with months and years «منذ» is how long
        // something has lasted, not when it happened («منذ يومين» still is).
        if self.word(i) == Some("منذ") && matches!(unit, Unit::Month | Unit::Year) {
            return None;
        }
        // «قبل 10 أيام (على الأقل) من موعد السفر»: before another event, not before the anchor.
        let mut after = k + 1;
        if matches!(self.word(after), Some("على" | "علي")) && self.word(after + 1) == Some("الاقل")
        {
            after += 2;
        }
        if self.is(after, Lex::Min) {
            return None;
        }
        // «منذ أيام» (some days) has no count: too vague to place.
        if k == j && matches!(w, "ايام" | "اسابيع" | "اشهر" | "شهور" | "اعوام" | "سنوات" | "سنين")
        {
            return None;
        }
        Some((k + 1, Expr::Ago(unit, n)))
    }

    /// «عيد الميلاد 2020», «عيد الأضحى», «عيد الفطر 2013», «عيد الفصح», «رأس السنة الهجرية»,
    /// «المولد النبوي», «كريسماس 2014».
    fn holiday(&self, i: usize) -> P<Expr> {
        let w1 = self.word(i)?;
        let w2 = self.word(i + 1).unwrap_or("");
        let w3 = self.word(i + 2).unwrap_or("");
        let (h, mut k) = match (w1, w2, w3) {
            ("عيد", "الميلاد", _) => (Holiday::Christmas, i + 2),
            ("كريسماس" | "الكريسماس", _, _) => (Holiday::Christmas, i + 1),
            ("عيد", "الفصح", _) => (Holiday::Easter, i + 2),
            ("عيد", "الفطر", _) => (Holiday::EidAlFitr, i + 2),
            ("عيد", "الاضحي", _) => (Holiday::EidAlAdha, i + 2),
            ("راس", "السنه", "الهجريه") => (Holiday::HijriNewYear, i + 3),
            ("راس", "السنه", "الميلاديه") => (Holiday::NewYear, i + 3),
            ("المولد", "النبوي", _) => (Holiday::Mawlid, i + 2),
            _ => return None,
        };
        if matches!(self.word(k), Some("المجيد" | "الشريف" | "المبارك")) {
            k += 1;
        }
        let (k, year, mark) = match self.year_after(k) {
            Some((k2, (y, mark))) => (k2, Some(y), mark),
            None => (k, None, None),
        };
        // «عيد الفطر لعام 1445هـ», or a Hijri-looking year with an Islamic holiday.
        let islamic = !matches!(h, Holiday::Christmas | Holiday::NewYear | Holiday::Easter);
        let hijri_year = mark == Some(Calendar::Hijri) || islamic && year.is_some_and(|y| y < 1700);
        Some((k, Expr::Holiday { holiday: h, year, hijri_year }))
    }
}

/// Whether a word (normalised, maybe with a glued و/ب/ل/ف) is one of [`ADDRESS_WORDS`].
fn names_after_a_date(w: &str) -> bool {
    ADDRESS_WORDS.contains(&w)
        || w.strip_prefix(['و', 'ب', 'ل', 'ف']).is_some_and(|rest| ADDRESS_WORDS.contains(&rest))
}

/// Places and groups named after dates: «شارع 26 يوليو», «ميدان 6 أكتوبر», Lebanon's «قوى 14
/// آذار» and «تحالف 8 آذار» (normalised).
const ADDRESS_WORDS: &[&str] = &[
    "قوي",
    "تحالف",
    "فريق",
    "شارع",
    "ميدان",
    "جسر",
    "كوبري",
    "نفق",
    "محور",
    "طريق",
    "حي",
    "ساحه",
    "دوار",
    "مدينه",
    "محطه",
    "مستشفي",
    "مدرسه",
    "جامعه",
    "نادي",
    "قاعه",
    "مطار",
    "كليه",
];

/// Nouns that «العام» follows as the adjective "general/public" (normalised).
const PUBLIC_NOUNS: &[&str] = &[
    "الامين",
    "المدعي",
    "النايب",
    "المدير",
    "الراي",
    "القطاع",
    "الشان",
    "المال",
    "الاضراب",
    "المؤتمر",
    "الموتمر",
    "الوضع",
    "الاتجاه",
    "الصالح",
    "النظام",
    "الامن",
    "المفوض",
    "المراقب",
    "المنسق",
    "المرشد",
    "القايد",
    "الاتحاد",
    "التعليم",
    "الانطباع",
    "الطابع",
    "الاطار",
    "الموقف",
    "الشعور",
    "الخطاب",
    "الوعي",
    "المزاج",
    "المشهد",
    "الجو",
    "الانفاق",
    "العفو",
    "التيار",
    "الاستفتاء",
    "الدين",
    "الذوق",
    "النفع",
    "المجال",
    "الحق",
    "العمل",
];

/// Whether `a` is not after `b`, comparing the fields both have.
fn ordered(a: &Ymd, b: &Ymd) -> bool {
    let key = |y: &Ymd| (y.year.unwrap_or(0), y.month.unwrap_or(0), y.day.unwrap_or(0));
    let (ka, kb) = (key(a), key(b));
    if a.year.is_some() && b.year.is_some() { ka < kb } else { (ka.1, ka.2) < (kb.1, kb.2) }
}
