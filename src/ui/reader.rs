//! The article reader: right-to-left, wrapped paragraphs; every date expression is marked,
//! the selected event's sentence highlighted and its date marked more strongly. Clicking a
//! date selects its event.

use super::article_date::ArticleDate;
use super::i18n::{tr, wtr};
use super::mirror;
use super::text::{self, Mark, Paragraph};
use crate::dates::Span;
use crate::timeline::{ArticleId, Event, EventId, Timeline};
use chrono::NaiveDate;
use eframe::egui::{self, Color32, FontId};

#[derive(Default)]
pub struct Reader {
    /// The article shown.
    pub article: Option<ArticleId>,
    /// Where the reader's text was drawn last frame, and how many words of the search it marked
    /// (tests look at these).
    pub drawn: Option<egui::Rect>,
    pub search_marks: usize,
    /// The selected event's sentence and date spans.
    focus: Option<(Span, Span)>,
    /// Frames left in which to scroll to the focused sentence: two, because selecting an
    /// event opens the event panel on the next frame, which makes the reader shorter.
    scroll_pending: u8,
    /// Heights of the article's paragraphs at a width, so those off screen are not laid out.
    heights: Option<(ArticleId, u32, Vec<f32>)>,
    /// Text the user selected by dragging (bytes of the article's text; it may run over
    /// several paragraphs).
    pub selection: Option<Span>,
    drag_anchor: Option<usize>,
    /// The user asked for a new event from the selection.
    pub new_event_requested: bool,
    date: ArticleDate,
    /// The user gave an article a date (or cleared it: `None`), for the app to apply.
    pub date_requested: Option<(ArticleId, Option<NaiveDate>)>,
    /// The article's date expressions, found once per article and change of the timeline
    /// (not by walking every event of the timeline each frame).
    dates: Option<(DatesKey, Vec<DateMark>)>,
}

/// A date expression of the article: where it is, and its event when it has one.
type DateMark = (Span, Option<EventId>);

/// What the reader's list of date expressions depends on: the article, and the timeline's
/// revision and sizes (an edit, a load).
type DatesKey = (ArticleId, u64, usize, usize);

/// The span from `a` to `b` (either order), widened to whole words: a selection dragged
/// roughly over «قمة مينسك» takes the two words, never «مة مين». What is highlighted is this
/// span, so what the user sees selected is what a new event takes.
pub fn word_span(text: &str, a: usize, b: usize) -> Span {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (lo, hi) = (floor(a.min(b)), floor(a.max(b)));
    let in_word = |c: char| c.is_alphanumeric() || is_mark(c);
    let start =
        text[..lo].char_indices().rev().take_while(|(_, c)| in_word(*c)).last().map_or(lo, |(i, _)| i);
    let first = text[hi..].chars().next();
    let mut end = first.map_or(hi, |c| hi + c.len_utf8());
    if first.is_some_and(in_word) {
        end += text[end..].chars().take_while(|c| in_word(*c)).map(char::len_utf8).sum::<usize>();
    }
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    start + lead..start + lead + piece.trim().len()
}

/// Arabic diacritics and the tatweel: inside a word.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// An article's name cut to fit a picker.
fn short(name: &str) -> String {
    if name.chars().count() > 48 { name.chars().take(47).chain(['…']).collect() } else { name.to_string() }
}

/// Colours of the marks, for light and dark themes.
struct Palette {
    date: Color32,
    sentence: Color32,
    selected_date: Color32,
}

fn palette(dark: bool) -> Palette {
    if dark {
        Palette {
            date: Color32::from_rgba_unmultiplied(90, 140, 220, 70),
            sentence: Color32::from_rgba_unmultiplied(200, 170, 40, 60),
            selected_date: Color32::from_rgba_unmultiplied(230, 130, 20, 170),
        }
    } else {
        Palette {
            date: Color32::from_rgba_unmultiplied(60, 120, 220, 45),
            sentence: Color32::from_rgba_unmultiplied(255, 220, 60, 110),
            selected_date: Color32::from_rgba_unmultiplied(240, 140, 20, 170),
        }
    }
}

