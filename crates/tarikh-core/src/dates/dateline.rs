//! The dateline: the publication date an article states near its top,
//! e.g. «قسم الأخبار الدولية 23/12/2024» or «نُشر في: الاثنين 23 ديسمبر 2024».

use super::{Granularity, Span, find};
use chrono::NaiveDate;

/// A publication date found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    pub date: NaiveDate,
    /// Where it is written; a dateline is metadata, not an event.
    pub span: Span,
}

/// How many non-empty lines from the top may hold the dateline.
const HEAD_LINES: usize = 6;
/// A dateline line is short: a section name, a place, an author, a date.
const MAX_LINE_CHARS: usize = 80;
/// How far into a long line an agency lead («القاهرة في 11 نوفمبر 2024 (أ ش أ) - أعلن…») may
/// run before the story starts.
const LEAD_CHARS: usize = 70;
/// Words before the date in such a lead: a place, maybe «في».
const LEAD_WORDS_BEFORE: usize = 3;
/// Words that announce a publication date anywhere in the head.
const MARKERS: [&str; 6] = ["نشر", "تاريخ النشر", "آخر تحديث", "اخر تحديث", "محدث", "بتاريخ"];

/// How sure we are that a head line states the article's own date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// A date standing alone or at the edge of a short line: maybe a site header or a crawl
    /// stamp with the day the page was saved.
    Bare,
    /// After a marker («نُشر في», «بتاريخ», a label ending in «:») or in an agency lead: the
    /// article's own date.
    Stated,
}

/// Finds the dateline: a full day date on a short line near the top, standing at the start or
/// end of the line (or after a marker such as «نُشر في»). The first line (the title) counts
/// only when it is nothing but a date. A date stated as the article's own (after a marker, or
/// in an agency lead) wins over a bare date above it, which may be a site header or a crawl
/// stamp with the day the page was saved.
pub fn find_dateline(text: &str) -> Option<Dateline> {
    let mut best: Option<(Strength, Dateline)> = None;
    for (strength, d) in head_dates(text) {
        if best.as_ref().is_none_or(|(s, _)| strength > *s) {
            best = Some((strength, d));
        }
        if strength == Strength::Stated {
            break;
        }
    }
    best.map(|(_, d)| d)
}

/// The candidate datelines of the head lines, top to bottom (at most one per line).
fn head_dates(text: &str) -> Vec<(Strength, Dateline)> {
    let mut found = Vec::new();
    let mut seen = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        seen += 1;
        if seen > HEAD_LINES {
            break;
        }
        let lead = line.len() - line.trim_start().len();
        if let Some(date) = english_date(trimmed) {
            found.push((Strength::Bare, Dateline { date, span: start + lead..start + lead + trimmed.len() }));
            continue;
        }
        if trimmed.chars().count() > MAX_LINE_CHARS {
            if let Some(d) = agency_lead(trimmed, start + lead) {
                found.push((Strength::Stated, d));
            }
            continue;
        }
        if let Some(d) = short_line_date(trimmed, start + lead, seen == 1) {
            found.push(d);
        } else if let Some(d) = agency_lead(trimmed, start + lead) {
            found.push((Strength::Stated, d));
        }
    }
    found
}

/// The dateline of a short head line, if it has one: «قسم الأخبار 23/12/2024», «نُشر في:
/// الأحد 7 مارس 2021 - 10:30», «المصدر: يوم الأربعاء 18/01/2012 م الساعة 7:04 صباحاً».
/// `at`: the line's offset in the text; `first`: the line is the first one (the title).
fn short_line_date(trimmed: &str, at: usize, first: bool) -> Option<(Strength, Dateline)> {
    let marked = MARKERS.iter().any(|m| super::normalize_str(trimmed).contains(&super::normalize_str(m)));
    for m in find(trimmed, None) {
        let Some(r) = m.range else { continue };
        if r.granularity != Granularity::Day || m.flags.relative {
            continue;
        }
        let before = trimmed[..m.span.start].trim_matches(|c: char| !c.is_alphanumeric());
        // An agency tag may close the line: «(أ ش أ)», «(واس)», «/ وام /»; so may the time.
        let after = strip_tags(&trimmed[m.span.end..]);
        let after = strip_time(after.trim_matches(|c: char| !c.is_alphanumeric()));
        let at_edge = after.is_empty() || before.is_empty();
        let words_around = before.split_whitespace().count() + after.split_whitespace().count();
        // A masthead on the first line: «الأخبار | الجمعة 6 حزيران 2025».
        let masthead = after.is_empty()
            && before.split_whitespace().count() <= 2
            && trimmed[..m.span.start].trim_end().ends_with(['|', '｜']);
        // A label: «المصدر:», «التاريخ:».
        let labelled = after.is_empty()
            && before.split_whitespace().count() <= 3
            && trimmed[..m.span.start].split_whitespace().count() <= 4
            && trimmed[..m.span.start].contains(':');
        let dateline = Dateline { date: r.start, span: at + m.span.start..at + m.span.end };
        if marked || labelled {
            return Some((Strength::Stated, dateline));
        }
        if at_edge && words_around <= 6 && (!first || words_around == 0 || masthead) {
            return Some((Strength::Bare, dateline));
        }
    }
    None
}

