//! The window's tokens read as clauses: what belongs to the date (its lead words, a second
//! month name, brackets around it), what is never shown, and where each clause starts.

use super::lexicon::EventNoun;
use super::tokens::{Kind, Token};
use std::ops::Range;

/// The tokens of a window with their clauses.
pub(super) struct Clauses<'a> {
    pub tokens: Vec<Token<'a>>,
    /// Token ranges, in order; together they cover every token.
    pub segments: Vec<Range<usize>>,
    /// The segment of each token.
    pub segment_of: Vec<usize>,
    /// The first token of the date (or where the date would be when it is empty).
    pub date_at: usize,
    /// The segment holding the date.
    pub date_segment: usize,
    /// Worked out once (a headline asks these many times): which tokens are content words,
    /// how many come before each token, which segments are weak, which words are event nouns.
    content: Vec<bool>,
    content_before: Vec<usize>,
    weak: Vec<bool>,
    pub nouns: Vec<Option<EventNoun>>,
    /// When the date's clause holds nothing else, whether it belongs to the clause after it
    /// («ففي العاشر من أكتوبر 2022، أبرم…») rather than the one before («…، وذلك في 2
    /// مارس، حيث…»).
    pub date_leads_next: bool,
    /// The window starts inside the sentence: its first clause's start is not the clause's.
    pub cut_start: bool,
}

impl<'a> Clauses<'a> {
    pub fn new(mut tokens: Vec<Token<'a>>) -> Self {
        absorb_into_date(&mut tokens);
        hide_other_dates(&mut tokens);
        hide_brackets(&mut tokens);
        hide_honorifics(&mut tokens);
        join_continuations(&mut tokens);
        hide_time_asides(&mut tokens);
        join_around_date_aside(&mut tokens);
        let (segments, segment_of) = segment(&tokens);
        let date_at = tokens.iter().position(|t| t.in_date).unwrap_or_else(|| {
            // An empty date (a hand-made event): the first token after it.
            tokens.iter().position(|t| t.kind != Kind::Junk).unwrap_or(0)
        });
        let date_segment = segment_of.get(date_at).copied().unwrap_or(0);
        let mut c = Clauses {
            tokens,
            segments,
            segment_of,
            date_at,
            date_segment,
            content: Vec::new(),
            content_before: Vec::new(),
            weak: Vec::new(),
            nouns: Vec::new(),
            date_leads_next: false,
            cut_start: false,
        };
        c.skip_date_descriptions();
        c.content =
            c.tokens.iter().map(|t| t.is_word() && !t.in_date && !t.info.is_function_word()).collect();
        c.content_before = std::iter::once(0)
            .chain(c.content.iter().scan(0, |n, &b| {
                *n += usize::from(b);
                Some(*n)
            }))
            .collect();
        c.weak = (0..c.segments.len()).map(|s| c.weak_segment(s)).collect();
        c.date_leads_next = c.date_leads_next();
        c.nouns = c
            .tokens
            .iter()
            .map(|t| if t.kind == Kind::Word && !t.in_date { t.info.noun } else { None })
            .collect();
        c
    }

    /// A token that can be shown as a word of a headline.
    pub fn is_content(&self, i: usize) -> bool {
        self.content[i]
    }

    /// Content words among tokens `a..b`.
    pub fn content_between(&self, a: usize, b: usize) -> usize {
        self.content_before[b.max(a)] - self.content_before[a]
    }

    /// A segment with too little in it to name anything: «مع اقتراب», «ففي», «كعادته», or
    /// the dateline opening an agency lead («القاهرة 7-3-2021 أ ش أ-»).
    pub fn is_weak(&self, s: usize) -> bool {
        self.weak[s]
    }

    /// A date-only clause at the start of the sentence, or after nothing but debris, leads the
    /// next clause unless that one is subordinate («حيث»، «الذي») or the date's clause refers
    /// back («وذلك في …»).
    fn date_leads_next(&self) -> bool {
        let ds = self.date_segment;
        if !self.is_weak(ds) {
            return false;
        }
        let Some(next) = self.segments[ds + 1..].iter().find_map(|r| self.first_word(r.clone())) else {
            return false;
        };
        let refers_back = self
            .first_word(self.segments[ds].clone())
            .is_some_and(|i| matches!(self.tokens[i].fold.as_str(), "وذلك" | "ذلك" | "وهو" | "وهي"));
        let first = ds == 0 || (0..ds).all(|s| self.is_weak(s));
        !self.tokens[next].info.is_clause_opener() && !refers_back && first
    }

