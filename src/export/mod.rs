//! Exports of the timeline: the events as data (JSON, CSV, TimelineJS, iCalendar). Every file
//! is written atomically. (Timeline images, SVG and PNG, are not built yet.)

mod atomic;
mod ics;
mod table;
mod timelinejs;

pub use atomic::write_atomic;
pub use ics::to_ics;
pub use table::{to_json, write_csv};
pub use timelinejs::to_timelinejs;
