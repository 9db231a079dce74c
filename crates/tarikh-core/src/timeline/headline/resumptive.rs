//! The pronoun a relative clause points back with («العائد»): in «برنامج تحديث المصانع الذي
//! بدأ تنفيذه عام 2019» the «ه» of «تنفيذه» is the programme, so the event is «بدء تنفيذ برنامج
//! تحديث المصانع», not «بدء تنفيذه». Arabic puts «الذي»/«التي» only after a definite noun
//! phrase, and a pronoun in the clause of the relative's gender stands for it.

use super::clauses::Clauses;
use super::compose::{Piece, is_relative, pieces_len, without_conjunction};
use super::lexicon::{EventNoun, conjunction_letters, event_verb_noun, is_reporting_verb};
use super::tokens::Kind;

/// Words of the described noun phrase, at most: «برنامج تحديث المصانع الوطنية».
const MAX_PHRASE_WORDS: usize = 4;

/// Tokens looked back over, from the relative pronoun, for the phrase it describes.
const REACH: usize = 12;

/// The relative pronoun (token index) within a few tokens before `at`, when `at`'s word ends
/// with a pronoun of its gender: «الذي … ـه»، «التي … ـها».
pub(super) fn relative_of_pronoun(c: &Clauses, at: usize) -> Option<usize> {
    let relative = (at.saturating_sub(4)..at).rev().find(|&j| is_relative(c.tokens[j].text))?;
    // No clause break between the relative and the word: it is the relative's clause.
    if c.tokens[relative..at].iter().any(|t| t.kind == Kind::Break) {
        return None;
    }
    let rel = bare_relative(&c.tokens[relative].fold);
    let written = c.tokens[at].text.trim_end_matches(super::compose::is_mark);
    let agrees = match rel {
        "الذي" => written.ends_with('ه') && !written.ends_with("ها"),
        "التي" => written.ends_with("ها"),
        _ => false,
    };
    agrees.then_some(relative)
}

fn bare_relative(f: &str) -> &str {
    f.strip_prefix('و').unwrap_or(f)
}

#[derive(Clone, Copy)]
enum Gender {
    Masculine,
    Feminine,
}

/// The definite noun phrase the relative pronoun at `relative` describes, as written
/// («برنامج تحديث المصانع»، «المنتخب الوطني»), at most [`MAX_PHRASE_WORDS`] words. A relative
/// joined by «و» («… التي تتكرر كل عام والتي …»، «مشروع السكك الحديدية لربط المدن والذي …»)
/// describes what the first one describes, or the phrase before the words that qualified it.
/// None when no such phrase is sure: an indefinite one, a number, a verb, too many words.
pub(super) fn described_phrase(c: &Clauses, relative: usize) -> Option<Vec<String>> {
    let gender = match bare_relative(&c.tokens[relative].fold) {
        "الذي" => Gender::Masculine,
        "التي" => Gender::Feminine,
        _ => return None,
    };
    // «… التي تدوم عقدًا والتي …»: the same phrase as the first relative's.
    if let Some(first) = first_of_joined(c, relative) {
        return phrase_before(c, first, false, gender);
    }
    phrase_before(c, relative, c.tokens[relative].fold.starts_with('و'), gender)
}

/// For a relative joined by «و» («والتي»), the first relative of its kind it is joined to, in
/// the same clause within [`REACH`] tokens: «الموجات التي تتكرر كل عام والتي …».
pub(super) fn first_of_joined(c: &Clauses, relative: usize) -> Option<usize> {
    let rel_fold = &c.tokens[relative].fold;
    if !rel_fold.starts_with('و') {
        return None;
    }
    (relative.saturating_sub(REACH)..relative)
        .rev()
        .take_while(|&j| c.tokens[j].kind != Kind::Break)
        .find(|&j| c.tokens[j].fold == bare_relative(rel_fold))
}

