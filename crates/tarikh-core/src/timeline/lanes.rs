//! The lanes of a timeline: what they stand for (articles, sources, categories, tags, or one
//! lane for everything), which events each one holds, and their names and colours. Shared by
//! the app's timeline and the exported picture.
//!
//! Only events that are shown count: an article whose events are all filtered out has no
//! lane. An event reported by several articles (a group, drawn once by its leader) is in the
//! lane of each of its sources; an event with several tags is in each tag's lane.

use super::category::{CATEGORIES, category_label};
use super::style::{Rgb, lane_color};
use super::{ArticleId, Timeline};
use serde::{Deserialize, Serialize};

/// What the lanes stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum LaneKind {
    /// Chosen from the collection: one lane per article up to [`ARTICLE_LANES_UP_TO`]
    /// articles, else one per source when the articles have a few sources, else one lane.
    #[default]
    Auto,
    Articles,
    /// The outlet of each article («رويترز», «القاهرة الإخبارية»).
    Sources,
    Categories,
    Tags,
    /// One lane, marks stacked in it.
    One,
}

impl LaneKind {
    /// Every kind, in the order menus list them.
    pub const ALL: [LaneKind; 6] = [
        LaneKind::Auto,
        LaneKind::Articles,
        LaneKind::Sources,
        LaneKind::Categories,
        LaneKind::Tags,
        LaneKind::One,
    ];
}

/// With more open articles than this, one lane per article is no longer readable.
pub const ARTICLE_LANES_UP_TO: usize = 8;

/// With more sources than this, lanes by source are no longer readable either.
const SOURCE_LANES_UP_TO: usize = 12;

/// One lane.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    pub name: String,
    pub color: Rgb,
    /// How many shown events it holds.
    pub count: usize,
}

/// The lanes of what is shown, and which events each holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lanes {
    /// What they stand for (never [`LaneKind::Auto`]: that is resolved).
    pub kind: LaneKind,
    pub lanes: Vec<Lane>,
    /// (lane, event index), sorted by lane then by the event's order in the timeline. An
    /// event may be in several lanes.
    pub members: Vec<(u32, usize)>,
}

impl Lanes {
    /// The lanes of `t` for the events `shown[i]` (one flag per event of `t.events`).
    pub fn build(t: &Timeline, shown: &[bool], kind: LaneKind) -> Lanes {
        let kind = resolve(t, shown, kind);
        let is_shown = |i: usize| shown.get(i).copied().unwrap_or(false);
        // Each shown event's lane keys, as numbers: a key string is made once per article (or
        // per category, per tag), not once per event.
        let mut keys: Vec<String> = Vec::new();
        let mut key_of: rustc_hash::FxHashMap<String, u32> = Default::default();
        let mut intern = |k: String| -> u32 {
            if let Some(&n) = key_of.get(&k) {
                return n;
            }
            let n = keys.len() as u32;
            keys.push(k.clone());
            key_of.insert(k, n);
            n
        };
        let per_article: Vec<u32> = (0..t.entries.len()).map(|a| intern(article_key(t, a, kind))).collect();
        let mut keyed: Vec<(u32, usize)> = Vec::new();
        for (i, e) in t.events.iter().enumerate().filter(|(i, _)| is_shown(*i)) {
            match kind {
                LaneKind::Articles | LaneKind::Sources => {
                    let sources = t.sources_of(e);
                    if sources.is_empty() {
                        keyed.push((per_article[e.article], i));
                        continue;
                    }
                    let mut lanes: Vec<u32> =
                        sources.iter().map(|&k| per_article[t.events[k].article]).collect();
                    lanes.sort_unstable();
                    lanes.dedup();
                    keyed.extend(lanes.into_iter().map(|l| (l, i)));
                }
                LaneKind::Categories => keyed.push((intern(e.category.clone().unwrap_or_default()), i)),
                LaneKind::Tags if !e.tags.is_empty() => {
                    let mut tags: Vec<u32> = e.tags.iter().map(|tag| intern(tag.clone())).collect();
                    tags.sort_unstable();
                    tags.dedup();
                    keyed.extend(tags.into_iter().map(|tag| (tag, i)));
                }
                LaneKind::Tags | LaneKind::One | LaneKind::Auto => keyed.push((intern(String::new()), i)),
            }
        }
        // Lanes in their order: articles as opened, categories in the built-in order, others
        // by name; the empty key ("no category", "no tag") last.
        let rank = |key: &str| -> (u8, usize, String) {
            if key.is_empty() {
                return (2, 0, String::new());
            }
            match kind {
                LaneKind::Articles => (0, key.parse().unwrap_or(usize::MAX), String::new()),
                LaneKind::Categories => (
                    0,
                    CATEGORIES.iter().position(|(id, _)| *id == key).unwrap_or(CATEGORIES.len()),
                    key.into(),
                ),
                _ => (0, 0, key.to_string()),
            }
        };
        let mut used: Vec<u32> = keyed.iter().map(|(k, _)| *k).collect();
        used.sort_unstable();
        used.dedup();
        used.sort_by_cached_key(|&k| rank(&keys[k as usize]));
        let mut lane_of = vec![u32::MAX; keys.len()];
        let mut lanes: Vec<Lane> = Vec::with_capacity(used.len());
        for (n, &k) in used.iter().enumerate() {
            lane_of[k as usize] = n as u32;
            let key = &keys[k as usize];
            lanes.push(Lane { name: lane_name(t, kind, key), color: lane_color_of(kind, key, n), count: 0 });
        }
        let mut members: Vec<(u32, usize)> =
            keyed.into_iter().map(|(k, i)| (lane_of[k as usize], i)).collect();
        members.sort_unstable();
        for &(lane, _) in &members {
            lanes[lane as usize].count += 1;
        }
        Lanes { kind, lanes, members }
    }
}