fn overlap(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

impl Reader {
    /// Opens the event's article at its sentence.
    pub fn show_event(&mut self, e: &Event) {
        self.show_place(e.article, e.sentence_span.clone(), e.date_span.clone());
    }

    /// Opens an article at a sentence, its date span marked: an event's, or a relative date's
    /// that could not be placed.
    /// Opens an article at its start.
    pub fn show_article(&mut self, article: ArticleId) {
        if self.article != Some(article) {
            self.selection = None;
            self.focus = None;
        }
        self.article = Some(article);
    }

    pub fn show_place(&mut self, article: ArticleId, sentence: Span, date: Span) {
        if self.article != Some(article) {
            self.selection = None;
        }
        self.article = Some(article);
        self.focus = Some((sentence, date));
        self.scroll_pending = 2;
    }

    /// Keeps the reader's article id right after an article was closed.
    pub fn article_closed(&mut self, id: ArticleId) {
        self.selection = None;
        self.drag_anchor = None;
        match self.article {
            Some(a) if a == id => {
                self.article = None;
                self.focus = None;
            }
            Some(a) if a > id => self.article = Some(a - 1),
            _ => {}
        }
    }

    /// The highlighted sentence, as the user sees it (for tests and "copy").
    pub fn focused_sentence<'t>(&self, t: &'t Timeline) -> Option<&'t str> {
        let (s, _) = self.focus.as_ref()?;
        // `get`: an extraction's article has no text until it is read from its corpus.
        t.entries.get(self.article?)?.article.text.get(s.clone())
    }

    /// Shows the article; `search` is the list's filter, whose words are marked in the text.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        t: &Timeline,
        selected: Option<EventId>,
        search: &crate::timeline::EventFilter,
    ) -> Option<EventId> {
        let matcher = search.matcher();
        if t.entries.is_empty() {
            ui.centered_and_justified(|ui| text::weak(ui, &tr!("reader-empty")));
            return None;
        }
        let id = match self.article {
            Some(a) if a < t.entries.len() => a,
            _ => {
                self.article = Some(0);
                0
            }
        };
        let entry = &t.entries[id];
        let a = &entry.article;
        // Measured before the header, which must not widen the panel.
        let panel_width = ui.available_width();
        self.drawn = Some(ui.available_rect_before_wrap());
        self.search_marks = 0;
        let mut step_to = None;
        ui.horizontal_wrapped(|ui| {
            egui::ComboBox::from_id_salt("reader article")
                .selected_text(text::widget_text(ui, &short(t.title_of_article(id))))
                .width(260.0)
                .show_ui(ui, |ui| {
                    for (i, e) in t.entries.iter().enumerate() {
                        // The article's headline; its file on hover.
                        let name = text::widget_text(ui, &short(t.title_of_article(i)));
                        let item = ui.selectable_label(i == id, name);
                        let item = text::hover_text(item, e.article.path.display().to_string());
                        if item.clicked() {
                            self.article = Some(i);
                            self.focus = None;
                            self.selection = None;
                        }
                    }
                });
            if let Some(date) = self.date.ui(ui, entry, id) {
                self.date_requested = Some((id, date));
            }
            text::weak(ui, &format!("· {}", a.encoding));
            if let Some(sentence) = self.focused_sentence(t)
                && ui.button(wtr!(ui, "reader-copy-sentence")).clicked()
            {
                let flat = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
                ui.ctx().copy_text(flat);
            }
            // A grouped event: step through the articles that report it.
            if let Some(e) = selected.and_then(|s| t.event(s)) {
                let sources = t.sources_of(e);
                if sources.len() > 1 {
                    ui.separator();
                    let k = sources.iter().position(|&i| t.events[i].id == e.id).unwrap_or(0);
                    let n = sources.len();
                    let (back, forward) = if mirror::is_rtl() { (">", "<") } else { ("<", ">") };
                    if text::hover_text(ui.small_button(back), tr!("source-previous")).clicked() {
                        step_to = Some(t.events[sources[(k + n - 1) % n]].id);
                    }
                    text::message(ui, &tr!("source-of", number = k + 1, count = n));
                    if text::hover_text(ui.small_button(forward), tr!("source-next")).clicked() {
                        step_to = Some(t.events[sources[(k + 1) % n]].id);
                    }
                }
            }
            if let Some(sel) = self.selection.clone().filter(|s| s.end <= a.text.len()) {
                ui.separator();
                if ui.button(wtr!(ui, "reader-new-event")).clicked() {
                    self.new_event_requested = true;
                }
                if ui.button(wtr!(ui, "reader-copy-selection")).clicked() {
                    ui.ctx().copy_text(a.text[sel].to_string());
                }
            } else {
                text::weak(ui, &tr!("reader-drag-hint"));
            }
        });
        for w in &a.warnings {
            text::colored(ui, ui.visuals().warn_fg_color, &tr!("reader-warning", warning = w.to_string()));
        }
        ui.separator();
        let colors = palette(ui.visuals().dark_mode);
        let text_color = ui.visuals().text_color();
        let font = FontId::proportional(17.0);
        // Every date expression of this article, placed or not.
        let key = (id, t.revision, t.events.len(), t.unplaced.len());
        if self.dates.as_ref().is_none_or(|(k, _)| *k != key) {
            let mut dates: Vec<DateMark> = t
                .events
                .iter()
                .filter(|e| e.article == id)
                .map(|e| (e.date_span.clone(), Some(e.id)))
                .chain(t.unplaced.iter().filter(|u| u.article == id).map(|u| (u.date_span.clone(), None)))
                .collect();
            dates.sort_by_key(|(s, _)| s.start);
            self.dates = Some((key, dates));
        }
        let dates = self.dates.as_ref().map(|(_, d)| d.clone()).unwrap_or_default();
        let selected_span =
            selected.and_then(|s| t.event(s)).filter(|e| e.article == id).map(|e| e.date_span.clone());
        let mut clicked = None;
        egui::ScrollArea::vertical().id_salt("reader").auto_shrink([false, false]).show(ui, |ui| {
            let width = (panel_width - 16.0).max(120.0);
            let mut offset = 0;
            let key = (id, width as u32);
            if self.heights.as_ref().is_none_or(|(a, w, _)| (*a, *w) != key) {
                // A new width moves every line: go back to the sentence being read.
                if self.heights.as_ref().is_some_and(|(a, _, _)| *a == id) && self.focus.is_some() {
                    self.scroll_pending = 2;
                }
                self.heights = Some((id, width as u32, Vec::new()));
            }
            // The paragraphs laid out this frame (rect, first byte, layout), to find the byte
            // under the pointer while a selection is dragged over them.
            let mut laid: Vec<(egui::Rect, usize, Paragraph)> = Vec::new();
            for (n, line) in a.text.split_inclusive('\n').enumerate() {
                let line_span = offset..offset + line.len();
                offset += line.len();
                let body = line.trim_end_matches(['\n', '\r']);
                if body.trim().is_empty() {
                    ui.add_space(8.0);
                    continue;
                }
                // Off screen, a paragraph of known height only takes its room.
                let known =
                    self.heights.as_ref().and_then(|(_, _, h)| h.get(n).copied()).filter(|h| *h > 0.0);
                let wanted = self.scroll_pending > 0
                    && self
                        .focus
                        .as_ref()
                        .is_some_and(|(s, _)| s.start < line_span.end && s.end > line_span.start);
                if let Some(h) = known {
                    let probe = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, h));
                    if !wanted && !ui.is_rect_visible(probe) {
                        ui.allocate_space(egui::vec2(width, h));
                        continue;
                    }
                }
                let local = |s: &Span| {
                    s.start.max(line_span.start) - line_span.start
                        ..s.end.min(line_span.start + body.len()) - line_span.start
                };
                let mut marks = Vec::new();
                if let Some((sentence, _)) = &self.focus
                    && overlap(sentence, &line_span)
                {
                    marks.push(Mark { span: local(sentence), background: colors.sentence, underline: false });
                }
                if let Some(sel) = &self.selection
                    && overlap(sel, &line_span)
                {
                    let background = ui.visuals().selection.bg_fill.gamma_multiply(0.7);
                    marks.push(Mark { span: local(sel), background, underline: false });
                }
                for found in matcher.highlights(body) {
                    self.search_marks += 1;
                    let background = super::event_list::search_color(ui);
                    marks.push(Mark { span: found, background, underline: false });
                }
                for (s, _) in dates.iter().filter(|(s, _)| overlap(s, &line_span)) {
                    let strong = selected_span.as_ref() == Some(s);
                    let background = if strong { colors.selected_date } else { colors.date };
                    marks.push(Mark { span: local(s), background, underline: strong });
                }
                let p = Paragraph::new(ui, body, font.clone(), text_color, width, &marks);
                let (resp, at) = text::paragraph(ui, &p);
                if let Some((_, _, h)) = &mut self.heights {
                    if h.len() <= n {
                        h.resize(n + 1, 0.0);
                    }
                    h[n] = resp.rect.height();
                }
                // Drag to select: a drag starts once the pointer has moved a little, anchored where
                // it was pressed; where it ends is found over all paragraphs, below.
                if resp.drag_started()
                    && let Some(pos) = ui.input(|i| i.pointer.press_origin())
                    && let Some(b) = p.byte_at(resp.rect.min, pos)
                {
                    self.drag_anchor = Some(line_span.start + b);
                }
                if resp.clicked() && at.is_some() {
                    self.selection = None;
                }
                if let Some(b) = at {
                    let global = line_span.start + b;
                    if let Some((_, Some(eid))) =
                        dates.iter().find(|(s, _)| s.start <= global && global < s.end)
                    {
                        clicked = Some(*eid);
                    }
                }
                if self.scroll_pending > 0
                    && let Some((sentence, _)) = &self.focus
                    && sentence.start >= line_span.start
                    && sentence.start < line_span.end
                {
                    let rect = p
                        .rects_of(resp.rect.min, local(sentence))
                        .into_iter()
                        .reduce(|a, b| a.union(b))
                        .unwrap_or(resp.rect);
                    ui.scroll_to_rect(rect, Some(egui::Align::Center));
                    self.scroll_pending -= 1;
                }
                laid.push((resp.rect, line_span.start, p));
            }
            if self.drag_anchor.is_some() && !ui.input(|i| i.pointer.primary_down()) {
                self.drag_anchor = None;
            }
            if let Some(anchor) = self.drag_anchor
                && let Some(pos) = ui.ctx().pointer_interact_pos()
                && let Some(b) = byte_at_pointer(&laid, pos)
            {
                let span = word_span(&a.text, anchor, b);
                if self.selection.as_ref() != Some(&span) {
                    self.selection = Some(span).filter(|s| !s.is_empty());
                    ui.ctx().request_repaint();
                }
            }
        });
        clicked.or(step_to)
    }
}

