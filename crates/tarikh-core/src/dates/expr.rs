//! What the grammar understood, before it is placed in time.

use super::lexicon::{Dir, Part, Unit};

/// The calendar a date is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Calendar {
    #[default]
    Gregorian,
    /// Umm al-Qura. A Hijri month with a Gregorian year («رمضان 2019») means the Hijri month
    /// that falls in that Gregorian year.
    Hijri,
}

/// A date as written, possibly partial: «19 ديسمبر 2022» has all three fields,
/// «التاسع من مايو» has no year, «عام 2015» only a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ymd {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub calendar: Calendar,
    /// A weekday written with the date («الخميس 15 أغسطس»): it picks the year when none is written.
    pub weekday: Option<u8>,
    /// The year named by reference («من العام الماضي», «من ذلك العام»), with or without its
    /// number («العام الجاري 2012»).
    pub year_ref: Option<YearRef>,
}

/// A year named by reference rather than by its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    /// Years from the anchor's: «العام الماضي» is -1, «العام الجاري» and «هذا العام» 0,
    /// «العام المقبل» 1.
    Anchor(i32),
    /// The month named is the last (or next, or current) one from the anchor: «آب المقبل» in
    /// «من 18 إلى 26 آب المقبل».
    Month(Dir),
    /// Years from the one the text spoke of just before: «من ذلك العام», «العام نفسه» are 0,
    /// «العام السابق» -1.
    Text(i32),
}

impl Ymd {
    /// Whether only the anchor can give this date its year: «آب المقبل», «من العام الماضي».
    pub fn is_relative(&self) -> bool {
        self.year.is_none() && matches!(self.year_ref, Some(YearRef::Anchor(_) | YearRef::Month(_)))
    }

    /// Fills the fields this date lacks from `other` (the end of a range gives its month and
    /// year to the start: «من 6 إلى 8 ديسمبر 2023»).
    pub fn fill_from(&mut self, other: &Ymd) {
        if self.month.is_none() && self.day.is_some() {
            self.month = other.month;
            self.calendar = other.calendar;
        }
        if self.year.is_none() && self.month.is_some() {
            self.year = other.year;
            if self.year_ref.is_none() {
                self.year_ref = other.year_ref;
            }
        }
    }
}

/// Holidays whose dates follow from a calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    /// 25 December.
    Christmas,
    /// 1 January.
    NewYear,
    /// Western Easter Sunday.
    Easter,
    /// 1 Shawwal.
    EidAlFitr,
    /// 10 Dhu al-Hijja.
    EidAlAdha,
    /// 1 Muharram.
    HijriNewYear,
    /// 12 Rabi al-Awwal.
    Mawlid,
}

