//! What a pronoun stands for. «جولته الأخيرة»: an event noun with a possessive pronoun names
//! the event only with what the pronoun stands for. When the article named the same event
//! shortly before with the article and an adjective («الجولة الخليجية»), that name is used.
//! «ويحيى حقي الذي فوّض …»: a relative clause's doer is the noun before its pronoun.

use super::clauses::Clauses;
use super::compose::Piece;
use super::lexicon::{EventNoun, conjunction_letters, event_noun, fold, is_function_word, is_reporting_verb};
use super::tokens::{self, Kind};

/// The longest antecedent taken before a relative pronoun: a name and a title.
const MAX_ANTECEDENT_WORDS: usize = 3;

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
        let noun =
            if n.has_preposition { super::compose::without_preposition(&noun).unwrap_or(noun) } else { noun };
        // «الجولة الخليجية التي زار خلالها الرئيس الروسي فلاديمير بوتين …»: the doer named
        // right after it makes it «جولة بوتين الخليجية».
        if let Some(name) = doer_after(&toks[i + 1 + adjectives.len()..])
            && let Some(bare) = noun.strip_prefix("ال")
        {
            return Some([bare.to_string(), name].into_iter().chain(adjectives).collect());
        }
        return Some(std::iter::once(noun).chain(adjectives).collect());
    }
    None
}

/// Tokens before a relative pronoun its antecedent is looked for in.
const RELATIVE_REACH: usize = 12;

/// «مؤتمر صحفي يتعلق بهذا الشأن، والذي سيتم انعقاده يوم …»: a noun with a pronoun in a
/// relative clause («الذي»، «التي» a few words before it) stands for the nearest event noun
/// before the relative pronoun (within [`RELATIVE_REACH`]), of the pronoun's gender: its words
/// up to a small word («مؤتمر صحفي»). None when there is no such noun.
pub(super) fn relative_event_noun(c: &Clauses, at: usize, noun: EventNoun) -> Option<(String, Vec<String>)> {
    let relative =
        (at.saturating_sub(4)..at).rev().find(|&j| super::compose::is_relative(c.tokens[j].text))?;
    // As written: folding reads «انعقاده» as «انعقادة», hiding its pronoun.
    let shown = super::compose::noun_form(c.tokens[at].text, noun);
    let written = shown.trim_end_matches(super::compose::is_mark);
    let (stem, feminine) = if let Some(stem) = written.strip_suffix("ها") {
        (stem, true)
    } else if let Some(stem) = written.strip_suffix('ه') {
        (stem, false)
    } else {
        return None;
    };
    // The singular's ة, written ت before the pronoun, comes back («قمتها» → «قمة»).
    let stem = match stem.strip_suffix('ت') {
        Some(base) if noun.lemma.ends_with('ه') => format!("{base}ة"),
        _ => stem.to_string(),
    };
    if fold(&stem).chars().count() < 3 {
        return None;
    }
    // «… بشأن الموازنة، والذي سيتم انعقاده»: «الموازنة» is not what «ه» stands for.
    // Within a phrase's reach of the relative pronoun: a noun further back is another's.
    let antecedent = (relative.saturating_sub(RELATIVE_REACH)..relative).rev().find(|&j| {
        let t = &c.tokens[j];
        t.kind == Kind::Word
            && !t.in_date
            && event_noun(&t.fold).is_some_and(|n| !n.has_pronoun)
            && t.looks_feminine() == feminine
    })?;
    let t = &c.tokens[antecedent];
    let n = event_noun(&t.fold)?;
    let mut words = vec![super::compose::noun_form(t.text, n)];
    words.extend(
        c.tokens[antecedent + 1..relative]
            .iter()
            .take_while(|a| {
                a.kind == Kind::Word
                    && !a.info.is_function_word()
                    && !a.in_date
                    && event_noun(&a.fold).is_none()
            })
            // «مؤتمر صحفي»: the noun and its adjective, not what the clause goes on to say.
            .take(1)
            .map(|a| a.text.to_string()),
    );
    Some((stem, words))
}

/// Words an earlier naming pointed back to by a demonstrative may have, at most.
const MAX_NAMING_WORDS: usize = 6;

/// «… وعلى الرغم من هذا الارتفاع»، «المشاركة بهذا المعرض»: a demonstrative before the noun
/// (folded, with its clitics).
pub(super) fn is_demonstrative(f: &str) -> bool {
    matches!(
        f,
        "هذا"
            | "هذه"
            | "ذلك"
            | "تلك"
            | "وهذا"
            | "وهذه"
            | "وتلك"
            | "بهذا"
            | "بهذه"
            | "بتلك"
            | "لهذا"
            | "لهذه"
            | "لتلك"
            | "فهذا"
            | "فهذه"
    )
}

