//! Choosing what a headline says: the event noun nearest the date with its complement (who,
//! where), led by a short verb and subject when they fit; else the clause around the date.

use super::antecedent;
use super::clauses::Clauses;
use super::lexicon::{EventNoun, conjunction_letters, event_noun, fold};
use super::notes;
use super::phrase_end::{complement, cut_to, is_tens, negated_conjunct, then_clause};
use super::tidy;
use super::tokens::Kind;

/// A piece of a headline being built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Piece {
    Word(String),
    Quote,
}

/// The words that may lead an event noun («وقّعت أستانا ولندن اتفاقية…»): at most this many.
pub(super) const MAX_LEAD_WORDS: usize = 4;

/// The headline led by the event noun at `at`: «زيارة الرئيس الروسي فلاديمير بوتين إلى
/// بيلاروسيا», with a verb and subject before it when they are short and fit («وقّعت أستانا
/// ولندن اتفاقية تعاون عسكري»).
pub(super) fn noun_headline(c: &Clauses, at: usize, noun: EventNoun, limit: usize) -> Vec<Piece> {
    let mut head = noun_form(c.tokens[at].text, noun);
    // «بعدم تقديم المشروبات»: the noun's negation is half its meaning.
    let negation = (0..at).rev().find(|&j| c.tokens[j].kind != Kind::Junk).filter(|&j| {
        c.tokens[j].kind == Kind::Word
            && matches!(c.tokens[j].fold.as_str(), "عدم" | "بعدم" | "لعدم" | "وعدم")
    });
    if negation.is_some() {
        head = format!("عدم {}", head.trim_start_matches("ال"));
    }
    // «سدس عشر نهائي»، «ربع نهائي»: the round is part of the noun; «نهائي» alone is the final.
    if noun.lemma == "نهاءي" && !noun.has_article {
        head = format!("{}{head}", round_before(c, at));
    }
    // «أجرى بوتين زيارة إلى …» → «زيارة بوتين إلى …».
    if negation.is_none()
        && let Some(p) = super::support::doer_headline(c, at, noun, limit)
    {
        return p;
    }
    // «تخشى ضربات روسية» → «مخاوف من ضربات روسية»: not something that happened.
    if negation.is_none()
        && let Some(p) = super::modality::modal_headline(c, at, noun, limit)
    {
        return p;
    }
    let mut from = at + 1;
    // «الإعلان عن هدنة» → «إعلان هدنة».
    let next = (from..c.tokens.len()).find(|&j| c.tokens[j].kind != Kind::Junk);
    if noun.lemma == "اعلان" && next.is_some_and(|j| c.tokens[j].fold == "عن") {
        head = head.trim_start_matches("ال").to_string();
        from = next.map_or(from, |j| j + 1);
    }
    // «بدأت روسيا عمليتها العسكرية» → «عملية روسيا العسكرية»: the pronoun's antecedent, the
    // subject of the leading verb, takes its place.
    if noun.has_pronoun
        && let Some(lead) = lead_words(c, at)
        && let Some(subject) = antecedent::lead_subject(&words_of(&lead))
    {
        let mut out = vec![Piece::Word(antecedent::without_pronoun(&head, noun))];
        out.extend(subject.into_iter().map(Piece::Word));
        let (rest, _) = complement(c, from, limit.saturating_sub(pieces_len(&out) + 1), true);
        out.extend(rest);
        return out;
    }
    let (rest, complete) = complement(c, from, limit.saturating_sub(head.chars().count() + 1), true);
    // A noun after a preposition is led only by a verb and its subject («اعترفت سوريا
    // باستقلال…»), not by a verb alone («بدأت بزيارة») or a noun it qualifies («أعدت
    // الوزارة برنامجًا للزيارة»).
    let lead =
        lead_words(c, at).filter(|l| negation.is_none() && (!noun.has_preposition || word_count(l) == 2));
    if let Some(lead) = lead {
        let as_written = without_conjunction(c.tokens[at].text);
        let lead_len: usize = lead.iter().map(|p| piece_len(p) + 1).sum();
        let budget = limit.saturating_sub(lead_len + as_written.chars().count() + 1);
        let (short_rest, _) = complement(c, from, budget, true);
        let fits = complete && short_rest.len() == rest.len();
        // A verb and its subject («بوتين يخطط لجولات…») are worth a shorter complement, and so
        // is what a pronoun on the noun stands for.
        let verb_and_subject = word_count(&lead) == 2 && word_count(&short_rest) >= 1;
        let keeps_enough = noun.has_pronoun && word_count(&short_rest) >= 1.min(word_count(&rest));
        if fits || keeps_enough || verb_and_subject {
            let mut out = lead;
            out.push(Piece::Word(as_written));
            out.extend(short_rest);
            return out;
        }
    }
    let mut rest = rest;
    if noun.accusative {
        tidy::nominative_adjectives(&mut rest);
    }
    // «وافتتح [a long subject] يوم الأربعاء معرض الرياض الدولي للكتاب» → «افتتاح معرض الرياض
    // …»: the clause's event verb, too far for a lead, still says what was done with it.
    if let Some(done) = opening_event_verb(c, at, noun) {
        let mut out =
            vec![Piece::Word(done.to_string()), Piece::Word(head.trim_start_matches("ال").to_string())];
        let (rest, _) = complement(c, from, limit.saturating_sub(pieces_len(&out) + 1), true);
        out.extend(rest);
        return out;
    }
    let mut out = vec![Piece::Word(head)];
    out.extend(rest);
    out
}

