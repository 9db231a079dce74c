//! Scoring extracted events against a gold file, the way `eval/score.py` scores
//! `tarikh extract --json`: a predicted event matches a gold one in the same file when its date
//! span overlaps the gold occurrence of `date_text` and its interval equals the gold interval
//! (or lies inside it for part-of-* granularities; `also` lists other accepted intervals).

use chrono::NaiveDate;
use std::path::Path;
use tarikh_core::dates::last_day_of_month;
use tarikh_core::timeline::Timeline;

pub struct Gold {
    pub article: String,
    pub span: std::ops::Range<usize>,
    pub lo: NaiveDate,
    pub hi: NaiveDate,
    pub part: bool,
    pub also: Vec<(NaiveDate, NaiveDate)>,
    pub core: bool,
    pub id: String,
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

/// Reads a gold file (JSON lines) whose articles are in `dir`.
pub fn read_gold(jsonl: &str, dir: &Path) -> Vec<Gold> {
    jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let article = v["article"].as_str().unwrap().to_string();
            let text = std::fs::read_to_string(dir.join(&article)).unwrap();
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

/// Recall (of core gold events), precision, the missed ids and the extra predictions.
pub struct Score {
    pub recall: f64,
    pub precision: f64,
    pub missed: Vec<String>,
    pub extra: Vec<String>,
}

pub fn score(gold: &[Gold], t: &Timeline) -> Score {
    let mut used = vec![false; gold.len()];
    let mut matched = 0;
    let mut extra = Vec::new();
    let mut predicted = 0;
    for e in &t.events {
        let file = &t.article_of(e).file_name;
        if !gold.iter().any(|g| &g.article == file) {
            continue;
        }
        predicted += 1;
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
    let missed: Vec<String> = core.iter().filter(|&&j| !used[j]).map(|&j| gold[j].id.clone()).collect();
    Score {
        recall: (core.len() - missed.len()) as f64 / core.len().max(1) as f64,
        precision: matched as f64 / predicted.max(1) as f64,
        missed,
        extra,
    }
}
