//! «جولته الأخيرة»: an event noun with a possessive pronoun names the event only with what
//! the pronoun stands for. When the article named the same event shortly before with the
//! article and an adjective («الجولة الخليجية»), that name is used.

use super::lexicon::{EventNoun, event_noun, fold, is_function_word};
use super::tokens::{self, Kind};

/// How far back (bytes) the earlier naming is looked for: a paragraph or two.
const LOOK_BACK_BYTES: usize = 1500;

/// The earlier name of the event `lemma` before byte `before` of `text`: the noun with the
/// article and one or two adjectives, as written («الجولة الخليجية»).
pub(super) fn named_before(text: &str, before: usize, lemma: &str) -> Option<Vec<String>> {
    let w = tokens::look_back(text, before, LOOK_BACK_BYTES);
    let toks = tokens::tokenize(&w, &[]);
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
                    && !a.info.is_function_word()
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

/// The noun as a headline shows it without its pronoun, ready to take the word the pronoun
/// stood for: «قمتهم» → «قمة»، «جولاته» → «جولات»، «نموه» → «نمو».
pub(super) fn without_pronoun(shown: &str, noun: EventNoun) -> String {
    let mut letters = 0;
    let mut cut = shown.len();
    for (b, ch) in shown.char_indices().rev() {
        if super::compose::is_mark(ch) {
            continue;
        }
        if letters == noun.pronoun_letters {
            cut = b + ch.len_utf8();
            break;
        }
        letters += 1;
    }
    let stem = shown[..cut].trim_end_matches(super::compose::is_mark);
    // The singular's ة, written ت before the pronoun, comes back.
    if let Some(base) = stem.strip_suffix('ت')
        && format!("{}ه", fold(base)).ends_with(noun.lemma)
    {
        return format!("{base}ة");
    }
    stem.to_string()
}

/// «بدأت روسيا … عمليتها العسكرية»: the subject of the verb leading a noun with a pronoun is
/// what the pronoun stands for. `lead` is the clause's words before the noun: a verb and its
/// subject («بدأت روسيا»)، or a definite subject and its verb («الرئيس يبدأ»). Its subject, at
/// most three words, or nothing when the lead is not of that shape.
pub(super) fn lead_subject(lead: &[String]) -> Option<Vec<String>> {
    let definite = |w: &String| fold(&super::compose::without_conjunction(w)).starts_with("ال");
    let subject: Vec<String> = match lead {
        [first, second] if definite(first) && !definite(second) => vec![first.clone()],
        [_verb, rest @ ..] if !rest.is_empty() && rest.len() <= 3 && !definite(&lead[0]) => rest.to_vec(),
        _ => return None,
    };
    // A subject that is itself a pronoun's («قادتها») or a small word says no more.
    let says_more = subject.iter().all(|w| {
        let f = fold(w);
        let pronoun = ["ها", "هم", "هما", "هن"]
            .iter()
            .any(|p| f.strip_suffix(p).is_some_and(|r| r.chars().count() >= 3));
        !is_function_word(&f) && !pronoun && event_noun(&f).is_none_or(|n| !n.has_pronoun)
    });
    says_more.then_some(subject)
}
