//! The date picker: a button showing a day in the interface's language, which opens a month's
//! calendar in Gregorian or Hijri (Umm al-Qura), its week starting where the interface says
//! (Saturday in Arabic), its columns running right to left in Arabic.
//!
//! - [`month`]: the month shown and its weeks (no egui).

pub mod month;

use super::i18n::{self, localize_digits, tr};
use super::{mirror, text};
use chrono::{Datelike, NaiveDate, Weekday};
use eframe::egui::{self, Button, PopupCloseBehavior, Response, Ui};
pub use month::{Calendar, Month};

/// What the picker keeps between frames while open: the month it shows.
#[derive(Debug, Clone, Copy)]
struct Shown(Month);

/// The calendar pickers show, shared by all of them (the last one chosen).
fn calendar_id() -> egui::Id {
    egui::Id::unique("tarikh date picker calendar")
}

/// The calendar the pickers show now.
pub fn calendar(ctx: &egui::Context) -> Calendar {
    ctx.data(|d| d.get_temp::<Calendar>(calendar_id())).unwrap_or_default()
}

/// Sets the calendar the pickers show (the app restores the remembered one at start).
pub fn set_calendar(ctx: &egui::Context, calendar: Calendar) {
    ctx.data_mut(|d| d.insert_temp(calendar_id(), calendar));
}

/// A button showing `date`; clicking it opens the calendar. The response is `changed` when a
/// day was picked (and `date` is then that day).
pub fn date_button(ui: &mut Ui, date: &mut NaiveDate, id_salt: &str) -> Response {
    let id = ui.make_persistent_id(("date picker", id_salt));
    let mut response = ui.add(Button::new(text::widget_text(ui, &day_name(*date))));
    if let Some(h) = hijri_name(*date) {
        response = text::hover_text(response, h);
    }
    let popup = egui::Popup::from_toggle_button_response(&response)
        .id(id.with("popup"))
        .align(if mirror::is_rtl() { egui::RectAlign::BOTTOM_END } else { egui::RectAlign::BOTTOM_START })
        .width(cell_size(ui).x * 7.0)
        .close_behavior(PopupCloseBehavior::CloseOnClickOutside);
    let popup_id = popup.get_id();
    let mut picked = None;
    popup.show(|ui| {
        mirror::page(ui, |ui| picked = calendar_ui(ui, id, *date));
    });
    if let Some(day) = picked {
        egui::Popup::close_id(ui.ctx(), popup_id);
        if day != *date {
            *date = day;
            response.mark_changed();
        }
    }
    response
}

/// A day as the button shows it: «19 December 2022», «19 ديسمبر 2022».
pub fn day_name(day: NaiveDate) -> String {
    tr!(
        "picker-button",
        day = localize_digits(&day.day().to_string()),
        month = month_name(Calendar::Gregorian, day.month() as u8),
        year = localize_digits(&day.year().to_string())
    )
}

/// A day in the Hijri calendar: «25 Jumada al-Ula 1444 AH», «25 جمادى الأولى 1444 هـ».
pub fn hijri_name(day: NaiveDate) -> Option<String> {
    let (year, month, d) = crate::dates::hijri::hijri_of(day)?;
    Some(tr!(
        "picker-hijri-beside",
        day = localize_digits(&d.to_string()),
        month = month_name(Calendar::Hijri, month),
        year = localize_digits(&year.to_string())
    ))
}

/// The name of month `n` (1–12) of a calendar, in the interface's language.
pub fn month_name(calendar: Calendar, n: u8) -> String {
    let key = match calendar {
        Calendar::Gregorian => "month-gregorian-",
        Calendar::Hijri => "month-hijri-",
    };
    i18n::message(&format!("{key}{n}"), None)
}

/// The short name of a day of the week, in the interface's language.
pub fn weekday_name(day: Weekday) -> String {
    let key = match day {
        Weekday::Mon => "weekday-short-mon",
        Weekday::Tue => "weekday-short-tue",
        Weekday::Wed => "weekday-short-wed",
        Weekday::Thu => "weekday-short-thu",
        Weekday::Fri => "weekday-short-fri",
        Weekday::Sat => "weekday-short-sat",
        Weekday::Sun => "weekday-short-sun",
    };
    i18n::message(key, None)
}

