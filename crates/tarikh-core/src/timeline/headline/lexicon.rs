//! The words a headline is built from and around: event nouns found through a light stemmer
//! (clitics, the article, pronoun, dual and plural endings), and the small words that may
//! neither open nor close a headline.

use super::words::*;
use rustc_hash::{FxHashMap, FxHashSet};
use smol_str::SmolStr;
use std::sync::OnceLock;

fn set(words: &[&str]) -> FxHashSet<String> {
    words.iter().map(|w| fold(w).to_string()).collect()
}

fn event_nouns() -> &'static FxHashMap<String, u8> {
    static NOUNS: OnceLock<FxHashMap<String, u8>> = OnceLock::new();
    NOUNS.get_or_init(|| EVENT_NOUNS.iter().map(|(w, weight)| (fold(w).to_string(), *weight)).collect())
}

macro_rules! word_set {
    ($name:ident, $list:ident) => {
        fn $name() -> &'static FxHashSet<String> {
            static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
            SET.get_or_init(|| set($list))
        }
    };
}
word_set!(function_words, FUNCTION_WORDS);
word_set!(clause_openers, CLAUSE_OPENERS);
word_set!(date_lead_words, DATE_LEAD_WORDS);
word_set!(month_names, MONTH_NAMES);
word_set!(reporting_verbs, REPORTING_VERBS);
word_set!(w_initial_words, W_INITIAL_WORDS);
word_set!(date_tail_words, DATE_TAIL_WORDS);
word_set!(time_words, TIME_WORDS);
word_set!(qualified_heads, QUALIFIED_BY_EVENT);
word_set!(places_in_alif, PLACES_IN_ALIF);

/// A place whose name ends in «ا» («سوريا»), folded, with a leading «و» or not.
pub(super) fn is_place_in_alif(f: &str) -> bool {
    places_in_alif().contains(f) || f.strip_prefix('و').is_some_and(|r| places_in_alif().contains(r))
}

/// The verbal noun of a past event verb (folded, either gender, active or passive as
/// written): «توفيت» → «وفاة»، «أغلقت» → «إغلاق».
pub(super) fn event_verb_noun(f: &str) -> Option<&'static str> {
    static VERBS: OnceLock<FxHashMap<String, &'static str>> = OnceLock::new();
    let verbs = VERBS.get_or_init(|| {
        let mut m = FxHashMap::default();
        for (verb, noun) in EVENT_VERBS {
            for form in past_forms(verb) {
                m.insert(form, *noun);
            }
        }
        m
    });
    verbs.get(f).copied()
}

/// A past verb's masculine and feminine, folded: «أجرى» → «اجري»، «اجرت»; «عقد» → «عقد»،
/// «عقدت» (the feminine of a verb in ى drops it: «انتهى» → «انتهت»).
pub(super) fn past_forms(verb: &str) -> [String; 3] {
    let v = fold(verb).to_string();
    let stem = v.strip_suffix('ي').unwrap_or(&v).to_string();
    [format!("{stem}ت"), format!("{v}ت"), v]
}

/// A noun an event noun after it only qualifies («أسير» in «أسير حرب»), folded.
pub(super) fn qualified_by_event(f: &str) -> bool {
    qualified_heads().contains(f)
}

/// The spelling words are compared in: no short vowels or tatweel, one alef, ى as ي, ة as ه,
/// hamza on a seat as ء. «اتّفاقيّةٌ» and «اتفاقيه» fold alike.
pub(super) fn fold(word: &str) -> SmolStr {
    // A word of up to 11 Arabic letters is kept inline: no allocation per word.
    word.chars()
        .filter_map(|c| match c {
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => None,
            c if super::tokens::is_format(c) => None,
            'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
            'ى' => Some('ي'),
            'ة' => Some('ه'),
            'ؤ' | 'ئ' => Some('ء'),
            c => Some(c),
        })
        .collect()
}