/// `s` without a clock time at its start: «الساعة 7:04 صباحاً», «14h41», «10:30 GMT».
fn strip_time(s: &str) -> &str {
    const TIME_WORDS: [&str; 8] = ["الساعة", "صباحا", "صباحاً", "مساء", "مساءً", "ص", "م", "GMT"];
    let mut rest = s;
    while let Some(word) = rest.split_whitespace().next() {
        let clock = word.contains(|c: char| c.is_ascii_digit())
            && word.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | 'h' | 'H' | '.'));
        if !(clock || TIME_WORDS.contains(&word)) {
            break;
        }
        rest = rest.trim_start()[word.len()..].trim_start();
    }
    rest
}

/// Where the dateline is written again, without its year, in an agency lead under a web page's
/// date line: «الاثنين، 18 آب 2025» then «عمان 18 آب (بترا) – قررت…». Metadata too, not
/// events.
pub fn repeated_datelines(text: &str, dateline: &Dateline) -> Vec<Span> {
    let mut spans = Vec::new();
    // Each line with where it starts (not searched for: a search is quadratic in a long text).
    let lines = text.split_inclusive('\n').scan(0, |at, line| {
        let start = *at;
        *at += line.len();
        Some((start, line))
    });
    for (start, line) in lines.filter(|(_, l)| !l.trim().is_empty()).take(HEAD_LINES) {
        let trimmed = line.trim();
        let at = start + (line.len() - line.trim_start().len());
        if let Some(lead) = agency_lead_with(trimmed, at, Some(dateline.date))
            && lead.date == dateline.date
            && lead.span != dateline.span
        {
            spans.push(lead.span);
        }
    }
    spans
}

/// The dateline of an agency lead at the start of a long line: a place (and «في»), a day date,
/// maybe an agency tag, then a dash or the tag's end before the story:
/// «القاهرة في 11 نوفمبر 2024 (أ ش أ) - أعلن…», «الدوحة في ٣ مارس ٢٠٢٥ /قنا/ أعلنت…». `at`: the
/// line's offset in the text.
fn agency_lead(line: &str, at: usize) -> Option<Dateline> {
    agency_lead_with(line, at, None)
}

/// [`agency_lead`], with dates read against `anchor` (a year-less «18 آب» under a dated line).
fn agency_lead_with(line: &str, at: usize, anchor: Option<NaiveDate>) -> Option<Dateline> {
    let head_end = line.char_indices().nth(LEAD_CHARS).map_or(line.len(), |(i, _)| i);
    // Where the lead may end: before a dash, or after a closing tag.
    let ends = line[..head_end].char_indices().filter_map(|(i, c)| match c {
        '-' | '–' | '—' => Some(i),
        ')' | '/' => Some(i + c.len_utf8()),
        _ => None,
    });
    for end in ends {
        let head = &line[..end];
        for m in find(head, anchor) {
            let Some(r) = m.range else { continue };
            if r.granularity != Granularity::Day || m.flags.relative {
                continue;
            }
            let before = head[..m.span.start].trim_matches(|c: char| !c.is_alphanumeric());
            let after = strip_tags(&head[m.span.end..]);
            let after = after.trim_matches(|c: char| !c.is_alphanumeric());
            // An agency's name without brackets before the dash: «رام الله 2-5-2012 وفا-».
            let agency_word = after.split_whitespace().count() == 1
                && after.chars().count() <= 6
                && line[end..].starts_with(['-', '–', '—']);
            if before.split_whitespace().count() <= LEAD_WORDS_BEFORE && (after.is_empty() || agency_word) {
                return Some(Dateline { date: r.start, span: at + m.span.start..at + m.span.end });
            }
        }
    }
    None
}

/// A line that is nothing but a date in English, as some Arabic sites print their date line:
/// «October 15, 2025», «Wednesday, October 15, 2025», «15 October 2025». (The grammar reads
/// Arabic; this is for the dateline only.)
fn english_date(line: &str) -> Option<NaiveDate> {
    const FORMATS: [&str; 6] =
        ["%B %d, %Y", "%b %d, %Y", "%A, %B %d, %Y", "%d %B %Y", "%d %b %Y", "%A %d %B %Y"];
    if line.len() > 40 || !line.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    FORMATS.iter().find_map(|f| NaiveDate::parse_from_str(line, f).ok())
}

