//! Which events a view shows: a loose Arabic search (hamza forms, ta marbuta, diacritics
//! ignored), articles switched off, and a date window.

use super::keywords::{search_stem, words};
use super::{Event, Timeline};
use crate::dates::normalize_str;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// A filter over events; the default shows everything.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventFilter {
    /// Words that must all appear in the title or the sentence (loosely matched).
    pub query: String,
    /// Articles (by file path) whose events are hidden.
    pub hidden_articles: BTreeSet<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only events of this category (an id of [`super::category`] or the user's own).
    #[serde(default)]
    pub category: Option<String>,
    /// Show the events marked as false positives too.
    #[serde(default)]
    pub show_hidden: bool,
}

impl EventFilter {
    /// A matcher built once per query, used for many events.
    pub fn matcher(&self) -> Matcher<'_> {
        let words: Vec<String> = normalize_str(&self.query).split_whitespace().map(str::to_string).collect();
        let stems = words.iter().map(|w| search_stem(w)).collect();
        Matcher { filter: self, words, stems }
    }
}

/// An [`EventFilter`] with its query normalised.
pub struct Matcher<'a> {
    filter: &'a EventFilter,
    words: Vec<String>,
    /// Each query word's stem ([`super::keywords::search_stem`]), so that «قمة» finds «قمتهم».
    stems: Vec<String>,
}

impl Matcher<'_> {
    pub fn matches(&self, t: &Timeline, e: &Event) -> bool {
        let f = self.filter;
        if e.hidden && !f.show_hidden {
            return false;
        }
        if f.category.is_some() && e.category != f.category {
            return false;
        }
        if !f.hidden_articles.is_empty()
            && f.hidden_articles.contains(&t.article_of(e).path.to_string_lossy().to_string())
        {
            return false;
        }
        if f.from.is_some_and(|d| e.range.end < d) || f.to.is_some_and(|d| e.range.start > d) {
            return false;
        }
        if self.words.is_empty() {
            return true;
        }
        let hay = normalize_str(&format!(
            "{} {} {} {} {}",
            e.title,
            t.sentence_of(e),
            e.date_text,
            e.note,
            e.tags.join(" ")
        ));
        // A word matches as typed (a part of a word, while typing), or by its stem: «قمة»
        // finds «قمتهم» and «القمتين», «اتفاق» finds «الاتفاقية».
        let mut hay_stems: Option<Vec<String>> = None;
        self.words.iter().zip(&self.stems).all(|(w, stem)| {
            hay.contains(w.as_str()) || {
                let stems = hay_stems.get_or_insert_with(|| words(&hay).map(search_stem).collect());
                let long = stem.chars().count() >= 4;
                stems.iter().any(|s| s == stem || long && s.starts_with(stem.as_str()))
            }
        })
    }

    /// Whether the filter asks for anything (a query, a date window, a category, articles
    /// switched off): when it does, "nothing matches" is worth saying.
    pub fn is_active(&self) -> bool {
        let f = self.filter;
        !self.words.is_empty()
            || f.from.is_some()
            || f.to.is_some()
            || f.category.is_some()
            || !f.hidden_articles.is_empty()
    }

    /// Where the words of the query occur in `text` (byte spans of `text`), to highlight them:
    /// the words that contain a query word as typed or share its stem.
    pub fn highlights(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        if self.words.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut at = 0;
        for piece in text.split(|c: char| !c.is_alphabetic() && !is_mark(c)) {
            let start = at;
            at += piece.len() + text[at + piece.len()..].chars().next().map_or(0, char::len_utf8);
            if piece.is_empty() {
                continue;
            }
            let norm = normalize_str(piece);
            let stem = search_stem(&norm);
            let hit = self.words.iter().zip(&self.stems).any(|(w, s)| {
                norm.contains(w.as_str())
                    || stem == *s
                    || s.chars().count() >= 4 && stem.starts_with(s.as_str())
            });
            if hit {
                out.push(start..start + piece.len());
            }
        }
        out
    }
}

/// Arabic diacritics and the tatweel: part of a word.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::load_bytes;
    use std::path::Path;

    fn timeline() -> Timeline {
        let text = "عنوان\n\nعقد الزعيمان قمتهم الأولى في مينسك يوم 19 ديسمبر 2022 بحضور الوفود.\n\
                    واتفق البلدان على عقد القمتين المقبلتين في 5 مارس 2023 و7 مايو 2023 بالتناوب.\n\
                    ووقع الطرفان الاتفاقية التجارية في 9 يونيو 2021 بعد مفاوضات طويلة.\n";
        let mut t = Timeline::default();
        t.add_articles(vec![load_bytes(Path::new("a.txt"), text.as_bytes()).unwrap()]);
        t
    }

    fn matching(t: &Timeline, query: &str) -> Vec<String> {
        let f = EventFilter { query: query.into(), ..EventFilter::default() };
        let m = f.matcher();
        t.events.iter().filter(|e| m.matches(t, e)).map(|e| e.range.start.to_string()).collect()
    }

    #[test]
    fn a_word_finds_its_forms_with_clitics_pronouns_and_duals() {
        let t = timeline();
        assert_eq!(matching(&t, "قمة"), ["2022-12-19", "2023-03-05", "2023-05-07"]);
        assert_eq!(matching(&t, "اتفاق"), ["2021-06-09"], "«الاتفاقية», not the verb «اتفق»");
        assert!(matching(&t, "قمح").is_empty());
        // Part of a word, as typed, still matches.
        assert_eq!(matching(&t, "مينس"), ["2022-12-19"]);
    }

    #[test]
    fn highlights_cover_the_matching_words() {
        let f = EventFilter { query: "قمة".into(), ..EventFilter::default() };
        let m = f.matcher();
        let text = "عقد الزعيمان قمتهم في القمتين الأخيرتين";
        let words: Vec<&str> = m.highlights(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(words, ["قمتهم", "القمتين"]);
    }
}
