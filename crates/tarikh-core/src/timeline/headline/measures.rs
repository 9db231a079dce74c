//! Figures at a date: what was measured, how it moved and by how much. Economic news dates
//! its figures («ارتفعت حصيلة الإيرادات المحلية خلال النصف الأول من 2012 بنسبة 11%»); the
//! event is the movement of a named quantity, «ارتفاع حصيلة الإيرادات المحلية بنسبة 11%»,
//! not the words nearest the date («بنسبة 11%») or the clause's opening («على صعيد…»).

use super::clauses::Clauses;
use super::compose::{Piece, is_document, is_relative, pieces_len, without_conjunction};
use super::figures::{baseline, dated_figure, figure_before_date};
use super::lexicon::{fold, is_date_lead, is_function_word, is_time_word};
use super::phrase_end::{cut_to, trim_end};
use super::tokens::Kind;
use super::words::{LEVEL_VERBS, MOVEMENT_NOUNS, MOVEMENT_VERBS, NOT_QUANTITY, UNIT_WORDS};
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;
use std::sync::OnceLock;

/// Content words between a figure's verb and its date, at most.
const MAX_VERB_DISTANCE: usize = 14;
/// Words of the measured quantity, at most («حصيلة الإيرادات المحلية»).
const MAX_SUBJECT_WORDS: usize = 4;
/// Words a quantity before its verb may run to and still be read from its start.
const MAX_SUBJECT_RUN: usize = 6;
/// Tokens before a verb its quantity may be borrowed from («… مسجلًا ارتفاعًا»).
const MAX_BORROW_TOKENS: usize = 60;

