//! Applying the user's work to the extracted events, and the edits themselves (each one an
//! undoable step).

use super::Timeline;
use super::edit::{Curation, EventEdit, SourceRef, article_key};
use super::event::{ArticleId, Event, EventId, Origin};
use super::extract::{describe_events, extract_events_dated};
use super::group::{Mention, group_mentions};
use super::headline::{ArticlePerson, headline, headline_in};
use super::keywords::key_words;
use crate::dates::{DateRange, Flags, Span};
use chrono::NaiveDate;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

/// Where a [`SourceRef`] is in the open articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub article: ArticleId,
    /// (date span, sentence span) in the article's text; `None` when the article is open but
    /// the source text is no longer in it.
    pub spans: Option<(Span, Span)>,
}

impl Timeline {
    /// Recomputes `events` from the extracted events and the user's work: edits applied,
    /// hand-made events added, edits of changed articles re-attached where their text still
    /// is, groups formed. Edits whose article is not open stay in the curation, unused.
    pub fn rebuild(&mut self) {
        self.apply_article_dates();
        let mut events = self.extracted.clone();
        let extracted = events.len();
        let by_id: FxHashMap<EventId, usize> = events.iter().enumerate().map(|(i, e)| (e.id, i)).collect();
        // Ids that carry an edit of their own: an edit being re-attached never takes one.
        let mut claimed: FxHashSet<EventId> = self.curation.edits.keys().copied().collect();
        let mut rekeyed = Vec::new();
        let mut by_span: Option<FxHashMap<(ArticleId, usize, usize), usize>> = None;
        for (&id, edit) in &self.curation.edits {
            if !edit.manual
                && let Some(&i) = by_id.get(&id)
            {
                edit.apply(&mut events[i]);
                if !edit.is_noop() {
                    events[i].origin = Origin::Edited;
                }
                continue;
            }
            let Some(place) = self.locate(&edit.source) else { continue };
            if !edit.manual
                && let Some((date, _)) = &place.spans
            {
                // The article changed, or the engine reads the date a little differently now:
                // the event found at the same place (or overlapping it) takes the edit.
                let spans = by_span.get_or_insert_with(|| {
                    events[..extracted]
                        .iter()
                        .enumerate()
                        .map(|(i, e)| ((e.article, e.date_span.start, e.date_span.end), i))
                        .collect()
                });
                let target = spans.get(&(place.article, date.start, date.end)).copied().or_else(|| {
                    events[..extracted].iter().position(|e| {
                        e.article == place.article
                            && e.date_span.start < date.end
                            && date.start < e.date_span.end
                    })
                });
                if let Some(i) = target.filter(|&i| claimed.insert(events[i].id)) {
                    edit.apply(&mut events[i]);
                    if !edit.is_noop() {
                        events[i].origin = Origin::Edited;
                    }
                    rekeyed.push((id, events[i].id, place.clone()));
                    continue;
                }
            }
            events.push(self.event_from_edit(id, edit, &place));
        }
        self.rekey(rekeyed);
        events.sort_by(|a, b| {
            (a.range.start, a.range.end, a.article, a.date_span.start, a.id).cmp(&(
                b.range.start,
                b.range.end,
                b.article,
                b.date_span.start,
                b.id,
            ))
        });
        self.index = events.iter().enumerate().map(|(i, e)| (e.id, i)).collect();
        self.extracted_at = self.extracted.iter().enumerate().map(|(i, e)| (e.id, i)).collect();
        self.events = events;
        self.form_groups();
    }

    /// Moves re-attached edits to the ids of the events that now carry them, with their place
    /// in the article, and the user's merges and splits with them.
    fn rekey(&mut self, rekeyed: Vec<(EventId, EventId, Place)>) {
        if rekeyed.is_empty() {
            return;
        }
        let mut new_of = FxHashMap::default();
        for (old, new, place) in rekeyed {
            let Some(mut edit) = self.curation.edits.remove(&old) else { continue };
            let a = &self.entries[place.article].article;
            if let Some((date, sentence)) = place.spans {
                edit.source.content_hash = a.content_hash;
                edit.source.path = a.path.clone();
                edit.source.sentence = a.text[sentence.clone()].to_string();
                edit.source.date_text = a.text[date.clone()].to_string();
                edit.source.date_span = date;
                edit.source.sentence_span = sentence;
            }
            self.curation.edits.insert(new, edit);
            new_of.insert(old, new);
        }
        let map = |id: &EventId| *new_of.get(id).unwrap_or(id);
        let c = &mut self.curation;
        c.together = c.together.iter().map(|(a, b)| (map(a).min(map(b)), map(a).max(map(b)))).collect();
        c.detached = c.detached.iter().map(map).collect();
    }

