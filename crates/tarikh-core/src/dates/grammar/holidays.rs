//! Holidays whose date follows from a calendar: «عيد الفطر», «عيد الميلاد 2020».

use super::{Grammar, P};
use crate::dates::expr::{Calendar, Expr, Holiday};

impl Grammar<'_> {
    /// «عيد الميلاد 2020», «عيد الأضحى», «عيد الفطر 2013», «عيد الفصح», «رأس السنة الهجرية»,
    /// «المولد النبوي», «كريسماس 2014».
    pub(super) fn holiday(&self, i: usize) -> P<Expr> {
        let w1 = self.word(i)?;
        let w2 = self.word(i + 1).unwrap_or("");
        let w3 = self.word(i + 2).unwrap_or("");
        let (h, mut k) = match (w1, w2, w3) {
            ("عيد", "الميلاد", _) => (Holiday::Christmas, i + 2),
            ("كريسماس" | "الكريسماس", _, _) => (Holiday::Christmas, i + 1),
            ("عيد", "الفصح", _) => (Holiday::Easter, i + 2),
            ("عيد", "الفطر", _) => (Holiday::EidAlFitr, i + 2),
            ("عيد", "الاضحي", _) => (Holiday::EidAlAdha, i + 2),
            ("راس", "السنه", "الهجريه") => (Holiday::HijriNewYear, i + 3),
            ("راس", "السنه", "الميلاديه") => (Holiday::NewYear, i + 3),
            ("المولد", "النبوي", _) => (Holiday::Mawlid, i + 2),
            _ => return None,
        };
        if matches!(self.word(k), Some("المجيد" | "الشريف" | "المبارك")) {
            k += 1;
        }
        let (k, year, mark) = match self.year_after(k) {
            Some((k2, (y, mark))) => (k2, Some(y), mark),
            None => (k, None, None),
        };
        // «عيد الفطر لعام 1445هـ», or a Hijri-looking year with an Islamic holiday.
        let islamic = !matches!(h, Holiday::Christmas | Holiday::NewYear | Holiday::Easter);
        let hijri_year = mark == Some(Calendar::Hijri) || islamic && year.is_some_and(|y| y < 1700);
        Some((k, Expr::Holiday { holiday: h, year, hijri_year }))
    }
}