    fn weak_segment(&self, s: usize) -> bool {
        let words =
            self.segments[s].clone().filter(|&i| self.is_content(i) && self.tokens[i].kind == Kind::Word);
        let (mut n, mut first) = (0, None);
        for i in words {
            first = first.or(Some(i));
            n += 1;
        }
        // «… خلال شهري يوليو وأغسطس بشكل يومي»: how, not what.
        let manner = n <= 3
            && first.is_some_and(|i| {
                matches!(self.tokens[i].fold.trim_start_matches('و'), "بشكل" | "بصوره" | "بطريقه" | "بوتيره")
            });
        let dateline = s == 0
            && s == self.date_segment
            && n <= 3
            && self.segments[s].clone().last().is_some_and(|i| {
                let t = &self.tokens[i];
                t.kind == Kind::Break && matches!(t.text.trim(), "-" | "–" | "—" | ":" | ":-")
            });
        n < 2 || dateline || manner
    }

    /// «، وهو التاريخ الذي …» right after the date describes the date, not the event: its
    /// words are hidden.
    fn skip_date_descriptions(&mut self) {
        let mut s = self.date_segment + 1;
        let Some(first) = self.segments.get(s).and_then(|r| self.first_word(r.clone())) else { return };
        if !matches!(self.tokens[first].fold.as_str(), "وهو" | "وهي" | "هو" | "هي") {
            return;
        }
        loop {
            let range = self.segments[s].clone();
            for i in range {
                self.tokens[i].kind = Kind::Junk;
            }
            s += 1;
            // The relative clause that goes on describing it.
            match self.segments.get(s).and_then(|r| self.first_word(r.clone())) {
                Some(i)
                    if self.tokens[i].info.is_clause_opener() && self.tokens[i].fold.starts_with("ال") => {}
                _ => break,
            }
        }
    }

    fn first_word(&self, r: Range<usize>) -> Option<usize> {
        r.into_iter().find(|&i| self.tokens[i].is_word())
    }
}

/// A second month name or the lead words next to the date («في مايو أيار»، «خلال الفترة
/// من»), a year written after a month name and the words that qualify a date («الماضي»،
/// «من العام الجاري») are the date's.
fn absorb_into_date(tokens: &mut [Token]) {
    let Some(first) = tokens.iter().position(|t| t.in_date) else { return };
    let last = tokens.iter().rposition(|t| t.in_date).unwrap_or(first);
    // After: «أبريل [نيسان]», «أكتوبر [تشرين الأول 1998]», «حزيران [من العام الجاري]».
    let mut prev = last;
    let mut i = last + 1;
    while i < tokens.len() && i <= last + 8 {
        let t = &tokens[i];
        if t.kind == Kind::Junk {
            i += 1;
            continue;
        }
        let after_month_word = matches!(tokens[prev].fold.as_str(), "كانون" | "تشرين");
        let month_part = t.kind == Kind::Word
            && (t.info.is_month_name()
                || t.info.is_date_tail()
                || (after_month_word && matches!(t.fold.as_str(), "الاول" | "الثاني")));
        let year = is_year(t) || t.kind == Kind::Close;
        // «من العام الجاري»، «للعام الماضي»، «من العام 2019».
        let year_phrase = t.kind == Kind::Word
            && matches!(t.fold.as_str(), "من" | "للعام" | "لعام" | "العام" | "عام" | "سنه" | "لسنه")
            && tokens[i + 1..]
                .iter()
                .take(3)
                .any(|n| (n.kind == Kind::Word && n.info.is_date_tail()) || is_year(n));
        if month_part || year || year_phrase {
            for t in &mut tokens[prev + 1..=i] {
                t.in_date = true;
            }
            prev = i;
            i += 1;
        } else {
            break;
        }
    }
    // Before: a month name, then lead words («خلال الفترة من»).
    let mut i = first;
    let mut leads = 0;
    while i > 0 && leads < 4 {
        let t = &tokens[i - 1];
        let part = t.kind == Kind::Junk
            || t.kind == Kind::Open
            || (t.kind == Kind::Word && (t.info.is_month_name() || t.info.is_date_lead()))
            || (t.kind == Kind::Break && t.text == ":");
        if !part {
            break;
        }
        i -= 1;
        leads += usize::from(t.kind == Kind::Word);
        tokens[i].in_date = tokens[i].kind != Kind::Junk;
    }
}

