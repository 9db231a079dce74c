//! Numeric dates: «19/12/2022», «2022-12-19», «19.12.2022», «2/2013», and the official style
//! with spaces around the separators: «23 - 09 - 2012», «12 / 3 / 1441هـ».

use super::{Grammar, P};
use crate::dates::expr::{Calendar, Ymd};
use crate::dates::tokens::Kind;

impl Grammar<'_> {
    /// Numeric dates: «19/12/2022», «19-12-2022», «19.12.2022», «2022-12-19», «2023/12/8»
    /// (year first), «2/2013» (a month); glued to letters is fine: «5/12/2023موسكو». With spaces
    /// around the separators («23 - 09 - 2012», «9/12 /2012م») only a full date with a
    /// four-digit year counts: «(12 / 10)» is a score. A year in the Hijri range (1300–1500)
    /// is Hijri even without «هـ» («15-9-1440»), unless marked «م».
    pub(super) fn numeric(&self, i: usize) -> P<Ymd> {
        let (a, da) = self.num(i)?;
        let sep = match self.t.list.get(i + 1).map(|t| t.kind) {
            Some(Kind::Punct(c @ ('/' | '-' | '.'))) if self.on_line(i + 1) => c,
            _ => return None,
        };
        let (b, db) = self.num(i + 2)?;
        let mut spaced = !self.glued(i + 1) || !self.glued(i + 2);
        let third = self.punct_in(i + 3, &sep.to_string()).then(|| self.num(i + 4)).flatten();
        if third.is_some() {
            spaced |= !self.glued(i + 3) || !self.glued(i + 4);
        }
        if spaced && (sep == '.' || !third.is_some_and(|(_, dc)| dc == 4 || da == 4)) {
            return None;
        }
        let mut ymd = Ymd::default();
        let end;
        match third {
            Some((c, dc)) => {
                let (y, m, d) = if da == 4 && db <= 2 && dc <= 2 {
                    (a, b, c)
                } else if da <= 2 && db <= 2 && (dc == 4 || (dc == 2 && sep == '/')) {
                    let y = if dc == 2 { 2000 + c } else { c };
                    if b <= 12 { (y, b, a) } else { (y, a, b) } // day/month; month/day if it must be
                } else {
                    return None;
                };
                if !(1..=12).contains(&m)
                    || !(1..=31).contains(&d)
                    || !(1000..=2200).contains(&y) && da != 4 && dc != 4
                {
                    return None;
                }
                ymd.year = Some(y as i32);
                ymd.month = Some(m as u8);
                ymd.day = Some(d as u8);
                end = i + 5;
                // A longer chain of numbers is a version or an address, not a date.
                if self.punct_in(end, "/-.")
                    && self.glued(end)
                    && self.num(end + 1).is_some()
                    && self.glued(end + 1)
                {
                    return None;
                }
            }
            None => {
                // «2/2013»: month/year, only with a slash and a modern year («4/1604» is a
                // volume and page).
                if sep != '/' || da > 2 || db != 4 || !(1..=12).contains(&a) || !(1900..=2100).contains(&b) {
                    return None;
                }
                if self.punct_in(i + 3, "/-.") && self.glued(i + 3) {
                    return None;
                }
                ymd.year = Some(b as i32);
                ymd.month = Some(a as u8);
                end = i + 3;
            }
        }
        // The tail of a longer chain with the same separator («1.2.3.2012»); «18-25/1/1434» is
        // a span of days.
        if i > 0
            && self.glued(i)
            && self.punct_in(i - 1, &sep.to_string())
            && self.num(i.wrapping_sub(2)).is_some()
        {
            return None;
        }
        let (end, mark) = self.calendar_mark(end);
        let hijri_year = ymd.day.is_some() && ymd.year.is_some_and(|y| (1300..=1500).contains(&y));
        if mark == Some(Calendar::Hijri) || hijri_year && mark.is_none() {
            ymd.calendar = Calendar::Hijri;
        }
        Some((end, ymd))
    }
}