/// What [`LaneKind::Auto`] means for this collection.
pub fn resolve(t: &Timeline, shown: &[bool], kind: LaneKind) -> LaneKind {
    if kind != LaneKind::Auto {
        return kind;
    }
    let mut with_events: Vec<ArticleId> = t
        .events
        .iter()
        .enumerate()
        .filter(|(i, _)| shown.get(*i) == Some(&true))
        .map(|(_, e)| e.article)
        .collect();
    with_events.sort_unstable();
    with_events.dedup();
    if with_events.len() <= ARTICLE_LANES_UP_TO {
        return LaneKind::Articles;
    }
    let mut sources: Vec<&str> = with_events.iter().map(|&a| t.source_of_article(a)).collect();
    sources.sort_unstable();
    sources.dedup();
    if (2..=SOURCE_LANES_UP_TO).contains(&sources.len()) { LaneKind::Sources } else { LaneKind::One }
}

/// The key of an article's lane: its index (articles), or its source.
fn article_key(t: &Timeline, a: ArticleId, kind: LaneKind) -> String {
    match kind {
        LaneKind::Articles => a.to_string(),
        _ => t.source_of_article(a).to_string(),
    }
}

fn lane_name(t: &Timeline, kind: LaneKind, key: &str) -> String {
    match kind {
        LaneKind::Articles => {
            key.parse().ok().map(|a: usize| t.title_of_article(a).to_string()).unwrap_or_default()
        }
        LaneKind::Sources if key.is_empty() => "(unknown source)".into(),
        LaneKind::Categories if key.is_empty() => "(none)".into(),
        // «زيارة · visit»: the Arabic label and the id the editor and filters show.
        LaneKind::Categories if category_label(key) != key => format!("{} · {key}", category_label(key)),
        LaneKind::Tags if key.is_empty() => "(no tag)".into(),
        LaneKind::One => String::new(),
        _ => key.to_string(),
    }
}

fn lane_color_of(kind: LaneKind, key: &str, n: usize) -> Rgb {
    match kind {
        // An article keeps its colour whatever is filtered out.
        LaneKind::Articles => lane_color(key.parse().unwrap_or(n)),
        LaneKind::One => [90, 90, 90],
        _ => lane_color(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::load_bytes;
    use std::path::Path;

    fn timeline(texts: &[(&str, &str)]) -> Timeline {
        let mut t = Timeline::default();
        t.add_articles(texts.iter().map(|(n, s)| load_bytes(Path::new(n), s.as_bytes()).unwrap()).collect());
        t
    }

    #[test]
    fn articles_without_shown_events_have_no_lane() {
        let t = timeline(&[
            ("a.txt", "عنوان أ\n\nعقدت القمة في 19 ديسمبر 2022 في مينسك.\n"),
            ("b.txt", "عنوان ب\n\nوقعت الاتفاقية في 5 مارس 2021 في الرياض.\n"),
        ]);
        let all = vec![true; t.events.len()];
        let lanes = Lanes::build(&t, &all, LaneKind::Articles);
        assert_eq!(lanes.lanes.len(), 2);
        let only_first: Vec<bool> = t.events.iter().map(|e| e.article == 0).collect();
        let lanes = Lanes::build(&t, &only_first, LaneKind::Articles);
        assert_eq!(lanes.lanes.len(), 1);
        assert_eq!(lanes.lanes[0].name, "عنوان أ");
        assert!(lanes.members.iter().all(|(l, i)| *l == 0 && t.events[*i].article == 0));
    }

    #[test]
    fn auto_lanes_follow_the_collection() {
        let few: Vec<(String, String)> =
            (0..3).map(|i| (format!("{i}.txt"), format!("خبر {i}\n\nعقد مجلس الإدارة اجتماعه الدوري في العاصمة يوم {} مارس 2021 بحضور الأعضاء.\n", i + 1))).collect();
        let pairs: Vec<(&str, &str)> = few.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let t = timeline(&pairs);
        assert_eq!(resolve(&t, &vec![true; t.events.len()], LaneKind::Auto), LaneKind::Articles);
        let many: Vec<(String, String)> = (0..20)
            .map(|i| (format!("{i}.txt"), format!("خبر رقم {i}\n\nعقد مجلس الإدارة اجتماعه الدوري في العاصمة يوم {} مارس 2021 بحضور الأعضاء.\n", i % 28 + 1)))
            .collect();
        let pairs: Vec<(&str, &str)> = many.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let t = timeline(&pairs);
        // Twenty articles of no known source: one lane, stacked.
        assert_eq!(resolve(&t, &vec![true; t.events.len()], LaneKind::Auto), LaneKind::One);
        let lanes = Lanes::build(&t, &vec![true; t.events.len()], LaneKind::Auto);
        assert_eq!(lanes.lanes.len(), 1);
        assert_eq!(lanes.members.len(), t.events.len());
    }

    #[test]
    fn an_event_with_two_tags_is_in_both_lanes() {
        let mut t = timeline(&[("a.txt", "عنوان\n\nعقدت القمة في 19 ديسمبر 2022 في مينسك.\n")]);
        let id = t.events[0].id;
        t.edit_event(id, |e| e.tags = vec!["روسيا".into(), "قمم".into()]);
        let lanes = Lanes::build(&t, &[true], LaneKind::Tags);
        let names: Vec<&str> = lanes.lanes.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["روسيا", "قمم"]);
        assert_eq!(lanes.members.len(), 2);
    }
}