/// An event noun found in a word: what to strip from its front to show it, and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct EventNoun {
    /// Letters of proclitics (و، ف، ب، ل، ك) before the noun or its article.
    pub clitic_letters: usize,
    /// «للزيارة»: the preposition ل ate the article's alef; shown as «الزيارة».
    pub article_merged: bool,
    /// A preposition clitic (ب، ل، ك) is attached: the noun is in a prepositional phrase.
    pub has_preposition: bool,
    /// A possessive pronoun ends it («قمتهم»، «جولته»).
    pub has_pronoun: bool,
    /// Letters of that pronoun («هم»: 2), to show the noun without it («قمة»).
    pub pronoun_letters: usize,
    /// Written in the accusative with tanween alif («اتفاقًا»): shown without the alif.
    pub accusative: bool,
    /// «الجولة»، «للزيارة».
    pub has_article: bool,
    pub weight: u8,
    /// The lexicon's noun, folded: «قمه» for «وقمتهم».
    pub lemma: &'static str,
}

#[rustfmt::skip]
const PRONOUNS: &[&str] = &["ه", "ها", "هم", "هما", "هن", "كم", "نا"];
#[rustfmt::skip]
const NUMBER_ENDINGS: &[&str] = &["ات", "ان", "ين", "تان", "تين", "تا", "ون"];

/// Reads a word (folded) as an event noun with its clitics: «وقمتهم» → قمة with «و» and
/// «هم», «للزيارة» → الزيارة, «اتفاقًا» → اتفاق.
pub(super) fn event_noun(w: &str) -> Option<EventNoun> {
    if w.chars().count() < 3 {
        return None;
    }
    let nouns = event_nouns();
    for conj in ["", "و", "ف"] {
        let Some(a) = w.strip_prefix(conj) else { continue };
        for prep in ["", "ب", "ل", "ك"] {
            let Some(b) = a.strip_prefix(prep) else { continue };
            // (body, has the article, the article's alef eaten by ل)
            let mut bodies = vec![(b, false, false)];
            if let Some(c) = b.strip_prefix("ال") {
                bodies.push((c, true, false));
            }
            if prep == "ل"
                && let Some(c) = b.strip_prefix('ل')
            {
                bodies.push((c, true, true));
            }
            for (body, article, merged) in bodies {
                if let Some((lemma, weight, pronoun, accusative)) = match_body(nouns, body) {
                    return Some(EventNoun {
                        pronoun_letters: pronoun,
                        clitic_letters: conj.chars().count() + prep.chars().count(),
                        article_merged: merged,
                        has_preposition: !prep.is_empty(),
                        has_pronoun: pronoun > 0,
                        accusative,
                        has_article: article,
                        weight,
                        lemma,
                    });
                }
            }
        }
    }
    None
}

/// The noun in `body` once its endings are taken off: (lemma, weight, letters of its
/// pronoun, accusative).
fn match_body(nouns: &'static FxHashMap<String, u8>, body: &str) -> Option<(&'static str, u8, usize, bool)> {
    if let Some((k, &w)) = nouns.get_key_value(body) {
        return Some((k, w, 0, false));
    }
    // The accusative alif of an indefinite noun: «اتفاقا».
    if let Some((k, &w)) = body.strip_suffix('ا').and_then(|stem| nouns.get_key_value(stem)) {
        return Some((k, w, 0, true));
    }
    for pronoun in PRONOUNS.iter().map(|p| Some(*p)).chain([None]) {
        let Some(rest) = pronoun.map_or(Some(body), |p| body.strip_suffix(p)) else { continue };
        for ending in NUMBER_ENDINGS.iter().map(|n| Some(*n)).chain([None]) {
            if pronoun.is_none() && ending.is_none() {
                continue;
            }
            let Some(stem) = ending.map_or(Some(rest), |n| rest.strip_suffix(n)) else { continue };
            if stem.chars().count() < 2 {
                continue;
            }
            // «اجتماعات»، «لقاءه»: the masculine noun itself.
            let mut found = nouns.get_key_value(stem);
            // The ة of the singular is written ت before a pronoun: «قمتهم».
            if found.is_none()
                && let Some(s) = stem.strip_suffix('ت')
            {
                found = nouns.get_key_value(format!("{s}ه").as_str());
            }
            // The feminine plural and dual drop the ة: «زيارات»، «زيارتين».
            if found.is_none() && ending.is_some() {
                found = nouns.get_key_value(format!("{stem}ه").as_str());
            }
            if let Some((k, &w)) = found {
                return Some((k, w, pronoun.map_or(0, |p| p.chars().count()), false));
            }
        }
    }
    None
}