/// «سجلت»، «شهدت»: a verb that only records a movement its object names (folded, «و» off).
fn is_recording_verb(f: &str) -> bool {
    matches!(f.strip_prefix('و').unwrap_or(f), "سجل" | "سجلت" | "شهد" | "شهدت")
}

/// The words naming a round before «نهائي» at `at`, with a space after them («سدس عشر »،
/// «ربع »), clitics off the first; empty when there are none.
fn round_before(c: &Clauses, at: usize) -> String {
    let word = |j: usize| c.tokens.get(j).filter(|t| t.kind == Kind::Word);
    let bare = |f: &str| f.trim_start_matches(['و', 'ف', 'ب', 'ل']).to_string();
    let Some(prev) = at.checked_sub(1).and_then(word) else { return String::new() };
    let cut = |t: &super::tokens::Token| {
        let skip = t.fold.chars().count() - bare(&t.fold).chars().count();
        t.text.chars().skip(skip).collect::<String>()
    };
    match bare(&prev.fold).as_str() {
        "ربع" | "نصف" | "ثمن" => format!("{} ", cut(prev)),
        "عشر" => match at.checked_sub(2).and_then(word) {
            Some(first) if bare(&first.fold) == "سدس" => format!("{} {} ", cut(first), prev.text),
            _ => String::new(),
        },
        _ => String::new(),
    }
}

/// The verbal noun of the event verb opening the noun's clause («وافتتح» → «افتتاح») when the
/// noun is its object after the date (bare, not the verb's own noun); none otherwise.
fn opening_event_verb(c: &Clauses, at: usize, noun: EventNoun) -> Option<&'static str> {
    if noun.has_preposition || noun.has_pronoun || at < c.date_at {
        return None;
    }
    let range = c.segments[c.segment_of[at]].clone();
    let first = range.clone().find(|&j| c.tokens[j].kind == Kind::Word && !c.tokens[j].in_date)?;
    let f = c.tokens[first].fold.strip_prefix(['و', 'ف']).unwrap_or(&c.tokens[first].fold);
    let done = super::lexicon::event_verb_noun(f)
        .or_else(|| super::lexicon::event_verb_noun(&c.tokens[first].fold))?;
    // The date right before the noun: «… يوم الأربعاء 9 مارس معرضَ …».
    let before = (range.start..at).rev().find(|&j| c.tokens[j].kind != Kind::Junk)?;
    (c.tokens[before].in_date && fold(done) != noun.lemma && first < c.date_at).then_some(done)
}

