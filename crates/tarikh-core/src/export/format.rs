//! One entry point for every export, shared by `tarikh export` and the app's Export dialog:
//! a format and its options in, the file's bytes out with the number of events written and
//! warnings about what was left out.

use super::events::{Which, select};
use super::ics::{IcsOptions, to_ics};
use super::language::Language;
use super::picture::{PictureOptions, to_svg};
use super::png::{svg_to_outlines, svg_to_png};
use super::timelinejs::{TIMELINEJS_ASSETS, TimelineJsOptions, timelinejs_page, to_timelinejs};
use super::{table::to_json, write_csv, xlsx::to_xlsx};
use crate::timeline::Timeline;
use chrono::{DateTime, Utc};

/// A kind of file an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The timeline drawn, rasterised.
    Png,
    /// The timeline drawn (text, or outlines with [`ExportOptions::outlines`]).
    Svg,
    /// The events as data (`tarikh-events`, see `docs/tarikh-events.schema.json`).
    Json,
    /// The events as CSV for spreadsheets.
    Csv,
    /// The events as an Excel workbook.
    Xlsx,
    /// TimelineJS's JSON.
    TimelineJs,
    /// A web page showing the events in TimelineJS.
    TimelineJsPage,
    /// iCalendar.
    Ics,
}

impl Format {
    /// Every format, in the order menus list them.
    pub const ALL: [Format; 8] = [
        Format::Png,
        Format::Svg,
        Format::Json,
        Format::Csv,
        Format::Xlsx,
        Format::TimelineJs,
        Format::TimelineJsPage,
        Format::Ics,
    ];

    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Json | Format::TimelineJs => "json",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::TimelineJsPage => "html",
            Format::Ics => "ics",
        }
    }

    /// A picture of the timeline rather than its events as data.
    pub fn is_image(self) -> bool {
        matches!(self, Format::Png | Format::Svg)
    }

    /// The name a person reads in a menu.
    pub fn label(self) -> &'static str {
        match self {
            Format::Png => "PNG image",
            Format::Svg => "SVG image",
            Format::Json => "JSON",
            Format::Csv => "CSV",
            Format::Xlsx => "Excel (xlsx)",
            Format::TimelineJs => "TimelineJS data",
            Format::TimelineJsPage => "TimelineJS page",
            Format::Ics => "iCalendar",
        }
    }
}

/// Everything an export may need besides the timeline.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub picture: PictureOptions,
    /// SVG text as outlines of the bundled fonts.
    pub outlines: bool,
    /// The language of the words the exports add (titles, marks, the TimelineJS setting).
    pub language: Language,
    /// Where the TimelineJS page loads TimelineJS from.
    pub timelinejs_assets: String,
    /// When the export is made (the calendar's `DTSTAMP`).
    pub now: DateTime<Utc>,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            picture: PictureOptions::default(),
            outlines: false,
            language: Language::Arabic,
            timelinejs_assets: TIMELINEJS_ASSETS.to_string(),
            now: Utc::now(),
        }
    }
}

/// A file's content, ready to write.
#[derive(Debug)]
pub struct Exported {
    pub bytes: Vec<u8>,
    /// How many events the file holds (`None` for pictures).
    pub events: Option<usize>,
    /// What was left out, and why.
    pub warnings: Vec<String>,
}

/// Makes one file of the timeline.
pub fn export(t: &Timeline, format: Format, o: &ExportOptions) -> Result<Exported, String> {
    let picture = || to_svg(t, &o.picture);
    let data = |bytes: Vec<u8>, which: Which| {
        let s = select(t, which);
        Exported { bytes, events: Some(s.events.len()), warnings: s.warnings }
    };
    let tl = TimelineJsOptions { language: o.language };
    Ok(match format {
        Format::Png => Exported { bytes: svg_to_png(&picture())?, events: None, warnings: Vec::new() },
        Format::Svg => {
            let svg = if o.outlines { svg_to_outlines(&picture())? } else { picture() };
            Exported { bytes: svg.into_bytes(), events: None, warnings: Vec::new() }
        }
        Format::Json => data(json_bytes(&to_json(t))?, Which::Exported),
        Format::Csv => {
            let mut bytes = Vec::new();
            write_csv(t, &mut bytes).map_err(|e| e.to_string())?;
            data(bytes, Which::Exported)
        }
        Format::Xlsx => data(to_xlsx(t)?, Which::Exported),
        Format::TimelineJs => data(json_bytes(&to_timelinejs(t, &tl).0)?, Which::Drawn),
        Format::TimelineJsPage => {
            let page = timelinejs_page(&to_timelinejs(t, &tl).0, o.language, &o.timelinejs_assets);
            data(page.into_bytes(), Which::Drawn)
        }
        Format::Ics => {
            let name = format!(
                "{} · {}",
                o.language.title(),
                o.language.counts(select(t, Which::Drawn).events.len(), t.entries.len())
            );
            let (text, _) = to_ics(t, &IcsOptions { name, stamp: o.now });
            data(text.into_bytes(), Which::Drawn)
        }
    })
}

fn json_bytes(v: &serde_json::Value) -> Result<Vec<u8>, String> {
    serde_json::to_vec_pretty(v).map_err(|e| format!("cannot write JSON: {e}"))
}