/// A recognised date expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// An absolute (maybe partial) date.
    Date(Ymd),
    /// From one date to another, both inclusive. The start's missing fields are already filled.
    Range(Ymd, Ymd),
    /// A part of a month or a year: «نهاية مايو 2022».
    Part(Part, Box<Expr>),
    /// Months `from..=to` (1-based; past 12 is the next year's) of a year expression:
    /// «النصف الأول من 2023», «الربع الأخير», «شتاء 2022» (12..=14).
    MonthsOf { from: u8, to: u8, of: Box<Expr> },
    /// Days `from..=to` of a month expression, 1-based; negative counts from the end
    /// (-1 is the last day): «آخر يوم من أكتوبر» is (-1, -1).
    DaysOf { from: i8, to: i8, of: Box<Expr> },
    /// The n-th (1-based; -1 = last) weekday of a month: «ثالث ثلاثاء من أيلول 2014»; with
    /// `after`, the n-th one after a day: «ثالث ثلاثاء بعد كريسماس 2014».
    NthWeekday { n: i8, weekday: u8, of: Box<Expr>, after: bool },
    /// Days after the anchor: «أمس» is -1; with the weekday written after it («أمس الأحد»).
    DayOffset { days: i32, weekday: Option<u8> },
    /// Days around the anchor, both inclusive: «الأيام الثلاثة المقبلة» is (1, 3), «الأيام
    /// الخمسة الماضية» (-5, -1).
    DaysFromAnchor { from: i32, to: i32 },
    /// The unit containing the anchor, shifted: «الأسبوع المقبل» is (Week, 1).
    UnitOffset(Unit, i32),
    /// «يناير المقبل», «رمضان الماضي», «15 كانون الأول الماضي» (with a day).
    NamedMonth { month: u8, calendar: Calendar, dir: Dir, day: Option<u8> },
    /// A decade, by its first year: «الثمانينيات» is 1980.
    Decade(i32),
    /// A century by its number («القرن العشرين» is 20, from 1901 to 2000; Hijri: «القرن
    /// الرابع الهجري»), or, without one, the anchor's shifted by `offset` («القرن الماضي» -1).
    Century { number: Option<i32>, offset: i32, hijri: bool },
    /// Years `from..=to` of a century counted from its round hundred: «النصف الأول من القرن
    /// العشرين» is 1..=50 (1901–1950), «العقد الثاني من القرن الماضي» 10..=19 (the 1910s).
    YearsOf { from: u8, to: u8, of: Box<Expr> },
    /// A year written with two digits, «عام 54»: its century is the one of the years around.
    ShortYear(u8),
    /// A fiscal year, by the calendar year it starts in or by reference: «العام المالي
    /// 2011-2012» (2011), «العام المالي الحالي». July to June by convention (as in Egypt).
    FiscalYear { start: Option<i32>, reference: Option<YearRef> },
    /// «نفس الفترة من العام الماضي»: the months of the period the text named before, in
    /// another year.
    SamePeriod(Box<Expr>),
    /// From the start of one expression to the end of another: «بين سنة 2012 والثلاثية
    /// الأولى من سنة 2014», «تبدأ يوم 3 مارس وتنتهي يوم 7 مارس».
    Span(Box<Expr>, Box<Expr>),
    /// «الخميس الماضي»; `None` direction is a bare weekday (news usage: the one just past).
    Weekday { weekday: u8, dir: Option<Dir> },
    /// A weekday of the week containing the anchor, shifted by `week_offset`:
    /// «الأحد من الأسبوع الماضي».
    WeekdayInWeek { weekday: u8, week_offset: i32 },
    /// A day of the anchor's month, shifted by `month_offset`: «التاسع عشر من هذا الشهر».
    DayOfMonth { day: u8, month_offset: i32 },
    /// A day of the month the text spoke of last (else the anchor's): «العاشر من الشهر»,
    /// «28 من الشهر ذاته».
    DayOfTextMonth(u8),
    /// `count` units before the anchor: «قبل ثلاثة أيام».
    Ago(Unit, i32),
    /// A holiday, with its year if written; `year` is a Hijri year when `hijri_year`
    /// («عيد الفطر لعام 1445هـ»).
    Holiday { holiday: Holiday, year: Option<i32>, hijri_year: bool },
}

impl Expr {
    /// Whether the expression needs the anchor to be placed in time.
    pub fn is_relative(&self) -> bool {
        match self {
            Expr::Date(y) | Expr::Range(_, y) => y.is_relative(),
            Expr::Part(_, e) | Expr::MonthsOf { of: e, .. } | Expr::DaysOf { of: e, .. } => e.is_relative(),
            Expr::NthWeekday { of, .. } => of.is_relative(),
            Expr::Holiday { year, .. } => year.is_none(),
            Expr::Decade(_) | Expr::ShortYear(_) | Expr::DayOfTextMonth(_) => false,
            Expr::Century { number, .. } => number.is_none(),
            Expr::YearsOf { of, .. } => of.is_relative(),
            Expr::FiscalYear { start, reference } => {
                start.is_none() && matches!(reference, Some(YearRef::Anchor(_) | YearRef::Month(_)))
            }
            Expr::SamePeriod(of) => of.is_relative(),
            Expr::Span(a, b) => a.is_relative() || b.is_relative(),
            _ => true,
        }
    }
}
