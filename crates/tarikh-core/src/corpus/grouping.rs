//! Grouping across a corpus, a separate pass over the events a run wrote (JSONL): mentions of
//! one event in different articles — same or overlapping dates, alike key words — joined, by
//! the rules of [`crate::timeline::group`], at a cost near-linear in the events.
//!
//! The timeline compares every mention with those open on the same days; in a corpus of a
//! million articles a week holds tens of thousands of them. Here mentions are compared only
//! within blocks that share a date bucket (the week of the start, and the next: ranges of a week
//! or less that overlap start less than seven days apart) and one of their rarest key words
//! (by the number of articles that have it); a block larger than [`MAX_BLOCK`] is a word too
//! common in its week to tell events apart, and is not compared. Ranges longer than a week
//! group only with the same range, as in the timeline.

use crate::dates::{DateRange, Granularity};
use crate::timeline::group::{
    MAX_OVERLAP_DAYS, MIN_ARTICLES_FOR_COMMON, MIN_SHARED_WORDS, MIN_SIMILARITY, MIN_SIMILARITY_TWO,
};
use crate::timeline::keywords::overlap;
use chrono::{Datelike, NaiveDate};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::io::BufRead;

/// How many of a mention's rarest key words block it.
pub const BLOCKING_WORDS: usize = 4;
/// The most mentions compared within one block (all pairs).
pub const MAX_BLOCK: usize = 256;

/// One event as the grouping reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupMention {
    /// The event's id (16 hex digits).
    pub id: String,
    /// Index into [`CorpusEvents::articles`].
    pub article: u32,
    pub range: DateRange,
    /// Index into [`CorpusEvents::sentences`].
    pub sentence: u32,
}

/// The events of a corpus run, with each dated sentence's key words once (as word ids).
#[derive(Debug, Default)]
pub struct CorpusEvents {
    pub mentions: Vec<GroupMention>,
    pub articles: Vec<String>,
    /// Each sentence's key words as ids into `words`, sorted.
    pub sentences: Vec<Vec<u32>>,
    pub words: Vec<String>,
}

/// The fields of an event line that grouping needs.
#[derive(Deserialize)]
struct EventLine {
    article: String,
    id: String,
    start: NaiveDate,
    end: NaiveDate,
    granularity: Granularity,
    sentence_span: [usize; 2],
    key_words: Option<Vec<String>>,
}

