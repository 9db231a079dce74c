//! Expressions placed by the anchor: «أمس», «الأسبوع الماضي», «يناير المقبل», «الخميس الماضي»,
//! «قبل ثلاثة أيام».

use super::{Grammar, P};
use crate::dates::expr::Expr;
use crate::dates::lexicon::{Dir, Lex, Unit, lookup};

impl Grammar<'_> {
    /// «التاسع عشر من هذا الشهر», «5 من الشهر الجاري», «منتصف الشهر الماضي» is a `Part`.
    pub(super) fn day_of_relative_month(&self, i: usize) -> P<Expr> {
        let (mut j, (day, _)) = self.day(i)?;
        if self.is(j, Lex::Min) {
            j += 1;
        }
        if let Some((k, off)) = self.relative_unit(j, Unit::Month) {
            return Some((k, Expr::DayOfMonth { day, month_offset: off }));
        }
        // «العاشر من الشهر», «28 من الشهر ذاته»: the month in context.
        if self.word(j) != Some("الشهر") || self.word(i).is_none() && !self.is(j - 1, Lex::Min) {
            return None;
        }
        let k = if matches!(self.word(j + 1), Some("ذاته" | "نفسه" | "عينه")) {
            j + 2
        } else {
            j + 1
        };
        Some((k, Expr::DayOfTextMonth(day)))
    }

    /// «الأسبوع/الشهر/العام» + direction, or «هذا/هذه» + unit: returns the offset.
    pub(super) fn relative_unit(&self, i: usize, unit: Unit) -> P<i32> {
        let matches_unit = |k: usize| match (unit, self.l(k)) {
            (Unit::Year, Some(Lex::YearWord)) => self.word(k).is_some_and(definite),
            (Unit::Month, Some(Lex::MonthWord)) => self.word(k) == Some("الشهر"),
            (Unit::Week, Some(Lex::WeekWord)) => self.word(k) == Some("الاسبوع"),
            _ => false,
        };
        if self.is(i, Lex::This) && matches_unit(i + 1) {
            return Some((i + 2, 0));
        }
        if !matches_unit(i) {
            return None;
        }
        // «الأمين العام السابق» is not «the previous year»: after these nouns «العام» is the
        // adjective "general/public".
        if unit == Unit::Year && self.after_public_noun(i) {
            return None;
        }
        match self.l(i + 1) {
            Some(Lex::Dir(Dir::Past)) => Some((i + 2, -1)),
            Some(Lex::Dir(Dir::This)) => Some((i + 2, 0)),
            Some(Lex::Dir(Dir::Next)) => Some((i + 2, 1)),
            _ => None,
        }
    }

    /// «يناير المقبل», «رمضان الماضي», «شهر مارس الجاري».
    pub(super) fn named_month_relative(&self, i: usize) -> P<Expr> {
        let (k, (month, calendar, _)) = self.month(i)?;
        let Some(Lex::Dir(dir)) = self.l(k) else {
            return None;
        };
        Some((k + 1, Expr::NamedMonth { month, calendar, dir, day: None }))
    }

    /// Expressions placed by the anchor: «أمس», «أول أمس», «اليوم», «غداً», «بعد غد»,
    /// «الأسبوع الماضي», «الشهر المقبل», «العام الجاري», «يناير المقبل», «الخميس الماضي»,
    /// a bare «الخميس», «يوم الخميس».
    pub(super) fn relative(&self, i: usize) -> P<Expr> {
        let w = self.word(i)?;
        // Day offsets.
        if let Some(Lex::DayOffset(off)) = self.l(i) {
            return self.day_offset(i, off);
        }
        match w {
            "اول" | "قبل" if self.l(i + 1) == Some(Lex::DayOffset(-1)) => {
                return Some(self.after_day_offset(i + 2, -2));
            }
            "اول" if self.is(i + 1, Lex::Min) && self.l(i + 2) == Some(Lex::DayOffset(-1)) => {
                return Some(self.after_day_offset(i + 3, -2));
            }
            "بعد" if matches!(self.word(i + 1), Some("غد" | "الغد" | "غدا" | "بكره")) => {
                return Some(self.after_day_offset(i + 2, 2));
            }
            "يوم" if matches!(self.l(i + 1), Some(Lex::DayOffset(o)) if o != 0) => {
                let Some(Lex::DayOffset(o)) = self.l(i + 1) else { unreachable!() };
                return Some(self.after_day_offset(i + 2, o as i32)); // «يوم غد الأحد»
            }
            _ => {}
        }
        if let Some(found) = self.days_from_anchor(i) {
            return Some(found);
        }
        if let Some(found) = self.year_by_reference(i) {
            return Some(found);
        }
        for unit in [Unit::Week, Unit::Month] {
            if let Some((k, off)) = self.relative_unit(i, unit) {
                return Some((k, Expr::UnitOffset(unit, off)));
            }
        }
        if let Some(r) = self.named_month_relative(i) {
            return Some(r);
        }
        // «الأحد من الأسبوع الماضي», «اثنين الأسبوع الحالي».
        if let Some(Lex::Weekday(wd)) = self.l(i) {
            let j = if self.is(i + 1, Lex::Min) { i + 2 } else { i + 1 };
            if let Some((k, off)) = self.relative_unit(j, Unit::Week) {
                return Some((k, Expr::WeekdayInWeek { weekday: wd, week_offset: off }));
            }
        }
        // Weekdays: «الخميس الماضي», «يوم الخميس», «الخميس».
        let (k, wd) = self.weekday_word(i)?;
        match self.l(k) {
            Some(Lex::Dir(d)) => Some((k + 1, Expr::Weekday { weekday: wd, dir: Some(d) })),
            Some(Lex::Previous) => Some((k + 1, Expr::Weekday { weekday: wd, dir: Some(Dir::Past) })),
            _ => {
                // «الاثنين» is also "the two": «كلا الاثنين», «بين الاثنين».
                let ambiguous = wd == 0
                    && k == i + 1
                    && !self.phrase
                    && i > 0
                    && matches!(self.word(i - 1), Some("كلا" | "بين" | "هذين" | "لكلا" | "من"));
                if ambiguous { None } else { Some((k, Expr::Weekday { weekday: wd, dir: None })) }
            }
        }
    }

    /// «أمس», «اليوم», «غداً», with the weekday that may follow («أمس الأحد», «اليوم الاثنين»).
    pub(super) fn day_offset(&self, i: usize, off: i8) -> P<Expr> {
        let next = self.word(i + 1);
        // A definite word after «اليوم» that is not a date word makes it a named day:
        // «اليوم الوطني».
        // «اليوم السابع» (a newspaper; "the seventh day") is not today.
        if off == 0 && matches!(self.l(i + 1), Some(Lex::Ordinal { .. })) {
            return None;
        }
        // «في اليوم الواحد»: per day.
        if off == 0 && self.l(i + 1) == Some(Lex::Cardinal(1)) {
            return None;
        }
        // «اليوم ذاته/نفسه» points back to a day already named. A named day's adjective is a
        // nisba («اليوم الوطني», «العالمي»); «توفي اليوم الموسيقار» is today.
        let next_is_other_noun = off == 0
            && (next.is_some_and(|n| n.starts_with("ال") && n.ends_with('ي')) && self.l(i + 1).is_none()
                || matches!(next, Some("ذاته" | "نفسه" | "عينه" | "التالي" | "الذي")));
        if off == -1 && next == Some("الاول") {
            return Some((i + 2, Expr::DayOffset { days: -2, weekday: None })); // «أمس الأول»
        }
        if off == 0 && matches!(self.l(i + 1), Some(Lex::Previous | Lex::Dir(Dir::Past))) {
            return Some((i + 2, Expr::DayOffset { days: -1, weekday: None })); // «اليوم السابق»
        }
        let prev = i.checked_sub(1).and_then(|p| self.word(p));
        let weekday_next = matches!(self.l(i + 1), Some(Lex::Weekday(_)));
        let blocked = match off {
            // «حتى اليوم», «إلى اليوم»: "to date".
            0 => i > 0 && matches!(self.lex(i - 1), Some(Lex::To | Lex::Since)),
            // «وقد غدا الوضع»: the verb "became"; «من أجل غد مشرق»: a tomorrow, not tomorrow
            // («غد» alone is a date after «يوم» or before a weekday).
            1 => {
                matches!(prev, Some("قد" | "وقد" | "فقد" | "لقد" | "ثم"))
                    || self.word(i) == Some("غد") && !(prev == Some("يوم") || weekday_next)
            }
            _ => false,
        };
        // «شباب اليوم», «عالم الأمس», «المصري اليوم» (a newspaper): of a time, not a date.
        if !weekday_next && self.names_a_time_or_outlet(i) {
            return None;
        }
        if blocked || next_is_other_noun {
            return None;
        }
        Some(self.after_day_offset(i + 1, off as i32))
    }

    /// «الأيام الثلاثة المقبلة», «الأيام الخمسة الماضية»: the next or last few days (at most two
    /// weeks; a count is needed: «الأيام المقبلة» alone is too vague to place).
    pub(super) fn days_from_anchor(&self, i: usize) -> P<Expr> {
        if !self.is(i, Lex::TheDays) {
            return None;
        }
        let count = match self.word(i + 1).and_then(|w| w.strip_prefix("ال")).and_then(lookup) {
            Some((Lex::Cardinal(n), false)) => n as i32,
            _ => return None,
        };
        if !(2..=14).contains(&count) {
            return None;
        }
        match self.l(i + 2)? {
            Lex::Dir(Dir::Next) => Some((i + 3, Expr::DaysFromAnchor { from: 1, to: count })),
            Lex::Dir(Dir::Past) => Some((i + 3, Expr::DaysFromAnchor { from: -count, to: -1 })),
            _ => None,
        }
    }

    /// After «أمس»/«بعد غد»: a weekday may follow («أمس الأحد», or in brackets: «أمس
    /// (الثلاثاء)»), and then a written date, which is more precise than the offset: «أمس
    /// الثلاثاء 12 ديسمبر».
    /// The weekday is kept to check the offset against: «اليوم الأربعاء» in an article of a
    /// Thursday is flagged.
    pub(super) fn after_day_offset(&self, j: usize, days: i32) -> (usize, Expr) {
        if self.punct_in(j, "(")
            && let Some(Lex::Weekday(wd)) = self.l(j + 1)
            && self.punct_in(j + 2, ")")
        {
            return (j + 3, Expr::DayOffset { days, weekday: Some(wd) });
        }
        let Some(Lex::Weekday(wd)) = self.l(j) else { return (j, Expr::DayOffset { days, weekday: None }) };
        if let Some((k, mut ymd)) = self.numeric(j + 1).or_else(|| self.day_month(j + 1)) {
            ymd.weekday = Some(wd);
            return (k, Expr::Date(ymd));
        }
        (j + 1, Expr::DayOffset { days, weekday: Some(wd) })
    }

    /// «15 كانون الأول الماضي», «20 شعبان الماضي», «يوم 8 أكتوبر الفارط».
    pub(super) fn day_month_relative(&self, i: usize) -> P<Expr> {
        let (mut j, (day, _)) = self.day(i)?;
        if self.is(j, Lex::Min) {
            j += 1;
        }
        let (k, (month, calendar, _)) = self.month(j)?;
        let Some(Lex::Dir(dir)) = self.l(k) else { return None };
        Some((k + 1, Expr::NamedMonth { month, calendar, dir, day: Some(day) }))
    }

    /// «قبل ثلاثة أيام», «منذ أسبوعين», «قبل 3 أشهر»: a point before the anchor.
    pub(super) fn ago(&self, i: usize) -> P<Expr> {
        if !matches!(self.word(i), Some("قبل" | "منذ")) {
            return None;
        }
        let j = i + 1;
        let (count, k) = if let Some((v, d)) = self.num(j) {
            if d > 3 {
                return None;
            }
            (v as i32, j + 1)
        } else if let Some(Lex::Cardinal(v) | Lex::Ordinal { value: v @ (20 | 30), definite: false }) =
            self.l(j)
        {
            (v as i32, j + 1) // «قبل ستين عاما», «قبل عشرين عاما»
        } else if self.is(j, Lex::Teen) && self.word(j) == Some("عشره") {
            (10, j + 1) // «قبل عشرة أيام»: «عشرة» is also the teen of «الحادي عشر»
        } else {
            (1, j)
        };
        let w = self.word(k)?;
        let (unit, n) = match w {
            "يوم" | "ايام" | "يوما" => (Unit::Day, count),
            "يومين" => (Unit::Day, 2),
            "اسبوع" | "اسابيع" | "اسبوعا" => (Unit::Week, count),
            "اسبوعين" => (Unit::Week, 2),
            "شهر" | "اشهر" | "شهور" | "شهرا" => (Unit::Month, count),
            "شهرين" => (Unit::Month, 2),
            "عام" | "اعوام" | "سنه" | "سنوات" | "سنين" | "عاما" => {
                (Unit::Year, count)
            }
            "عامين" | "سنتين" => (Unit::Year, 2),
            _ => return None,
        };
        // «قبل عام 2011» is "before the year 2011", not "a year ago".
        if self.num(k + 1).is_some_and(|(_, d)| d == 4) {
            return None;
        }
        // «الأعلى منذ 4 سنوات», «يدرّس منذ 10 سنوات»: with months and years «منذ» is how long
        // something has lasted, not when it happened («منذ يومين» still is).
        if self.word(i) == Some("منذ") && matches!(unit, Unit::Month | Unit::Year) {
            return None;
        }
        // «قبل 10 أيام (على الأقل) من موعد السفر»: before another event, not before the anchor.
        let mut after = k + 1;
        if matches!(self.word(after), Some("على" | "علي")) && self.word(after + 1) == Some("الاقل")
        {
            after += 2;
        }
        if self.is(after, Lex::Min) {
            return None;
        }
        // «منذ أيام» (some days) has no count: too vague to place.
        if k == j && matches!(w, "ايام" | "اسابيع" | "اشهر" | "شهور" | "اعوام" | "سنوات" | "سنين")
        {
            return None;
        }
        Some((k + 1, Expr::Ago(unit, n)))
    }
}

/// A definite word, maybe behind a clitic: «العام», «للعام», «والعام», «بالعام».
fn definite(w: &str) -> bool {
    w.starts_with("ال")
        || w.starts_with("لل")
        || w.strip_prefix(['و', 'ف', 'ب', 'ك']).is_some_and(|r| r.starts_with("ال") || r.starts_with("لل"))
}