/// The text without bracketed or slashed tags.
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0;
    let mut slash = false;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            '/' => slash = !slash,
            _ if depth == 0 && !slash => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_at_the_end_of_a_short_head_line() {
        let text = "عنوان الخبر هنا\nقسم الشؤون العربية 05/03/2021\nنص الخبر يبدأ هنا.";
        let d = find_dateline(text).expect("dateline");
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2021, 3, 5).unwrap());
        assert_eq!(&text[d.span.clone()], "05/03/2021");
    }

    #[test]
    fn a_masthead_on_the_first_line() {
        let text = "الأخبار | الجمعة 6 حزيران 2025\n\nعنوان الخبر\nالنص.";
        assert_eq!(find_dateline(text).map(|d| d.date), NaiveDate::from_ymd_opt(2025, 6, 6));
        // A title that merely holds a date is not one.
        let text = "القمة العربية تنعقد في 6 حزيران 2025\nالنص.";
        assert_eq!(find_dateline(text), None);
    }

    #[test]
    fn the_dateline_written_again_in_an_agency_lead() {
        let text = "عنوان الخبر\nالاثنين، 18 آب 2025\nعمان 18 آب (بترا) – قررت وزارة العمل تمديد المهلة حتى 30 أيلول المقبل.\n";
        let d = find_dateline(text).expect("dateline");
        let again = repeated_datelines(text, &d);
        assert_eq!(again.len(), 1);
        assert_eq!(&text[again[0].clone()], "18 آب");
        // Another date in a lead is not the dateline again.
        let text = "عنوان\nالاثنين، 18 آب 2025\nعمان 17 آب (بترا) – قررت الوزارة أمس.\n";
        let d = find_dateline(text).expect("dateline");
        assert!(repeated_datelines(text, &d).is_empty());
    }

    #[test]
    fn an_english_date_line() {
        for line in ["October 15, 2025", "Wednesday, October 15, 2025", "15 October 2025", "Oct 15, 2025"] {
            let text = format!("{line}\n\nعنوان الخبر\nالنص.");
            assert_eq!(find_dateline(&text).map(|d| d.date), NaiveDate::from_ymd_opt(2025, 10, 15), "{line}");
        }
        assert_eq!(find_dateline("Breaking news 2025\nالنص."), None);
    }

    #[test]
    fn a_marked_date() {
        let text = "عنوان\nنُشر في: الأحد 7 مارس 2021 - 10:30\nالنص.";
        assert_eq!(find_dateline(text).map(|d| d.date), NaiveDate::from_ymd_opt(2021, 3, 7));
    }

    #[test]
    fn an_agency_tag_after_the_date() {
        for line in ["الرياض - 5 مارس 2021 (واس)", "أبوظبي في ٥ مارس ٢٠٢١ / وام /"]
        {
            let text = format!("عنوان\n{line}\nالنص.");
            assert_eq!(find_dateline(&text).map(|d| d.date), NaiveDate::from_ymd_opt(2021, 3, 5), "{line}");
        }
    }

    #[test]
    fn an_agency_lead_at_the_start_of_the_first_paragraph() {
        let story = "أعلن وزير النقل اليوم الاثنين أن المرحلة الرابعة من الخط الثالث ستدخل الخدمة قريبا.";
        for lead in [
            "القاهرة في 11 نوفمبر 2024 (أ ش أ) -",
            "الدوحة في ١١ نوفمبر ٢٠٢٤ /قنا/",
            "بيروت - 11 نوفمبر 2024 -",
        ] {
            let text = format!("عنوان الخبر\n{lead} {story}\nالنص.");
            let d = find_dateline(&text).unwrap_or_else(|| panic!("no dateline in «{lead}»"));
            assert_eq!(d.date, NaiveDate::from_ymd_opt(2024, 11, 11).unwrap(), "{lead}");
        }
        // A story that starts with a dated sentence has no lead.
        let text = format!("عنوان\nزار الرئيس الفرنسي القاهرة في 11 نوفمبر 2024 - {story}\nالنص.");
        assert_eq!(find_dateline(&text), None);
    }

    #[test]
    fn a_date_inside_a_sentence_is_not_a_dateline() {
        let text = "عنوان\nزار الرئيس القاهرة في 5 مارس 2021 والتقى نظيره المصري وعددا من الوزراء.";
        assert_eq!(find_dateline(text), None);
    }
}
