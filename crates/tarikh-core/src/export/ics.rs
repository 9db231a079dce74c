//! iCalendar (RFC 5545): one all-day event per day-precise event (a day or a range of days).

use crate::dates::Granularity;
use crate::timeline::Timeline;

/// Escapes text values (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    flat.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,")
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

/// The day-precise events as an iCalendar document (months, years and parts are left out:
/// an all-day event would claim more precision than the text has).
pub fn to_ics(t: &Timeline) -> String {
    let mut out = String::new();
    for l in
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tarikh//Arabic news timeline//AR", "CALSCALE:GREGORIAN"]
    {
        out.push_str(&fold(l));
    }
    for e in t.drawn() {
        let r = e.range;
        let day_precise = matches!(r.granularity, Granularity::Day)
            || (r.granularity == Granularity::Range && r.days() <= 31 && !e.flags.approximate);
        if !day_precise {
            continue;
        }
        let end = r.end.succ_opt().unwrap_or(r.end); // DTEND is exclusive
        out.push_str(&fold("BEGIN:VEVENT"));
        out.push_str(&fold(&format!("UID:{}@tarikh", e.id)));
        out.push_str(&fold("DTSTAMP:19700101T000000Z"));
        out.push_str(&fold(&format!("DTSTART;VALUE=DATE:{}", r.start.format("%Y%m%d"))));
        out.push_str(&fold(&format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d"))));
        out.push_str(&fold(&format!("SUMMARY:{}", escape(&e.title))));
        let desc = format!("«{}» — {} ({})", e.date_text, t.sentence_of(e), t.article_of(e).file_name);
        out.push_str(&fold(&format!("DESCRIPTION:{}", escape(&desc))));
        out.push_str(&fold("END:VEVENT"));
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
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
}