/// The earlier naming of the event `lemma` that «هذا …» points back to, before byte `before`:
/// the noun as written there with the words that name it, up to a clause's end
/// («معرض أكسبو أميركا الدولي للكتاب»، «ارتفاع طفيف في أسعار السلع الغذائية»). None when
/// it is not named earlier, or only with a pronoun or a demonstrative of its own.
pub(super) fn named_before_pointed(text: &str, before: usize, lemma: &str) -> Option<Vec<String>> {
    let w = tokens::look_back(text, before, LOOK_BACK_BYTES);
    let toks = tokens::tokenize(&w, &[]);
    // The last token is the demonstrative itself or the noun: start before them.
    for i in (0..toks.len().saturating_sub(1)).rev() {
        let t = &toks[i];
        if t.kind != Kind::Word {
            continue;
        }
        let Some(n) = event_noun(&t.fold) else { continue };
        if n.lemma != lemma || n.has_pronoun || (i > 0 && is_demonstrative(&toks[i - 1].fold)) {
            continue;
        }
        let mut words: Vec<String> = Vec::new();
        for a in toks[i + 1..].iter().take(MAX_NAMING_WORDS - 1) {
            // A clause, a conjunct or another event starts where the naming ends.
            let ends = a.kind != Kind::Word
                || a.info.is_clause_opener()
                || is_demonstrative(&a.fold)
                || super::compose::starts_conjunct(a.text)
                || event_noun(&a.fold).is_some();
            if ends {
                break;
            }
            words.push(a.text.to_string());
        }
        while words.last().is_some_and(|w| is_function_word(&fold(w))) {
            words.pop();
        }
        if words.is_empty() {
            return None;
        }
        let noun = super::compose::without_conjunction(t.text);
        let noun = if n.has_preposition {
            super::compose::without_preposition(&noun).unwrap_or_else(|| super::compose::noun_form(t.text, n))
        } else {
            noun
        };
        return Some(std::iter::once(noun).chain(words).collect());
    }
    None
}

/// Tokens after an earlier naming its doer's office is looked for in, within its clause.
const DOER_REACH: usize = 6;