/// The clause around the date, when no event noun names it: its subject, verb and object,
/// without the date («ولد الشاعر في مدينة حلب»).
pub(super) fn clause_headline(c: &Clauses, limit: usize) -> Vec<Piece> {
    if let Some(p) = notes::died_note(c)
        .or_else(|| notes::edition_note(c, limit))
        .or_else(|| shared_subject(c, limit))
        .or_else(|| notes::life_verb_note(c))
    {
        return p;
    }
    let home = super::home::home_segment(c);
    let range = c.segments[home].clone();
    // Start at the clause's start, or a little before the date in a long clause.
    let mut start = range.start;
    // The date's clause, or the clause just before it when the date's holds nothing else
    // («… ولم يتم نشره إلا الآن، يوم الخميس»).
    let before_date = home == c.date_segment || (home + 1 == c.date_segment && range.end <= c.date_at);
    if before_date {
        let end = c.date_at.min(range.end);
        let before: Vec<usize> = (range.start..end).filter(|&j| c.is_content(j)).collect();
        // The last verb-like conjunct within the 10 words before the date starts the clause
        // the date is in («… ويبلغ الناتج المحلي …»، «سافر سنة 1200ه وعاد سنة 1210ه»); a
        // definite noun after «و» is coordination, not a clause («والتعديلات»). In a long
        // clause without one, the eighth word before the date.
        let near = &before[before.len().saturating_sub(10)..];
        let clause = near.iter().copied().rev().find(|&j| {
            starts_conjunct(c.tokens[j].text)
                && !c.tokens[j].fold.get(2..).is_some_and(|r| r.starts_with("ال"))
        });
        // «… ولم يتم نشره إلا يوم الخميس»، «… ثم أطلق شعارًا عام 1950»: a negated verb or a
        // verb after «ثم» nearer the date starts its clause; the negation is kept.
        let lowest = near.first().copied().unwrap_or(range.start);
        let marked = (lowest..end).rev().find(|&j| negated_conjunct(&c.tokens[j].fold) || then_clause(c, j));
        if let Some(m) = marked.filter(|&m| clause.is_none_or(|j| m > j)) {
            // «لم يُنشر الطلب إلا يوم الخميس» says it was published then: a negation undone by
            // «إلا» before the date goes with it.
            let exception = (m + 1..c.date_at).any(|j| c.tokens[j].fold == "الا");
            let first = if c.tokens[m].fold == "ثم" || exception { m + 1 } else { m };
            let (mut out, _) = complement(c, first, limit, false);
            if let Some(Piece::Word(w)) = out.first_mut() {
                *w = without_conjunction(w);
            }
            if word_count(&out) >= 2 {
                return out;
            }
        }
        match clause {
            Some(j) if before.len() > 6 => start = j,
            _ if before.len() > 8 => start = near[0],
            _ => {}
        }
    }
    let Some(first) = first_shown_word(c, start, range.end) else { return Vec::new() };
    // «… ويحيى حقي الذي فوّض …»: a relative clause opening with its verb is told of its
    // antecedent.
    let doer = (start == range.start && first == start + 1 && is_relative(c.tokens[start].text))
        .then(|| antecedent::relative_antecedent(c, start))
        .flatten()
        .map(|words| words.into_iter().map(Piece::Word).collect::<Vec<_>>())
        .filter(|doer| pieces_len(doer) + 12 < limit)
        .unwrap_or_default();
    let budget = if doer.is_empty() { limit } else { limit - pieces_len(&doer) - 1 };
    // «سجلت الخطوط الحديدية تراجعًا بنسبة 12% في عدد الركاب» is shown as «تراجع الخطوط
    // …» (see `tidy::nominalise`): the verb's room is the complement's.
    let recorded = is_recording_verb(&c.tokens[first].fold)
        && (first + 1..range.end.min(first + 6)).any(|j| {
            let t = &c.tokens[j];
            !t.fold.starts_with("ال") && super::measures::movement_noun(&t.fold).is_some()
        });
    let budget = if recorded { budget + c.tokens[first].text.chars().count() + 1 } else { budget };
    let (mut out, _) = complement(c, first, budget, false);
    if let Some(Piece::Word(w)) = out.first_mut() {
        *w = without_conjunction(w);
    }
    if doer.is_empty() || out.is_empty() {
        return out;
    }
    let mut with_doer = doer;
    with_doer.extend(out);
    with_doer
}

