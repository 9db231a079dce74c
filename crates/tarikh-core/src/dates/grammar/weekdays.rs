//! Weekdays with a date («الاثنين 18 شباط») and the n-th weekday of a month («ثالث ثلاثاء
//! في أيلول 2014»).

use super::{Grammar, P};
use crate::dates::expr::{Expr, Ymd};
use crate::dates::lexicon::Lex;

impl Grammar<'_> {
    /// «الاثنين 18 شباط», «يوم الأربعاء، 13 فبراير 2013», «الخميس الموافق 14 شهر شباط»,
    /// «يوم الاثنين في 18 شباط»; also «السبت السادس عشر» (a day of the anchor's month).
    pub(super) fn weekday_led(&self, i: usize) -> P<Expr> {
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
    pub(super) fn weekday_date(&self, i: usize) -> P<Ymd> {
        match self.weekday_led(i)? {
            (k, Expr::Date(y)) => Some((k, y)),
            _ => None,
        }
    }

    /// A weekday word: definite («الخميس»), or after «يوم» («يوم خميس» is rare but fine).
    pub(super) fn weekday_word(&self, i: usize) -> P<u8> {
        let j = if self.is(i, Lex::DayWord) && self.word(i) == Some("يوم") { i + 1 } else { i };
        match self.l(j) {
            Some(Lex::Weekday(w)) if j > i || self.is_definite_word(j) => Some((j + 1, w)),
            _ => None,
        }
    }

    /// «ثالث ثلاثاء في أيلول 2014», «الثلاثاء الثالث من شهر أيلول من عام 2014»,
    /// «آخر اثنين من شهر آذار», «الاثنين الأخير من».
    pub(super) fn nth_weekday(&self, i: usize) -> P<Expr> {
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
}
