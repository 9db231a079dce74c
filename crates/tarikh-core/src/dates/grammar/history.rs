//! History in news: decades («الثمانينيات», «ستينيات القرن الماضي»), centuries («القرن
//! العشرين», «القرن الرابع الهجري», «القرن الماضي»), their parts («النصف الأول من القرن
//! العشرين», «العقد الثاني من القرن الماضي»; «نهاية الخمسينيات» is a `Part`), and years
//! written with two digits («عام 54»).

use super::{Grammar, P};
use crate::dates::expr::Expr;
use crate::dates::lexicon::{Dir, Lex};

impl Grammar<'_> {
    /// «الثمانينيات», «عقد التسعينيات», «ستينيات القرن الماضي», «عشرينيات القرن الحالي»,
    /// «ثمانينيات القرن المنصرم».
    pub(super) fn decade(&self, i: usize) -> P<Expr> {
        let j = if self.is(i, Lex::Decade(0)) { i + 1 } else { i };
        let Some(Lex::Decade(tens @ 2..)) = self.l(j) else { return None };
        let tens = tens as i32;
        let mut k = j + 1;
        if self.is(k, Lex::Min) {
            k += 1;
        }
        let mut century = 1900;
        if self.is(k, Lex::Century) {
            let (c, used) = match (self.l(k + 1), self.word(k + 1), self.word(k + 2)) {
                (Some(Lex::Dir(Dir::This)), _, _) => (2000, 2),
                (_, Some("الحادي"), Some("والعشرين")) => (2000, 3),
                (Some(Lex::Dir(Dir::Past)), _, _) | (_, Some("العشرين"), _) => (1900, 2),
                (_, Some("التاسع"), Some("عشر")) => (1800, 3),
                _ => (1900, 1),
            };
            century = c;
            k += used;
        }
        Some((k, Expr::Decade(century + tens * 10)))
    }

    /// «القرن العشرين», «القرن التاسع عشر», «القرن الحادي والعشرين», «القرن الرابع الهجري»,
    /// «القرن الماضي», «القرن الحالي».
    pub(super) fn century(&self, i: usize) -> P<Expr> {
        if !self.is(i, Lex::Century) {
            return None;
        }
        if let Some((k, n)) = self.ordinal_number(i + 1) {
            let (k, hijri) = match self.word(k) {
                Some("الهجري") => (k + 1, true),
                Some("الميلادي") => (k + 1, false),
                _ => (k, false),
            };
            return Some((k, Expr::Century { number: Some(n as i32), offset: 0, hijri }));
        }
        let offset = match self.l(i + 1)? {
            Lex::Dir(Dir::Past) => -1,
            Lex::Dir(Dir::This) => 0,
            Lex::Dir(Dir::Next) => 1,
            _ => return None,
        };
        Some((i + 2, Expr::Century { number: None, offset, hijri: false }))
    }

    /// «النصف الأول من القرن العشرين», «النصف الثاني من القرن الماضي», «العقد الثاني من
    /// القرن الماضي».
    pub(super) fn years_of_century(&self, i: usize) -> P<Expr> {
        let (from, to) = match (self.l(i)?, self.l(i + 1)?) {
            (Lex::Half, Lex::Ordinal { value: 1, .. }) => (1, 50),
            (Lex::Half, Lex::Ordinal { value: 2, .. } | Lex::Last) => (51, 100),
            (Lex::Decade(0), Lex::Ordinal { value: n @ 1..=10, .. }) => ((n - 1) * 10, (n - 1) * 10 + 9),
            _ => return None,
        };
        if !self.is(i + 2, Lex::Min) {
            return None;
        }
        let (k, of) = self.century(i + 3)?;
        Some((k, Expr::YearsOf { from, to, of: Box::new(of) }))
    }

    /// «عام 54», «سنة 67»: a year written with two digits, after a year word. Not «لسنة 71»
    /// (a law's or a court's year) nor a count («عام 54 يوما» does not occur, «54 عاما» does).
    pub(super) fn short_year(&self, i: usize) -> P<Expr> {
        let w = self.word(i)?;
        if !self.is(i, Lex::YearWord) || w.starts_with('ل') {
            return None;
        }
        let (v, 2) = self.num(i + 1)? else { return None };
        // «الطعن رقم 1234 لسنة 71 ق», «القانون رقم 7 سنة 98».
        let numbered =
            i >= 2 && self.num(i - 1).is_some() && self.word(i - 2).is_some_and(|r| r.ends_with("رقم"));
        let judicial = matches!(self.word(i + 2), Some("ق" | "قضاييه" | "قضائيه"));
        if numbered || judicial || self.counted(i + 1) || self.punct_in(i + 2, "/-.%") {
            return None;
        }
        Some((i + 2, Expr::ShortYear(v as u8)))
    }
}