/// What a verb of figures says: a movement («ارتفعت»، «تراجع») named by its verbal noun, or a
/// level («بلغ»، «سجلت»، «يشكل») that only states the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verb {
    Movement(&'static str),
    Level,
    /// Not a verb: a movement named by its noun, «التزايد الملحوظ في عجز الموازنة».
    Named(&'static str),
}

/// The headline of a figure dated in the date's clause: the movement's noun, the quantity
/// and the figure («تراجع نمو الاقتصاد 0.5%»), or for a level the quantity and the figure
/// («الناتج المحلي الإجمالي 5 تريليونات دولار»). None when the clause states no figure or
/// does not name what was measured.
pub(super) fn measure_headline(c: &Clauses, limit: usize) -> Option<Vec<Piece>> {
    if c.segments.is_empty() || c.tokens.is_empty() {
        return None;
    }
    // «… انخفاضًا مقداره 1.09%، خلال شهر حزيران»: a date alone in its clause dates the next
    // or the one before, as for any clause headline.
    let home = super::home::home_segment(c);
    let mut seg = c.segments[home].clone();
    // «وبالمقارنة بأسعارها في حزيران 2011 فقد سجلت…»: «فقد» answers the phrase the date is
    // in; its clause is the date's.
    if let Some(next) = c.segments.get(home + 1)
        && c.tokens.get(next.start).is_some_and(|t| t.fold == "فقد")
    {
        seg.end = next.end;
    }
    let seg = seg.start.min(c.date_at)..seg.end.max(c.date_at + 1).min(c.tokens.len());
    let date_end = (c.date_at..c.tokens.len()).find(|&j| !c.tokens[j].in_date).unwrap_or(c.tokens.len());
    let distance = |v: usize| {
        if v < c.date_at { c.content_between(v + 1, c.date_at) } else { c.content_between(date_end, v) }
    };
    let mut verbs: Vec<(usize, Verb)> = seg
        .clone()
        .filter(|&j| c.tokens[j].kind == Kind::Word && !c.tokens[j].in_date)
        .filter_map(|j| {
            let f = &c.tokens[j].fold;
            figure_verb(f).or_else(|| movement_noun(f).map(Verb::Named)).map(|v| (j, v))
        })
        .filter(|&(j, _)| distance(j) <= MAX_VERB_DISTANCE)
        // «وتباطأ ارتفاع الناتج»: a movement's noun right after a movement verb is that verb's
        // subject; the verb says how it moved.
        .filter(|&(j, v)| {
            !(matches!(v, Verb::Named(_))
                && (0..j)
                    .rev()
                    .find(|&k| c.tokens[k].kind != Kind::Junk)
                    .is_some_and(|k| matches!(figure_verb(&c.tokens[k].fold), Some(Verb::Movement(_)))))
        })
        // «… خلال 2011 كما زادت المصروفات»: a verb past a clause's opener is another figure's.
        .filter(|&(j, _)| {
            let between = if j < c.date_at { j + 1..c.date_at } else { date_end..j };
            // «… خلال الربع الثالث إلى 5.2% … وكان قد بلغ نموه 0.4%»: a figure after the date
            // is the verb's before it; a verb after that figure states another.
            let after = j > c.date_at;
            !between.into_iter().any(|k| {
                let t = &c.tokens[k];
                // «وبالمقارنة بأسعارها في حزيران 2011 فقد سجلت…»: «فقد» answers the phrase the
                // date is in; it opens no other figure.
                let opener = t.kind == Kind::Word && t.info.is_clause_opener() && !(after && t.fold == "فقد");
                (after && t.kind == Kind::Number) || opener
            })
        })
        .collect();
    // «… ليصل إلى 10625 مليون دينار بنهاية حزيران 2012 مسجلًا ارتفاعًا بواقع 1710»: a figure
    // right before the date closes with it; a verb after the date states another figure.
    let closes_figure = figure_before_date(c, seg.start).is_some();
    verbs.sort_by_key(|&(j, _)| (closes_figure && j > c.date_at, distance(j)));
    for (v, verb) in verbs {
        let (subject, figure_from, noun) = quantity_of(c, v, verb, &seg);
        // «سجل التقرير ارتفاع العجز»: a report records the figure; it is not what was measured.
        if subject.first().is_none_or(|&j| is_document(&c.tokens[j].fold)) {
            continue;
        }
        let subject = subject.iter().map(|&j| c.tokens[j].text.to_string()).collect();
        // «… 4491 مليون دينار مقابل 4487 مليون دينار بنهاية 2011»: the date is the baseline's;
        // its figure is the one compared with, and nothing moved at it.
        if let Some(base) = baseline(c, seg.start) {
            return Some(compose(None, subject, base, limit));
        }
        let Some(figure) = dated_figure(c, figure_from, seg.end) else { continue };
        return Some(compose(noun, subject, figure, limit));
    }
    None
}

/// What the verb (or noun) of figures at `v` says: the quantity's tokens (empty when it names
/// none), where its figure is looked for from, and the movement's noun (None for a level).
fn quantity_of(
    c: &Clauses,
    v: usize,
    verb: Verb,
    seg: &Range<usize>,
) -> (Vec<usize>, usize, Option<&'static str>) {
    if let Verb::Named(noun) = verb {
        // «تراجعًا حادًا»: a movement in the accusative is a verb's object («شهدت الأسعار
        // تراجعًا»); what follows it is no quantity.
        let f = &c.tokens[v].fold;
        let accusative = !f.starts_with("ال") && (f.ends_with('ا') || c.tokens[v].text.contains('\u{064B}'));
        let subject = if accusative { Vec::new() } else { noun_subject(c, v, seg.end) };
        return (subject, v + 1, Some(noun));
    }
    let after = subject_after(c, v, seg.end);
    let (mut subject, object_from) = if after.is_empty() {
        (subject_before(c, v, seg.start), v + 1)
    } else {
        let end = *after.last().unwrap_or(&v) + 1;
        (after, end)
    };
    // «سجلت أسعار الغذاء في الضفة انخفاضًا مقداره 2%»: a level verb whose object is a
    // movement, a short phrase after the quantity at most.
    // «شهدت أسعار النفط في 20 يناير تراجعًا»: the date between is passed over.
    let date_len = (object_from..seg.end).filter(|&j| c.tokens[j].in_date).count();
    let object = (object_from..seg.end.min(object_from + 5 + date_len))
        .filter(|&j| !c.tokens[j].in_date)
        .take_while(|&j| c.tokens[j].kind != Kind::Number)
        .find(|&j| c.tokens[j].kind == Kind::Word && indefinite_movement(&c.tokens[j].fold));
    // «… ارتفع صافي الدين إلى 15 مليارًا مسجلًا بذلك ارتفاعًا بنسبة 8%»: the quantity of the
    // figure stated before.
    if subject.is_empty() && verb == Verb::Level && object.is_some() {
        subject = earlier_subject(c, v);
    }
    let noun = match (verb, object) {
        (_, Some(j)) => movement_noun(&c.tokens[j].fold),
        (Verb::Movement(n) | Verb::Named(n), None) => Some(n),
        (Verb::Level, None) => None,
    };
    (subject, object.map_or(object_from, |j| j + 1), noun)
}

/// The movement's noun, the quantity and the figure, cut to `limit`: the figure's lead
/// («بنسبة») goes first, then the quantity's last words (one is kept), then the figure.
fn compose(noun: Option<&str>, mut subject: Vec<String>, mut figure: Vec<Piece>, limit: usize) -> Vec<Piece> {
    // «وارتفع والعجز الكلي»: the quantity opens the headline without its «و».
    if let Some(first) = subject.first_mut() {
        *first = without_conjunction(first);
    }
    // «ليصل معدل النمو إلى 2%»: without a movement, «إلى» says nothing; «معدل النمو 2%».
    if noun.is_none()
        && figure.len() > 1
        && matches!(figure.first(), Some(Piece::Word(w)) if matches!(fold(w).as_str(), "الي" | "الى"))
    {
        figure.remove(0);
    }
    let build = |subject: &[String], figure: &[Piece]| -> Vec<Piece> {
        noun.map(|n| Piece::Word(n.to_string()))
            .into_iter()
            .chain(subject.iter().cloned().map(Piece::Word))
            .chain(figure.iter().cloned())
            .collect()
    };
    let mut out = build(&subject, &figure);
    // «بنسبة» goes first; «إلى» says a level, not an amount, and goes only after the quantity's
    // last words.
    let lead = |figure: &[Piece], also_level: bool| {
        figure.len() > 1
            && matches!(figure.first(), Some(p @ Piece::Word(w)) if is_figure_lead(p)
                && (also_level || !matches!(fold(w).as_str(), "الي" | "الى")))
    };
    if pieces_len(&out) > limit && lead(&figure, false) {
        figure.remove(0);
        out = build(&subject, &figure);
    }
    while pieces_len(&out) > limit && subject.len() > 1 {
        subject.pop();
        // Not ending on «في»: «العجز في».
        while subject.len() > 1 && subject.last().is_some_and(|w| is_function_word(&fold(w))) {
            subject.pop();
        }
        out = build(&subject, &figure);
    }
    if pieces_len(&out) > limit && lead(&figure, true) {
        figure.remove(0);
        out = build(&subject, &figure);
    }
    if pieces_len(&out) > limit {
        out = build(&subject, &[]);
        cut_to(&mut out, limit);
    }
    trim_end(&mut out);
    out
}

fn is_figure_lead(p: &Piece) -> bool {
    matches!(p, Piece::Word(w) if !w.chars().any(|c| c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c)))
}