    /// An event for an edit whose extracted event is gone, or for a hand-made event.
    fn event_from_edit(&self, id: EventId, edit: &EventEdit, place: &Place) -> Event {
        let s = &edit.source;
        let had_text = !s.sentence.is_empty() || !s.date_text.is_empty();
        let (date_span, sentence_span) = place.spans.clone().unwrap_or((0..0, 0..0));
        let origin = match (edit.manual, place.spans.is_some() || !had_text) {
            (true, true) => Origin::Manual,
            _ => Origin::Detached,
        };
        let text = &self.entries[place.article].article.text;
        // The source's spans come from a project file: `headline` clamps them into the text.
        let headline = if text.get(sentence_span.clone()).is_none_or(str::is_empty) {
            // The sentence is no longer in the article: the one the edit remembers.
            let date = s.sentence.find(&s.date_text).map_or(0..0, |at| at..at + s.date_text.len());
            self::headline(&s.sentence, 0..s.sentence.len(), date)
        } else {
            // As the extraction makes it: the sentence's other dates left out, the article's
            // person known.
            let sentence = text.get(sentence_span.clone()).unwrap_or_default();
            let mut others: Vec<Span> = crate::dates::find(sentence, None)
                .into_iter()
                .map(|m| m.span.start + sentence_span.start..m.span.end + sentence_span.start)
                .collect();
            others.sort_by_key(|o| o.start);
            headline_in(
                text,
                sentence_span.clone(),
                date_span.clone(),
                &others,
                Some(&ArticlePerson::new(text)),
            )
        };
        let mut e = Event {
            id,
            article: place.article,
            range: s.range,
            date_text: s.date_text.clone(),
            date_span,
            sentence_span,
            title: headline.clone(),
            headline,
            flags: Flags::default(),
            note: String::new(),
            category: super::category::suggest_category(&s.sentence).map(str::to_string),
            tags: Vec::new(),
            hidden: false,
            pinned: false,
            origin,
            group: None,
        };
        edit.apply(&mut e);
        e
    }

    /// Finds a source in the open articles: the same text (wherever the file is now), else
    /// the same file changed, where the sentence is looked for. Never another article that
    /// happens to hold the same sentence: news copy repeats itself, and an edit belongs to
    /// its own article.
    pub fn locate(&self, s: &SourceRef) -> Option<Place> {
        let article_of = |i: usize| &self.entries[i].article;
        if let Some(i) = self.entries.iter().position(|e| e.article.content_hash == s.content_hash) {
            let text = &article_of(i).text;
            let same = text.get(s.date_span.clone()) == Some(s.date_text.as_str())
                && text.get(s.sentence_span.clone()).is_some();
            let spans =
                same.then(|| fit_sentence(article_of(i), s.date_span.clone(), s.sentence_span.clone()));
            if spans.is_some() || s.sentence.is_empty() {
                return Some(Place { article: i, spans });
            }
        }
        let i = self.entries.iter().position(|e| e.article.path == s.path)?;
        if s.sentence.is_empty() {
            return Some(Place { article: i, spans: Some((0..0, 0..0)) });
        }
        let Some(at) = article_of(i).text.find(&s.sentence) else {
            return Some(Place { article: i, spans: None });
        };
        let local = s.date_span.start.checked_sub(s.sentence_span.start);
        let date_local = match local {
            Some(l) if s.sentence.get(l..l.saturating_add(s.date_text.len())) == Some(&s.date_text) => {
                Some(l)
            }
            _ => s.sentence.find(&s.date_text),
        };
        let spans = date_local.map(|d| (at + d..at + d + s.date_text.len(), at..at + s.sentence.len()));
        Some(Place { article: i, spans })
    }

