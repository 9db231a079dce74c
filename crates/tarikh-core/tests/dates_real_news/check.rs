//! The checks of this suite: a sentence gives exactly the listed dates, or none over a word.

use crate::common::mentions::span_problems;
use chrono::NaiveDate;
use tarikh_core::dates::{DateMention, find};

/// `(core, start, end, granularity)`: a mention covering `core` (at most two extra words on
/// each side) placed at `start..=end` (ISO days) with that granularity (its JSON name). Empty
/// `start` and `end`: a relative mention left unplaced.
pub type Row<'a> = (&'a str, &'a str, &'a str, &'a str);

/// An anchor written as an ISO day.
pub fn day(iso: &str) -> Option<NaiveDate> {
    Some(NaiveDate::parse_from_str(iso, "%Y-%m-%d").expect("TEST BUG: bad ISO day"))
}

fn show(ms: &[DateMention]) -> String {
    let rows: Vec<String> = ms
        .iter()
        .map(|m| match &m.range {
            Some(r) => format!(
                "«{}» {}..={} {} {:?}",
                m.text,
                r.start,
                r.end,
                r.granularity.as_str(),
                m.flags.names()
            ),
            None => format!("«{}» unplaced {:?}", m.text, m.flags.names()),
        })
        .collect();
    if rows.is_empty() { "(none)".into() } else { rows.join("; ") }
}

fn overlaps(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// `find(sentence, anchor)` gives exactly the mentions of `rows`.
pub fn dates(sentence: &str, anchor: Option<NaiveDate>, rows: &[Row]) -> Result<(), String> {
    let ms = find(sentence, anchor);
    let mut problems = span_problems(sentence, &ms);
    let mut claimed = vec![false; ms.len()];
    for &(core, start, end, granularity) in rows {
        let Some(at) = sentence.find(core) else {
            return Err(format!("TEST BUG: «{core}» not in «{sentence}»"));
        };
        let core_span = at..at + core.len();
        let hits: Vec<usize> = (0..ms.len()).filter(|&i| overlaps(&ms[i].span, &core_span)).collect();
        hits.iter().for_each(|&i| claimed[i] = true);
        let [i] = hits[..] else {
            problems.push(format!("{} mentions over «{core}»", hits.len()));
            continue;
        };
        let m = &ms[i];
        let extra = |s: &str| s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
        if m.span.start > core_span.start || m.span.end < core_span.end {
            problems.push(format!("«{}» does not cover «{core}»", m.text));
        } else if extra(&sentence[m.span.start..core_span.start]) > 2
            || extra(&sentence[core_span.end..m.span.end]) > 2
        {
            problems.push(format!("«{}» spreads too far around «{core}»", m.text));
        }
        let got = m.range.map(|r| (r.start.to_string(), r.end.to_string(), r.granularity.as_str()));
        let want = (!start.is_empty()).then(|| (start.to_string(), end.to_string(), granularity));
        if got != want {
            problems.push(format!("«{core}»: got {got:?}, want {want:?}"));
        }
    }
    for (i, m) in ms.iter().enumerate() {
        if !claimed[i] {
            problems.push(format!("extra mention «{}»", m.text));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "«{sentence}» (anchor {anchor:?})\n  ! {}\n  found: {}",
            problems.join("\n  ! "),
            show(&ms)
        ))
    }
}

/// The flags of the one mention over `core`.
pub fn flags(sentence: &str, anchor: Option<NaiveDate>, core: &str) -> Vec<&'static str> {
    let at = sentence.find(core).expect("TEST BUG: core not in sentence");
    let ms = find(sentence, anchor);
    let over: Vec<&DateMention> = ms.iter().filter(|m| overlaps(&m.span, &(at..at + core.len()))).collect();
    assert_eq!(over.len(), 1, "one mention over «{core}» in «{sentence}»: {}", show(&ms));
    over[0].flags.names()
}

/// No mention overlaps `needle` in `sentence`, with or without an anchor.
pub fn no_date(sentence: &str, needle: &str) -> Result<(), String> {
    let Some(at) = sentence.find(needle) else {
        return Err(format!("TEST BUG: «{needle}» not in «{sentence}»"));
    };
    for anchor in [day("2012-07-26"), None] {
        let ms = find(sentence, anchor);
        let mut problems = span_problems(sentence, &ms);
        if ms.iter().any(|m| overlaps(&m.span, &(at..at + needle.len()))) {
            problems.push(format!("«{needle}» is not a date"));
        }
        if !problems.is_empty() {
            return Err(format!(
                "«{sentence}» (anchor {anchor:?})\n  ! {}\n  found: {}",
                problems.join("\n  ! "),
                show(&ms)
            ));
        }
    }
    Ok(())
}

/// Panics with every failure of a table at once.
pub fn all(results: impl IntoIterator<Item = Result<(), String>>) {
    let failures: Vec<String> = results.into_iter().filter_map(Result::err).collect();
    assert!(failures.is_empty(), "{} failures:\n\n{}", failures.len(), failures.join("\n\n"));
}
