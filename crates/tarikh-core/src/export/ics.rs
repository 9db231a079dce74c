//! iCalendar (RFC 5545): every drawn event as an all-day event or span. A month, a year, a
//! range or a vague phrase («نهاية مايو 2022») becomes a span over the days it may mean, with
//! the phrase as written in its summary and, when vague, an «approximate» mark and category.

use super::clean::{cut, one_line};
use super::events::{Which, is_approximate, select, sentence_excerpt};
use crate::dates::Granularity;
use crate::timeline::{Event, Timeline};
use chrono::{DateTime, Utc};

/// Escapes a text value (RFC 5545 §3.3.11) on one line without control characters.
fn escape(s: &str) -> String {
    one_line(s).replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,")
}

/// Folds a content line at 75 octets, on char boundaries (§3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut count = 0;
    for c in line.chars() {
        if count + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            count = 1;
        }
        out.push(c);
        count += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// What to call the calendar and when it was made.
#[derive(Debug, Clone)]
pub struct IcsOptions {
    /// `X-WR-CALNAME`: the name calendar programs show for the imported calendar.
    pub name: String,
    /// `DTSTAMP` of every event: when the file was written.
    pub stamp: DateTime<Utc>,
}

/// The drawn events (one per group, none hidden, dated within 0001–9999) as an iCalendar
/// document, and how many events it holds.
pub fn to_ics(t: &Timeline, o: &IcsOptions) -> (String, usize) {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Tarikh//Arabic news timeline//AR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push_str(&fold(l));
    }
    out.push_str(&fold(&format!("X-WR-CALNAME:{}", escape(&o.name))));
    let stamp = o.stamp.format("%Y%m%dT%H%M%SZ").to_string();
    let events = select(t, Which::Drawn).events;
    for e in &events {
        write_event(&mut out, t, e, &stamp);
    }
    out.push_str(&fold("END:VCALENDAR"));
    (out, events.len())
}

fn write_event(out: &mut String, t: &Timeline, e: &Event, stamp: &str) {
    let r = e.range;
    let end = r.end.succ_opt().unwrap_or(r.end); // DTEND is exclusive
    let approximate = is_approximate(e);
    let title = cut(&e.title, 200);
    let phrase = cut(&e.date_text, 120);
    // A day says its date by where it stands; a span shows the phrase it stands for.
    let summary = match (r.granularity == Granularity::Day, approximate) {
        (true, _) => title,
        (false, false) => format!("{title} («{phrase}»)"),
        (false, true) => format!("≈ {title} («{phrase}», تقريبي)"),
    };
    let mut categories = vec![r.granularity.as_str()];
    if approximate {
        categories.push("approximate");
    }
    let sequence = t.curation.edits.get(&e.id).map_or(0, |x| x.changes);
    let description =
        format!("«{}» — {} ({})", phrase, sentence_excerpt(t, e), one_line(&t.article_of(e).file_name));
    for line in [
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}@tarikh", e.id),
        format!("DTSTAMP:{stamp}"),
        format!("SEQUENCE:{sequence}"),
        format!("DTSTART;VALUE=DATE:{}", r.start.format("%Y%m%d")),
        format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
        format!("SUMMARY:{}", escape(&summary)),
        format!("DESCRIPTION:{}", escape(&description)),
        format!("CATEGORIES:{}", categories.join(",")),
        // A span of weeks or months is not a busy time.
        "TRANSP:TRANSPARENT".to_string(),
        "END:VEVENT".to_string(),
    ] {
        out.push_str(&fold(&line));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_lines_short_and_chars_whole() {
        let long = format!("SUMMARY:{}", "تاريخ ".repeat(40));
        let folded = fold(&long);
        for line in folded.split("\r\n") {
            assert!(line.len() <= 75, "{}", line.len());
        }
        assert_eq!(folded.replace("\r\n ", "").strip_suffix("\r\n"), Some(long.as_str()));
    }

    #[test]
    fn text_values_are_escaped_on_one_line() {
        assert_eq!(escape("a;b,c\\d\ne\u{13}f"), "a\\;b\\,c\\\\d ef");
    }
}