impl CorpusEvents {
    /// Reads the JSONL events of `tarikh extract CORPUS`: an event without `key_words` shares
    /// those of the event before it in the same sentence. A line that is not an event is an
    /// error naming the line.
    pub fn read(input: impl BufRead) -> Result<CorpusEvents, String> {
        let mut c = CorpusEvents::default();
        let mut word_ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut last: Option<(u32, [usize; 2], u32)> = None;
        for (n, line) in input.lines().enumerate() {
            let line = line.map_err(|e| format!("line {}: {e}", n + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let e: EventLine = serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
            if c.articles.last() != Some(&e.article) {
                c.articles.push(e.article);
            }
            let article = (c.articles.len() - 1) as u32;
            let sentence = match (e.key_words, last) {
                (None, Some((a, span, s))) if a == article && span == e.sentence_span => s,
                (words, _) => {
                    let mut ids: Vec<u32> = words
                        .unwrap_or_default()
                        .into_iter()
                        .map(|w| {
                            let next = word_ids.len() as u32;
                            *word_ids.entry(w).or_insert(next)
                        })
                        .collect();
                    ids.sort_unstable();
                    ids.dedup();
                    c.sentences.push(ids);
                    (c.sentences.len() - 1) as u32
                }
            };
            last = Some((article, e.sentence_span, sentence));
            c.mentions.push(GroupMention {
                id: e.id,
                article,
                range: DateRange { start: e.start, end: e.end, granularity: e.granularity },
                sentence,
            });
        }
        c.words = vec![String::new(); word_ids.len()];
        for (w, i) in word_ids {
            c.words[i as usize] = w;
        }
        Ok(c)
    }

    /// Groups of mention indices (each ascending, ordered by their first member, two or more
    /// mentions from different articles).
    pub fn groups(&self) -> Vec<Vec<usize>> {
        let df = self.article_counts();
        let n_articles = self.articles.len();
        let common =
            |w: u32| n_articles >= MIN_ARTICLES_FOR_COMMON && 2 * df[w as usize] as usize > n_articles;
        let own: Vec<Vec<u32>> =
            self.sentences.iter().map(|s| s.iter().copied().filter(|&w| !common(w)).collect()).collect();

        // (bucket kind and dates, word) → mention, sorted into blocks.
        let mut keys: Vec<((u8, i32, i32, u32), u32)> = Vec::new();
        for (i, m) in self.mentions.iter().enumerate() {
            let words = &own[m.sentence as usize];
            if words.len() < MIN_SHARED_WORDS {
                continue;
            }
            let mut rare = words.clone();
            rare.sort_by_key(|&w| (df[w as usize], w));
            let start = m.range.start.num_days_from_ce();
            for &w in rare.iter().take(BLOCKING_WORDS) {
                if m.range.days() <= MAX_OVERLAP_DAYS {
                    let week = start.div_euclid(7);
                    keys.push(((0, week, 0, w), i as u32));
                    keys.push(((0, week + 1, 0, w), i as u32));
                } else {
                    keys.push(((1, start, m.range.end.num_days_from_ce(), w), i as u32));
                }
            }
        }
        keys.sort_unstable();

        let mut uf = UnionFind::new(self.mentions.len());
        for block in keys.chunk_by(|a, b| a.0 == b.0) {
            if block.len() > MAX_BLOCK {
                continue;
            }
            for (k, &(_, i)) in block.iter().enumerate() {
                for &(_, j) in &block[..k] {
                    let (i, j) = (i as usize, j as usize);
                    if uf.find(i) != uf.find(j) && self.alike(i, j, &own) {
                        uf.union(i, j);
                    }
                }
            }
        }
        uf.groups()
    }

    /// In how many articles each word is.
    fn article_counts(&self) -> Vec<u32> {
        let mut df = vec![0u32; self.words.len()];
        let mut seen: FxHashSet<u32> = FxHashSet::default();
        let mut article = u32::MAX;
        let mut last_sentence = u32::MAX;
        for m in &self.mentions {
            if m.article != article {
                article = m.article;
                seen.clear();
            }
            if m.sentence == last_sentence {
                continue;
            }
            last_sentence = m.sentence;
            for &w in &self.sentences[m.sentence as usize] {
                if seen.insert(w) {
                    df[w as usize] += 1;
                }
            }
        }
        df
    }

    /// [`crate::timeline::group::same_event`] on word ids.
    fn alike(&self, i: usize, j: usize, own: &[Vec<u32>]) -> bool {
        let (a, b) = (&self.mentions[i], &self.mentions[j]);
        if a.article == b.article || !dates_agree(&a.range, &b.range) {
            return false;
        }
        let (wa, wb) = (&own[a.sentence as usize], &own[b.sentence as usize]);
        let shared = shared_ids(wa, wb);
        let sim = overlap(shared, wa.len(), wb.len());
        match shared {
            0..MIN_SHARED_WORDS => false,
            MIN_SHARED_WORDS => sim >= MIN_SIMILARITY_TWO,
            _ => sim >= MIN_SIMILARITY,
        }
    }
}

/// As in the timeline: the same range, or overlapping ranges of a week or less each.
fn dates_agree(a: &DateRange, b: &DateRange) -> bool {
    (a.start == b.start && a.end == b.end)
        || (a.start <= b.end
            && b.start <= a.end
            && a.days() <= MAX_OVERLAP_DAYS
            && b.days() <= MAX_OVERLAP_DAYS)
}

fn shared_ids(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Disjoint sets with path halving and union by size.
struct UnionFind {
    parent: Vec<u32>,
    size: Vec<u32>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind { parent: (0..n as u32).collect(), size: vec![1; n] }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] as usize != x {
            self.parent[x] = self.parent[self.parent[x] as usize];
            x = self.parent[x] as usize;
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.size[a] < self.size[b] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a as u32;
        self.size[a] += self.size[b];
    }

    fn groups(mut self) -> Vec<Vec<usize>> {
        let n = self.parent.len();
        let mut slot: Vec<Option<usize>> = vec![None; n];
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for i in 0..n {
            let root = self.find(i);
            if self.size[root] < 2 {
                continue;
            }
            match slot[root] {
                Some(g) => groups[g].push(i),
                None => {
                    slot[root] = Some(groups.len());
                    groups.push(vec![i]);
                }
            }
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::EventSink;
    use crate::corpus::{CorpusRow, ExtractOptions, JsonlSink, extract_row};
    use crate::timeline::group::{Mention, common_words, group_mentions};

    const STORIES: &[&str] = &[
        "عقدت القمة الروسية البيلاروسية في مينسك يوم 19 ديسمبر 2022 بحضور بوتين ولوكاشينكو.",
        "التقى بوتين نظيره لوكاشينكو في مينسك خلال القمة الروسية البيلاروسية في 19 ديسمبر 2022.",
        "ضرب زلزال قوي جنوب تركيا في 6 فبراير 2023 وخلف آلاف الضحايا.",
        "أسفر الزلزال القوي الذي ضرب جنوب تركيا في 6 فبراير 2023 عن آلاف الضحايا.",
        "افتتح معرض الكتاب في القاهرة يوم 19 ديسمبر 2022.",
        "زار الوفد التجاري الصيني مدينة جدة في مارس 2024.",
        "زار الوفد التجاري الصيني مدينة جدة في مارس 2024 لبحث الاستثمار.",
    ];

    fn jsonl(texts: &[&str]) -> Vec<u8> {
        let mut sink = JsonlSink::new(Vec::new());
        for (i, t) in texts.iter().enumerate() {
            let row = CorpusRow {
                row: i as u64 + 1,
                id: format!("a{i}"),
                text: t.to_string(),
                ..Default::default()
            };
            sink.write(&extract_row(&row, &ExtractOptions::default()).unwrap()).unwrap();
        }
        sink.into_inner()
    }

    #[test]
    fn same_events_in_other_words_group_others_do_not() {
        let c = CorpusEvents::read(&jsonl(STORIES)[..]).unwrap();
        let groups: Vec<Vec<&str>> = c
            .groups()
            .iter()
            .map(|g| g.iter().map(|&i| c.articles[c.mentions[i].article as usize].as_str()).collect())
            .collect();
        assert_eq!(groups, [vec!["a0", "a1"], vec!["a2", "a3"], vec!["a5", "a6"]]);
    }

    #[test]
    fn agrees_with_the_timeline_grouping() {
        // Many articles telling a few stories on nearby days: every pair the timeline's sweep
        // joins, the blocked pass joins too.
        let texts: Vec<String> = (0..60).map(|i| format!("{} ({i})", STORIES[i % STORIES.len()])).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let c = CorpusEvents::read(&jsonl(&refs)[..]).unwrap();
        let words: Vec<Vec<String>> = c
            .mentions
            .iter()
            .map(|m| {
                c.sentences[m.sentence as usize]
                    .iter()
                    .map(|&w| c.words[w as usize].clone())
                    .collect::<Vec<_>>()
            })
            .map(|mut v: Vec<String>| {
                v.sort();
                v
            })
            .collect();
        let mentions: Vec<Mention> = c
            .mentions
            .iter()
            .zip(&words)
            .map(|(m, w)| Mention { article: m.article as usize, range: m.range, words: w })
            .collect();
        let mut per_article: Vec<Vec<&str>> = vec![Vec::new(); c.articles.len()];
        for (m, w) in c.mentions.iter().zip(&words) {
            per_article[m.article as usize].extend(w.iter().map(String::as_str));
        }
        let common = common_words(per_article);
        let groups = c.groups();
        assert_eq!(groups, group_mentions(&mentions, &[], &[], &common));
        assert!(groups.len() >= 4 && groups.iter().all(|g| g.len() >= 2), "{groups:?}");
    }

    #[test]
    fn a_bad_line_is_named() {
        let e = CorpusEvents::read(&b"{\"article\": 1}\n"[..]).unwrap_err();
        assert!(e.starts_with("line 1: "), "{e}");
    }
}
