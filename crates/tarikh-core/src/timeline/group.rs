//! Grouping mentions of the same event across articles: «عقدت القمة في مينسك…» in one article
//! and «التقى بوتين لوكاشينكو في مينسك…» in another, both on 19 December 2022, are one event
//! on the timeline.
//!
//! Two mentions are grouped when they come from different articles, their dates agree and
//! their key words ([`super::keywords`]) are alike; groups are closed under «same as»
//! (union-find), and the user's merges and detachments override the guess.

use super::keywords::{overlap, shared_count};
use crate::dates::DateRange;
use rustc_hash::{FxHashMap, FxHashSet};

/// A dated mention to group: which article it is from, its date, and its key words (sorted and
/// deduplicated, as [`super::keywords::key_words`] returns them).
#[derive(Debug, Clone, Copy)]
pub struct Mention<'a> {
    pub article: usize,
    pub range: DateRange,
    pub words: &'a [String],
}

/// The longest range, in days, that groups with a range merely overlapping it: a week. A month
/// («في مارس 2024») holds too many events to be tied to one of its days by shared words alone
/// (a mention of the IMF's March approval is not its delegation's visit on 27 March); the user
/// can still merge such mentions by hand.
/// Longer ranges (a year, «نهاية 2024») group only with the very same range: «في 2022» says
/// too little about when to tie a mention to the day of another.
pub const MAX_OVERLAP_DAYS: i64 = 7;

/// How alike the key words of two mentions of one event must be ([`similarity`]): two rules,
/// measured on `tests/grouping/` (five stories told by two articles each, in different words,
/// among unrelated events of the same days).
///
/// - Three shared words or more and a fifth of the shorter sentence's words
///   ([`MIN_SIMILARITY`]): reports of one event in different words share the place, the people
///   and the thing («مينسك», «زيارة», «روسي»; «قطار», «ركاب», «أشخاص») and little else, about a
///   quarter of their words.
/// - Two shared words only when they are half of the shorter sentence ([`MIN_SIMILARITY_TWO`]):
///   two names alone («بوتين», «لوكاشينكو») are every story about those two, so in a long
///   sentence they are not enough.
///
/// One shared word never is ([`MIN_SHARED_WORDS`]).
pub const MIN_SIMILARITY: f32 = 0.2;

/// The least [`similarity`] when only [`MIN_SHARED_WORDS`] words are shared.
pub const MIN_SIMILARITY_TWO: f32 = 0.5;

/// The least number of key words two mentions of one event share: one shared name («بوتين»)
/// is every other story of the week.
pub const MIN_SHARED_WORDS: usize = 2;

/// The fewest articles for [`common_words`] to find any: in a handful of articles, a word of
/// one story is already in half of them.
pub const MIN_ARTICLES_FOR_COMMON: usize = 6;

/// Key words found in more than half of the articles: what the whole collection is about
/// («دول», «مشاركة», «روسيا» in a folder on Russian diplomacy). Every pair of its stories shares
/// them, so they do not tell one event from another, and [`same_event`] leaves them out.
/// `articles`: each article's key words (of all its dated sentences). Sorted; empty below
/// [`MIN_ARTICLES_FOR_COMMON`] articles.
pub fn common_words<'a, A, W>(articles: A) -> Vec<String>
where
    A: IntoIterator<Item = W>,
    W: IntoIterator<Item = &'a str>,
{
    let mut count: FxHashMap<&str, usize> = FxHashMap::default();
    let mut n = 0;
    for words in articles {
        n += 1;
        let own: FxHashSet<&str> = words.into_iter().collect();
        for w in own {
            *count.entry(w).or_default() += 1;
        }
    }
    if n < MIN_ARTICLES_FOR_COMMON {
        return Vec::new();
    }
    let mut common: Vec<String> =
        count.into_iter().filter(|&(_, c)| 2 * c > n).map(|(w, _)| w.into()).collect();
    common.sort_unstable();
    common
}

fn dates_agree(a: &DateRange, b: &DateRange) -> bool {
    if a.start == b.start && a.end == b.end {
        return true;
    }
    a.start <= b.end && b.start <= a.end && a.days() <= MAX_OVERLAP_DAYS && b.days() <= MAX_OVERLAP_DAYS
}

