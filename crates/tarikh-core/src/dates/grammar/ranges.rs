//! Ranges: «من 6 إلى 8 ديسمبر 2023», «بين عامي 2014 و2022», «2025-2026».

use super::{Grammar, P};
use crate::dates::expr::{Calendar, Expr, YearRef, Ymd};
use crate::dates::lexicon::Lex;

impl Grammar<'_> {
    /// Ranges: «من 6 إلى 8 ديسمبر 2023», «6-8 ديسمبر 2023», «من 6 ‐ 2023/12/8»,
    /// «بين عامي 2014 و2022», «2025-2026», «من يناير إلى مارس 2023», «يومي 6 و7 ديسمبر»,
    /// «يوليو 13-15», «من الثالث والعشرين وحتى السادس والعشرين من أكتوبر».
    pub(super) fn range(&self, i: usize) -> P<Expr> {
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
            // «إلى غاية» (Maghreb): until.
            if self.word(c) == Some("غايه") {
                c += 1;
            }
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
        // «عامي 1984 و2000» are two years (see `year_list`); with «بين» or «من» a span.
        if and && dual_years && !(between || from) {
            return None;
        }
        let (mut end, mut b) = self.range_end(c, &a)?;
        // «من 18 إلى 26 آب المقبل», «يناير إلى مارس الماضيين»: the end's month is named from the
        // anchor, and so is the start's.
        if let (None, None, Some(_), Some(Lex::Dir(dir))) = (b.year, b.year_ref, b.month, self.l(end)) {
            b.year_ref = Some(YearRef::Month(dir));
            end += 1;
        }
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
        // Both ends must be of the same kind and in order; months without a year may run into
        // the next year («بين ديسمبر ومايو»).
        let same_kind = a.day.is_some() == b.day.is_some() && a.month.is_some() == b.month.is_some();
        let across_years = a.year.is_none() && b.year.is_none() && a.day.is_none() && a.month.is_some();
        if !same_kind || !(ordered(&a, &b) || across_years) {
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
        // A bare year range needs both years to look like years, close together; in brackets
        // after a name it may be a life («ابن خلدون (1332-1406)»).
        if a.month.is_none() && !(between || from || dual_years) {
            let (ya, yb) = (a.year.unwrap_or(0), b.year.unwrap_or(0));
            let life = self.in_brackets(i, end) && (1000..=2100).contains(&ya) && yb - ya <= 120;
            if !(life || (1900..=2100).contains(&ya) && yb - ya <= 50) || self.counted(end - 1) {
                return None;
            }
        }
        Some((end, Expr::Range(a, b)))
    }

    /// Tokens `i..end` are alone in brackets: «(1332-1406)».
    pub(super) fn in_brackets(&self, i: usize, end: usize) -> bool {
        i > 0 && self.punct_in(i - 1, "(") && self.punct_in(end, ")")
    }

    /// Two years side by side where a dash was lost: «الخطة الخمسية «2012 2016م»». Only a
    /// short span forward (at most ten years), with nothing else numeric around.
    pub(super) fn juxtaposed_years(&self, i: usize) -> P<Expr> {
        let year = |k: usize| {
            self.num(k).filter(|&(v, d)| d == 4 && (1900..=2100).contains(&v)).map(|(v, _)| v as i32)
        };
        let (ya, yb) = (year(i)?, year(i + 1)?);
        if self.glued(i + 1) || !(1..=10).contains(&(yb - ya)) || i > 0 && self.num(i - 1).is_some() {
            return None;
        }
        let (end, _) = self.calendar_mark(i + 2);
        if self.num(end).is_some() || self.counted(i + 1) {
            return None;
        }
        let date = |y| Ymd { year: Some(y), ..Ymd::default() };
        Some((end, Expr::Range(date(ya), date(yb))))
    }

    /// The start of a range, possibly partial: a day «6», «الثالث والعشرين», a day and month,
    /// a month, a year (bare years only after «من»/«بين» or before a dash).
    pub(super) fn range_start(&self, i: usize) -> P<Ymd> {
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
    pub(super) fn range_end(&self, i: usize, start: &Ymd) -> P<Ymd> {
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
    pub(super) fn range_tail_day(&self, i: usize) -> P<u8> {
        let j = if self.punct_in(i, "-") || self.is(i, Lex::To) {
            i + 1
        } else {
            return None;
        };
        let (v, d) = self.num(j)?;
        ((1..=31).contains(&v) && d <= 2).then_some((j + 1, v as u8))
    }
}

/// Whether `a` is not after `b`, comparing the fields both have.
pub(super) fn ordered(a: &Ymd, b: &Ymd) -> bool {
    let key = |y: &Ymd| (y.year.unwrap_or(0), y.month.unwrap_or(0), y.day.unwrap_or(0));
    let (ka, kb) = (key(a), key(b));
    if a.year.is_some() && b.year.is_some() { ka < kb } else { (ka.1, ka.2) < (kb.1, kb.2) }
}
