//! Which event noun names what happened at the date: the nearest one, counting content
//! words and clause breaks, with the clause's topic, a relative clause's head and light
//! nouns that introduce another («بدء العملية») taken into account.

use super::clauses::Clauses;
use super::compose::{is_relative, starts_conjunct};
use super::lexicon::{EventNoun, event_noun};
use super::tokens::Kind;

/// How far (in content words, with clause breaks counted heavier) an event noun may be from
/// its date and still name it; further before the date in the date's own clause, where it is
/// the clause's topic («أن صادرات القمح تراجعت … مقارنة بعام 2019»).
const MAX_NOUN_SCORE: usize = 12;
const MAX_TOPIC_SCORE: usize = 16;

/// The event noun that names what happened at the date, if one is near enough.
pub(super) fn nearest_event_noun(c: &Clauses) -> Option<(usize, EventNoun)> {
    let ds = c.date_segment;
    // Three full clauses on each side at most (weak ones, «كعادته،», do not count).
    let reach = |step: fn(usize) -> Option<usize>| {
        let (mut s, mut full) = (ds, 0);
        while let Some(next) = step(s).filter(|&n| n < c.segments.len()) {
            full += usize::from(!c.is_weak(next));
            if full > 3 {
                break;
            }
            s = next;
        }
        s
    };
    let lo = reach(|s| s.checked_sub(1));
    let hi = reach(|s| s.checked_add(1));
    let ds_weak = c.is_weak(ds);
    let date_end = (c.date_at..c.tokens.len()).find(|&j| !c.tokens[j].in_date).unwrap_or(c.tokens.len());
    let date_ends_clause = c.content_between(date_end, c.segments[ds].end) == 0;
    let relative_date_clause = c.segments[ds]
        .clone()
        .find(|&j| c.tokens[j].is_word())
        .is_some_and(|j| is_relative(c.tokens[j].text) || c.tokens[j].fold.trim_start_matches('و') == "الت");
    // A relative clause with an event noun of its own before the date («والذي تجلى في تعليق
    // المتحدثة … في 19 ديسمبر») dates that noun.
    let ds_has_noun = (c.segments[ds].start..c.date_at).any(|j| c.nouns[j].is_some());
    let mut best: Option<(usize, usize, EventNoun)> = None;
    for s in lo..=hi {
        for i in c.segments[s].clone() {
            let t = &c.tokens[i];
            if t.kind != Kind::Word || t.in_date {
                continue;
            }
            let Some(noun) = after_tamma(c, i).or(c.nouns[i]) else { continue };
            if qualifies_another(c, i, noun) {
                continue;
            }
            // A noun in another clause names that clause's event when the date's own clause
            // has words of its own («… بين 1990 و1994، وفي عام 1996 عين سفيرا»).
            // A relative clause holding the date belongs to the noun before it («الحريق الذي
            // شهدته المدينة مساء الجمعة»).
            if s != ds && !ds_weak && !(s + 1 == ds && relative_date_clause) {
                continue;
            }
            // A date-only clause that goes with the full clause before it («وضعت خطة لمتابعة
            // الأسعار، خلال شهري يوليو وأغسطس بشكل يومي، لمواجهة …») leaves the clauses after
            // it to their own dates.
            if ds_weak && s > ds && !c.date_leads_next && ds > 0 && !c.is_weak(ds - 1) {
                continue;
            }
            // The noun a relative clause holding the date follows is as near as the words
            // between them («مسابقة الملك عبدالعزيز الدولية لحفظ القرآن التي تنظمها الوزارة
            // في …»).
            let base = if s + 1 == ds && relative_date_clause && !ds_has_noun {
                c.content_between(i + 1, c.segments[s].end) + 2
            } else {
                score(c, i, s, ds_weak)
            };
            let mut score = base + usize::from(noun.has_pronoun) - if noun.weight >= 2 { 2 } else { 0 };
            let topic = s == ds && i < c.date_at;
            // «أن مؤتمر المانحين … سيعقد في 20 سبتمبر»: a date closing its clause dates the
            // clause's topic, its first words.
            // Not a time adverbial («وخلال فترة الحكم»), nor an event another date dates
            // («إعلان الاتحاد الأوروبي نهاية مايو 2022 عن حظر … بنهاية 2022»).
            let adverbial = (c.segments[s].start..i).any(|j| {
                matches!(
                    c.tokens[j].fold.as_str(),
                    "خلال" | "وخلال" | "اثناء" | "واثناء" | "ابان" | "في" | "وفي"
                )
            });
            let dated_apart = (i..c.date_at).any(|j| c.tokens[j].other_date);
            if topic
                && date_ends_clause
                && !adverbial
                && !dated_apart
                && c.content_between(c.segments[s].start, i) <= 1
            {
                score = score.saturating_sub(8);
            }
            if score > if topic { MAX_TOPIC_SCORE } else { MAX_NOUN_SCORE } {
                continue;
            }
            // A topic far back in the clause loses to any noun within the usual reach.
            if score > MAX_NOUN_SCORE {
                score += MAX_TOPIC_SCORE;
            }
            if best.as_ref().is_none_or(|(b, _, _)| score < *b) {
                best = Some((score, i, noun));
            }
        }
    }
    let (_, mut at, mut noun) = best?;
    // «مع اقتراب 9 مايو … الإعلان عن هدنة»: a date that is approaching when something is
    // announced is the date of what was announced.
    let approaching = (c.date_at.saturating_sub(3)..c.date_at)
        .any(|j| matches!(c.tokens[j].fold.trim_start_matches('و'), "اقتراب" | "عشيه" | "قبيل" | "حلول"));
    if approaching
        && noun.lemma == "اعلان"
        && let Some(j) =
            (at + 1..(at + 4).min(c.tokens.len())).find(|&j| c.nouns[j].is_some_and(|n| n.weight >= 2))
        && let Some(announced) = c.nouns[j]
    {
        return Some((j, announced));
    }
    // «بدء العملية العسكرية»، «توقيع اتفاقية»: the noun that introduces it leads.
    if let Some(prev) = (0..at).rev().find(|&j| c.tokens[j].kind != Kind::Junk)
        && c.tokens[prev].kind == Kind::Word
        && !c.tokens[prev].in_date
        && c.segment_of[prev] == c.segment_of[at]
        && let Some(light) =
            event_noun(&c.tokens[prev].fold).filter(|n| n.weight == 1 && !noun.has_preposition)
    {
        (at, noun) = (prev, light);
    }
    Some((at, noun))
}

