//! Exports of the timeline: a picture (SVG, and PNG rasterised from the same drawing) and the
//! events as data (JSON, CSV, xlsx, TimelineJS, iCalendar). Every file is written atomically,
//! and everything written is safe for the program that opens it: well-formed, without control
//! characters, without formulas, linear in the input.

mod atomic;
mod clean;
mod csv;
mod events;
mod format;
mod ics;
mod language;
mod measure;
mod picture;
mod png;
mod rows;
mod table;
mod timelinejs;
mod xlsx;

pub use atomic::write_atomic;
pub use clean::{SENTENCE_CHARS, spreadsheet_text, starts_like_a_formula};
pub use csv::write_csv;
pub use events::{is_approximate, writable};
pub use format::{ExportOptions, Exported, Format, export};
pub use ics::{IcsOptions, to_ics};
pub use language::Language;
pub use picture::{FONT_FAMILY, PictureOptions, PictureTheme, to_svg};
pub use png::{svg_to_outlines, svg_to_png};
pub use table::{JSON_FORMAT, JSON_VERSION, to_json};
pub use timelinejs::{GROUP_CHARS, TIMELINEJS_ASSETS, TimelineJsOptions, timelinejs_page, to_timelinejs};
pub use xlsx::to_xlsx;