    /// Points the user's edits of a file that moved at its new place (relocating a missing
    /// article). Not an undoable edit: it changes where, not what.
    pub fn relocate_sources(&mut self, from: &std::path::Path, to: &std::path::Path) {
        let mut changed = false;
        for e in self.curation.edits.values_mut().filter(|e| e.source.path == from) {
            e.source.path = to.to_path_buf();
            changed = true;
        }
        if changed {
            self.revision += 1;
            self.rebuild();
        }
    }

    fn form_groups(&mut self) {
        let shown: Vec<usize> = (0..self.events.len()).filter(|&i| !self.events[i].hidden).collect();
        let groups = self.group_among(&shown);
        self.set_groups(groups);
    }

    /// The groups among some events (indices into `events`; hidden ones must be left out by
    /// the caller): the automatic guess and the user's merges and splits among them. Key words
    /// are worked out for events that have none yet.
    pub(super) fn group_among(&mut self, events: &[usize]) -> Vec<Vec<usize>> {
        let mut words = std::mem::take(&mut self.key_words);
        // New events' key words, in parallel: thousands arrive at once when a folder opens.
        let missing: Vec<(EventId, Vec<String>)> = events
            .par_iter()
            .map(|&i| &self.events[i])
            .filter(|e| !words.contains_key(&e.id))
            .map(|e| {
                let sentence = self.sentence_of(e);
                (e.id, key_words(if sentence.is_empty() { &e.title } else { sentence }))
            })
            .collect();
        words.extend(missing);
        let mentions: Vec<Mention> = events
            .iter()
            .map(|&i| {
                let e = &self.events[i];
                Mention { article: e.article, range: e.range, words: &words[&e.id] }
            })
            .collect();
        let at: FxHashMap<EventId, usize> =
            events.iter().enumerate().map(|(k, &i)| (self.events[i].id, k)).collect();
        let together: Vec<(usize, usize)> =
            self.curation.together.iter().filter_map(|(a, b)| Some((*at.get(a)?, *at.get(b)?))).collect();
        let detached: Vec<usize> = self.curation.detached.iter().filter_map(|d| at.get(d).copied()).collect();
        let groups = group_mentions(&mentions, &together, &detached, &self.common_words);
        drop(mentions);
        self.key_words = words;
        groups.into_iter().map(|g| g.into_iter().map(|k| events[k]).collect()).collect()
    }

    /// Makes `groups` (each ascending, event indices) the timeline's: ordered by their first
    /// member, each event told its group.
    pub(super) fn set_groups(&mut self, mut groups: Vec<Vec<usize>>) {
        for g in &mut groups {
            g.sort_unstable();
        }
        groups.sort_unstable_by_key(|g| g[0]);
        for e in &mut self.events {
            e.group = None;
        }
        for (g, members) in groups.iter().enumerate() {
            for &i in members {
                self.events[i].group = Some(g);
            }
        }
        self.groups = groups;
    }

    /// The source of an event, for a new edit of it.
    pub fn source_of(&self, e: &Event) -> SourceRef {
        let a = self.article_of(e);
        SourceRef::of(e, a.path.clone(), a.content_hash, self.sentence_of(e))
    }

    /// Re-extracts the articles whose date set by the user (in the curation) is not the one their
    /// events were extracted against: after the user sets or clears it, an undo, or opening a
    /// project. Event ids do not depend on the date, so edits stay with their events.
    fn apply_article_dates(&mut self) {
        if self.curation.article_dates.is_empty() && self.entries.iter().all(|e| e.user_date.is_none()) {
            return;
        }
        for id in 0..self.entries.len() {
            let entry = &self.entries[id];
            let wanted = self.curation.article_dates.get(&article_key(entry.article.content_hash)).copied();
            if wanted == entry.user_date {
                continue;
            }
            let mut x = extract_events_dated(&entry.article, id, wanted);
            describe_events(&entry.article, &mut x);
            self.extracted.retain(|e| e.article != id);
            self.unplaced.retain(|u| u.article != id);
            for (e, words) in x.events.iter().zip(x.key_words) {
                self.key_words.insert(e.id, words);
            }
            self.extracted.extend(x.events);
            self.unplaced.extend(x.unplaced);
            let entry = &mut self.entries[id];
            entry.dateline = x.dateline;
            entry.dateline_source = x.dateline_source;
            entry.user_date = wanted;
        }
    }