/// The last name of an office holder named in the clause right after a naming («… التي زار
/// خلالها الرئيس الروسي فلاديمير بوتين» → «بوتين»).
fn doer_after(toks: &[tokens::Token]) -> Option<String> {
    let clause: Vec<&tokens::Token> =
        toks.iter().take_while(|t| t.kind != Kind::Break).take(DOER_REACH + 4).collect();
    let title = clause
        .iter()
        .take(DOER_REACH)
        .position(|t| t.kind == Kind::Word && super::support::is_office_title(&t.fold))?;
    let words: Vec<String> = clause[title..]
        .iter()
        .take_while(|t| t.kind == Kind::Word)
        .take(5)
        .map(|t| t.text.to_string())
        .collect();
    super::support::short_name(&words)?.pop()
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

/// «… ويحيى حقي الذي فوّض للناقد شكري عياد رئاسة التحرير عام 1970»: a relative clause that
/// opens with its verb (the word after the pronoun at `relative` has no article) is told of the
/// noun before the pronoun, its doer: «يحيى حقي». That noun phrase is the content words right
/// before the pronoun, at most [`MAX_ANTECEDENT_WORDS`], starting after a break, a small word
/// or the window's start, or at a word carrying «و» («ويحيى»), without a reporting verb
/// before it; none when it is longer, is the object of a preposition («للسيارة التي»), is
/// part of a date, or the window was cut before it.
pub(super) fn relative_antecedent(c: &Clauses, relative: usize) -> Option<Vec<String>> {
    let verb = c.tokens.get(relative + 1)?;
    if verb.kind != Kind::Word || verb.fold.starts_with("ال") || !c.is_content(relative + 1) {
        return None;
    }
    // «… التي تدوم عقدًا والتي تبلغ ذروتها»: the second tells of the first one's noun.
    let relative = super::resumptive::first_of_joined(c, relative).unwrap_or(relative);
    let mut words: Vec<usize> = Vec::new();
    // «المسلسلات الكوميدية هي التي تحقق …»: the pronoun between a noun and its relative
    // singles the noun out; the noun is still the doer.
    let cleft =
        relative > 0 && matches!(c.tokens[relative - 1].fold.as_str(), "هو" | "هي" | "هم" | "هن" | "هما");
    let mut k = if cleft { relative - 1 } else { relative };
    let starts = loop {
        if k == 0 {
            break !c.cut_start;
        }
        let t = &c.tokens[k - 1];
        if t.kind != Kind::Word || !c.is_content(k - 1) {
            // A break, a bracket or a small word («كل من») ends the phrase; debris or a date
            // in it does not leave a name.
            break matches!(t.kind, Kind::Break | Kind::Open | Kind::Close | Kind::Word)
                && !t.in_date
                && !t.other_date;
        }
        if words.len() == MAX_ANTECEDENT_WORDS {
            break false;
        }
        // «خمس سنوات التي …» is no one's name.
        if crate::dates::is_number_word(&t.fold) {
            return None;
        }
        // «… للسيارة التي يقودها»: a noun after a preposition is not the doer.
        if ["بال", "لل", "كال", "وبال", "ولل"].iter().any(|p| t.fold.starts_with(p)) {
            return None;
        }
        words.push(k - 1);
        k -= 1;
        // «ويحيى»: the conjunct starts here; not «الرياضية والإخبارية», two adjectives.
        let joined_adjective = t.fold.starts_with("وال")
            && k > 0
            && c.tokens[k - 1].kind == Kind::Word
            && c.tokens[k - 1].fold.starts_with("ال");
        if conjunction_letters(&t.fold) > 0 && !joined_adjective {
            break true;
        }
    };
    if words.is_empty() || !starts {
        return None;
    }
    words.reverse();
    // «أضاف التقرير الذي …»: the verb reporting it is not part of the noun.
    if is_reporting_verb(&c.tokens[words[0]].fold) {
        words.remove(0);
    }
    if words.is_empty() {
        return None;
    }
    let mut out: Vec<String> = words.iter().map(|&j| c.tokens[j].text.to_string()).collect();
    out[0] = super::compose::without_conjunction(&out[0]);
    Some(out)
}

/// Words of a reported clause's topic, at most.
const MAX_TOPIC_WORDS: usize = 3;

/// «أكدت الوزارة أن الاقتصاد المصري بدأ … وكان قد بلغ نموه 0.4%»: a headline opening with a
/// noun whose pronoun stands for the topic of the reported clause it is in (the definite
/// noun phrase after «أن», of the pronoun's gender) takes that topic in its place: «نمو
/// الاقتصاد المصري 0.4%». Left as it is when no such topic is found.
/// `before` is the sentence's text before the window (empty when the window holds its
/// start), where the topic is looked for when the window does not hold it.
pub(super) fn topic_for_pronoun(c: &Clauses, before: &str, pieces: &mut Vec<Piece>) {
    let Some(Piece::Word(first)) = pieces.first() else { return };
    // Most headlines open with no pronoun: a look at the last letter before the lexicon.
    if !first.trim_end_matches(super::compose::is_mark).ends_with('ه') {
        return;
    }
    let Some(noun) = event_noun(&fold(first)).filter(|n| n.has_pronoun && n.pronoun_letters <= 2) else {
        return;
    };
    let written = first.trim_end_matches(super::compose::is_mark);
    // «ه» stands for a masculine noun, «ها» for a feminine one; «هم» and the rest for people.
    let feminine = if written.ends_with("ها") && noun.pronoun_letters == 2 {
        true
    } else if written.ends_with('ه') && noun.pronoun_letters == 1 {
        false
    } else {
        return;
    };
    // The word in the window, before the date.
    let Some(at) =
        (0..c.date_at).rev().find(|&j| c.tokens[j].kind == Kind::Word && c.tokens[j].text.ends_with(written))
    else {
        return;
    };
    let is_that = |t: &tokens::Token| matches!(t.fold.as_str(), "ان" | "بان");
    let topic_after = |toks: &[tokens::Token]| -> Vec<String> {
        toks.iter()
            .take_while(|t| {
                t.kind == Kind::Word && t.fold.starts_with("ال") && !t.info.is_function_word() && !t.in_date
            })
            .take(MAX_TOPIC_WORDS)
            .map(|t| t.text.to_string())
            .collect()
    };
    let topic = match (0..at).rev().find(|&j| is_that(&c.tokens[j])) {
        Some(that) => topic_after(&c.tokens[that + 1..at]),
        None if c.cut_start && !before.is_empty() => {
            // The sentence's start, before the window: as far back as a window reaches.
            let w = tokens::look_back(before, before.len(), tokens::WINDOW_BYTES);
            let toks = tokens::tokenize(&w, &[]);
            match toks.iter().rposition(is_that) {
                // «أن» the window's last word before: the topic opens the window.
                Some(that) if that + 1 == toks.len() => {
                    let first = c.tokens.iter().position(|t| t.kind != Kind::Junk).unwrap_or(0);
                    topic_after(&c.tokens[first..at])
                }
                Some(that) => topic_after(&toks[that + 1..]),
                None => return,
            }
        }
        None => return,
    };
    let Some(head) = topic.first() else { return };
    let head_fold = fold(head);
    let head_feminine = head.ends_with('ة') || head_fold.ends_with("ات");
    if head_feminine != feminine || event_noun(&head_fold).is_some() {
        return;
    }
    let stem = without_pronoun(first, noun);
    pieces.splice(0..1, std::iter::once(stem).chain(topic).map(Piece::Word));
}