/// A known word whose «و» is its own first letter, also with a case ending, a dual or plural
/// suffix or a pronoun on it: «وزيرا» and «وفدها» are «وزير» and «وفد», not «و» + «زيرا».
fn is_w_initial(f: &str) -> bool {
    const ENDINGS: [&str; 10] = ["", "ا", "ان", "ين", "ون", "ات", "ه", "ها", "هم", "ي"];
    let known = |w: &str| w_initial_words().contains(w);
    ENDINGS.iter().any(|e| f.strip_suffix(e).is_some_and(|w| w.chars().count() >= 2 && known(w)))
}

/// The word (folded) without a leading «و»/«ف» conjunction: what the word lists hold.
fn bare(w: &str) -> &str {
    for c in ['و', 'ف'] {
        // The word lists first: most words are in neither, and `is_w_initial` costs ten lookups.
        if let Some(rest) = w.strip_prefix(c)
            && (function_words().contains(rest) || clause_openers().contains(rest))
            && rest.chars().count() >= 2
            && !is_w_initial(w)
        {
            return rest;
        }
    }
    w
}

// The predicates below take a word folded (see [`fold`]).

/// A preposition, conjunction or particle (with or without «و»).
pub(super) fn is_function_word(f: &str) -> bool {
    word_info(f).is(FUNCTION_WORD)
}

/// Belongs with a date that follows it: «في»، «منذ»، «عام»، «خلال الفترة من».
pub(super) fn is_date_lead(f: &str) -> bool {
    word_info(f).is(DATE_LEAD)
}

/// A weekday or «اليوم»، «أمس»: says when, not what.
pub(super) fn is_time_word(f: &str) -> bool {
    word_info(f).is(TIME_WORD)
}

const FUNCTION_WORD: u8 = 1;
const CLAUSE_OPENER: u8 = 1 << 1;
const DATE_LEAD: u8 = 1 << 2;
const MONTH_NAME: u8 = 1 << 3;
const TIME_WORD: u8 = 1 << 4;
const DATE_TAIL: u8 = 1 << 5;

/// What the word lists say of one word: read once per token ([`read_word`]), so the clause
/// analysis asks a flag, not a list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct WordInfo {
    flags: u8,
    /// The event noun in the word, with its clitics.
    pub noun: Option<EventNoun>,
}