/// A year as written in a date: «2012», «1955م», «960ه».
fn is_year(t: &Token) -> bool {
    if t.kind != Kind::Number {
        return false;
    }
    let digits = t.text.chars().filter(|c| super::tokens::is_digit(*c)).count();
    let era = t.text.ends_with(['م', 'ه', 'ـ']);
    let plausible = || {
        let ascii = t.text.bytes().take_while(u8::is_ascii_digit).count();
        t.text[..ascii].parse::<u32>().map_or(true, |y| (1000..2200).contains(&y))
    };
    (digits == 4 && plausible()) || (digits == 3 && era)
}

/// Other dates of the sentence («3 من شهر مارس 2019م»، «عام 1880»، «سنة: (1200ه)»), with
/// their lead words, are not shown in this event's headline.
fn hide_other_dates(tokens: &mut [Token]) {
    for i in 0..tokens.len() {
        let t = &tokens[i];
        if t.in_date || (t.kind == Kind::Junk && !t.other_date) {
            continue;
        }
        // A date the engine found there, or what looks like one: a month name, a year.
        // A bare year the engine found is shown like one it did not: it may be the name of
        // an event («كأس أوروبا 2012»), unless a lead word says it is a date («عام 2012»).
        let bare_year = is_year(t) && !(i > 0 && tokens[i - 1].other_date);
        let found = t.other_date && !bare_year;
        let month = found || (t.kind == Kind::Word && t.info.is_month_name() && t.text.chars().count() > 2);
        if !month && !is_year(t) {
            continue;
        }
        let (mut lo, mut hi) = (i, i);
        let mut led = false;
        // «3 من شهر [مارس] 2019م»، «سنة: ([1200ه]»
        while lo > 0 && lo + 5 > i {
            let p = &tokens[lo - 1];
            let lead = p.kind == Kind::Word
                && (p.info.is_date_lead() || matches!(p.fold.as_str(), "شهر" | "بشهر" | "لشهر"));
            // «بنهاية العام الماضي 2019»، «يوم الخميس غرة شهر رجب»، «بين 1990 و1995»
            let tail = p.kind == Kind::Word
                && (p.info.is_date_tail() || p.info.is_time_word() || matches!(p.fold.as_str(), "غره" | "و"));
            let part = lead
                || tail
                || p.kind == Kind::Number
                || p.kind == Kind::Open
                || (p.kind == Kind::Break && p.text == ":");
            if !part || p.in_date {
                break;
            }
            led |= lead;
            lo -= 1;
        }
        if !month && !led {
            continue;
        }
        // «رجب طيب أردوغان»، «رمضان»: a month's name the engine did not take for a date, with
        // no number or lead word beside it, is a name.
        let number = |n: &Token| n.kind == Kind::Number;
        let number_beside = tokens[i.saturating_sub(2)..i].iter().any(number)
            || tokens.get(i + 1..(i + 3).min(tokens.len())).is_some_and(|n| n.iter().any(number));
        if !found && !led && !number_beside {
            continue;
        }
        while hi + 1 < tokens.len() && hi < i + 3 {
            let n = &tokens[hi + 1];
            let part = is_year(n) || n.kind == Kind::Close || (n.kind == Kind::Word && n.info.is_date_tail());
            if n.in_date || !part {
                break;
            }
            hi += 1;
        }
        for t in &mut tokens[lo..=hi] {
            t.kind = Kind::Junk;
            t.other_date = true;
        }
    }
}

