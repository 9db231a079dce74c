//! Event headlines: a short name for what happened at a date, as people name events —
//! «قمة منظمة معاهدة الأمن الجماعي في مينسك»، «جولة بوتين في الإمارات والسعودية»، «هدنة يوم
//! النصر» — made from the date's sentence.
//!
//! The engine looks at a bounded window around the date (cost per event independent of the
//! sentence's length), reads it as clauses, and takes the event noun nearest the date with
//! its complement (who, where), led by a short verb and subject when they fit. Without an
//! event noun it takes the clause around the date. The date itself is left out (the timeline
//! shows it) unless it is the event's name («حرب أكتوبر 1973»); small words never open or
//! close a headline, and PDF or web debris never shows.

mod acts;
mod antecedent;
mod arrival;
mod baseline;
mod clauses;
mod compose;
mod doer;
mod figures;
mod fillers;
mod home;
mod lexicon;
mod measures;
mod modality;
mod nearest;
mod notes;
mod passive_object;
mod period;
mod phrase_end;
mod relative_clause;
mod resumptive;
mod set_date;
mod shared_subject;
mod statement;
mod support;
mod tidy;
mod title_holder;
mod tokens;
mod words;

#[cfg(test)]
mod ends_tests;
#[cfg(test)]
mod tests;

use crate::dates::Span;
use clauses::Clauses;
use compose::{Piece, clause_headline, noun_headline, pieces_len};
pub use doer::{ArticlePerson, article_person};
use nearest::nearest_event_noun;

/// The most characters a headline has.
pub const HEADLINE_CHARS: usize = 50;

/// The headline of the event dated at `date` in the sentence `sentence` of `text` (both byte
/// spans of `text`; out-of-range or mid-character spans are clamped, never a panic). At most
/// [`HEADLINE_CHARS`] characters.
///
/// ```
/// use tarikh_core::timeline::headline;
/// let text = "وقّعت أستانا ولندن اتفاقية تعاون عسكري في 5 مارس 2025.";
/// let date = text.find("في 5").unwrap() + "في ".len()..text.find('.').unwrap();
/// assert_eq!(headline(text, 0..text.len(), date), "وقّعت أستانا ولندن اتفاقية تعاون عسكري");
/// ```
pub fn headline(text: &str, sentence: Span, date: Span) -> String {
    headline_among(text, sentence, date, &[])
}

/// [`headline()`] knowing the other dates found in the text (`others`, byte spans of `text`
/// sorted by their start, as [`crate::dates::find`] gives them; only those near the date are
/// looked at, so the whole text's dates may be passed for every event): they are left out of the headline
/// whole, with the words that lead them, however they are written — «كأس أوروبا 2012 من 8
/// يونيو إلى الأول من يوليو في بولندا», dated 2012, is «كأس أوروبا 2012 في بولندا», not
/// «… إلى الأول في بولندا».
pub fn headline_among(text: &str, sentence: Span, date: Span, others: &[Span]) -> String {
    headline_in(text, sentence, date, others, None)
}

