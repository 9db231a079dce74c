//! Years named by reference: «العام الماضي», «للعام الماضي», «العام الجاري 2012» (both the
//! reference and the number), «العام السابق» and «ذلك العام» (from the year the text spoke of).

use super::{Grammar, P};
use crate::dates::expr::{Expr, YearRef, Ymd};
use crate::dates::lexicon::{Lex, Unit};

impl Grammar<'_> {
    /// A year by reference, and the number written after it if any: «العام الماضي»,
    /// «هذا العام», «العام الجاري 2012», «العام الماضي2011», «العام السابق», «ذلك العام»,
    /// «العام نفسه».
    pub(super) fn year_ref(&self, i: usize) -> P<(YearRef, Option<i32>)> {
        let (k, r) = if let Some((k, off)) = self.relative_unit(i, Unit::Year) {
            (k, YearRef::Anchor(off))
        } else {
            self.year_of_text(i)?
        };
        // «العام الجاري 2012»: the number says which year the text is in.
        if let Some((y, 4)) = self.num(k)
            && (1900..=2100).contains(&y)
            && !self.counted(k)
        {
            return Some((k + 1, (r, Some(y as i32))));
        }
        Some((k, (r, None)))
    }

    /// «ذلك العام», «نفس العام», «العام نفسه» (0) and «العام السابق» (-1): years from the one
    /// the text spoke of.
    fn year_of_text(&self, i: usize) -> P<YearRef> {
        let year_word = |k: usize| self.is(k, Lex::YearWord) && self.on_line(k);
        match (self.word(i), self.word(i + 1)) {
            (Some("ذلك" | "تلك" | "نفس"), _) if year_word(i + 1) => Some((i + 2, YearRef::Text(0))),
            (_, Some("نفسه" | "نفسها" | "ذاته" | "ذاتها")) if year_word(i) => {
                Some((i + 2, YearRef::Text(0)))
            }
            _ if year_word(i) && self.is(i + 1, Lex::Previous) && !self.after_public_noun(i) => {
                Some((i + 2, YearRef::Text(-1)))
            }
            _ => None,
        }
    }

    /// A year by reference as an expression: «العام الماضي» (placed by the anchor), «العام
    /// الجاري 2012» (by its number), «العام السابق».
    pub(super) fn year_by_reference(&self, i: usize) -> P<Expr> {
        let (k, (r, written)) = self.year_ref(i)?;
        // Alone, «العام السابق» is mostly a base of comparison («مقارنة بالعام السابق»), not a
        // time something happened: only after a time preposition («في العام نفسه»).
        if matches!(r, YearRef::Text(_)) && written.is_none() && !self.licensed(i) {
            return None;
        }
        let expr = match (r, written) {
            (YearRef::Anchor(off), None) => Expr::UnitOffset(Unit::Year, off),
            _ => Expr::Date(Ymd { year: written, year_ref: Some(r), ..Ymd::default() }),
        };
        Some((k, expr))
    }
}