/// The phrase of content words right before `before`; with `qualified` (a relative joined by
/// «و» to what qualified a phrase), the phrase before that qualifier: the nearest word opening
/// a prepositional phrase right after a definite word, within the clause («مشروع السكك
/// الحديدية | لربط المدن الثلاث خلال 8 سنوات والذي …»).
fn phrase_before(c: &Clauses, before: usize, qualified: bool, gender: Gender) -> Option<Vec<String>> {
    let definite = |j: usize| {
        let f = &c.tokens[j].fold;
        let f = f.strip_prefix('و').unwrap_or(f);
        f.starts_with("ال")
    };
    let before = if qualified {
        (before.saturating_sub(REACH).max(1)..before)
            .rev()
            .take_while(|&j| c.tokens[j].kind != Kind::Break)
            .find(|&j| {
            let (t, prev) = (&c.tokens[j], &c.tokens[j - 1]);
            t.kind == Kind::Word
                && (t.fold.starts_with('ل') || t.fold.starts_with('ب'))
                && !t.fold.starts_with("ال")
                && prev.kind == Kind::Word
                && c.is_content(j - 1)
                && definite(j - 1)
        })?
    } else {
        before
    };
    let mut run: Vec<usize> = Vec::new();
    let mut k = before;
    while k > 0 && run.len() < 2 * MAX_PHRASE_WORDS {
        let t = &c.tokens[k - 1];
        if t.kind != Kind::Word || t.in_date || t.other_date || !c.is_content(k - 1) {
            break;
        }
        run.push(k - 1);
        k -= 1;
    }
    run.reverse();
    // A construct's words before its last are bare, an adjective after a definite noun is
    // definite: a bare word after a definite one starts another phrase («تابع الحضور |
    // افتتاح المعرض»).
    if let Some(i) = (1..run.len()).rev().find(|&i| definite(run[i - 1]) && !definite(run[i])) {
        run.drain(..i);
    }
    let is_number = |j: usize| {
        let f = &c.tokens[j].fold;
        crate::dates::is_number_word(f.strip_prefix('و').unwrap_or(f))
    };
    let verb_like = |j: usize| {
        let f = &c.tokens[j].fold;
        is_reporting_verb(f) || event_verb_noun(f).is_some()
    };
    let (&last, &first) = (run.last()?, run.first()?);
    let sure = definite(last)
        && !run.iter().any(|&j| is_number(j) || verb_like(j))
        // A phrase opening the window's cut edge may have lost its first words.
        && !(first == 0 && c.cut_start);
    if !sure {
        return None;
    }
    // Where the phrase may start: at the run's first word unless it looks like a verb
    // leading its clause («وزار»), or at a definite word after a definite word («زار الوفد |
    // المحطة الجديدة»: subject, then object). The first start whose head has the relative's
    // gender; «التي» also describes a broken plural («المشاريع»), taken when nothing else
    // is in question.
    let feminine = |j: usize| c.tokens[j].looks_feminine();
    let leads_with_verb = conjunction_letters(&c.tokens[first].fold) > 0 && !definite(first);
    let starts: Vec<usize> = (0..run.len())
        .filter(|&s| if s == 0 { !leads_with_verb } else { definite(run[s]) && definite(run[s - 1]) })
        .collect();
    let agreeing = starts.iter().copied().find(|&s| match gender {
        Gender::Masculine => !feminine(run[s]),
        Gender::Feminine => feminine(run[s]),
    });
    let start = match (agreeing, gender) {
        (Some(s), _) => s,
        (None, Gender::Feminine) if starts == [0] => 0,
        _ => return None,
    };
    run.drain(..start);
    if run.len() > MAX_PHRASE_WORDS {
        return None;
    }
    let mut words: Vec<String> = run.iter().map(|&j| c.tokens[j].text.to_string()).collect();
    words[0] = without_conjunction(&words[0]);
    Some(words)
}

/// `pieces` with the word `written` (the noun `noun` with the relative's pronoun, as the
/// headline shows it) naming `phrase` instead: «بدأ تنفيذه» → «بدأ تنفيذ برنامج تحديث
/// المصانع». What followed is kept as far as the headline has room. Unchanged when the word
/// is not in the headline or the phrase leaves no room.
pub(super) fn name_in(
    pieces: &mut Vec<Piece>,
    written: &str,
    noun: EventNoun,
    phrase: Vec<String>,
    limit: usize,
) {
    let Some(i) = pieces
        .iter()
        .position(|p| matches!(p, Piece::Word(w) if !w.is_empty() && written.ends_with(w.as_str())))
    else {
        return;
    };
    let Piece::Word(w) = &pieces[i] else { return };
    let stem = super::antecedent::without_pronoun(w, noun);
    let mut out: Vec<Piece> = pieces[..i].to_vec();
    out.push(Piece::Word(stem));
    out.extend(phrase.into_iter().map(Piece::Word));
    if pieces_len(&out) > limit {
        return;
    }
    for p in &pieces[i + 1..] {
        let mut longer = out.clone();
        longer.push(p.clone());
        if pieces_len(&longer) > limit {
            break;
        }
        out = longer;
    }
    *pieces = out;
}

#[cfg(test)]
mod tests {
    use super::super::tests::of;

    #[test]
    fn the_relatives_pronoun_names_the_phrase_it_describes() {
        let s = "وتحدث الوزير عن برنامج تحديث المصانع الذي بدأ تنفيذه في عام 2019.";
        assert_eq!(of(s, "عام 2019"), "بدء تنفيذ برنامج تحديث المصانع");
        // Feminine: «التي … ـها».
        let s = "وزار الوفد المحطة الشمسية الجديدة التي جرى افتتاحها في 4 مايو 2022.";
        assert_eq!(of(s, "4 مايو 2022"), "افتتاح المحطة الشمسية الجديدة");
    }

    #[test]
    fn a_relative_joined_by_and_describes_the_phrase_before_its_qualifier() {
        let s = "وتحدث عن تمويل برنامج تجديد الأسطول لشراء 12 قطارا خلال 8 سنوات والذي بدأ تنفيذه منذ 2016.";
        assert_eq!(of(s, "منذ 2016"), "بدء تنفيذ تمويل برنامج تجديد الأسطول");
        // Joined to a first relative: what that one describes, here the doer of the verb.
        let s = "وأشار إلى موجات الحر التي تتكرر كل خمس سنوات والتي ستبلغ ذروتها في صيف 2030.";
        assert_eq!(of(s, "صيف 2030"), "موجات الحر ستبلغ ذروتها");
    }

    #[test]
    fn no_phrase_is_taken_that_is_not_sure() {
        // A count is not a name.
        let s = "يتابع العلماء موجات الحر التي تتكرر كل خمس سنوات والتي ستبلغ ذروتها في صيف 2030.";
        assert!(!of(s, "صيف 2030").contains("خمس"), "{}", of(s, "صيف 2030"));
        // The pronoun of the other gender is not the relative's.
        let s = "وتحدث الوزير عن الخطة الوطنية التي بدأ تنفيذه في عام 2019.";
        assert!(!of(s, "عام 2019").contains("الخطة"), "{}", of(s, "عام 2019"));
        // Too long a phrase to know where it starts.
        let s =
            "وتحدث عن تمويل برنامج تجديد أسطول الشركة لشراء 12 قطارا خلال 8 سنوات والذي بدأ تنفيذه منذ 2016.";
        assert_eq!(of(s, "منذ 2016"), "بدء تنفيذه");
    }
}