/// A verb of figures, with its clitics («وارتفعت»، «ليصل»، «لتبلغ»), folded.
fn figure_verb(f: &str) -> Option<Verb> {
    static VERBS: OnceLock<FxHashMap<String, Verb>> = OnceLock::new();
    let verbs = VERBS.get_or_init(|| {
        let moves =
            MOVEMENT_VERBS.iter().flat_map(|(forms, noun)| forms.iter().map(|v| (*v, Verb::Movement(noun))));
        let levels = LEVEL_VERBS.iter().map(|v| (*v, Verb::Level));
        moves.chain(levels).map(|(v, verb)| (fold(v).to_string(), verb)).collect()
    });
    let find = |w: &str| verbs.get(w).copied();
    // The whole word first: «وصلت» is a verb, not «و» + «صلت».
    [Some(f), f.strip_prefix('و'), f.strip_prefix('ف')]
        .into_iter()
        .flatten()
        .find_map(|w| find(w).or_else(|| w.strip_prefix('ل').and_then(find)))
}

/// A movement named as a noun, with the article or the accusative alif («ارتفاعًا»،
/// «الانخفاض»): its noun as a headline shows it.
pub(super) fn movement_noun(f: &str) -> Option<&'static str> {
    static NOUNS: OnceLock<FxHashMap<String, &'static str>> = OnceLock::new();
    let nouns = NOUNS.get_or_init(|| MOVEMENT_NOUNS.iter().map(|n| (fold(n).to_string(), *n)).collect());
    let f = f.strip_prefix('و').unwrap_or(f);
    let f = f.strip_prefix("ال").unwrap_or(f);
    nouns.get(f).or_else(|| f.strip_suffix('ا').and_then(|s| nouns.get(s))).copied()
}