/// Whether two mentions are grouped automatically: different articles, dates that agree (the
/// same range, or overlapping ranges of at most [`MAX_OVERLAP_DAYS`] days each) and key words
/// alike (see [`MIN_SIMILARITY`]), the collection's `common` words (sorted) left out.
pub fn same_event(a: &Mention, b: &Mention, common: &[String]) -> bool {
    alike(a, b, &own_words(a, common), &own_words(b, common))
}

/// A mention's key words that are not `common` (still sorted).
fn own_words<'a>(m: &Mention<'a>, common: &[String]) -> Vec<&'a str> {
    m.words
        .iter()
        .map(String::as_str)
        .filter(|w| common.binary_search_by(|c| c.as_str().cmp(w)).is_err())
        .collect()
}

/// [`same_event`], given each mention's [`own_words`] (worked out once per mention, not per pair).
fn alike(a: &Mention, b: &Mention, own_a: &[&str], own_b: &[&str]) -> bool {
    if a.article == b.article || !dates_agree(&a.range, &b.range) {
        return false;
    }
    let shared = shared_count(own_a, own_b);
    let sim = overlap(shared, own_a.len(), own_b.len());
    match shared {
        0..MIN_SHARED_WORDS => false,
        MIN_SHARED_WORDS => sim >= MIN_SIMILARITY_TWO,
        _ => sim >= MIN_SIMILARITY,
    }
}

/// Disjoint sets over mention indices, with path halving and union by size.
struct UnionFind {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind { parent: (0..n).collect(), size: vec![1; n] }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
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
        self.parent[b] = a;
        self.size[a] += self.size[b];
    }
}

