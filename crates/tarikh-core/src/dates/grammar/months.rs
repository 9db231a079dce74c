//! Month names (every region's, with their twins: «مارس/آذار») and years: «يونيو 2019»,
//! «عام 2015», «1445 هـ».

use super::{Grammar, P};
use crate::dates::expr::{Calendar, Ymd};
use crate::dates::lexicon::{HijriHead, Lex, MonthHead};

impl Grammar<'_> {
    /// A month name, one or two words, with its twin in another region's name:
    /// «مارس/آذار», «مايو (أيار)», «أكتوبر/ تشرين الأول», «كانون الثاني», and with only a space
    /// between the two names: «يناير كانون الثاني», «فبراير شباط».
    pub(super) fn month_name(&self, i: usize) -> P<(u8, Calendar)> {
        let (mut j, m, cal) = self.single_month_name(i)?;
        // The twin: same month number after '/', '-', a space, or inside brackets.
        let twin_after_space = cal == Calendar::Gregorian
            && !self.glued(j)
            && self.word(j) != self.word(i)
            && self.single_month_name(j).is_some_and(|(_, m2, c2)| m2 == m && c2 == cal);
        if twin_after_space {
            j = self.single_month_name(j).map_or(j, |(k, _, _)| k);
        } else if self.punct_in(j, "/-") {
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

    pub(super) fn single_month_name(&self, i: usize) -> Option<(usize, u8, Calendar)> {
        // Most tokens are no month: say so before reading the next word.
        let first = self.l(i)?;
        if let Lex::Month(m) = first {
            return Some((i + 1, m, Calendar::Gregorian));
        }
        if let Lex::HijriMonth(m) = first {
            return Some((i + 1, m, Calendar::Hijri));
        }
        if !matches!(first, Lex::MonthHead(_) | Lex::HijriHead(_)) {
            return None;
        }
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
    pub(super) fn month(&self, i: usize) -> P<(u8, Calendar, bool)> {
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
    pub(super) fn year_after(&self, i: usize) -> P<(i32, Option<Calendar>)> {
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
    pub(super) fn year_number(&self, i: usize, word: bool) -> Option<(i32, (usize, Option<Calendar>))> {
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
    pub(super) fn calendar_mark(&self, i: usize) -> (usize, Option<Calendar>) {
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
    pub(super) fn year_alone(&self, i: usize, licensed: bool) -> P<Ymd> {
        let mut j = i;
        let word = self.is(j, Lex::YearWord);
        if word {
            // «العام» as an adjective: «الأمين العام 2015» is unlikely, but keep the rule
            // that a year word starts a year.
            j += 1;
        }
        let (y, (k, mark)) = self.year_number(j, word)?;
        if !word && mark.is_none() {
            let four = self.num(j).is_some_and(|(_, d)| d == 4);
            let bare_ok = four && (licensed && (1900..=2100).contains(&y) || self.year_in_brackets(j));
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

    /// A year alone in brackets, as biographies and references write it: «ولد (1958) في»,
    /// «(1095)». Not a count in brackets before its noun («(1500) مشارك»).
    fn year_in_brackets(&self, j: usize) -> bool {
        let Some((y, 4)) = self.num(j) else { return false };
        let after = j + 2;
        let noun_follows =
            self.word(after).is_some_and(|w| !w.starts_with("ال") && self.lex(after).is_none())
                && !matches!(self.word(after), Some("في" | "من" | "الي" | "علي" | "عن" | "مع" | "و" | "ثم"));
        (1000..=2100).contains(&y) && self.in_brackets(j, j + 1) && !noun_follows
    }

    /// Attaches a following year to `ymd` and returns the index after it: a number («2022»,
    /// «من عام 2014»), or a year named by reference («من العام الماضي», «للعام الماضي 2011»,
    /// «من ذلك العام»).
    pub(super) fn attach_year(&self, k: usize, ymd: &mut Ymd) -> usize {
        if let Some((k2, (y, mark))) = self.year_after(k) {
            ymd.year = Some(y);
            if mark == Some(Calendar::Hijri) {
                ymd.calendar = Calendar::Hijri;
            }
            return k2;
        }
        let j = if matches!(self.l(k), Some(Lex::Min | Lex::TimePreposition)) { k + 1 } else { k };
        if let Some((k2, (r, written))) = self.year_ref(j) {
            ymd.year_ref = Some(r);
            ymd.year = written;
            return k2;
        }
        k
    }

    /// Month (+ year): «يونيو 2019», «مارس/آذار 2022», «رمضان 1445», «في مارس» (licensed).
    pub(super) fn month_year(&self, i: usize, licensed: bool) -> P<Ymd> {
        let (k, (month, calendar, shahr)) = self.month(i)?;
        let mut ymd = Ymd { month: Some(month), calendar, ..Ymd::default() };
        let k2 = self.attach_year(k, &mut ymd);
        if ymd.year.is_none() && !(licensed || shahr) {
            return None;
        }
        // «في شهر رمضان وغيره من المواسم»: any Ramadan, not one.
        if ymd.year.is_none() && matches!(self.word(k2), Some("وغيره" | "وغيرها" | "وسواه" | "ونحوه"))
        {
            return None;
        }
        Some((k2, ymd))
    }
}
