//! Exports of the timeline: a picture (SVG, and PNG rasterised from the same drawing) and the
//! events as data (JSON, CSV, TimelineJS, iCalendar). Every file is written atomically.

mod atomic;
mod ics;
mod picture;
mod png;
mod table;
mod timelinejs;

pub use atomic::write_atomic;
pub use ics::to_ics;
pub use picture::{FONT_FAMILY, PictureOptions, PictureTheme, to_svg};
pub use png::svg_to_png;
pub use table::{to_json, write_csv};
pub use timelinejs::to_timelinejs;
