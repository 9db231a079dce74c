//! Lists and pairs: months («شهري يوليو وأغسطس 2012», «يونيو ويوليو/تموز», «بين ديسمبر/ كانون
//! الأول ومايو/ أيار»), days («أيام 14 و15 و16 جوان 2012», «يومي الخميس 12 والجمعة 13 مارس
//! 2015») and years («عامي 1984 و2000»). Consecutive months and every list of days are one
//! span; other months, and years, are one event each.

use super::{Found, Grammar};
use crate::dates::expr::{Calendar, Expr, YearRef, Ymd};
use crate::dates::lexicon::Lex;

/// One member of a list: its tokens and what it is.
struct Member {
    start: usize,
    end: usize,
    value: u32,
}

impl Grammar<'_> {
    /// A list starting at `i`, as the events it holds (in order, spans not overlapping).
    pub(super) fn list(&self, i: usize) -> Option<Vec<Found>> {
        // Lists start on a number, a month, «أيام»/«يومي», «بين» or a dual year word.
        let may = match self.lex(i) {
            None => self.num(i).is_some(),
            Some(l) => matches!(
                l,
                Lex::DayWord
                    | Lex::Between
                    | Lex::Month(_)
                    | Lex::MonthHead(_)
                    | Lex::HijriMonth(_)
                    | Lex::HijriHead(_)
                    | Lex::YearWordDual
                    | Lex::MonthWordDual
                    | Lex::Weekday(_)
            ),
        };
        if !may {
            return None;
        }
        let found = |start, end, expr| Found { start, end, expr, since: false, hijri: false };
        if let Some((end, expr)) = self.day_list(i) {
            return Some(vec![found(i, end, expr)]);
        }
        if let Some(items) = self.month_list(i) {
            return Some(items.into_iter().map(|(s, e, x)| found(s, e, x)).collect());
        }
        let items = self.year_list(i)?;
        Some(items.into_iter().map(|(s, e, x)| found(s, e, x)).collect())
    }

    /// The joint between two members: «و» (alone or glued to the next word), «أو», «،».
    /// Returns where the next member starts.
    fn joint(&self, j: usize) -> Option<usize> {
        if self.is(j, Lex::And) || self.punct_in(j, ",") || self.word(j) == Some("او") {
            return self.on_line(j + 1).then_some(j + 1);
        }
        // «ومايو», «والجمعة»: the clitic is part of the next member's word.
        self.word(j).is_some_and(|w| w.starts_with('و') && w.chars().count() > 2).then_some(j)
    }

    /// «شهري يوليو وأغسطس 2012», «بين أبريل ويونيو/ حزيران», «في يونيو ويوليو», «سبتمبر أو
    /// أكتوبر المقبلين», «تموز وآب 2011».
    fn month_list(&self, i: usize) -> Option<Vec<(usize, usize, Expr)>> {
        let mut j = i;
        let between = self.is(j, Lex::Between) || self.word(j) == Some("ما") && self.is(j + 1, Lex::Between);
        if between {
            j += if self.is(j, Lex::Between) { 1 } else { 2 };
        }
        let pair_word = self.is(j, Lex::MonthWordDual);
        if pair_word {
            j += 1;
        }
        let (mut k, (first, calendar)) = self.month_name(j)?;
        let mut members = vec![Member { start: j, end: k, value: first as u32 }];
        while let Some(next) = self.joint(k) {
            let Some((e, (m, cal))) = self.month_name(next) else { break };
            if cal != calendar {
                break;
            }
            members.push(Member { start: k, end: e, value: m as u32 });
            k = e;
        }
        if members.len() < 2 {
            return None;
        }
        let last = members.last().map_or(first as u32, |m| m.value) as u8;
        let mut end_date = Ymd { month: Some(last), calendar, ..Ymd::default() };
        let mut end = self.attach_year(k, &mut end_date);
        if let (None, None, Some(Lex::Dir(dir))) = (end_date.year, end_date.year_ref, self.l(end)) {
            end_date.year_ref = Some(YearRef::Month(dir));
            end += 1;
        }
        let dated = end_date.year.is_some() || end_date.year_ref.is_some();
        if !(between || pair_word || dated || self.licensed(i)) {
            return None;
        }
        let consecutive = members.windows(2).all(|w| w[1].value == w[0].value % 12 + 1);
        if between || pair_word || consecutive {
            let mut start = Ymd { month: Some(first), ..end_date };
            // «بين ديسمبر ومايو 2012»: December is of the year before.
            if let Some(y) = end_date.year.filter(|_| first > last) {
                start.year = Some(y - 1);
            }
            return Some(vec![(i, end, Expr::Range(start, end_date))]);
        }
        // «في مارس ويونيو 2012»: each month is its own event, in the year written last.
        let n = members.len();
        Some(
            members
                .iter()
                .enumerate()
                .map(|(idx, m)| {
                    let date = Ymd { month: Some(m.value as u8), ..end_date };
                    let (s, e) = if idx == 0 { (i, m.end) } else { (m.start, m.end) };
                    (s, if idx + 1 == n { end } else { e }, Expr::Date(date))
                })
                .collect(),
        )
    }

    /// «أيام 14 و15 و16 جوان 2012», «يومي الخميس 12 والجمعة 13 مارس 2015», «أيام 2، 5 و9
    /// ماي»: one span from the first day to the last.
    fn day_list(&self, i: usize) -> super::P<Expr> {
        let mut j = i;
        if matches!(self.word(j), Some("ايام" | "يومي")) {
            j += 1;
        }
        let mut days: Vec<u8> = Vec::new();
        loop {
            // A weekday may name each day: «الخميس 12 والجمعة 13».
            if matches!(self.l(j), Some(Lex::Weekday(_))) {
                j += 1;
            }
            let (v, d) = self.num(j)?;
            if !(1..=31).contains(&v) || d > 2 || days.last().is_some_and(|&p| p as u32 >= v) {
                return None;
            }
            days.push(v as u8);
            j += 1;
            match self.joint(j) {
                Some(next) if self.num(next).is_some() || matches!(self.l(next), Some(Lex::Weekday(_))) => {
                    j = next
                }
                _ => break,
            }
        }
        if days.len() < 2 {
            return None;
        }
        if self.is(j, Lex::Min) {
            j += 1;
        }
        let (k, (month, calendar, _)) = self.month(j)?;
        let mut b = Ymd { month: Some(month), day: days.last().copied(), calendar, ..Ymd::default() };
        let end = self.attach_year(k, &mut b);
        let a = Ymd { day: days.first().copied(), weekday: None, ..b };
        Some((end, Expr::Range(a, b)))
    }

    /// «عامي 1984 و2000», «سنتي 2012 و2014»: two years, two events (with «بين» they are a
    /// span, read by `range`).
    fn year_list(&self, i: usize) -> Option<Vec<(usize, usize, Expr)>> {
        if !self.is(i, Lex::YearWordDual) || i > 0 && matches!(self.lex(i - 1), Some(Lex::Between | Lex::Min))
        {
            return None;
        }
        let year = |k: usize| {
            let (v, d) = self.num(k)?;
            (d == 4 && (1000..=2200).contains(&v)).then_some(v as i32)
        };
        let first = year(i + 1)?;
        let next = self.joint(i + 2)?;
        let second = year(next)?;
        let mark_end = |k: usize| self.calendar_mark(k).0;
        let date =
            |y: i32| Expr::Date(Ymd { year: Some(y), calendar: Calendar::Gregorian, ..Ymd::default() });
        Some(vec![(i, mark_end(i + 2), date(first)), (i + 2, mark_end(next + 1), date(second))])
    }
}