/// «ولد الشاعر عام 1868 …، وتوفي عام 1932»: a verb alone in the date's clause,
/// joined by «و» to the clause before, shares that clause's subject (the words after its
/// verb, up to a small word or another date).
fn shared_subject(c: &Clauses, limit: usize) -> Option<Vec<Piece>> {
    let ds = c.date_segment;
    let words: Vec<usize> = c.segments[ds].clone().filter(|&j| c.is_content(j)).collect();
    let [verb] = words[..] else { return None };
    if !starts_conjunct(c.tokens[verb].text) || verb > c.date_at {
        return None;
    }
    let prev = c.segments[ds.checked_sub(1)?].clone();
    let mut shown = prev.filter(|&j| c.tokens[j].kind != Kind::Junk);
    let first = shown.next()?;
    if !c.is_content(first) || event_noun(&c.tokens[first].fold).is_some() {
        return None;
    }
    let subject: Vec<Piece> = shown
        .take_while(|&j| {
            c.is_content(j) && c.tokens[j].kind == Kind::Word && !c.tokens[j].info.is_date_lead()
        })
        .map(|j| Piece::Word(c.tokens[j].text.to_string()))
        .take(4)
        .collect();
    if subject.is_empty() {
        return None;
    }
    let mut out = vec![Piece::Word(without_conjunction(c.tokens[verb].text))];
    out.extend(subject);
    cut_to(&mut out, limit);
    Some(out)
}

/// Up to [`MAX_LEAD_WORDS`] words between the start of the noun's clause and the noun, when
/// they can lead it: no small word right before the noun, no other event noun among them.
fn lead_words(c: &Clauses, at: usize) -> Option<Vec<Piece>> {
    let range = c.segments[c.segment_of[at]].clone();
    let prev = (range.start..at).rev().find(|&j| c.tokens[j].kind != Kind::Junk && !c.tokens[j].in_date)?;
    // «صوّت البرلمان على قانون …»، «وافق المجلس على اتفاقية …»: a verb's own «على» before its
    // object is part of the lead.
    let governed = c.tokens[prev].fold == "علي";
    if !c.is_content(prev) && !governed {
        return None;
    }
    // Adverbs in the accusative («رسميًا»، «بناءً») are left out to save room.
    let words: Vec<usize> = (range.start..at)
        .filter(|&j| c.tokens[j].is_word() && !c.tokens[j].in_date && !is_adverb(c.tokens[j].text))
        .skip_while(|&j| c.tokens[j].info.is_function_word())
        .collect();
    // The verb and its subject before «على», two or three words.
    if governed && !(3..=4).contains(&words.len()) {
        return None;
    }
    if words.is_empty()
        || words.len() > MAX_LEAD_WORDS
        || words.iter().any(|&j| is_document(&c.tokens[j].fold))
        || words.iter().any(|&j| event_noun(&c.tokens[j].fold).is_some())
    {
        return None;
    }
    // «حدث ارتفاع طفيف»، «جرت الانتخابات»: a verb that only says it happened adds nothing.
    if let [only] = words.as_slice()
        && matches!(
            c.tokens[*only].fold.trim_start_matches(['و', 'ف']),
            "حدث" | "حدثت" | "جري" | "جرت" | "تم" | "تمت" | "حصل" | "حصلت"
        )
    {
        return None;
    }
    let mut out: Vec<Piece> = words.iter().map(|&j| Piece::Word(c.tokens[j].text.to_string())).collect();
    if let Some(Piece::Word(w)) = out.first_mut() {
        *w = without_conjunction(w);
    }
    Some(out)
}

/// «سجل التقرير ارتفاع العجز»: a report, survey or set of figures records what happened; it
/// is not who did it, so a verb with it as subject does not lead the noun.
pub(super) fn is_document(f: &str) -> bool {
    // Folded: «مؤشرات» is «مءشرات».
    let f = f.strip_prefix('و').unwrap_or(f);
    let f = f.strip_prefix("ال").unwrap_or(f);
    matches!(
        f,
        "تقرير"
            | "بيانات"
            | "احصاءات"
            | "احصاءيات"
            | "ارقام"
            | "دراسه"
            | "مسح"
            | "نشره"
            | "مءشرات"
            | "جدول"
    )
}

/// An adverb in the accusative: «رسميًا»، «مجددًا»، «أيضًا» (an object in the accusative,
/// «برنامجًا», stays).
fn is_adverb(word: &str) -> bool {
    let f = fold(&without_conjunction(word));
    let tanween = word.trim_end_matches('ا').ends_with('\u{064B}');
    (tanween && f.ends_with("يا"))
        || matches!(
            f.as_str(),
            "ايضا"
                | "مجددا"
                | "مؤخرا"
                | "حاليا"
                | "رسميا"
                | "فعليا"
                | "تقريبا"
                | "بناء"
                | "ايضاً"
        )
}

