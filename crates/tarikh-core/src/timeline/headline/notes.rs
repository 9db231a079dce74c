//! Dates in bracketed notes, as biographies and bibliographies write them: a death
//! («الشيخ أحمد بن علي (ت 1150ه)») and an edition («ديوان إبراهيم طوقان (ط 2: دار الآداب،
//! بيروت، 1965م)»). The date names what the note says of the name before the bracket.

use super::clauses::Clauses;
use super::compose::Piece;
use super::phrase_end::cut_to;
use super::tokens::Kind;

/// «الشيخ أحمد بن علي (ت 1150ه)»: «ت» before a date in brackets is «توفي»; the name
/// before the bracket is who died.
pub(super) fn died_note(c: &Clauses) -> Option<Vec<Piece>> {
    let ds = c.segments[c.date_segment].clone();
    let words: Vec<usize> =
        ds.clone().filter(|&j| c.tokens[j].kind == Kind::Word && !c.tokens[j].in_date).collect();
    // The bracket opens the date's clause or ends the one before.
    let open = (ds.start.saturating_sub(1)..ds.end).find(|&j| c.tokens[j].kind == Kind::Open)?;
    // «(ت 1025ه/ وقيل: 1026ه)»: a second year given as another account is the same death.
    let alternative = |j: &usize| matches!(c.tokens[*j].fold.as_str(), "قيل" | "وقيل" | "او" | "اي");
    let (first, rest) = words.split_first()?;
    if c.tokens[*first].fold != "ت" || *first < open || !rest.iter().all(alternative) || rest.len() > 1 {
        return None;
    }
    let prev = c.date_segment.checked_sub(1)?;
    let name: Vec<Piece> = c.segments[prev]
        .clone()
        .filter(|&j| c.tokens[j].kind == Kind::Word && !c.tokens[j].in_date)
        .map(|j| Piece::Word(c.tokens[j].text.to_string()))
        .collect();
    if name.len() < 2 {
        return None;
    }
    let mut out = vec![Piece::Word("وفاة".into())];
    out.extend(name);
    cut_to(&mut out, super::HEADLINE_CHARS);
    Some(out)
}

/// Words before the date a verb of birth or death may stand, past the date's lead words.
const LIFE_VERB_REACH: usize = 3;

/// «ولد سنة: (960ه) ومات سنة: (1025ه) بفاس وقيل سنة: (1026ه)»: a verb of birth or death right
/// before its date (only lead words between) is the event: that verb, and the place after the
/// date («بفاس»); «وقيل» before a date gives another account of the event before it. The verb
/// leads (`doer::supply` adds the article's person, `nominalise` makes it «وفاة …»).
pub(super) fn life_verb_note(c: &Clauses) -> Option<Vec<Piece>> {
    let is_life = |f: &str| {
        matches!(
            f,
            "ولد"
                | "ولدت"
                | "مات"
                | "ماتت"
                | "توفي"
                | "توفيت"
                | "استشهد"
                | "استشهدت"
                | "قتل"
                | "قتلت"
        )
    };
    // «ولد» is listed with its «و»; «ومات» is «و» + «مات».
    let life = |f: &str| is_life(f) || f.strip_prefix('و').is_some_and(is_life);
    let said = |f: &str| matches!(f, "قيل" | "وقيل");
    let words_before = |end: usize| {
        (0..end)
            .rev()
            .filter(|&j| c.tokens[j].kind == Kind::Word && !c.tokens[j].in_date && !c.tokens[j].other_date)
    };
    let near: Vec<usize> = words_before(c.date_at)
        .take_while(|&j| c.date_at - j <= LIFE_VERB_REACH + 4)
        .take(LIFE_VERB_REACH)
        .collect();
    let verb = near.iter().copied().find(|&j| !c.tokens[j].info.is_date_lead())?;
    let f = c.tokens[verb].fold.as_str();
    let verb = if life(f) {
        verb
    } else if said(f) {
        // The account before: the last verb of birth or death before «وقيل».
        words_before(verb).take(12).find(|&j| life(&c.tokens[j].fold))?
    } else {
        return None;
    };
    let mut out = vec![Piece::Word(super::compose::without_conjunction(c.tokens[verb].text))];
    // «… بفاس»، «… في مكة»: where, right after the date.
    let after = (c.date_at..c.tokens.len()).find(|&j| !c.tokens[j].in_date && c.tokens[j].kind != Kind::Junk);
    if let Some(a) = after.filter(|&a| c.tokens[a].kind == Kind::Word) {
        let f = c.tokens[a].fold.as_str();
        let place = (f.starts_with('ب') && f.chars().count() > 3 && !f.starts_with("بعد")) || f == "في";
        if place {
            out.extend(
                (a..c.tokens.len())
                    .take_while(|&j| {
                        c.tokens[j].kind == Kind::Word && !super::compose::starts_conjunct(c.tokens[j].text)
                    })
                    .take(3)
                    .map(|j| Piece::Word(c.tokens[j].text.to_string())),
            );
        }
    }
    Some(out)
}

/// «ديوان إبراهيم طوقان (ط 2: دار الآداب، بيروت، 1965م)»: the date of an edition note is
/// that edition's, of the work named before the bracket: «الطبعة الثانية من ديوان إبراهيم طوقان».
pub(super) fn edition_note(c: &Clauses, limit: usize) -> Option<Vec<Piece>> {
    let shown = |j: &usize| c.tokens[*j].kind != Kind::Junk;
    // The bracket the date is in: «(ط 2: دار الآداب، بيروت، 1965م)».
    let open = (c.date_at.saturating_sub(16)..c.date_at)
        .rev()
        .find(|&j| matches!(c.tokens[j].kind, Kind::Open | Kind::Close))?;
    if c.tokens[open].kind != Kind::Open {
        return None;
    }
    let mut inside = (open + 1..c.date_at).filter(shown);
    let (mark, number) = (inside.next()?, inside.next()?);
    if !matches!(c.tokens[mark].fold.as_str(), "ط" | "طبعه" | "الطبعه")
        || c.tokens[number].kind != Kind::Number
    {
        return None;
    }
    let mut work: Vec<usize> = (0..open)
        .rev()
        .filter(shown)
        .take_while(|&j| c.tokens[j].kind == Kind::Word && !c.tokens[j].in_date)
        .take(6)
        .collect();
    work.reverse();
    if work.is_empty() {
        return None;
    }
    let n = c.tokens[number].text;
    const ORDINALS: [&str; 10] = [
        "الأولى",
        "الثانية",
        "الثالثة",
        "الرابعة",
        "الخامسة",
        "السادسة",
        "السابعة",
        "الثامنة",
        "التاسعة",
        "العاشرة",
    ];
    let ordinal = n.parse::<usize>().ok().and_then(|k| ORDINALS.get(k.checked_sub(1)?)).map_or(n, |o| *o);
    let mut out: Vec<Piece> = ["الطبعة", ordinal, "من"].iter().map(|w| Piece::Word(w.to_string())).collect();
    out.extend(work.iter().map(|&j| Piece::Word(c.tokens[j].text.to_string())));
    cut_to(&mut out, limit);
    Some(out)
}
