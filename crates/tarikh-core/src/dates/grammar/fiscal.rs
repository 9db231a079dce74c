//! Fiscal years and comparison periods of economic news: «العام المالي 2011-2012», «السنة
//! المالية 2024/2025», «عام 2023/2024 المالي», «العام المالي الحالي», «العام المالي السابق»,
//! and «نفس الفترة من العام الماضي 2011» (the months of the period named before, another
//! year).

use super::{Grammar, P};
use crate::dates::expr::{Calendar, Expr, YearRef, Ymd};
use crate::dates::lexicon::{Dir, Lex};

impl Grammar<'_> {
    /// A fiscal year: «العام المالي 2011 -2012», «للعام المالي الجاري», «عام 2023/2024
    /// المالي»; «العام المالي 2012م» (one year) is that calendar year.
    pub(super) fn fiscal_year(&self, i: usize) -> P<Expr> {
        self.fiscal_year_in(i, false)
    }

    /// A fiscal year, standing alone or (`of_part`) as what a part is taken from: there
    /// «العام المالي السابق» counts too («الربع الثالث من العام المالي السابق»).
    fn fiscal_year_in(&self, i: usize, of_part: bool) -> P<Expr> {
        if !self.is(i, Lex::YearWord) {
            return None;
        }
        if self.is(i + 1, Lex::Fiscal) && self.on_line(i + 1) {
            let j = i + 2;
            if let Some((k, first)) = self.split_year(j) {
                return Some((k, Expr::FiscalYear { start: Some(first), reference: None }));
            }
            let reference = match self.l(j) {
                Some(Lex::Dir(Dir::Past)) => YearRef::Anchor(-1),
                Some(Lex::Dir(Dir::This)) => YearRef::Anchor(0),
                Some(Lex::Dir(Dir::Next)) => YearRef::Anchor(1),
                // Alone, «العام المالي السابق» is a base of comparison (see `year_by_reference`).
                Some(Lex::Previous) if of_part || self.licensed(i) => YearRef::Text(-1),
                _ => {
                    // One calendar year: «العام المالي 2012م».
                    let (y, (k, mark)) = self.year_number(j, true)?;
                    let calendar = mark.unwrap_or(Calendar::Gregorian);
                    return Some((k, Expr::Date(Ymd { year: Some(y), calendar, ..Ymd::default() })));
                }
            };
            return Some((j + 1, Expr::FiscalYear { start: None, reference: Some(reference) }));
        }
        // «عام 2023/2024 المالي».
        let (k, first) = self.split_year(i + 1)?;
        self.is(k, Lex::Fiscal).then_some((k + 1, Expr::FiscalYear { start: Some(first), reference: None }))
    }

    /// A year split over two calendar years, as fiscal and school years are written: «2011-2012»,
    /// «2011 - 2012», «2024/2025», «'2011- 2012'», «2011/12». Returns the first year.
    pub(super) fn split_year(&self, i: usize) -> P<i32> {
        let j = if self.punct_in(i, "'\"«") { i + 1 } else { i };
        let (a, 4) = self.num(j)? else { return None };
        if !(1900..=2100).contains(&a) || !self.punct_in(j + 1, "-/") {
            return None;
        }
        let (b, db) = self.num(j + 2)?;
        let next = if db == 2 { a / 100 * 100 + b } else { b };
        if next != a + 1 || !(db == 2 || db == 4) {
            return None;
        }
        let (mut k, _) = self.calendar_mark(j + 3);
        if j > i && self.punct_in(k, "'\"»") {
            k += 1;
        }
        Some((k, a as i32))
    }

    /// What a part of a year may be taken from besides a calendar year: a fiscal year, or a
    /// year split over two written with a singular year word («التسعة شهور الأولى من العام
    /// 2011-2012»: months are counted from the split year's start, as in a fiscal year).
    pub(super) fn fiscal_target(&self, j: usize) -> P<Expr> {
        if let Some(found) = self.fiscal_year_in(j, true) {
            return Some(found);
        }
        let singular = self.is(j, Lex::YearWord);
        let (k, first) = self.split_year(if singular { j + 1 } else { j })?;
        singular.then_some((k, Expr::FiscalYear { start: Some(first), reference: None }))
    }

    /// «نفس الفترة من العام الماضي», «الفترة نفسها من 2011», «نفس الفترة المماثلة من العام
    /// الماضي 2011», «الفترة المماثلة من», «نفس الربع من العام المالي السابق».
    pub(super) fn same_period(&self, i: usize) -> P<Expr> {
        // «بالفترة نفسها», «وبنفس الفترة»: a clitic may come first.
        let bare = |k: usize| {
            let w = self.word(k)?;
            Some(
                w.strip_prefix(['ب', 'ل', 'و', 'ف', 'ك'])
                    .filter(|r| r.starts_with("ال") || *r == "نفس")
                    .unwrap_or(w),
            )
        };
        let period = |k: usize| matches!(bare(k), Some("الفتره" | "الربع"));
        let mut j = match (bare(i), self.word(i + 1)) {
            (Some("نفس"), _) if period(i + 1) => i + 2,
            (_, Some("نفسها" | "ذاتها" | "نفسه" | "ذاته" | "المماثله" | "المناظره")) if period(i) => {
                i + 2
            }
            _ => return None,
        };
        if self.word(j) == Some("المماثله") {
            j += 1;
        }
        if !self.is(j, Lex::Min) {
            return None;
        }
        let (k, of) = self.year_target(j + 1)?;
        Some((k, Expr::SamePeriod(Box::new(of))))
    }
}