/// The article byte under `pos` among the paragraphs laid out this frame (rect, first byte,
/// layout), in reading order. Above them all: the first one's start; in a gap or below one:
/// the end of the paragraph above.
fn byte_at_pointer(laid: &[(egui::Rect, usize, Paragraph)], pos: egui::Pos2) -> Option<usize> {
    let (first_rect, first_start, _) = laid.first()?;
    if pos.y < first_rect.top() {
        return Some(*first_start);
    }
    let (rect, start, p) = laid.iter().rev().find(|(r, _, _)| r.top() <= pos.y)?;
    if pos.y > rect.bottom() {
        return Some(start + p.text().len());
    }
    let inside = egui::pos2(pos.x.clamp(rect.left() + 1.0, rect.right() - 1.0), pos.y);
    p.byte_at(rect.min, inside).map(|b| start + b)
}

#[cfg(test)]
mod tests {
    use super::word_span;

    #[test]
    fn a_rough_drag_selects_whole_words() {
        let t = "عقدت قمة مينسك في 19 ديسمبر 2022.";
        let inside = |w: &str, k: usize| t.find(w).unwrap() + k;
        // From the middle of «قمة» to the middle of «مينسك», in either direction.
        let s = word_span(t, inside("قمة", 2), inside("مينسك", 4));
        assert_eq!(&t[s.clone()], "قمة مينسك");
        assert_eq!(word_span(t, inside("مينسك", 4), inside("قمة", 2)), s);
        // Numbers are words; punctuation and spaces at the ends are left out.
        let d = word_span(t, inside("19", 1), inside("2022", 1));
        assert_eq!(&t[d], "19 ديسمبر 2022");
        assert_eq!(&t[word_span(t, inside("في", 0), inside("في", 0) + 3)], "في");
    }
}
