//! Parts of a week, month or year: «نهاية مايو 2022», «النصف الأول من 2023», «الربع الأخير»,
//! «صيف 2024», «العشر الأواخر من رمضان».

use super::{Grammar, P};
use crate::dates::expr::Expr;
use crate::dates::lexicon::{HijriHead, Lex, Part, Unit};

impl Grammar<'_> {
    /// «نهاية مايو 2022», «بنهاية 2022», «مطلع العام المقبل», «أواخر الشهر الماضي»,
    /// «منتصف مارس», «نهاية عام ٢٠٢٤».
    pub(super) fn part(&self, i: usize) -> P<Expr> {
        let p = match self.l(i)? {
            // «بنهاية 2011», «حتى نهاية العام»: the close of the year, not its last quarter.
            Lex::Part(Part::End)
                if self.word(i).is_some_and(|w| w.starts_with('ب')) || i > 0 && self.is(i - 1, Lex::To) =>
            {
                Part::Close
            }
            Lex::Part(p) => p,
            Lex::Last => Part::End, // «آخر يناير 2020»
            _ => return None,
        };
        let mut j = i + 1;
        if self.is(j, Lex::Min) {
            j += 1;
        }
        // «نهاية الأسبوع», «منتصف الأسبوع المقبل»: a part of a week; «نهاية الخمسينيات»,
        // «مطلع القرن التاسع عشر»: of a decade or a century.
        if let Some((k, of)) = self.week_target(j).or_else(|| self.decade(j)).or_else(|| self.century(j)) {
            return Some((k, Expr::Part(p, Box::new(of))));
        }
        let target = self.month_or_year_target(j)?;
        Some((target.0, Expr::Part(p, Box::new(target.1))))
    }

    /// A week after a part word: «الأسبوع المقبل», or «الأسبوع» alone (the anchor's).
    pub(super) fn week_target(&self, j: usize) -> P<Expr> {
        if let Some((k, off)) = self.relative_unit(j, Unit::Week) {
            return Some((k, Expr::UnitOffset(Unit::Week, off)));
        }
        (self.is(j, Lex::WeekWord) && self.word(j) == Some("الاسبوع"))
            .then_some((j + 1, Expr::UnitOffset(Unit::Week, 0)))
    }

    /// What a part word or «من» points at: a month, a year, or a relative month/year:
    /// «مايو 2022», «شهر مارس», «2023», «عام 2023», «العام الجاري», «الشهر الماضي», «العام».
    pub(super) fn month_or_year_target(&self, j: usize) -> P<Expr> {
        if let Some(found) = self.year_by_reference(j) {
            return Some(found);
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

    /// A year-level target after «من»: «2023», «عام 2023», «العام الماضي», «العام المالي
    /// الحالي», «العام 2011-2012».
    pub(super) fn year_target(&self, j: usize) -> P<Expr> {
        if let Some(found) = self.fiscal_target(j) {
            return Some(found);
        }
        let (k, e) = self.month_or_year_target(j)?;
        match &e {
            Expr::Date(y) if y.month.is_none() => Some((k, e)),
            Expr::UnitOffset(Unit::Year, _) => Some((k, e)),
            _ => None,
        }
    }

    /// A month-level target after «من»/«في»/«ب»: «شهر أيلول من عام 2014», «أكتوبر لعام 2014».
    pub(super) fn month_target(&self, j: usize) -> P<Expr> {
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

    /// «الأشهر الأولى من 2023», «النصف الأول من العام», «الربع الأخير من 2022», «الأشهر
    /// الثلاثة الأخيرة من», «التسعة أشهر الأولى من», «الثلاثية الأولى من سنة 2014» (a Tunisian
    /// quarter), «الأشهر الأخيرة عام 1970».
    pub(super) fn months_of(&self, i: usize) -> P<Expr> {
        let (from, to, mut j) = match self.l(i)? {
            Lex::Months | Lex::Cardinal(_) => {
                // The count may come before or after the months word: «التسعة أشهر الأولى»,
                // «الأشهر الستة الأولى»; without one, «الأشهر الأولى» are three.
                let (count, j) = match (self.l(i), self.l(i + 1), self.l(i + 2)) {
                    (Some(Lex::Cardinal(n)), Some(Lex::Months), _) => (n, i + 2),
                    (Some(Lex::Months), Some(Lex::Cardinal(n)), _) => (n, i + 2),
                    (Some(Lex::Months), _, _) => (3, i + 1),
                    _ => return None,
                };
                if !(1..=11).contains(&count) {
                    return None;
                }
                match self.l(j)? {
                    Lex::Ordinal { value: 1, .. } => (1, count, j + 1),
                    Lex::Last => (13 - count, 12, j + 1),
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
        // «من» before the year, or a year word or number right away («الأشهر الأخيرة عام 1970»).
        if self.is(j, Lex::Min) {
            j += 1;
        } else if !(self.is(j, Lex::YearWord) || self.num(j).is_some()) {
            return None;
        }
        let (k, of) = self.year_target(j)?;
        Some((k, Expr::MonthsOf { from, to, of: Box::new(of) }))
    }

    /// A season of a year: «صيف 2024», «خريف عام 2019», «شتاء العام الماضي», «ربيع 2011». Its
    /// three months, winter running into the next year («شتاء 2022»: December 2022 to February
    /// 2023). Without a year («في الصيف») it is not a date; «الربيع العربي» is not either.
    pub(super) fn season(&self, i: usize) -> P<Expr> {
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

    /// «آخر يوم من شهر عشرة سنة 2015», «اليوم الأخير من أكتوبر», «أول يوم في شهر رمضان»,
    /// «الأسبوع الأول من مارس»,
    /// and the ten days of the Hijri calendar: «العشر الأواخر من رمضان» (from the 21st to the
    /// month's end), «العشر الأوائل من ذي الحجة» (the 1st to the 10th).
    pub(super) fn days_of(&self, i: usize) -> P<Expr> {
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
            // «أول يوم في شهر رمضان».
            (Lex::Ordinal { value: 1, definite: false }, Some(Lex::DayWord))
                if self.word(i + 1) == Some("يوم") =>
            {
                (1, 1, i + 2)
            }
            (Lex::DayOffset(0) | Lex::DayWord, Some(Lex::Last)) => (-1, -1, i + 2),
            (Lex::WeekWord, Some(Lex::Ordinal { value: 1, .. })) => (1, 7, i + 2),
            (Lex::WeekWord, Some(Lex::Last)) => (-7, -1, i + 2),
            (Lex::Last, Some(Lex::WeekWord)) => (-7, -1, i + 2),
            _ => return None,
        };
        let (k, of) = self.month_target(j)?;
        Some((k, Expr::DaysOf { from, to, of: Box::new(of) }))
    }
}
