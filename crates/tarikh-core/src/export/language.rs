//! The words an export adds around the articles' own text (titles, counts, the interval a
//! phrase stands for), in the export's language.

use crate::dates::DateRange;
use crate::timeline::axis::ARABIC_MONTHS;
use chrono::{Datelike, NaiveDate};

/// The language of the words an export adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    Arabic,
    English,
}

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Language {
    /// The BCP 47 code (TimelineJS's `language` option, HTML's `lang`).
    pub fn code(self) -> &'static str {
        match self {
            Language::Arabic => "ar",
            Language::English => "en",
        }
    }

    /// From a code such as `ar` or `en-GB`.
    pub fn from_code(code: &str) -> Option<Language> {
        match code.split(['-', '_']).next()?.to_ascii_lowercase().as_str() {
            "ar" => Some(Language::Arabic),
            "en" => Some(Language::English),
            _ => None,
        }
    }

    /// `rtl` or `ltr`.
    pub fn direction(self) -> &'static str {
        match self {
            Language::Arabic => "rtl",
            Language::English => "ltr",
        }
    }

    /// The application's name as the title of an export.
    pub fn title(self) -> &'static str {
        match self {
            Language::Arabic => "تاريخ",
            Language::English => "Tarikh",
        }
    }

    /// «عدد الأحداث: 25 من 5 مقالات» without Arabic's number agreement: a count after a
    /// colon reads right in every number.
    pub fn counts(self, events: usize, articles: usize) -> String {
        match self {
            Language::Arabic => format!("عدد الأحداث: {events} · عدد المقالات: {articles}"),
            Language::English => format!(
                "{events} event{} from {articles} article{}",
                if events == 1 { "" } else { "s" },
                if articles == 1 { "" } else { "s" }
            ),
        }
    }

    /// The mark of a vague date.
    pub fn approximate(self) -> &'static str {
        match self {
            Language::Arabic => "تقريبًا",
            Language::English => "approximately",
        }
    }

    /// The interval a date stands for, in words: «21 مايو – 31 مايو 2022», "May 2022".
    pub fn interval(self, r: &DateRange) -> String {
        let (s, e) = (r.start, r.end);
        let whole_months = s.day() == 1 && e.succ_opt().is_none_or(|n| n.day() == 1);
        let whole_years = whole_months && s.month() == 1 && e.month() == 12;
        let month = |d: NaiveDate| self.month(d);
        if whole_years {
            if s.year() == e.year() { s.year().to_string() } else { format!("{} – {}", s.year(), e.year()) }
        } else if whole_months {
            if (s.year(), s.month()) == (e.year(), e.month()) {
                format!("{} {}", month(s), s.year())
            } else if s.year() == e.year() {
                format!("{} – {} {}", month(s), month(e), s.year())
            } else {
                format!("{} {} – {} {}", month(s), s.year(), month(e), e.year())
            }
        } else if s == e {
            self.day(s)
        } else {
            format!("{} – {}", self.day(s), self.day(e))
        }
    }

    fn month(self, d: NaiveDate) -> &'static str {
        match self {
            Language::Arabic => ARABIC_MONTHS[d.month0() as usize],
            Language::English => ENGLISH_MONTHS[d.month0() as usize],
        }
    }

    fn day(self, d: NaiveDate) -> String {
        format!("{} {} {}", d.day(), self.month(d), d.year())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Granularity;

    fn range(a: (i32, u32, u32), b: (i32, u32, u32)) -> DateRange {
        DateRange {
            start: NaiveDate::from_ymd_opt(a.0, a.1, a.2).unwrap(),
            end: NaiveDate::from_ymd_opt(b.0, b.1, b.2).unwrap(),
            granularity: Granularity::Range,
        }
    }

    #[test]
    fn intervals_in_words() {
        let ar = Language::Arabic;
        assert_eq!(ar.interval(&range((2022, 5, 21), (2022, 5, 31))), "21 مايو 2022 – 31 مايو 2022");
        assert_eq!(ar.interval(&range((2024, 10, 1), (2024, 12, 31))), "أكتوبر – ديسمبر 2024");
        assert_eq!(ar.interval(&range((2025, 1, 1), (2026, 12, 31))), "2025 – 2026");
        assert_eq!(Language::English.interval(&range((2019, 6, 1), (2019, 6, 30))), "June 2019");
        assert_eq!(Language::from_code("en-GB"), Some(Language::English));
    }
}