/// «ارتفاعًا»، «زيادة»: a movement as the object of a level verb, not the definite noun of
/// a quantity («معدل النمو»).
fn indefinite_movement(f: &str) -> bool {
    let f = f.strip_prefix('و').unwrap_or(f);
    !f.starts_with("ال") && movement_noun(f).is_some()
}

/// The verbal noun of a verb of a figure's movement (folded, either gender, with its
/// clitics): «ارتفعت» → «ارتفاع».
pub(super) fn movement_verb_noun(f: &str) -> Option<&'static str> {
    match figure_verb(f)? {
        Verb::Movement(noun) => Some(noun),
        Verb::Level | Verb::Named(_) => None,
    }
}

/// A movement recorded as a level verb's object, in the accusative (folded): «ارتفاعا» →
/// «ارتفاع».
pub(super) fn recorded_movement(f: &str) -> Option<&'static str> {
    if indefinite_movement(f) { movement_noun(f) } else { None }
}

/// A movement's noun or a quantity's («عجز»، «تضخم»، «موازنة»), as the event noun a
/// headline found: when the clause states a figure, the figure names it better.
pub(super) fn is_figure_noun(lemma: &str) -> bool {
    movement_noun(lemma).is_some()
        || matches!(lemma, "عجز" | "تضخم" | "خساءر" | "ارباح" | "موازنه" | "ميزانيه")
}

/// A unit or scale after a number («مليار»، «دولارًا»، «المئة»), folded.
pub(super) fn is_unit(f: &str) -> bool {
    static UNITS: OnceLock<FxHashSet<String>> = OnceLock::new();
    UNITS.get_or_init(|| UNIT_WORDS.iter().map(|u| fold(u).to_string()).collect()).contains(f)
}

/// A word that may be part of the measured quantity: a content word that is not a date's,
/// a verb or noun of figures, a figure's lead («بنسبة») or a time word.
fn subject_word(c: &Clauses, j: usize) -> bool {
    let t = &c.tokens[j];
    let f = t.fold.as_str();
    // «الدين العام الخارجي»: «العام» is a date's lead only before a date or a number.
    let leads_date = is_date_lead(f)
        && c.tokens.get(j + 1).is_none_or(|n| n.in_date || n.other_date || n.kind != Kind::Word);
    t.kind == Kind::Word
        && !t.in_date
        && !t.other_date
        && c.is_content(j)
        && !leads_date
        && !is_time_word(f)
        && !is_relative(t.text)
        && figure_verb(f).is_none()
        && !preposition_phrase(f)
        && !is_function_word(f)
        && !is_unit(f)
        && !not_quantity(f)
}

/// Figures' own words («بنسبة»، «مقداره»), manner («بشكل») and back references to a level
/// («مستواه»), folded: never part of what was measured.
fn not_quantity(f: &str) -> bool {
    static WORDS: OnceLock<FxHashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| NOT_QUANTITY.iter().map(|w| fold(w).to_string()).collect()).contains(f)
}

