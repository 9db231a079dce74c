//! Tarikh — a timeline explorer for Arabic news: the desktop app ([`ui`]) and the command line
//! ([`cli`]) over the domain crate `tarikh-core`, re-exported here under its module names.

pub use tarikh_core::{article, corpus, dates, export, project, timeline};

pub mod cli;
pub mod ui;