impl WordInfo {
    fn is(self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    /// See [`is_function_word`].
    pub fn is_function_word(self) -> bool {
        self.is(FUNCTION_WORD)
    }

    /// Opens a new clause: «الذي»، «أن»، «حيث»…
    pub fn is_clause_opener(self) -> bool {
        self.is(CLAUSE_OPENER)
    }

    /// See [`is_date_lead`].
    pub fn is_date_lead(self) -> bool {
        self.is(DATE_LEAD)
    }

    /// A month name, with its clitics («وأغسطس»; «بشهر» is not).
    pub fn is_month_name(self) -> bool {
        self.is(MONTH_NAME)
    }

    /// See [`is_time_word`].
    pub fn is_time_word(self) -> bool {
        self.is(TIME_WORD)
    }

    /// Follows a date as part of it: «الماضي»، «الجاري»، «الكريم».
    pub fn is_date_tail(self) -> bool {
        self.is(DATE_TAIL)
    }

    fn of(f: &str) -> Self {
        let b = bare(f);
        let month = f.strip_prefix('و').filter(|r| month_names().contains(*r)).unwrap_or(f);
        let flags = [
            (function_words().contains(b) || clause_openers().contains(b), FUNCTION_WORD),
            (clause_openers().contains(f) || clause_openers().contains(b), CLAUSE_OPENER),
            (date_lead_words().contains(b), DATE_LEAD),
            (month_names().contains(month), MONTH_NAME),
            (time_words().contains(b), TIME_WORD),
            (date_tail_words().contains(f), DATE_TAIL),
        ];
        let flags = flags.iter().filter(|(yes, _)| *yes).fold(0, |all, (_, flag)| all | flag);
        WordInfo { flags, noun: event_noun(f) }
    }
}

fn word_info(f: &str) -> WordInfo {
    read_word(f).1
}

/// A word as written, folded ([`fold`]), with what the word lists say of it; remembered per
/// worker thread: news repeats its words, and each list costs a lookup or more (with and
/// without «و»). Folding twice changes nothing, so a folded word reads as itself. Forgotten
/// past 50,000 words to bound memory.
pub(super) fn read_word(text: &str) -> (SmolStr, WordInfo) {
    thread_local! {
        static SEEN: std::cell::RefCell<FxHashMap<SmolStr, (SmolStr, WordInfo)>> =
            std::cell::RefCell::new(FxHashMap::default());
    }
    SEEN.with(|seen| {
        if let Some(known) = seen.borrow().get(text) {
            return known.clone();
        }
        let f = fold(text);
        let known = (f.clone(), WordInfo::of(&f));
        let mut seen = seen.borrow_mut();
        if seen.len() > 50_000 {
            seen.clear();
        }
        seen.insert(SmolStr::new(text), known.clone());
        known
    })
}

/// A folded noun in «ه» (the written «ة») or «ات»: feminine, as a verb or pronoun agrees with
/// it. For nouns without a pronoun only: folding makes «ـه» the same letter.
pub(super) fn folded_feminine(f: &str) -> bool {
    f.ends_with('ه') || f.ends_with("ات")
}

/// A verb that reports speech, in the past tense («قال»، «وأعلنت»، «أكدوا»).
pub(super) fn is_reporting_verb(f: &str) -> bool {
    let w = f.strip_prefix('و').or_else(|| f.strip_prefix('ف')).unwrap_or(f);
    let verbs = reporting_verbs();
    verbs.contains(w) || ["ت", "وا", "ا"].iter().any(|s| w.strip_suffix(s).is_some_and(|v| verbs.contains(v)))
}

/// Where a word's leading conjunction ends, in letters: 1 for «وتوفي» (توفي), 0 for «وزير»,
/// «ولد» or «فرنسا». Only «و» is taken off a word that is not otherwise known, and only when
/// at least three letters remain and the word is not a known one starting with «و» («وزير»،
/// «وقعت»); «ف» only before the article.
pub(super) fn conjunction_letters(f: &str) -> usize {
    if is_w_initial(f) {
        return 0;
    }
    let Some(rest) = f.strip_prefix('و').or_else(|| f.strip_prefix('ف')) else { return 0 };
    // «وما زالت»، «ولا يزال»: «و» before a negation.
    let negation = matches!(rest, "ما" | "لا" | "لم" | "لن");
    let known = function_words().contains(rest) || clause_openers().contains(rest) || negation;
    if known || rest.starts_with("ال") || (f.starts_with('و') && rest.chars().count() >= 3) {
        1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_read_once_as_folded_with_what_the_lists_say() {
        let (f, info) = read_word("وأغسطسَ");
        assert_eq!(f, "واغسطس");
        assert!(info.is_month_name() && !info.is_function_word());
        // A folded word reads as itself, so the predicates on folds agree with the tokens.
        assert_eq!(read_word(&f), (f.clone(), info));
        let (_, info) = read_word("الذي");
        assert!(info.is_clause_opener() && info.is_function_word());
        let (_, info) = read_word("وقمتهم");
        assert_eq!(info.noun.map(|n| n.lemma), Some("قمه"));
        assert!(is_date_lead("منذ") && is_time_word("امس") && !is_time_word("اجتماع"));
    }
}