/// «افتتح الوزير، اليوم الأحد، المعرض…»: a clause of time words only is an aside; the
/// clauses around it are one.
fn hide_time_asides(tokens: &mut [Token]) {
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].kind != Kind::Break || !matches!(tokens[i].text, "،" | ",") {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut words = 0;
        while j < tokens.len()
            && (tokens[j].kind == Kind::Junk
                || (tokens[j].kind == Kind::Word && tokens[j].info.is_time_word() && !tokens[j].in_date))
        {
            words += usize::from(tokens[j].kind == Kind::Word);
            j += 1;
        }
        if words > 0
            && j < tokens.len()
            && tokens[j].kind == Kind::Break
            && matches!(tokens[j].text, "،" | ",")
        {
            for t in &mut tokens[i..=j] {
                t.kind = Kind::Junk;
            }
        }
        i = j.max(i + 1);
    }
}

/// «صاحب السمو الملكي الأمير فيصل»، «معالي وزير الصحة»، «فخامة الرئيس»: honorifics before a
/// title say nothing a headline needs and take its room; they are not shown («الأمير فيصل»،
/// «وزير الصحة»، «الرئيس»).
fn hide_honorifics(tokens: &mut [Token]) {
    let word = |t: &Token| t.kind == Kind::Word && !t.in_date;
    for i in 0..tokens.len() {
        if !word(&tokens[i]) {
            continue;
        }
        let f = tokens[i].fold.strip_prefix('و').unwrap_or(&tokens[i].fold);
        let next = tokens.get(i + 1).filter(|t| word(t)).map(|t| t.fold.as_str());
        let honorific = match f {
            // Only before the title they honour: «سمو أمير المنطقة», not «سمو» alone.
            "معالي" | "فخامه" | "سعاده" | "جلاله" | "سمو" => next.is_some(),
            "صاحب" | "صاحبه" => {
                matches!(next, Some("السمو" | "الجلاله" | "المعالي" | "الفخامه" | "السعاده"))
            }
            _ => false,
        };
        if !honorific {
            continue;
        }
        let mut end = i + 1;
        if f.starts_with("صاحب") {
            end += 1;
            // «صاحب السمو الملكي»
            if tokens.get(end).is_some_and(|t| word(t) && t.fold == "الملكي") {
                end += 1;
            }
        }
        for t in &mut tokens[i..end] {
            t.kind = Kind::Junk;
        }
    }
}

/// Brackets that hold only the date, numbers or a short aside («(الناتو)»، «(ط 2)») are not
/// clause breaks and not shown; a longer aside stays a clause of its own.
fn hide_brackets(tokens: &mut [Token]) {
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].kind != Kind::Open {
            i += 1;
            continue;
        }
        let close =
            (i + 1..tokens.len().min(i + 24)).find(|&j| matches!(tokens[j].kind, Kind::Close | Kind::Open));
        let Some(close) = close.filter(|&j| tokens[j].kind == Kind::Close) else {
            tokens[i].kind = Kind::Junk;
            i += 1;
            continue;
        };
        let inner = i + 1..close;
        let words = inner.clone().filter(|&j| tokens[j].kind == Kind::Word && !tokens[j].in_date).count();
        let has_date = inner.clone().any(|j| tokens[j].in_date);
        let numbers = inner.clone().any(|j| tokens[j].kind == Kind::Number && !tokens[j].in_date);
        if words == 0 && numbers && !has_date {
            // «جولة المنتخب عام 2019 (12) مباراة»: a count in brackets ends the phrase.
            tokens[i].kind = Kind::Break;
            i = close + 1;
            continue;
        }
        if words == 0 || (!has_date && words <= 3) {
            for t in &mut tokens[i..=close] {
                if !t.in_date {
                    t.kind = Kind::Junk;
                }
            }
        }
        i = close + 1;
    }
    for t in tokens.iter_mut().filter(|t| matches!(t.kind, Kind::Close)) {
        // A closing bracket with no opening one in the window is a break.
        t.kind = Kind::Break;
    }
}

/// «زيارة بوتين، إلى بيلاروسيا»: a comma before «إلى» does not end the clause; nor do the
/// commas around a name in apposition to an office («الرئيس الروسي، فلاديمير بوتين، للقيام»).
fn join_continuations(tokens: &mut [Token]) {
    join_appositions(tokens);
    for i in 0..tokens.len().saturating_sub(1) {
        if tokens[i].kind != Kind::Break || !matches!(tokens[i].text, "،" | ",") {
            continue;
        }
        let next_is_to = tokens[i + 1..]
            .iter()
            .find(|t| t.kind != Kind::Junk)
            .is_some_and(|t| t.kind == Kind::Word && matches!(t.fold.as_str(), "الي" | "ال"));
        if next_is_to {
            tokens[i].kind = Kind::Junk;
        }
    }
}

