//! Arabic text in egui: fonts, bidirectional layout, and the widgets the app draws text with.
//!
//! egui 0.37 shapes text with harfrust, so Arabic letters join, but it has no bidirectional
//! layout: a sentence comes out left-to-right or with its numbers reversed. This module breaks
//! lines itself, reorders each line with the Unicode bidirectional algorithm
//! ([`bidi`]), and hands egui one section per piece in visual order ([`layout`]).
//!
//! - [`direction`]: which way text runs (base direction, mirroring, invisible characters);
//! - [`bidi`]: pure logic, logical text → visual pieces of a line;
//! - [`line_break`]: lines and «…», in logical order;
//! - [`fonts`]: Noto Naskh Arabic, the families, [`install_fonts`];
//! - [`layout`]: galleys per line, [`Paragraph`], hit-testing back to byte offsets, the cache;
//! - [`widgets`]: [`paragraph`], [`label`], [`styled`], the interface's messages ([`message`],
//!   [`weak`], [`strong`], [`heading`], [`colored`]), [`label_with`], [`cell`], [`widget_text`], [`lines`], [`hover_text`];
//! - [`names`]: [`isolate`] a name inside a message, [`path_text`] for paths;
//! - [`caret`], [`editing`], [`field`]: [`TextField`], a field that edits right to left.
//!
//! Every string that can hold Arabic goes through here: a label with [`label`], a table cell
//! with [`cell`], a button, menu item, combo box or window title with [`widget_text`] (a galley
//! in reading order that any egui widget takes), a tooltip with [`hover_text`] or [`lines`], a
//! field with [`TextField`]; a name inside a message with [`isolate`], a path with
//! [`path_text`].

pub mod bidi;
pub mod caret;
mod caret_cells;
pub mod direction;
pub mod editing;
pub mod field;
pub mod fonts;
pub mod layout;
pub mod line_break;
pub mod names;
pub mod widgets;

pub use direction::{Direction, base_direction, has_rtl};
pub use field::TextField;
pub use fonts::{arabic_bold_family, arabic_family, bold, install_fonts};
pub use layout::{Line, Mark, Paragraph, line_galley};
pub use names::{isolate, path_text};
pub use widgets::{
    cell, colored, heading, hover_text, label, label_with, lines, message, paragraph, strong, styled, weak,
    widget_text, window_title,
};
