//! The seeds against their gold events (`tests/seeds-gold.jsonl`, copied from the project's
//! evaluation set), scored as `eval/score.py` scores `tarikh extract --json`.

mod common;

use chrono::NaiveDate;
use common::score::{read_gold, score};
use std::path::PathBuf;
use tarikh_core::timeline::Timeline;

#[test]
fn seeds_recall_and_precision() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let gold = read_gold(include_str!("seeds-gold.jsonl"), &seeds);
    let t = Timeline::load(std::slice::from_ref(&seeds));
    assert!(t.errors.is_empty(), "{:?}", t.errors);
    let s = score(&gold, &t);
    println!("seeds: recall {:.3} precision {:.3} ({} events)", s.recall, s.precision, t.events.len());
    assert_eq!(s.recall, 1.0, "missed: {:?}", s.missed);
    assert!(s.precision >= 0.90, "precision {:.3}; extra: {:#?}", s.precision, s.extra);
    // Spans are exact: what the user sees highlighted is what was written.
    for e in &t.events {
        let text = &t.article_of(e).text;
        assert_eq!(&text[e.date_span.clone()], e.date_text);
        assert!(
            e.sentence_span.start <= e.date_span.start && e.date_span.end <= e.sentence_span.end,
            "{e:?}"
        );
    }
}

#[test]
fn the_dateline_is_metadata_and_anchors_relative_dates() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let t = Timeline::load(&[seeds.join("001_40ed42c7b675d2dc.txt")]);
    let entry = &t.entries[0];
    assert_eq!(entry.dateline.as_ref().map(|d| d.date), NaiveDate::from_ymd_opt(2024, 12, 23));
    assert!(t.events.iter().all(|e| e.date_text != "23/12/2024"), "the dateline is not an event");
    let next_jan = t.events.iter().find(|e| e.date_text == "يناير المقبل").expect("«يناير المقبل»");
    assert_eq!(next_jan.range.start, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    assert!(next_jan.flags.relative && next_jan.flags.conflict);
    let stated = t.events.iter().find(|e| e.date_text == "يناير 2024").expect("«يناير 2024»");
    assert!(stated.flags.conflict, "the stated year contradicts the dateline");
}
