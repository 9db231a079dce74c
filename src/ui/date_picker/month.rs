//! The month a date picker shows, in the Gregorian or the Hijri (Umm al-Qura) calendar, and
//! its days laid out in weeks. Dates are Gregorian (`NaiveDate`) throughout; the Hijri
//! calendar's months and days come from the domain (`dates::hijri`).

use crate::dates::hijri;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// A calendar the picker shows months of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Calendar {
    #[default]
    Gregorian,
    /// Umm al-Qura, as Saudi Arabia publishes it.
    Hijri,
}

/// A month of a calendar: its year and number (1–12).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    pub calendar: Calendar,
    pub year: i32,
    pub month: u8,
}

impl Month {
    /// The month of `calendar` that `day` falls in (`None` out of the Hijri tables' range).
    pub fn of(calendar: Calendar, day: NaiveDate) -> Option<Month> {
        match calendar {
            Calendar::Gregorian => Some(Month { calendar, year: day.year(), month: day.month() as u8 }),
            Calendar::Hijri => {
                let (year, month, _) = hijri::hijri_of(day)?;
                Some(Month { calendar, year, month })
            }
        }
    }

    /// Its first and last days, in the Gregorian calendar.
    pub fn days(self) -> Option<(NaiveDate, NaiveDate)> {
        match self.calendar {
            Calendar::Gregorian => {
                let first = NaiveDate::from_ymd_opt(self.year, self.month as u32, 1)?;
                let last = first.checked_add_months(chrono::Months::new(1))?.pred_opt()?;
                Some((first, last))
            }
            Calendar::Hijri => hijri::month_to_gregorian(self.year, self.month),
        }
    }

    /// The month `n` months later (earlier when negative).
    pub fn shifted(self, n: i32) -> Month {
        let index = self.year * 12 + (self.month as i32 - 1) + n;
        Month { calendar: self.calendar, year: index.div_euclid(12), month: (index.rem_euclid(12) + 1) as u8 }
    }

    /// The day of the month `day` is in this calendar (1–31).
    pub fn day_number(calendar: Calendar, day: NaiveDate) -> Option<u8> {
        match calendar {
            Calendar::Gregorian => Some(day.day() as u8),
            Calendar::Hijri => hijri::hijri_of(day).map(|(_, _, d)| d),
        }
    }
}

/// The days from `first` to `last` in rows of seven, each row starting on `week_start`;
/// the cells before the first day and after the last are `None`.
pub fn weeks(first: NaiveDate, last: NaiveDate, week_start: Weekday) -> Vec<[Option<NaiveDate>; 7]> {
    let mut rows = Vec::new();
    let mut row = [None; 7];
    let mut column = first.weekday().days_since(week_start) as usize;
    let mut day = first;
    while day <= last {
        row[column] = Some(day);
        column += 1;
        if column == 7 {
            rows.push(row);
            row = [None; 7];
            column = 0;
        }
        let Some(next) = day.checked_add_days(Days::new(1)) else { break };
        day = next;
    }
    if column > 0 {
        rows.push(row);
    }
    rows
}

/// The seven days of the week from `week_start`.
pub fn week_days(week_start: Weekday) -> [Weekday; 7] {
    let mut out = [week_start; 7];
    for i in 1..7 {
        out[i] = out[i - 1].succ();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_week_starting_on_saturday_puts_saturdays_first() {
        // December 2022 starts on a Thursday: the sixth column from Saturday.
        let rows = weeks(date(2022, 12, 1), date(2022, 12, 31), Weekday::Sat);
        assert_eq!(rows[0][..5], [None; 5]);
        assert_eq!(rows[0][5], Some(date(2022, 12, 1)));
        assert_eq!(rows[1][0], Some(date(2022, 12, 3)));
        assert_eq!(rows[1][0].unwrap().weekday(), Weekday::Sat);
        // … and ends with Saturday the 31st alone on a sixth row.
        assert_eq!(rows.len(), 6);
        assert_eq!(rows[5][0], Some(date(2022, 12, 31)));
        let rows = weeks(date(2022, 12, 1), date(2022, 12, 31), Weekday::Mon);
        assert_eq!(rows[0][3], Some(date(2022, 12, 1)));
        assert_eq!(
            week_days(Weekday::Sat),
            [
                Weekday::Sat,
                Weekday::Sun,
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri
            ]
        );
    }

    #[test]
    fn hijri_months_follow_umm_al_qura() {
        // 1 Ramadan 1444 was 23 March 2023; Ramadan 1444 had 29 days.
        let ramadan = Month::of(Calendar::Hijri, date(2023, 4, 1)).unwrap();
        assert_eq!((ramadan.year, ramadan.month), (1444, 9));
        assert_eq!(ramadan.days(), Some((date(2023, 3, 23), date(2023, 4, 20))));
        assert_eq!(Month::day_number(Calendar::Hijri, date(2023, 3, 23)), Some(1));
        let shawwal = ramadan.shifted(1);
        assert_eq!(shawwal.days().unwrap().0, date(2023, 4, 21));
        let next_year = Month { calendar: Calendar::Hijri, year: 1444, month: 12 }.shifted(1);
        assert_eq!((next_year.year, next_year.month), (1445, 1));
    }

    #[test]
    fn gregorian_months_step_across_years() {
        let december = Month::of(Calendar::Gregorian, date(2022, 12, 19)).unwrap();
        assert_eq!(december.days(), Some((date(2022, 12, 1), date(2022, 12, 31))));
        let january = december.shifted(1);
        assert_eq!((january.year, january.month), (2023, 1));
        assert_eq!(december.shifted(-12).year, 2021);
        assert_eq!(
            Month { calendar: Calendar::Gregorian, year: 2024, month: 2 }.days().unwrap().1,
            date(2024, 2, 29)
        );
    }
}