    /// Sets (or, with `None`, clears) the date of an article, in one undoable step: its
    /// relative dates are placed against it.
    pub fn set_article_date(&mut self, article: ArticleId, date: Option<NaiveDate>) -> bool {
        let Some(entry) = self.entries.get(article) else { return false };
        let key = article_key(entry.article.content_hash);
        self.edit(|c| match date {
            Some(d) => {
                c.article_dates.insert(key, d);
            }
            None => {
                c.article_dates.remove(&key);
            }
        })
    }

    /// Changes the user's work in one undoable step. Nothing is recorded when nothing changed.
    pub fn edit(&mut self, f: impl FnOnce(&mut Curation)) -> bool {
        let before = self.curation.clone();
        f(&mut self.curation);
        if self.curation == before {
            return false;
        }
        self.revision += 1;
        self.refresh_after(&before);
        self.history.record(before);
        true
    }

    /// Edits one event (its record is created on the first change and dropped when it no
    /// longer changes anything).
    pub fn edit_event(&mut self, id: EventId, f: impl FnOnce(&mut EventEdit)) -> bool {
        let Some(e) = self.event(id) else { return false };
        let fresh = (!self.curation.edits.contains_key(&id)).then(|| EventEdit::new(self.source_of(e)));
        self.edit(|c| {
            let edit = c.edits.entry(id).or_insert_with(|| fresh.expect("a fresh edit when none exists"));
            let before = edit.clone();
            f(edit);
            if *edit != before {
                edit.changes = before.changes.saturating_add(1);
            }
            if edit.is_noop() && !c.in_group_choice(id) {
                c.edits.remove(&id);
            }
        })
    }

    /// Edits several events the same way, in one undoable step (hide, categorise or tag a
    /// selection): `f` is applied to each event's record.
    pub fn edit_events(&mut self, ids: &[EventId], f: impl Fn(&mut EventEdit)) -> bool {
        let fresh: Vec<(EventId, EventEdit)> = ids
            .iter()
            .filter(|id| !self.curation.edits.contains_key(id))
            .filter_map(|&id| Some((id, EventEdit::new(self.source_of(self.event(id)?)))))
            .collect();
        let known: Vec<EventId> = ids.iter().copied().filter(|&id| self.event(id).is_some()).collect();
        self.edit(|c| {
            c.edits.extend(fresh);
            for id in known {
                let Some(edit) = c.edits.get_mut(&id) else { continue };
                let before = edit.clone();
                f(edit);
                if *edit != before {
                    edit.changes = before.changes.saturating_add(1);
                }
                if edit.is_noop() && !c.in_group_choice(id) {
                    c.edits.remove(&id);
                }
            }
        })
    }

    /// Merges several events into one group, in one undoable step.
    pub fn merge_all(&mut self, ids: &[EventId]) -> bool {
        let ids: Vec<EventId> = ids.iter().copied().filter(|&id| self.event(id).is_some()).collect();
        let Some((&first, rest)) = ids.split_first() else { return false };
        if rest.is_empty() {
            return false;
        }
        let records = self.records_for(&ids);
        self.edit(|c| {
            c.edits.extend(records);
            for &b in rest {
                c.detached.remove(&b);
                c.together.insert((first.min(b), first.max(b)));
            }
            c.detached.remove(&first);
        })
    }

    /// Adds an event by hand. `date_span` and `sentence_span` are in the article's text
    /// (empty for an event that has no source sentence); returns its id.
    pub fn add_manual(
        &mut self,
        article: ArticleId,
        sentence_span: Span,
        date_span: Span,
        range: DateRange,
        title: &str,
    ) -> Option<EventId> {
        let a = &self.entries.get(article)?.article;
        let sentence = a.text.get(sentence_span.clone())?.to_string();
        let date_text = a.text.get(date_span.clone())?.to_string();
        // Unique among hand-made events, stable once saved, and never an id the extractor
        // could give (those hash the content hash and the span alone).
        let mut n = self.curation.edits.len() as u64;
        let id = loop {
            let mut bytes = b"manual".to_vec();
            bytes.extend_from_slice(&a.content_hash.to_le_bytes());
            bytes.extend_from_slice(&(date_span.start as u64).to_le_bytes());
            bytes.extend_from_slice(&n.to_le_bytes());
            let id = EventId(xxhash_rust::xxh3::xxh3_64(&bytes));
            if !self.curation.edits.contains_key(&id) && self.event(id).is_none() {
                break id;
            }
            n += 1;
        };
        let source = SourceRef {
            path: a.path.clone(),
            content_hash: a.content_hash,
            date_span,
            sentence_span,
            date_text,
            sentence,
            range,
        };
        let mut edit = EventEdit::new(source);
        edit.manual = true;
        if !title.trim().is_empty() {
            edit.title = Some(title.trim().to_string());
        }
        self.edit(|c| {
            c.edits.insert(id, edit);
        });
        Some(id)
    }