/// [`headline_among()`] knowing the person the article is about ([`ArticlePerson`], one per
/// article, worked out when first needed): a step of their life told without its subject names them
/// («التحق بالجامعة الأمريكية في بيروت» → «التحاق طوقان بالجامعة الأمريكية في بيروت»).
pub fn headline_in(
    text: &str,
    sentence: Span,
    date: Span,
    others: &[Span],
    person: Option<&ArticlePerson>,
) -> String {
    let sentence_start = sentence.start;
    let window = tokens::window(text, sentence.clone(), date);
    let (lo, hi) = (window.offset, window.offset + window.text.len());
    // Dates are shorter than a window: one starting a window before may still reach in.
    let from = others.partition_point(|o| o.start < lo.saturating_sub(tokens::WINDOW_BYTES));
    let to = others.partition_point(|o| o.start < hi).max(from);
    let near = &others[from..to];
    let mut c = Clauses::new(tokens::tokenize(&window, near));
    c.cut_start = window.cut_start;
    // «وقال الوزير يوم الأحد إن …»: a statement's date names what was said.
    if let Some(said) = statement::statement_headline(&c, HEADLINE_CHARS) {
        return fit(&said, HEADLINE_CHARS);
    }
    // «بقدوم شهر رمضان»: the date's coming is the news.
    if let Some(coming) = arrival::arrival_headline(&c) {
        return fit(&coming, HEADLINE_CHARS);
    }
    // «فرنسا، بطلة أوروبا عامي 1984 و2000»: the title's dates are its winning.
    if let Some(won) = title_holder::title_headline(&c) {
        return fit(&won, HEADLINE_CHARS);
    }
    let mut pieces = match nearest_event_noun(&c) {
        // «للسنة المالية المنتهية في …»: the date ends a period, whatever was done with it.
        _ if let Some(end) = period::period_end(&c) => end,
        _ if let Some(act) = acts::numbered_act(&c) => act,
        // «مؤشرات سنة 2011، حيث سجلت …»: what the figures of the date say.
        _ if home::figures_of_dated_document(&c).is_some() => measures::measure_headline(&c, HEADLINE_CHARS)
            .unwrap_or_else(|| clause_headline(&c, HEADLINE_CHARS)),
        // «النمو المتوقع … إلى 2%»: a movement's noun names its figure better with what was
        // measured («معدل النمو المتوقع إلى 2%»).
        Some((_, noun))
            if measures::is_figure_noun(noun.lemma)
                && let Some(m) = measures::measure_headline(&c, HEADLINE_CHARS) =>
        {
            m
        }
        Some((at, noun)) => {
            let mut p = noun_headline(&c, at, noun, HEADLINE_CHARS);
            // «جولته الأخيرة»: whose tour? The same noun named earlier in the article.
            if noun.has_pronoun
                && p.first().is_some_and(
                    |w| matches!(w, Piece::Word(w) if lexicon::event_noun(&lexicon::fold(w)).is_some_and(|n| n.has_pronoun)),
                )
            {
                let before =
                    window.offset + (c.tokens[at].text.as_ptr() as usize - window.text.as_ptr() as usize);
                if let Some(named) = antecedent::named_before(text, before, noun.lemma) {
                    replace_head(&mut p, named);
                }
            }
            // «والذي سيتم انعقاده» → «انعقاد مؤتمر صحفي»; what followed the pronoun's noun (its
            // date taken for its name) goes.
            if let Some((stem, of)) = antecedent::relative_event_noun(&c, at, noun) {
                p = std::iter::once(stem).chain(of).map(Piece::Word).collect();
            } else if noun.has_pronoun
                && let Some(relative) = resumptive::relative_of_pronoun(&c, at)
                && let Some(phrase) = resumptive::described_phrase(&c, relative)
            {
                // «برنامج تحديث المصانع الذي بدأ تنفيذه» → «بدأ تنفيذ برنامج تحديث المصانع».
                resumptive::name_in(&mut p, c.tokens[at].text, noun, phrase, HEADLINE_CHARS);
            }
            // «بهذا المعرض»، «هذا الارتفاع»: which one? The one named before.
            let pointed = (0..at)
                .rev()
                .find(|&j| c.tokens[j].kind != tokens::Kind::Junk)
                .is_some_and(|j| antecedent::is_demonstrative(&c.tokens[j].fold));
            // Only a headline that is the noun alone: one with words of its own says which.
            if pointed
                && noun.has_article
                && let [Piece::Word(w)] = p.as_slice()
                && lexicon::fold(w).ends_with(noun.lemma)
            {
                let before =
                    window.offset + (c.tokens[at].text.as_ptr() as usize - window.text.as_ptr() as usize);
                if let Some(named) = antecedent::named_before_pointed(text, before, noun.lemma) {
                    replace_head(&mut p, named);
                }
            }
            p
        }
        None => measures::measure_headline(&c, HEADLINE_CHARS)
            .unwrap_or_else(|| clause_headline(&c, HEADLINE_CHARS)),
    };
    if !pieces.iter().any(|p| matches!(p, Piece::Word(_))) {
        // Nothing but the date: the date is the headline.
        pieces = c
            .tokens
            .iter()
            .filter(|t| t.in_date && t.is_word())
            .map(|t| Piece::Word(t.text.into()))
            .collect();
    }
    if let Some(person) = person {
        doer::supply(&mut pieces, person);
    }
    // «… قبل أن يخفض نسب الفائدة» → «البنك المركزي الصيني يخفض …».
    if shared_subject::opens_with_bare_verb(&pieces)
        && let Some(Piece::Word(first)) = pieces.first()
        && let Some(t) =
            c.tokens.iter().find(|t| t.kind == tokens::Kind::Word && t.text.ends_with(first.as_str()))
    {
        let first_at = window.offset + (t.text.as_ptr() as usize - window.text.as_ptr() as usize);
        shared_subject::supply(text, sentence.clone(), first_at, &mut pieces);
    }
    // «… الناتج المحلي لدوله» → «… لدول الاتحاد»: whose states? The sentence's subject's.
    shared_subject::name_the_pronoun(text, sentence.clone(), &mut pieces, HEADLINE_CHARS);
    let sentence_before = text.get(sentence_start.min(lo)..lo).unwrap_or("");
    antecedent::topic_for_pronoun(&c, sentence_before, &mut pieces);
    fillers::drop_fillers(&mut pieces);
    // «القرار بدأ تنفيذه» → «بدء تنفيذ القرار».
    passive_object::name_the_subjects_event(&mut pieces);
    // «الاحتجاجات التي انطلقت يوم …» → «انطلاق الاحتجاجات»; «… التي حدثت في منطقة …».
    relative_clause::name_the_start(&c, &mut pieces, HEADLINE_CHARS);
    relative_clause::add_the_place(&c, &mut pieces, HEADLINE_CHARS);
    // «الشركة قامت بتوظيف 500 عامل» → «توظيف الشركة 500 عامل».
    support::name_the_done_act(&mut pieces);
    // «حددت الخطة [DATE] آخر موعد لقبول الطلبات» → «آخر موعد لقبول الطلبات».
    set_date::name_the_time_set(&mut pieces);
    tidy::nominalise(&mut pieces);
    // «… بالمقارنة بأسعارها في حزيران 2011»: that date is the comparison's base.
    if baseline::is_compared_with(&c) {
        baseline::as_comparison_base(&mut pieces);
        baseline::bare_comparison_base(&c, &mut pieces);
    }
    // A verbal noun may be longer than its verb («حصل» → «حصول»): still whole words.
    if pieces_len(&pieces) > HEADLINE_CHARS {
        phrase_end::cut_to(&mut pieces, HEADLINE_CHARS);
        phrase_end::trim_end(&mut pieces);
    }
    fit(&render(&pieces), HEADLINE_CHARS)
}