/// Groups of mention indices (each sorted ascending, groups ordered by their first member; only
/// groups with ≥ 2 members).
///
/// Mentions are joined automatically when [`same_event`] says so, and always when a pair is in
/// `together` (the user's merges, even within one article); a mention in `detached` is never
/// joined automatically, only through `together`. Joining is transitive, so a group may hold
/// two mentions that are not alike themselves but each like a third. Indices out of range in
/// `together` or `detached` are ignored.
///
/// Only mentions whose dates can agree are compared: ranges of a week or less are swept in
/// order of their start, each compared with the earlier ones still open; longer ranges only
/// with the same range. Cost grows with the number of mentions open on the same days, not with
/// the square of all mentions.
pub fn group_mentions(
    m: &[Mention],
    together: &[(usize, usize)],
    detached: &[usize],
    common: &[String],
) -> Vec<Vec<usize>> {
    let n = m.len();
    let own: Vec<Vec<&str>> = m.iter().map(|x| own_words(x, common)).collect();
    let mut uf = UnionFind::new(n);
    let mut is_detached = vec![false; n];
    for &d in detached {
        if d < n {
            is_detached[d] = true;
        }
    }

    // A mention with fewer own words than must be shared is never alike another: left out of the
    // comparisons.
    let mut order: Vec<usize> =
        (0..n).filter(|&i| !is_detached[i] && own[i].len() >= MIN_SHARED_WORDS).collect();
    order.sort_by_key(|&i| (m[i].range.start, m[i].range.end, i));
    let (short, long): (Vec<usize>, Vec<usize>) =
        order.into_iter().partition(|&i| m[i].range.days() <= MAX_OVERLAP_DAYS);

    // Short ranges: a sweep. `open` holds the earlier mentions whose range has not ended before
    // the current one starts; as ranges are at most a week long, it never holds more than the
    // mentions of about a week.
    let mut open: Vec<usize> = Vec::new();
    for &i in &short {
        let start = m[i].range.start;
        open.retain(|&j| m[j].range.end >= start);
        for &j in &open {
            if uf.find(i) != uf.find(j) && alike(&m[i], &m[j], &own[i], &own[j]) {
                uf.union(i, j);
            }
        }
        open.push(i);
    }

    // Long ranges: only the same range agrees, and those are adjacent in the sorted order.
    for run in
        long.chunk_by(|&a, &b| m[a].range.start == m[b].range.start && m[a].range.end == m[b].range.end)
    {
        for (k, &i) in run.iter().enumerate() {
            for &j in &run[..k] {
                if uf.find(i) != uf.find(j) && alike(&m[i], &m[j], &own[i], &own[j]) {
                    uf.union(i, j);
                }
            }
        }
    }

    for &(a, b) in together {
        if a < n && b < n {
            uf.union(a, b);
        }
    }

    // Collect by root; walking indices in order makes each group ascending and orders groups
    // by their first member.
    let mut slot: Vec<Option<usize>> = vec![None; n];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..n {
        let root = uf.find(i);
        if uf.size[root] < 2 {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Granularity;
    use crate::timeline::keywords::{key_words, similarity};
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> DateRange {
        DateRange::day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    fn span(y: i32, m: u32, d: u32, days: u64, granularity: Granularity) -> DateRange {
        let start = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        DateRange { start, end: start + chrono::Days::new(days - 1), granularity }
    }

    /// (article, range, sentence) → key words, kept alive for the mentions.
    fn words_of(items: &[(usize, DateRange, &str)]) -> Vec<Vec<String>> {
        items.iter().map(|(_, _, s)| key_words(s)).collect()
    }

    fn mentions<'a>(items: &[(usize, DateRange, &str)], words: &'a [Vec<String>]) -> Vec<Mention<'a>> {
        items.iter().zip(words).map(|((a, r, _), w)| Mention { article: *a, range: *r, words: w }).collect()
    }

    fn group(items: &[(usize, DateRange, &str)]) -> Vec<Vec<usize>> {
        let w = words_of(items);
        group_mentions(&mentions(items, &w), &[], &[], &[])
    }

    const MINSK_1: &str = "عقدت القمة في مينسك بين الرئيسين بوتين ولوكاشينكو";
    const MINSK_2: &str = "التقى بوتين نظيره البيلاروسي لوكاشينكو في مينسك";
    const MINSK_3: &str = "وصل الرئيس الروسي فلاديمير بوتين إلى مينسك لإجراء محادثات مع لوكاشينكو";
    const QUAKE: &str = "ضرب زلزال مدمر بقوة 7.8 درجات جنوب تركيا وشمال سوريا";
    const QUAKE_2: &str = "خلف الزلزال المدمر في جنوب تركيا آلاف القتلى";

    #[test]
    fn the_same_summit_in_three_articles_is_one_group() {
        let d = day(2022, 12, 19);
        assert_eq!(group(&[(0, d, MINSK_1), (1, d, MINSK_2), (2, d, MINSK_3)]), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn the_summit_sentences_clear_the_threshold_by_their_own_words() {
        let (a, b, c) = (key_words(MINSK_1), key_words(MINSK_2), key_words(MINSK_3));
        for (x, y) in [(&a, &b), (&b, &c), (&a, &c)] {
            assert!(shared_count(x, y) >= 3, "{x:?} / {y:?}");
            assert!(similarity(x, y) >= MIN_SIMILARITY, "{x:?} / {y:?}: {}", similarity(x, y));
        }
    }

    #[test]
    fn two_events_on_one_day_stay_apart() {
        let d = day(2022, 12, 19);
        let g = group(&[(0, d, MINSK_1), (1, d, QUAKE), (2, d, MINSK_2), (3, d, QUAKE_2)]);
        assert_eq!(g, vec![vec![0, 2], vec![1, 3]]);
    }

    #[test]
    fn one_shared_name_is_not_enough() {
        let d = day(2022, 12, 19);
        let g = group(&[(0, d, "زار بوتين مينسك"), (1, d, "استقبل بوتين في موسكو رئيس وزراء الهند مودي")]);
        assert!(g.is_empty(), "{g:?}");
    }

    #[test]
    fn two_shared_words_in_a_long_sentence_are_not_enough() {
        let d = day(2022, 12, 19);
        let long =
            "ناقش بوتين ولوكاشينكو في اتصال هاتفي ملفات الطاقة والغاز والتعاون الصناعي وأوضاع المزارعين";
        let short = "عقد بوتين ولوكاشينكو قمة في مينسك وسط حراسة مشددة";
        let (a, b) = (key_words(long), key_words(short));
        assert_eq!(shared_count(&a, &b), 2, "{a:?} / {b:?}");
        assert!(group(&[(0, d, long), (1, d, short)]).is_empty());
    }

    #[test]
    fn same_words_on_dates_that_do_not_meet_stay_apart() {
        let g = group(&[(0, day(2022, 12, 19), MINSK_1), (1, day(2022, 12, 20), MINSK_1)]);
        assert!(g.is_empty(), "{g:?}");
        let g = group(&[(0, day(2022, 12, 19), MINSK_1), (1, day(2023, 12, 19), MINSK_2)]);
        assert!(g.is_empty(), "{g:?}");
    }

    #[test]
    fn a_day_groups_with_a_few_days_around_it_not_with_its_month_or_year() {
        let dec = DateRange::month(2022, 12).unwrap();
        assert!(group(&[(0, day(2022, 12, 19), MINSK_1), (1, dec, MINSK_2)]).is_empty());
        assert_eq!(group(&[(0, dec, MINSK_1), (1, dec, MINSK_2)]), vec![vec![0, 1]], "the same month does");
        let y = DateRange::year(2022).unwrap();
        assert!(group(&[(0, day(2022, 12, 19), MINSK_1), (1, y, MINSK_1)]).is_empty());
        let late_2022 = span(2022, 10, 1, 92, Granularity::PartOfYear);
        assert!(group(&[(0, day(2022, 12, 19), MINSK_1), (1, late_2022, MINSK_1)]).is_empty());
        // A short range overlapping the day («من 18 إلى 20 ديسمبر») does group.
        let days = span(2022, 12, 18, 3, Granularity::Range);
        assert_eq!(group(&[(0, days, MINSK_1), (1, day(2022, 12, 19), MINSK_2)]), vec![vec![0, 1]]);
    }

    #[test]
    fn words_of_most_articles_are_common_and_left_out() {
        let articles: Vec<Vec<&str>> = (0..8)
            .map(|k| if k < 5 { vec!["دول", "مشارك", "قمه"] } else { vec!["دول", "زلزال"] })
            .collect();
        assert_eq!(common_words(articles.iter().map(|a| a.iter().copied())), ["دول", "قمه", "مشارك"]);
        // Too few articles to tell.
        assert!(common_words(articles[..5].iter().map(|a| a.iter().copied())).is_empty());
        // Two sentences that share only common words are not one event.
        let w1: Vec<String> = ["اعمال", "دول", "مشارك", "ملتق"].map(String::from).into();
        let w2: Vec<String> = ["اعمال", "دول", "مشارك", "قمه"].map(String::from).into();
        let d = day(2024, 11, 12);
        let (a, b) =
            (Mention { article: 0, range: d, words: &w1 }, Mention { article: 1, range: d, words: &w2 });
        assert!(same_event(&a, &b, &[]));
        let common: Vec<String> = ["اعمال", "دول", "مشارك"].map(String::from).into();
        assert!(!same_event(&a, &b, &common));
    }

    #[test]
    fn same_event_checks_the_length_of_overlapping_ranges() {
        let w = key_words(MINSK_1);
        let at = |article, range| Mention { article, range, words: &w };
        let d = day(2022, 12, 19);
        assert!(same_event(&at(0, d), &at(1, d), &[]));
        assert!(!same_event(&at(0, d), &at(1, DateRange::month(2022, 12).unwrap()), &[]));
        assert!(same_event(&at(0, d), &at(1, span(2022, 12, 17, 7, Granularity::Range)), &[]));
        assert!(!same_event(&at(0, d), &at(1, DateRange::year(2022).unwrap()), &[]));
        assert!(!same_event(&at(0, span(2022, 11, 1, 60, Granularity::Range)), &at(1, d), &[]));
        assert!(same_event(
            &at(0, DateRange::year(2022).unwrap()),
            &at(1, DateRange::year(2022).unwrap()),
            &[]
        ));
        assert!(!same_event(&at(0, d), &at(0, d), &[]));
    }

    #[test]
    fn the_same_long_range_groups() {
        let y = DateRange::year(2022).unwrap();
        let y2 = DateRange::year(2023).unwrap();
        assert_eq!(group(&[(0, y, MINSK_1), (1, y, MINSK_2), (2, y2, MINSK_3)]), vec![vec![0, 1]]);
    }

    #[test]
    fn mentions_in_one_article_do_not_group_by_themselves() {
        let d = day(2022, 12, 19);
        assert!(group(&[(0, d, MINSK_1), (0, d, MINSK_2), (0, d, MINSK_3)]).is_empty());
        // But a third article joins them all, transitively.
        assert_eq!(group(&[(0, d, MINSK_1), (0, d, MINSK_2), (1, d, MINSK_3)]), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn together_always_joins_and_detached_never_joins_automatically() {
        let d = day(2022, 12, 19);
        let items =
            [(0, d, MINSK_1), (1, d, MINSK_2), (2, d, MINSK_3), (0, d, QUAKE), (0, day(2023, 2, 6), QUAKE_2)];
        let w = words_of(&items);
        let ms = mentions(&items, &w);
        assert_eq!(group_mentions(&ms, &[], &[], &[]), vec![vec![0, 1, 2]]);
        // The user merges the two quake mentions (same article, different dates).
        assert_eq!(group_mentions(&ms, &[(4, 3)], &[], &[]), vec![vec![0, 1, 2], vec![3, 4]]);
        // The user detaches mention 1: the others still group.
        assert_eq!(group_mentions(&ms, &[], &[1], &[]), vec![vec![0, 2]]);
        // Detached from everything, then merged by hand with the quake.
        assert_eq!(group_mentions(&ms, &[(1, 3)], &[1], &[]), vec![vec![0, 2], vec![1, 3]]);
        assert!(group_mentions(&ms, &[], &[0, 1], &[]).is_empty());
        // Out-of-range indices are ignored.
        assert_eq!(group_mentions(&ms, &[(0, 99)], &[99], &[]), vec![vec![0, 1, 2]]);
        assert!(group_mentions(&[], &[(0, 1)], &[0], &[]).is_empty());
    }

    #[test]
    fn groups_are_ordered_by_their_first_member() {
        let (d1, d2) = (day(2022, 12, 19), day(2023, 2, 6));
        // Later date first in the input: order follows indices, not dates.
        let g = group(&[(0, d2, QUAKE), (1, d1, MINSK_1), (2, d1, MINSK_2), (3, d2, QUAKE_2)]);
        assert_eq!(g, vec![vec![0, 3], vec![1, 2]]);
    }

    #[test]
    fn mentions_without_key_words_do_not_group() {
        let d = day(2022, 12, 19);
        assert!(group(&[(0, d, "في 19 ديسمبر 2022"), (1, d, "يوم 19 ديسمبر")]).is_empty());
    }

    #[test]
    fn ten_thousand_mentions() {
        // 1,000 events, each told by up to 10 articles on its day (some on the event's month),
        // with words of its own and words shared by all events.
        let mut seed: u64 = 0x5eed;
        let mut next = move || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        let first = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
        let mut event_of = Vec::new();
        let mut items: Vec<(usize, DateRange, Vec<String>)> = Vec::new();
        for k in 0..10_000 {
            let event = k % 1000;
            let d = first + chrono::Days::new((event * 7 % 1500) as u64);
            let range = if next() % 10 == 0 {
                use chrono::Datelike;
                DateRange::month(d.year(), d.month()).unwrap()
            } else {
                DateRange::day(d)
            };
            let mut words: Vec<String> =
                vec![format!("حدث{event}"), format!("مكان{event}"), format!("شخص{event}"), "روسيا".into()];
            words.push(format!("كلمه{}", next() % 5000));
            words.sort();
            words.dedup();
            event_of.push(event);
            items.push((next() % 2000, range, words));
        }
        let ms: Vec<Mention> =
            items.iter().map(|(a, r, w)| Mention { article: *a, range: *r, words: w }).collect();
        let groups = group_mentions(&ms, &[], &[], &[]);
        // Each event: one group of its day mentions, and one of its month mentions when it has
        // two or more (a day and its month do not group by themselves).
        assert!(groups.len() >= 900 && groups.len() <= 2000, "{}", groups.len());
        let days_grouped = groups.iter().filter(|g| ms[g[0]].range.days() == 1).count();
        assert!((900..=1000).contains(&days_grouped), "{days_grouped}");
        let mut seen = vec![false; ms.len()];
        for g in &groups {
            assert!(g.len() >= 2);
            assert!(g.windows(2).all(|w| w[0] < w[1]));
            assert!(g.iter().all(|&i| event_of[i] == event_of[g[0]]), "one event per group");
            for &i in g {
                assert!(!std::mem::replace(&mut seen[i], true), "{i} in two groups");
            }
        }
        assert!(groups.windows(2).all(|w| w[0][0] < w[1][0]));
    }
}
