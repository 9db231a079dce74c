//! Days: a day number or ordinal word, and a day with its month: «19 ديسمبر 2022»,
//! «التاسع من مايو», «الحادي والعشرين من شباط».

use super::names::names_after_a_date;
use super::{Grammar, P};
use crate::dates::expr::Ymd;
use crate::dates::lexicon::Lex;

impl Grammar<'_> {
    /// An ordinal number in words: «التاسع» 9, «الحادي عشر» 11, «الحادي والعشرين» 21,
    /// «الثالث والعشرون» 23, «الثلاثين» 30.
    pub(super) fn ordinal_number(&self, i: usize) -> P<u8> {
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
    pub(super) fn day(&self, i: usize) -> P<(u8, bool)> {
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
    pub(super) fn day_month(&self, i: usize) -> P<Ymd> {
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
        // «15 مايو من كل عام»: every year's, not a date.
        if ymd.year.is_none() && self.is(k, Lex::Min) && self.word(k + 1) == Some("كل") {
            return None;
        }
        Some((k, ymd))
    }
}
