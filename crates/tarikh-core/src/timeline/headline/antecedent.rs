//! «جولته الأخيرة»: an event noun with a possessive pronoun names the event only with what
//! the pronoun stands for. When the article named the same event shortly before with the
//! article and an adjective («الجولة الخليجية»), that name is used.

use super::lexicon::{event_noun, fold, is_function_word};
use super::tokens::{self, Kind};

/// How far back (bytes) the earlier naming is looked for: a paragraph or two.
const LOOK_BACK_BYTES: usize = 1500;

/// The earlier name of the event `lemma` before byte `before` of `text`: the noun with the
/// article and one or two adjectives, as written («الجولة الخليجية»).
pub(super) fn named_before(text: &str, before: usize, lemma: &str) -> Option<Vec<String>> {
    let w = tokens::look_back(text, before, LOOK_BACK_BYTES);
    let toks = tokens::tokenize(&w);
    for i in (0..toks.len()).rev() {
        let t = &toks[i];
        if t.kind != Kind::Word {
            continue;
        }
        let Some(n) = event_noun(&t.fold) else { continue };
        if n.lemma != lemma || !n.has_article || n.has_pronoun {
            continue;
        }
        let adjectives: Vec<String> = toks[i + 1..]
            .iter()
            .take_while(|a| {
                a.kind == Kind::Word
                    && a.fold.starts_with("ال")
                    && !is_function_word(&a.fold)
                    && event_noun(&a.fold).is_none()
            })
            .take(2)
            .map(|a| a.text.to_string())
            .collect();
        if adjectives.is_empty() {
            return None;
        }
        let noun = super::compose::without_conjunction(t.text);
        let noun = if n.has_preposition { strip_preposition(&noun) } else { noun };
        return Some(std::iter::once(noun).chain(adjectives).collect());
    }
    None
}

/// «بالجولة» → «الجولة», «للجولة» → «الجولة».
fn strip_preposition(word: &str) -> String {
    let f = fold(word);
    if f.starts_with("لل") {
        format!("ا{}", word.chars().skip(1).collect::<String>())
    } else {
        word.chars().skip(1).collect()
    }
}
