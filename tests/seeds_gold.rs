//! The seeds against their gold events (`tests/seeds-gold.jsonl`, copied from the project's
//! evaluation set), scored the way `eval/score.py` scores `tarikh extract --json`: a predicted
//! event matches a gold one in the same file when its date span overlaps the gold occurrence
//! of `date_text` and its interval equals the gold interval (or lies inside it for part-of-*
//! granularities; `also` lists other accepted intervals).

use chrono::NaiveDate;
use std::path::PathBuf;
use tarikh::dates::last_day_of_month;
use tarikh::timeline::Timeline;

struct Gold {
    article: String,
    span: std::ops::Range<usize>,
    lo: NaiveDate,
    hi: NaiveDate,
    part: bool,
    also: Vec<(NaiveDate, NaiveDate)>,
    core: bool,
    id: String,
}

fn interval(start: &str, end: Option<&str>) -> (NaiveDate, NaiveDate) {
    let parts = |s: &str| s.split('-').map(|x| x.parse::<u32>().unwrap()).collect::<Vec<_>>();
    let p = parts(start);
    let lo = NaiveDate::from_ymd_opt(p[0] as i32, *p.get(1).unwrap_or(&1), *p.get(2).unwrap_or(&1)).unwrap();
    let q = parts(end.unwrap_or(start));
    let hi = match q.len() {
        1 => NaiveDate::from_ymd_opt(q[0] as i32, 12, 31).unwrap(),
        2 => last_day_of_month(q[0] as i32, q[1]).unwrap(),
        _ => NaiveDate::from_ymd_opt(q[0] as i32, q[1], q[2]).unwrap(),
    };
    (lo, hi)
}

fn gold(seeds: &std::path::Path) -> Vec<Gold> {
    include_str!("seeds-gold.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let article = v["article"].as_str().unwrap().to_string();
            let text = std::fs::read_to_string(seeds.join(&article)).unwrap();
            let needle = v["date_text"].as_str().unwrap();
            let occ = v["occurrence"].as_u64().unwrap_or(1) as usize;
            let at = text.match_indices(needle).nth(occ - 1).expect("gold text in the article").0;
            let (lo, hi) = interval(v["start"].as_str().unwrap(), v["end"].as_str());
            let also = v["also"]
                .as_array()
                .map(|a| {
                    a.iter().map(|x| interval(x["start"].as_str().unwrap(), x["end"].as_str())).collect()
                })
                .unwrap_or_default();
            Gold {
                article,
                span: at..at + needle.len(),
                lo,
                hi,
                part: v["granularity"].as_str().unwrap().starts_with("part"),
                also,
                core: v["core"].as_bool().unwrap_or(true),
                id: v["id"].as_str().unwrap().to_string(),
            }
        })
        .collect()
}

#[test]
fn seeds_recall_and_precision() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let gold = gold(&seeds);
    let t = Timeline::load(std::slice::from_ref(&seeds));
    assert!(t.errors.is_empty(), "{:?}", t.errors);
    let mut used = vec![false; gold.len()];
    let mut matched = 0;
    let mut extra = Vec::new();
    for e in &t.events {
        let file = &t.article_of(e).file_name;
        let (s, u) = (e.range.start, e.range.end);
        let hit = gold.iter().enumerate().position(|(j, g)| {
            !used[j]
                && &g.article == file
                && e.date_span.start < g.span.end
                && g.span.start < e.date_span.end
                && ((if g.part { g.lo <= s && s <= u && u <= g.hi } else { (s, u) == (g.lo, g.hi) })
                    || g.also.contains(&(s, u)))
        });
        match hit {
            Some(j) => {
                used[j] = true;
                matched += 1;
            }
            None => extra.push(format!("{file} «{}» {s}..{u}", e.date_text)),
        }
    }
    let core: Vec<usize> = (0..gold.len()).filter(|&j| gold[j].core).collect();
    let missed: Vec<&str> = core.iter().filter(|&&j| !used[j]).map(|&j| gold[j].id.as_str()).collect();
    let recall = (core.len() - missed.len()) as f64 / core.len() as f64;
    let precision = matched as f64 / t.events.len() as f64;
    println!("seeds: recall {recall:.3} precision {precision:.3} ({} events)", t.events.len());
    assert_eq!(recall, 1.0, "missed: {missed:?}");
    assert!(precision >= 0.90, "precision {precision:.3}; extra: {extra:#?}");
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
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
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