/// «تم تدشين المشروع»: the verbal noun after «تم» is what happened.
fn after_tamma(c: &Clauses, i: usize) -> Option<EventNoun> {
    let prev = (0..i).rev().find(|&j| c.tokens[j].kind != Kind::Junk)?;
    let tamma = matches!(c.tokens[prev].fold.as_str(), "تم" | "يتم" | "سيتم" | "وتم" | "ويتم" | "فتم");
    let word = &c.tokens[i].fold;
    (tamma && word.chars().count() >= 4 && !c.tokens[i].info.is_function_word()).then_some(EventNoun {
        clitic_letters: 0,
        article_merged: false,
        has_preposition: false,
        has_pronoun: false,
        pronoun_letters: 0,
        accusative: false,
        has_article: false,
        weight: 2,
        lemma: "",
    })
}

/// Distance of a noun at token `i` (segment `s`) from the date: content words between them,
/// 4 for each full clause crossed; a noun after the date in the date's own clause counts
/// double (the date usually follows the noun it dates: «زيارة بوتين … في 19 ديسمبر»).
fn score(c: &Clauses, i: usize, s: usize, ds_weak: bool) -> usize {
    let ds = c.date_segment;
    let (a, b) = if i < c.date_at { (i + 1, c.date_at) } else { (c.date_at, i) };
    let words = c.content_between(a, b);
    let (s0, s1) = (s.min(ds), s.max(ds));
    let crossed = (s0 + 1..s1).filter(|&k| !c.is_weak(k)).count() + usize::from(s != ds && !ds_weak);
    let after = i > c.date_at;
    let prev = (0..i).rev().find(|&j| c.tokens[j].kind != Kind::Junk).map(|j| &c.tokens[j]);
    let before_preposition = prev.is_some_and(|p| p.kind == Kind::Word && p.info.is_function_word());
    // «بعد الفيضان»، «قبل الانتخابات»: an event the date is placed against, not the dated one.
    let reference = prev.is_some_and(|p| {
        p.kind == Kind::Word && matches!(p.fold.as_str(), "بعد" | "قبل" | "عقب" | "اثر" | "ابان" | "منذ")
    });
    // «… الموازنة والتعديلات»: a conjunct continues the phrase before it.
    let conjunct =
        prev.is_some_and(|p| p.is_word() && !p.info.is_function_word()) && starts_conjunct(c.tokens[i].text);
    let base = if after && s == ds && !ds_weak { 2 * words + 6 } else { words + usize::from(after) };
    // A date-only clause belongs to one side: nouns on the other side are further away.
    let wrong_side = ds_weak && s != ds && (after != c.date_leads_next);
    let cross = if ds_weak { 4 } else { 6 };
    base + cross * crossed
        + if after && before_preposition { 3 } else { 0 }
        + if reference { 8 } else { 0 }
        + if conjunct { 2 } else { 0 }
        + if wrong_side { 6 } else { 0 }
        + 2
}

/// «كأسير حرب»: an event noun without the article after a noun it qualifies names no event.
fn qualifies_another(c: &Clauses, i: usize, noun: EventNoun) -> bool {
    if noun.has_article || noun.clitic_letters > 0 {
        return false;
    }
    let Some(prev) = (0..i).rev().find(|&j| c.tokens[j].kind != Kind::Junk) else { return false };
    let f = c.tokens[prev].fold.as_str();
    // With its own clitics: «كأسير»، «والأسرى» are the same heads.
    let bare = ["و", "ك", "ب", "ل", "وك", "وب", "ول"]
        .iter()
        .filter_map(|p| f.strip_prefix(p))
        .chain(std::iter::once(f))
        .map(|w| w.strip_prefix("ال").unwrap_or(w));
    bare.into_iter().any(super::lexicon::qualified_by_event)
}