/// «بالمقارنة»، «وبأسعارها»: a preposition on a noun, which a quantity never starts with.
fn preposition_phrase(f: &str) -> bool {
    let f = f.strip_prefix('و').unwrap_or(f);
    f.strip_prefix('ب').is_some_and(|r| r.starts_with('ا'))
}

/// «ارتفعت حصيلة الإيرادات المحلية خلال…»: the words right after the verb.
/// A movement noun ends it when it is the verb's object: in the accusative («ارتفاعًا»), or
/// after a definite noun («سجلت الأسعار زيادة»); in a construct it is part of the quantity
/// («معدل نمو الاقتصاد»).
fn subject_after(c: &Clauses, v: usize, end: usize) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let shown: Vec<usize> =
        (v + 1..end).filter(|&j| c.tokens[j].kind != Kind::Junk || c.tokens[j].other_date).collect();
    for (n, &j) in shown.iter().enumerate() {
        // «العجز في الموازنة العامة»: «في» and a noun with the article go on a short quantity.
        let inner_fi = c.tokens[j].fold == "في"
            && (1..=2).contains(&out.len())
            && shown.get(n + 1).is_some_and(|&k| {
                let f = &c.tokens[k].fold;
                f.starts_with("ال")
                    && subject_word(c, k)
                    && !is_date_lead(f)
                    && !matches!(f.as_str(), "الفتره" | "المده")
            });
        if inner_fi && out.len() < MAX_SUBJECT_WORDS - 1 {
            out.push(j);
            continue;
        }
        if !subject_word(c, j) {
            break;
        }
        if out.len() == MAX_SUBJECT_WORDS {
            // «أسعار الخضروات في الأسواق [المحلية]»: a «في» phrase cut short goes whole.
            if let Some(p) = out.iter().position(|&k| c.tokens[k].fold == "في") {
                out.truncate(p);
            }
            break;
        }
        let t = &c.tokens[j];
        if indefinite_movement(&t.fold) {
            let accusative = t.fold.ends_with('ا') || t.text.contains('\u{064B}');
            // «تباطأ ارتفاع الأسعار»: a movement in a construct right after the verb is what
            // slowed, the quantity's head.
            let construct =
                out.is_empty() && !accusative && shown.get(n + 1).is_some_and(|&k| subject_word(c, k));
            if construct {
                out.push(j);
                continue;
            }
            let after_definite =
                out.last().is_some_and(|&p| c.tokens[p].fold.trim_start_matches('و').starts_with("ال"));
            if out.is_empty() || accusative || after_definite {
                break;
            }
        }
        out.push(j);
    }
    out
}

/// The quantity a movement's noun names: in a construct («ارتفاع أسعار الغذاء») or after
/// «في», with an adjective between at most («التزايد الملحوظ في عجز الموازنة»).
fn noun_subject(c: &Clauses, j: usize, end: usize) -> Vec<usize> {
    let f = c.tokens[j].fold.trim_start_matches('و');
    let next = |k: usize| (k + 1..end).find(|&i| c.tokens[i].kind != Kind::Junk);
    if !f.starts_with("ال") && next(j) == Some(j + 1) {
        let construct = subject_after(c, j, end);
        if !construct.is_empty() {
            return construct;
        }
    }
    let Some(mut k) = next(j) else { return Vec::new() };
    if c.tokens[k].fold != "في" && c.tokens[k].kind == Kind::Word && !c.tokens[k].info.is_function_word() {
        match next(k) {
            Some(n) => k = n,
            None => return Vec::new(),
        }
    }
    if c.tokens[k].fold != "في" {
        return Vec::new();
    }
    subject_after(c, k, end)
}