/// The first token from `from` (before `end`) a headline may start with: no small words,
/// no date, nothing hidden.
fn first_shown_word(c: &Clauses, from: usize, end: usize) -> Option<usize> {
    (from..end).find(|&j| {
        let t = &c.tokens[j];
        t.is_word() && !t.in_date && !t.info.is_function_word() && t.kind == Kind::Word
    })
}

/// «الذي»، «التي»…
pub(super) fn is_relative(word: &str) -> bool {
    let f = fold(word);
    let f = f.strip_prefix('و').unwrap_or(&f);
    matches!(f, "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللذان" | "اللتان")
}

/// «و» + a word (not «وزير», not «والي»).
pub(super) fn starts_conjunct(word: &str) -> bool {
    let f = fold(word);
    // «والثلاثين» after «السادسة» is one number.
    f.starts_with('و') && conjunction_letters(&f) > 0 && !f.strip_prefix('و').is_some_and(is_tens)
}

/// The noun as a headline shows it: proclitics off, the article kept, the accusative alif off
/// («وقمتهم» → «قمتهم»، «للزيارة» → «الزيارة»، «اتفاقًا» → «اتفاق»).
pub(super) fn noun_form(word: &str, noun: EventNoun) -> String {
    let mut letters = 0;
    let mut start = word.len();
    for (b, ch) in word.char_indices() {
        if is_mark(ch) {
            continue;
        }
        if letters == noun.clitic_letters {
            start = b;
            break;
        }
        letters += 1;
    }
    let mut s = word[start..].to_string();
    if noun.article_merged {
        s = format!("ا{s}");
    }
    if noun.accusative {
        let trimmed = s.trim_end_matches(is_mark);
        let trimmed = trimmed.strip_suffix('ا').unwrap_or(trimmed);
        s = trimmed.trim_end_matches(is_mark).to_string();
    }
    s
}

/// A word without its leading conjunction: «وتوفي» → «توفي», «وزير» stays.
pub(super) fn without_conjunction(word: &str) -> String {
    let n = conjunction_letters(&fold(word));
    if n == 0 {
        return word.to_string();
    }
    let mut chars = word.char_indices().skip_while(|(_, c)| is_mark(*c));
    chars.next();
    let at = chars.find(|(_, c)| !is_mark(*c)).map_or(word.len(), |(b, _)| b);
    word[at..].to_string()
}

/// A noun with its article, without the preposition on it: «بالجولة» → «الجولة»،
/// «للجولة» → «الجولة» (ل ate the article's alef); none when no preposition stands before
/// an article.
pub(super) fn without_preposition(word: &str) -> Option<String> {
    let f = fold(word);
    if f.starts_with("لل") {
        Some(format!("ا{}", word.chars().skip(1).collect::<String>()))
    } else if f.starts_with("بال") || f.starts_with("كال") {
        Some(word.chars().skip(1).collect())
    } else {
        None
    }
}

pub(super) fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}') || super::tokens::is_format(c)
}

fn words_of(pieces: &[Piece]) -> Vec<String> {
    pieces.iter().filter_map(|p| if let Piece::Word(w) = p { Some(w.clone()) } else { None }).collect()
}

pub(super) fn word_count(pieces: &[Piece]) -> usize {
    pieces.iter().filter(|p| matches!(p, Piece::Word(_))).count()
}

fn piece_len(p: &Piece) -> usize {
    match p {
        Piece::Word(w) => w.chars().count(),
        Piece::Quote => 1,
    }
}

/// Characters of the pieces written with a space between words.
pub(super) fn pieces_len(pieces: &[Piece]) -> usize {
    // «1.8 %» is written «1.8%»: no space before the sign.
    let spaces = pieces.iter().skip(1).filter(|p| !is_per_cent(p)).count();
    pieces.iter().map(piece_len).sum::<usize>() + spaces
}

pub(super) fn is_per_cent(p: &Piece) -> bool {
    matches!(p, Piece::Word(w) if w == "%" || w == "٪")
}
