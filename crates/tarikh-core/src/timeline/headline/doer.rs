//! The person an article is about, for the steps of a life told without their subject:
//! a biography or an obituary names its person once («الشاعر الفلسطيني الكبير إبراهيم طوقان»)
//! and then goes on «التحق بالجامعة الأمريكية في بيروت»، «عمل مدرسًا للغة العربية». Those
//! headlines name the event only with the person: «التحاق طوقان بالجامعة الأمريكية في بيروت».

use super::compose::{Piece, without_conjunction};
use super::lexicon::{fold, is_function_word, past_forms};
use super::tidy::names_the_doer;
use super::words::{LIFE_TOLD, LIFE_VERBS, PERSON_TITLES};
use rustc_hash::{FxHashMap, FxHashSet};
use smol_str::SmolStr;
use std::sync::OnceLock;

/// Times the person's name must be written in the article for it to be about them.
const MIN_MENTIONS: usize = 3;
/// Adjectives between a title and the name («المفكر والفيلسوف الفرنسي المسلم روجيه غارودي»).
const MAX_ADJECTIVES: usize = 4;
const MAX_NAME_WORDS: usize = 5;
/// Distinct people named with a title, at most, in an article about one of them.
const MAX_PEOPLE: usize = 2;

/// The short name (the word of the full name the article calls them by, as written) of the
/// person `text` is about: a name after a title («الشاعر»، «المفكر»، «الشيخ») or after
/// «ولد», of two words or more, written at least three times, in an article that tells a
/// birth or a death and names few people with titles. None for an article about no one in
/// particular.
///
/// ```
/// use tarikh_core::timeline::article_person;
/// let text = "رحل الكاتب المصري الكبير سامي النجار. ولد النجار في طنطا عام 1930. وكتب النجار روايات كثيرة.";
/// assert_eq!(article_person(text).as_deref(), Some("النجار"));
/// ```
pub fn article_person(text: &str) -> Option<String> {
    // Most news tells no life: a look for the letters first, before reading words.
    if !["ولد", "توف", "وفاة", "وفاه", "رحل", "رحيل"].iter().any(|w| text.contains(w)) {
        return None;
    }
    let words = words_of(text);
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    // «وطوقان» is «طوقان» too.
    for (_, f) in words.iter().flatten() {
        *counts.entry(f.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(f)).or_default() += 1;
    }
    // A life told: a birth or a death in the article, or it is not a biography.
    let life = words.iter().flatten().any(|(_, f)| life_told().contains(f.strip_prefix('و').unwrap_or(f)));
    if !life {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    let mut people: FxHashSet<SmolStr> = FxHashSet::default();
    for i in 0..words.len() {
        let Some((_, f)) = &words[i] else { continue };
        let f = f.strip_prefix('و').unwrap_or(f);
        let after_title = titles().contains(f);
        if !after_title && f != "ولد" {
            continue;
        }
        let mut j = i + 1;
        if after_title {
            while j < words.len()
                && j - i <= MAX_ADJECTIVES
                && words[j].as_ref().is_some_and(|(_, f)| f.trim_start_matches('و').starts_with("ال"))
            {
                j += 1;
            }
        }
        let name = name_at(&words, j);
        if let Some((_, given)) = name.first() {
            people.insert(given.clone());
        }
        if name.len() < 2 {
            continue;
        }
        // The word the article calls them by: the most written of the name's words after the
        // given name, not «عبد الفتاح»'s parts («محمود درويش الفلسطيني» → «درويش»).
        let count = |f: &str| counts.get(f).copied().unwrap_or(0);
        let called = (1..name.len())
            .filter(|&k| !is_binding(&name[k].1) && !is_binding(&name[k - 1].1))
            .max_by_key(|&k| (count(&name[k].1), k));
        let Some(k) = called else { continue };
        let (shown, key) = (name[k].0, &name[k].1);
        let mentions = count(key);
        if mentions >= MIN_MENTIONS && best.is_none_or(|(n, _)| mentions > n) {
            best = Some((mentions, shown));
        }
    }
    // An article naming many people with titles (a family of scholars, a list of laureates)
    // is about none of them in particular.
    if people.len() > MAX_PEOPLE {
        return None;
    }
    best.map(|(_, w)| w.to_string())
}

/// The words of a name from `j`: not small words or numbers; «ال» only on a family name
/// after the given name («نبيل الحداد»), a nisba («الدلائي») or after «عبد»، «ابن»، «أبي»
/// («عبد الفتاح»).
fn name_at<'a>(words: &[Option<(&'a str, SmolStr)>], j: usize) -> Vec<(&'a str, SmolStr)> {
    let mut name: Vec<(&str, SmolStr)> = Vec::new();
    for w in words.iter().skip(j).take(MAX_NAME_WORDS) {
        let Some((text, f)) = w else { break };
        let bound = name.last().is_some_and(|(_, p)| is_binding(p));
        // «نبيل الحداد»، «محمد المرابط الدلائي»: a family name or a nisba after the given name.
        let family = name.len() == 1 || f.ends_with('ي');
        let ok = !is_function_word(f)
            && f.chars().count() >= 2
            && !f.chars().any(|c| c.is_ascii_digit())
            && (!f.starts_with("ال") || bound || family);
        if !ok {
            break;
        }
        name.push((text, f.clone()));
    }
    // «عبد الرحمن بن أبي»: a name does not end on a word that binds the next.
    while name.last().is_some_and(|(_, f)| is_binding(f)) {
        name.pop();
    }
    name
}