/// «الرئيس الروسي، فلاديمير بوتين،»: an office (with an adjective or two), a comma, one to
/// four words of a name (its first without the article) and a comma: the commas are not
/// breaks.
fn join_appositions(tokens: &mut [Token]) {
    let is_comma = |t: &Token| t.kind == Kind::Break && matches!(t.text, "،" | ",");
    for i in 1..tokens.len() {
        if !is_comma(&tokens[i]) {
            continue;
        }
        let office = (i.saturating_sub(3)..i)
            .any(|j| tokens[j].kind == Kind::Word && super::support::is_office_title(&tokens[j].fold))
            && tokens[i - 1].kind == Kind::Word;
        if !office {
            continue;
        }
        let name = (i + 1..tokens.len().min(i + 6))
            .take_while(|&j| tokens[j].kind == Kind::Word && !tokens[j].in_date)
            .take_while(|&j| !tokens[j].info.is_function_word() && !tokens[j].info.is_clause_opener())
            .count();
        let close = i + 1 + name;
        // «، الموالي لروسيا،» describes; a name starts without the article.
        let described = tokens.get(i + 1).is_some_and(|t| t.fold.starts_with("ال"));
        if (1..=4).contains(&name) && !described && tokens.get(close).is_some_and(&is_comma) {
            tokens[i].kind = Kind::Junk;
            tokens[close].kind = Kind::Junk;
        }
    }
}

/// Segments end at breaks and brackets; a clause opener («الذي»، «أن»، «حيث») starts one.
fn segment(tokens: &[Token]) -> (Vec<Range<usize>>, Vec<usize>) {
    let mut segments = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        let opens = t.kind == Kind::Word && !t.in_date && t.info.is_clause_opener();
        if opens && i > start {
            segments.push(start..i);
            start = i;
        }
        if matches!(t.kind, Kind::Break | Kind::Open | Kind::Close) && !t.in_date {
            segments.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < tokens.len() || segments.is_empty() {
        segments.push(start..tokens.len());
    }
    let mut segment_of = vec![0; tokens.len()];
    for (s, r) in segments.iter().enumerate() {
        for i in r.clone() {
            segment_of[i] = s;
        }
    }
    (segments, segment_of)
}

/// «استذكرت حركة فتح، اليوم الأربعاء، الشاعر إبراهيم طوقان»: a date set off by commas is an
/// aside; the clause runs on through it to its object. Not when what follows opens another
/// clause («…، يوم الخميس، وقالت…»).
fn join_around_date_aside(tokens: &mut [Token]) {
    let Some(first) = tokens.iter().position(|t| t.in_date) else { return };
    let last = tokens.iter().rposition(|t| t.in_date).unwrap_or(first);
    let shown = |j: &usize| tokens[*j].kind != Kind::Junk;
    let (Some(open), Some(close)) = ((0..first).rev().find(shown), (last + 1..tokens.len()).find(shown))
    else {
        return;
    };
    let comma = |j: usize| tokens[j].kind == Kind::Break && matches!(tokens[j].text, "،" | ",");
    // The clause before has words of its own (a verb and its subject), not just «للأسف».
    let clause_start = (0..open).rev().find(|&j| tokens[j].kind == Kind::Break).map_or(0, |j| j + 1);
    let word_before = (clause_start..open).filter(|&j| tokens[j].kind == Kind::Word).count() >= 2;
    let word_after = (close + 1..tokens.len()).find(shown).is_some_and(|j| {
        let t = &tokens[j];
        t.kind == Kind::Word
            && !t.info.is_clause_opener()
            && !super::compose::starts_conjunct(t.text)
            && !t.info.is_function_word()
    });
    if comma(open) && comma(close) && word_before && word_after {
        tokens[open].kind = Kind::Junk;
        tokens[close].kind = Kind::Junk;
    }
}
