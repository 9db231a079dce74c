//! History in news: decades («الثمانينيات», «ستينيات القرن الماضي»).

use super::{Grammar, P};
use crate::dates::expr::Expr;
use crate::dates::lexicon::Lex;

impl Grammar<'_> {
    /// «الثمانينيات», «عقد التسعينيات», «ستينيات القرن الماضي», «عشرينيات القرن الحالي».
    pub(super) fn decade(&self, i: usize) -> P<Expr> {
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
}