/// The headline's first word (its noun) replaced by an earlier naming of it, the rest kept as
/// far as it fits.
fn replace_head(p: &mut Vec<Piece>, named: Vec<String>) {
    let rest: Vec<Piece> = p.drain(1..).collect();
    *p = named.into_iter().map(Piece::Word).collect();
    for piece in rest {
        if pieces_len(p) + 1 + piece_len(&piece) > HEADLINE_CHARS {
            break;
        }
        p.push(piece);
    }
}

fn piece_len(p: &Piece) -> usize {
    pieces_len(std::slice::from_ref(p))
}

/// Words joined by spaces; quotes that pair up around words become «…», others are dropped.
fn render(pieces: &[Piece]) -> String {
    let mut out = String::new();
    let mut open: Option<usize> = None; // where the open quote's text starts in `out`
    for p in pieces {
        match p {
            Piece::Quote => match open.take() {
                Some(at) if out.len() > at => {
                    out.insert(at, '«');
                    out.push('»');
                }
                Some(_) => {}
                None => {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    open = Some(out.len());
                }
            },
            Piece::Word(w) => {
                let w: String = w.chars().filter(|c| !tokens::is_format(*c)).collect();
                let glued = matches!(w.as_str(), "%" | "٪");
                // «بين 10 و12»: the conjunction is written on the word after it.
                let after_and = out.ends_with(" و") || out == "و";
                if !out.is_empty() && !out.ends_with(' ') && !glued && !after_and {
                    out.push(' ');
                }
                out.push_str(&w);
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `s` cut to `limit` characters with an ellipsis when one word is longer than the limit.
fn fit(s: &str, limit: usize) -> String {
    if s.chars().count() <= limit {
        return s.to_string();
    }
    let mut out: String = s.chars().take(limit.saturating_sub(1)).collect();
    out.push('…');
    out
}