/// «عبد»، «ابن»، «أبي»: a word of a name that takes the next.
fn is_binding(f: &str) -> bool {
    matches!(f, "عبد" | "ابن" | "بن" | "ابي" | "ابو" | "ام")
}

/// Words that tell a birth or a death, folded.
fn life_told() -> &'static FxHashSet<String> {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| LIFE_TOLD.iter().map(|w| fold(w).to_string()).collect())
}

/// The article's Arabic words as written and folded; `None` where punctuation ends a phrase.
fn words_of(text: &str) -> Vec<Option<(&str, SmolStr)>> {
    let mut out = Vec::new();
    for chunk in text.split_whitespace() {
        // Arabic letters and marks (a name in Latin letters is not looked for): no Unicode
        // table lookup per character.
        let is_letter = |c: char| super::tokens::is_arabic(c) || super::compose::is_mark(c);
        let starts = chunk.starts_with(|c: char| !is_letter(c));
        let word = chunk.trim_matches(|c: char| !is_letter(c));
        if starts {
            out.push(None);
        }
        if !word.is_empty() && word.chars().all(is_letter) {
            out.push(Some((word, fold(word))));
        } else {
            out.push(None);
        }
        if chunk.ends_with(|c: char| !is_letter(c)) {
            out.push(None);
        }
    }
    out
}

fn titles() -> &'static FxHashSet<String> {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| PERSON_TITLES.iter().map(|w| fold(w).to_string()).collect())
}

/// A verb of a life's steps, past, either gender, without its «و»: «التحق»، «وعيّنت».
fn is_life_verb(f: &str) -> bool {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    let set = SET.get_or_init(|| LIFE_VERBS.iter().flat_map(|v| past_forms(v)).collect());
    set.contains(f)
}

/// The person an article is about ([`article_person`]), worked out the first time a
/// headline asks: most articles never do, and reading a whole article for names costs.
pub struct ArticlePerson<'a> {
    text: &'a str,
    found: std::cell::OnceCell<Option<String>>,
}

impl<'a> ArticlePerson<'a> {
    pub fn new(text: &'a str) -> Self {
        ArticlePerson { text, found: std::cell::OnceCell::new() }
    }

    pub fn get(&self) -> Option<&str> {
        self.found.get_or_init(|| article_person(self.text)).as_deref()
    }
}

/// Puts the article's person after a headline's opening verb of a life's step when the verb
/// has no subject of its own («التحق بالجامعة…» → «التحق طوقان بالجامعة…»).
pub(super) fn supply(pieces: &mut Vec<Piece>, person: &ArticlePerson) {
    let Some(Piece::Word(first)) = pieces.first() else { return };
    let verb = fold(&without_conjunction(first));
    // «بمعهد»، «لجامعة»: after a verb of a life's step, a preposition on a noun (a subject
    // would be the person's name or a noun with the article).
    let prepositional = matches!(pieces.get(1), Some(Piece::Word(w)) if fold(w).starts_with(['ب', 'ل', 'ك']));
    // «توفي» alone (its date and clause gone) takes the person too.
    if !is_life_verb(&verb) || (names_the_doer(pieces.get(1)) && !prepositional) {
        return;
    }
    let Some(person) = person.get() else { return };
    let key = fold(person);
    if pieces.iter().any(|p| matches!(p, Piece::Word(w) if fold(w).trim_start_matches('و') == key)) {
        return;
    }
    pieces[0] = Piece::Word(without_conjunction(first));
    pieces.insert(1, Piece::Word(person.to_string()));
}

#[cfg(test)]
mod tests {
    use super::super::headline_in;
    use super::*;

    const LIFE: &str = "رحل الموسيقار اللبناني الكبير نبيل الحداد عن عمر ناهز الثمانين. ولد الحداد في صيدا عام 1931، \
        والتحق بمعهد الموسيقى في بيروت عام 1950، ثم عمل مدرسًا للعود. وعيّن مديرًا للمعهد عام 1975. \
        وقال عنه تلاميذه إن الحداد ترك أثرًا كبيرًا.";

    fn in_life(date: &str) -> String {
        let at = LIFE.find(date).unwrap();
        let sentence =
            LIFE[..at].rfind('.').map_or(0, |d| d + 1)..LIFE[at..].find('.').map_or(LIFE.len(), |d| at + d);
        headline_in(LIFE, sentence, at..at + date.len(), &[], Some(&ArticlePerson::new(LIFE)))
    }

    #[test]
    fn the_person_a_biography_is_about() {
        assert_eq!(article_person(LIFE).as_deref(), Some("الحداد"));
        // A news report names people too, but tells no life.
        let news =
            "التقى الكاتب سامي النجار وزير الثقافة. وقال النجار إن المعرض ناجح. وأضاف النجار أن الزوار كثر.";
        assert_eq!(article_person(news), None);
        // A family of scholars: many people, none in particular.
        let family = "ومن علمائهم الشيخ أحمد بن علي الفاسي، والشيخ محمد بن أحمد الفاسي، والشيخ عبد الله بن محمد \
            الفاسي، والشيخ علي بن عبد الله الفاسي، وقد توفي أكثرهم بفاس، وترك الفاسي آثارًا.";
        assert_eq!(article_person(family), None);
    }

    #[test]
    fn a_step_of_the_life_told_without_its_subject_names_the_person() {
        assert_eq!(in_life("عام 1950"), "التحاق الحداد بمعهد الموسيقى في بيروت");
        assert_eq!(in_life("عام 1975"), "تعيين الحداد مديرًا للمعهد");
        // With its own subject the verb keeps it.
        assert_eq!(in_life("عام 1931"), "ولادة الحداد في صيدا");
    }
}
