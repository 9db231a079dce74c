//! The events as an Excel workbook: a right-to-left sheet, a frozen bold header with filters,
//! column widths, real date cells, and text cells that cannot run as formulas.

use super::clean::starts_like_a_formula;
use super::events::{Which, select};
use super::rows::{COLUMNS, Cell, row};
use crate::timeline::Timeline;
use chrono::Datelike;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};

/// The workbook's bytes (one sheet, «الأحداث»).
pub fn to_xlsx(t: &Timeline) -> Result<Vec<u8>, String> {
    build(t).map_err(|e| format!("cannot write the workbook: {e}"))
}

fn build(t: &Timeline) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("الأحداث")?;
    sheet.set_right_to_left(true);
    let header = Format::new().set_bold().set_background_color("#E8E8E8");
    let date = Format::new().set_num_format("yyyy-mm-dd");
    // Excel's own "this is text" mark: the cell shows and keeps the text as written, and
    // editing it never turns it into a formula (OWASP's apostrophe, without a visible one).
    let quoted = Format::new().set_quote_prefix();
    for (c, col) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, col.name, &header)?;
        sheet.set_column_width(c as u16, col.width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    // Printed: landscape, one page wide, the header on every page.
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    let events = select(t, Which::Exported).events;
    for (r, e) in events.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row(t, e).iter().enumerate() {
            let c = c as u16;
            match cell {
                Cell::Text(s) if starts_like_a_formula(s) => {
                    sheet.write_string_with_format(r, c, s, &quoted)?;
                }
                Cell::Text(s) => {
                    sheet.write_string(r, c, s)?;
                }
                // Excel counts days from 1900: earlier dates stay ISO text.
                Cell::Date(d) => match excel_date(*d) {
                    Some(x) => {
                        sheet.write_date_with_format(r, c, &x, &date)?;
                    }
                    None => {
                        sheet.write_string(r, c, d.to_string())?;
                    }
                },
            }
        }
    }
    sheet.autofilter(0, 0, events.len() as u32, COLUMNS.len() as u16 - 1)?;
    book.save_to_buffer()
}

fn excel_date(d: chrono::NaiveDate) -> Option<ExcelDateTime> {
    if !(1900..=9999).contains(&d.year()) {
        return None;
    }
    ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8).ok()
}