/// The quantity of the nearest figure verb before `v` in the window: «ارتفع صافي الدين …
/// مسجلًا ارتفاعًا» measured «صافي الدين».
pub(super) fn earlier_subject(c: &Clauses, v: usize) -> Vec<usize> {
    (v.saturating_sub(MAX_BORROW_TOKENS)..v)
        .rev()
        .filter(|&j| c.tokens[j].kind == Kind::Word && figure_verb(&c.tokens[j].fold).is_some())
        .map(|j| {
            let start = c.segments[c.segment_of[j]].start;
            let after = subject_after(c, j, v);
            if after.is_empty() { subject_before(c, j, start) } else { after }
        })
        .find(|s| !s.is_empty())
        .unwrap_or_default()
}

/// «… أن نمو الاقتصاد تراجع»: the words right before the verb, after a particle («أن»)
/// or the clause's start.
///
/// A date and its lead words between them are passed over («أن إجمالي الإيرادات خلال النصف
/// الأول بلغ…»), and so is a bracket («صافي المديونية (الداخلي والخارجي) ارتفع»); after a
/// relative pronoun the quantity is its antecedent («التباطؤ في ارتفاع الأسعار الذي تراجع»).
fn subject_before(c: &Clauses, v: usize, start: usize) -> Vec<usize> {
    let hidden = |j: usize| {
        matches!(c.tokens[j].kind, Kind::Junk | Kind::Open | Kind::Close) && !c.tokens[j].other_date
    };
    let dated = |j: usize| c.tokens[j].in_date || c.tokens[j].other_date;
    let mut k = v;
    while k > start && hidden(k - 1) {
        k -= 1;
    }
    if k > start && dated(k - 1) {
        while k > start && (dated(k - 1) || hidden(k - 1)) {
            k -= 1;
        }
        while k > start && (is_date_lead(&c.tokens[k - 1].fold) || c.tokens[k - 1].fold == "فتره") {
            k -= 1;
        }
    }
    let relative = k > start && is_relative(c.tokens[k - 1].text);
    let moved = match figure_verb(&c.tokens[v].fold) {
        Some(Verb::Movement(n)) => Some(n),
        _ => None,
    };
    let same_movement = |f: &str| moved.is_some() && movement_noun(f) == moved;
    let mut start = start;
    if relative {
        k -= 1;
        // A relative pronoun opens its clause: the antecedent ends the one before.
        if k == start && k > 0 {
            start = c.segments[c.segment_of[k - 1]].start;
        }
    }
    let mut words: Vec<usize> = Vec::new();
    let mut qualified = false;
    while k > start && words.len() <= MAX_SUBJECT_RUN {
        let t = &c.tokens[k - 1];
        if matches!(t.kind, Kind::Junk | Kind::Open | Kind::Close) && !t.other_date {
            k -= 1;
        } else if !qualified
            && matches!(t.fold.as_str(), "بعد" | "قبل")
            && (1..=3).contains(&words.len())
            && words.iter().all(|&j| c.tokens[j].fold.trim_start_matches('و').starts_with("ال"))
        {
            // «عجز الموازنة العامة بعد المنح والمساعدات بلغ»: what qualifies the quantity is
            // left out; the quantity goes on before it.
            qualified = true;
            words.clear();
            k -= 1;
        } else if relative && same_movement(&t.fold) {
            // «في ظل ارتفاع رصيد الدين الذي ارتفع»: the verb tells the noun's movement again;
            // what moved is the noun's genitive.
            break;
        } else if subject_word(c, k - 1) {
            words.push(k - 1);
            k -= 1;
        } else {
            break;
        }
    }
    let after_movement = relative && k > start && same_movement(&c.tokens[k - 1].fold);
    // «أن»، «حيث»… or the clause's start: not «بنسبة طفيفة بلغت».
    let opens = relative
        || after_movement
        || if k == start {
            !(start == 0 && c.cut_start)
        } else {
            let p = &c.tokens[k - 1];
            p.kind == Kind::Word && p.info.is_clause_opener()
        };
    if words.len() > MAX_SUBJECT_RUN || !opens {
        return Vec::new();
    }
    words.reverse();
    // The head and what names it come first: «رصيد صافي الدين العام [الداخلي]».
    words.truncate(MAX_SUBJECT_WORDS);
    words
}