    /// Deletes a hand-made event (extracted events are hidden, not deleted).
    pub fn delete_manual(&mut self, id: EventId) -> bool {
        if !self.curation.edits.get(&id).is_some_and(|e| e.manual) {
            return false;
        }
        self.edit(|c| {
            c.edits.remove(&id);
            c.together.retain(|(a, b)| *a != id && *b != id);
            c.detached.remove(&id);
        })
    }

    /// Fresh edit records for events that have none, so that a merge or a split of them
    /// carries their source and follows them when their article changes.
    fn records_for(&self, ids: &[EventId]) -> Vec<(EventId, EventEdit)> {
        ids.iter()
            .filter(|id| !self.curation.edits.contains_key(id))
            .filter_map(|&id| Some((id, EventEdit::new(self.source_of(self.event(id)?)))))
            .collect()
    }

    /// Puts two events (and their groups) into one group.
    pub fn merge(&mut self, a: EventId, b: EventId) -> bool {
        if a == b || self.event(a).is_none() || self.event(b).is_none() {
            return false;
        }
        let records = self.records_for(&[a, b]);
        self.edit(|c| {
            c.edits.extend(records);
            c.detached.remove(&a);
            c.detached.remove(&b);
            c.together.insert((a.min(b), a.max(b)));
        })
    }

    /// Takes an event out of its group; it is not grouped automatically again.
    pub fn split(&mut self, id: EventId) -> bool {
        let records = self.records_for(&[id]);
        self.edit(|c| {
            c.edits.extend(records);
            c.together.retain(|(a, b)| *a != id && *b != id);
            c.detached.insert(id);
        })
    }

    /// Drops the user's changes to an extracted event (its merges and splits stay).
    pub fn revert(&mut self, id: EventId) -> bool {
        let Some(e) = self.event(id) else { return false };
        let fresh = EventEdit::new(self.source_of(e));
        self.edit(|c| {
            if c.in_group_choice(id) {
                let source = c.edits.get(&id).map_or(fresh.source.clone(), |x| x.source.clone());
                c.edits.insert(id, EventEdit::new(source));
            } else {
                c.edits.remove(&id);
            }
        })
    }

    /// Replaces the user's work (opening a project): not undoable, history cleared.
    pub fn set_curation(&mut self, c: Curation) {
        self.curation = c;
        self.history.clear();
        self.revision += 1;
        self.rebuild();
    }

    pub fn undo(&mut self) -> bool {
        let Some(back) = self.history.undo(self.curation.clone()) else { return false };
        let before = std::mem::replace(&mut self.curation, back);
        self.revision += 1;
        self.refresh_after(&before);
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(next) = self.history.redo(self.curation.clone()) else { return false };
        let before = std::mem::replace(&mut self.curation, next);
        self.revision += 1;
        self.refresh_after(&before);
        true
    }
}

/// A date and its sentence read from a project (untrusted: hand-edited, damaged or written by
/// a bug), made to fit: the sentence must hold the date. When it does not, the date keeps its
/// place and takes the article's sentence around it (or only itself), so that no later step
/// ever slices a sentence with a date outside it.
fn fit_sentence(article: &crate::article::Article, date: Span, sentence: Span) -> (Span, Span) {
    if sentence.start <= date.start && date.end <= sentence.end {
        return (date, sentence);
    }
    let around = article.sentence_at(date.start).filter(|s| date.end <= s.end).unwrap_or(date.clone());
    (date, around)
}
