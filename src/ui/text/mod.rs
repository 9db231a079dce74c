//! Arabic text in egui: fonts, bidirectional layout, and the widgets the app draws text with.
//!
//! egui 0.37 shapes text with harfrust, so Arabic letters join, but it has no bidirectional
//! layout: a sentence comes out left-to-right or with its numbers reversed. This module breaks
//! lines itself, reorders each line with the Unicode bidirectional algorithm
//! ([`bidi`]), and hands egui one section per piece in visual order ([`layout`]).
//!
//! - [`fonts`]: Noto Naskh Arabic, the families, [`install_fonts`];
//! - [`bidi`]: pure logic, logical text → lines → visual pieces;
//! - [`layout`]: galleys per line, [`Paragraph`], hit-testing back to byte offsets, the cache;
//! - [`widgets`]: [`paragraph`], [`label`], [`label_with`];
//! - [`field`]: a `TextEdit` that shows Arabic in reading order while not being edited.
//!
//! Limits: text drawn here has no selection of its own (the reader builds one from
//! [`Paragraph::byte_at`] and paints it as a mark), and a `TextEdit` being edited still shows
//! its text left to right ([`field_preview`] shows it as it reads).

pub mod bidi;
pub mod direction;
pub mod field;
pub mod fonts;
pub mod layout;
pub mod line_break;
pub mod widgets;

pub use direction::{Direction, base_direction, has_rtl};
pub use field::{field, field_preview};
pub use fonts::{arabic_bold_family, arabic_family, bold, install_fonts};
pub use layout::{Line, Mark, Paragraph, line_galley};
pub use widgets::{label, label_with, paragraph};