/// The open calendar: the calendar's choice, the month's title between its arrows, the days of
/// the week, the month's days. Returns the day clicked.
fn calendar_ui(ui: &mut Ui, id: egui::Id, selected: NaiveDate) -> Option<NaiveDate> {
    let mut calendar = calendar(ui.ctx());
    let shown_id = id.with("month");
    let mut shown = ui
        .data(|d| d.get_temp::<Shown>(shown_id))
        .map(|s| s.0)
        .filter(|m| m.calendar == calendar)
        .or_else(|| Month::of(calendar, selected))
        .unwrap_or(Month {
            calendar: Calendar::Gregorian,
            year: selected.year(),
            month: selected.month() as u8,
        });
    let mut picked = None;
    ui.horizontal(|ui| {
        for (option, key) in
            [(Calendar::Gregorian, "picker-calendar-gregorian"), (Calendar::Hijri, "picker-calendar-hijri")]
        {
            let name = i18n::message(key, None);
            if ui.add(Button::selectable(calendar == option, text::widget_text(ui, &name))).clicked() {
                calendar = option;
            }
        }
    });
    if calendar != shown.calendar {
        set_calendar(ui.ctx(), calendar);
        // The month of the other calendar that holds the first day of the one shown.
        let first = shown.days().map_or(selected, |(first, _)| first);
        shown = Month::of(calendar, first).unwrap_or(shown);
    }
    ui.horizontal(|ui| {
        // Earlier is where reading starts: the left in English, the right in Arabic, each
        // arrow pointing the way it goes.
        let (back, forward) = if mirror::is_rtl() { ("»", "«") } else { ("«", "»") };
        let (back1, forward1) = if mirror::is_rtl() { ("›", "‹") } else { ("‹", "›") };
        let steps = [(back, -12, "picker-previous-year"), (back1, -1, "picker-previous-month")];
        for (arrow, n, key) in steps {
            if text::hover_text(ui.button(arrow), i18n::message(key, None)).clicked() {
                shown = shown.shifted(n);
            }
        }
        text::strong(ui, &title(shown));
        for (arrow, n, key) in [(forward1, 1, "picker-next-month"), (forward, 12, "picker-next-year")] {
            if text::hover_text(ui.button(arrow), i18n::message(key, None)).clicked() {
                shown = shown.shifted(n);
            }
        }
    });
    if let (Calendar::Hijri, Some((first, last))) = (shown.calendar, shown.days()) {
        text::weak(ui, &gregorian_span(first, last));
    }
    if let Some(day) = grid(ui, shown, selected) {
        picked = Some(day);
    }
    ui.horizontal(|ui| {
        if ui.button(text::widget_text(ui, &tr!("picker-today"))).clicked() {
            picked = Some(chrono::Local::now().date_naive());
        }
    });
    ui.data_mut(|d| d.insert_temp(shown_id, Shown(shown)));
    picked
}

/// «Ramadan 1444 AH», «ديسمبر 2022».
fn title(m: Month) -> String {
    let year = localize_digits(&m.year.to_string());
    let year = match m.calendar {
        Calendar::Gregorian => year,
        Calendar::Hijri => tr!("picker-hijri-year", year = year),
    };
    tr!("picker-title", month = month_name(m.calendar, m.month), year = year)
}

/// The Gregorian months a Hijri month spans: «March – April 2023».
fn gregorian_span(first: NaiveDate, last: NaiveDate) -> String {
    let name = |d: NaiveDate| {
        tr!(
            "picker-title",
            month = month_name(Calendar::Gregorian, d.month() as u8),
            year = localize_digits(&d.year().to_string())
        )
    };
    if (first.year(), first.month()) == (last.year(), last.month()) {
        name(first)
    } else {
        format!("{} – {}", name(first), name(last))
    }
}

/// The size of a day in the month's grid (room for «ثلاثاء» above it).
fn cell_size(ui: &Ui) -> egui::Vec2 {
    egui::vec2(ui.spacing().interact_size.y * 2.4, ui.spacing().interact_size.y * 1.2)
}

/// The days of the week and the month's days, seven columns from the week's first day (from
/// the right in Arabic). Returns the day clicked.
fn grid(ui: &mut Ui, shown: Month, selected: NaiveDate) -> Option<NaiveDate> {
    let (first, last) = shown.days()?;
    let start = i18n::week_start();
    let rows = month::weeks(first, last, start);
    let cell = cell_size(ui);
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(cell.x * 7.0, cell.y * (rows.len() + 1) as f32),
        egui::Sense::hover(),
    );
    let rtl = mirror::is_rtl();
    let at = |column: usize, row: usize| {
        let x = if rtl {
            rect.right() - (column + 1) as f32 * cell.x
        } else {
            rect.left() + column as f32 * cell.x
        };
        egui::Rect::from_min_size(egui::pos2(x, rect.top() + row as f32 * cell.y), cell)
    };
    for (column, day) in month::week_days(start).into_iter().enumerate() {
        let name = weekday_name(day);
        let mut child = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(at(column, 0))
                .layout(egui::Layout::centered_and_justified(egui::Direction::TopDown)),
        );
        text::weak(&mut child, &name);
    }
    let today = chrono::Local::now().date_naive();
    let mut picked = None;
    for (r, row) in rows.iter().enumerate() {
        for (column, day) in row.iter().enumerate() {
            let Some(day) = *day else { continue };
            let number = Month::day_number(shown.calendar, day).unwrap_or(0);
            let mut label = egui::RichText::new(localize_digits(&number.to_string()));
            if day == today {
                label = label.strong().underline();
            }
            let button = Button::selectable(day == selected, label);
            let response = ui.put(at(column, r + 1).shrink(1.0), button);
            let response = match (shown.calendar, hijri_name(day)) {
                (Calendar::Gregorian, Some(h)) => text::hover_text(response, h),
                _ => text::hover_text(response, day_name(day)),
            };
            if response.clicked() {
                picked = Some(day);
            }
        }
    }
    picked
}
