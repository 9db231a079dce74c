//! A text field that edits Arabic right to left: laid out with the module's bidi layout whether
//! focused or not, with a caret that goes where the reader expects it.
//!
//! egui's `TextEdit` lays every line out left to right, so «قمة مينسك 2022» typed into one reads
//! backwards while it is edited. This field keeps its own small state (a [`Selection`] in byte
//! offsets, an undo history, an IME composition) and draws the text as a [`Paragraph`]; the
//! paragraph's [`CaretMap`] places the caret and turns clicks and arrow keys into offsets:
//! arrows move on screen (Left moves left, into the next word of Arabic text), Home and End go to
//! the logical start and end of the line, Shift extends, a drag or a double-click (a word)
//! selects, Backspace and Delete delete, and text, IME commits and paste go in at the caret.
//!
//! ```ignore
//! let r = text::TextField::singleline(&mut title).id(Id::new("title")).hint_text("Title").show(ui);
//! if r.lost_focus() { save(&title) }
//! ```

use std::sync::{Arc, Mutex};

use eframe::egui::{
    self, Color32, CursorIcon, Event, EventFilter, FontId, Id, ImeEvent, Key, Margin, Modifiers, Rect,
    Response, Sense, Stroke, Ui, Vec2, Widget, WidgetInfo, accesskit, text_selection, util::undoer::Undoer,
};

use super::caret::{Caret, CaretMap, Side};
use super::direction::{Direction, base_direction, has_rtl};
use super::editing::{self, Selection};
use super::fonts;
use super::layout::{Mark, Paragraph};

/// What the undo history keeps: the text and the selection's ends.
type Snapshot = (String, usize, usize);

/// The field's state between frames, in egui's memory under the field's id.
#[derive(Clone, Default)]
struct FieldState {
    selection: Selection,
    /// The bytes of an IME composition in progress (shown underlined), if any.
    preedit: Option<std::ops::Range<usize>>,
    /// The x the caret keeps going up and down lines.
    column: Option<f32>,
    /// How far a one-line text too long for the field is scrolled (points, ≥ 0).
    scroll: f32,
    last_interaction: f64,
    undoer: Arc<Mutex<Undoer<Snapshot>>>,
    /// Where the caret was drawn in the last frame (while focused).
    caret_rect: Option<Rect>,
}

/// The selection of the field `id`, as of its last frame.
pub fn selection(ctx: &egui::Context, id: Id) -> Option<Selection> {
    ctx.data(|d| d.get_temp::<FieldState>(id)).map(|s| s.selection)
}

/// Sets the selection of the field `id` (say, to put the caret at the end of a text the app
/// filled in); it is fitted to the text on the next frame.
pub fn set_selection(ctx: &egui::Context, id: Id, selection: Selection) {
    ctx.data_mut(|d| d.get_temp_mut_or_default::<FieldState>(id).selection = selection);
}

/// Where the caret of the field `id` was drawn in its last frame, if it had focus.
pub fn caret_rect(ctx: &egui::Context, id: Id) -> Option<Rect> {
    ctx.data(|d| d.get_temp::<FieldState>(id)).and_then(|s| s.caret_rect)
}

/// A one-line or multi-line text field for text that may be Arabic. Build it over a `String`,
/// set what differs from the defaults, then [`TextField::show`] it (or `ui.add` it).
pub struct TextField<'t> {
    text: &'t mut String,
    id: Option<Id>,
    hint: String,
    multiline: bool,
    desired_width: Option<f32>,
    desired_rows: usize,
    empty_direction: Direction,
}

impl<'t> TextField<'t> {
    /// A one-line field: Enter ends editing, pasted line breaks become spaces.
    pub fn singleline(text: &'t mut String) -> Self {
        TextField {
            text,
            id: None,
            hint: String::new(),
            multiline: false,
            desired_width: None,
            desired_rows: 1,
            empty_direction: Direction::Ltr,
        }
    }

    /// A field that wraps and takes Enter as a new line.
    pub fn multiline(text: &'t mut String) -> Self {
        TextField { multiline: true, desired_rows: 4, ..TextField::singleline(text) }
    }

    /// The field's id (keeps its caret and undo history; lets the app give it focus).
    pub fn id(mut self, id: Id) -> Self {
        self.id = Some(id);
        self
    }

    /// Shown, dimmed, while the field is empty («ابحث…», «Search…»).
    pub fn hint_text(mut self, hint: impl Into<String>) -> Self {
        self.hint = hint.into();
        self
    }

    /// The width to take (at most the room there is); `f32::INFINITY` takes it all.
    pub fn desired_width(mut self, width: f32) -> Self {
        self.desired_width = Some(width);
        self
    }

    /// The height of a multi-line field, in lines (it grows with its text).
    pub fn desired_rows(mut self, rows: usize) -> Self {
        self.desired_rows = rows.max(1);
        self
    }

    /// Where the caret sits while the text has no letter to say which way it reads (empty, or
    /// only digits): at the right for [`Direction::Rtl`], as in a mirrored interface.
    pub fn empty_direction(mut self, direction: Direction) -> Self {
        self.empty_direction = direction;
        self
    }

    /// Adds the field; its response is changed when the text changed, and loses focus on Enter
    /// in a one-line field.
    pub fn show(mut self, ui: &mut Ui) -> Response {
        let id = self.id.unwrap_or_else(|| {
            // Its own id, not the one the space allocated below takes.
            let id = ui.next_auto_id();
            ui.skip_ahead_auto_ids(1);
            id
        });
        let font = egui::TextStyle::Body.resolve(ui.style());
        // The same height whatever the text: the taller of the Latin and the Arabic lines.
        let row_height = ui.fonts_mut(|f| {
            f.row_height(&font).max(f.row_height(&FontId::new(font.size, fonts::arabic_family())))
        });
        let margin = Margin::from(ui.spacing().button_padding);
        let width = self
            .desired_width
            .unwrap_or(ui.spacing().text_edit_width)
            .min(ui.available_width())
            .max(row_height * 2.0);
        let inner_width = width - margin.sum().x;

        let mut state: FieldState = ui.data(|d| d.get_temp(id)).unwrap_or_default();
        state.selection = state.selection.clamped(self.text);
        let focused = ui.memory(|m| m.has_focus(id));
        let previous_text = self.text.clone();
        let mut changed = false;

        let (multiline, empty_direction) = (self.multiline, self.empty_direction);
        let direction = |text: &str| if has_strong(text) { base_direction(text) } else { empty_direction };
        let lay_out = |ui: &Ui, text: &str, marks: &[Mark]| {
            let wrap = if multiline { inner_width } else { f32::INFINITY };
            let color = ui.visuals().text_color();
            Paragraph::for_editing(ui.ctx(), text, direction(text), &font, color, wrap, marks)
        };

        if let Some(value) = set_value_request(ui, id) {
            let value = if self.multiline { value } else { editing::one_line(&value) };
            state.selection = editing::replace(self.text, Selection::all(self.text), &value);
            changed = true;
        }
        if focused {
            let filter = EventFilter {
                horizontal_arrows: true,
                vertical_arrows: self.multiline,
                ..Default::default()
            };
            ui.memory_mut(|m| m.set_focus_lock_filter(id, filter));
            let events = ui.input(|i| i.filtered_events(&filter));
            let now = ui.input(|i| i.time);
            let undoer = state.undoer.clone();
            let mut undoer = undoer.lock().expect("the undo history");
            undoer.feed_state(now, &snapshot(self.text, state.selection));
            for event in &events {
                let map = lay_out(ui, self.text, &[]).caret_map();
                let outcome = self.handle(ui, id, event, &map, &mut state, &mut undoer);
                if outcome != Outcome::Nothing {
                    state.last_interaction = now;
                }
                changed |= outcome == Outcome::Edited;
                if outcome == Outcome::Done {
                    break;
                }
            }
            undoer.feed_state(now, &snapshot(self.text, state.selection));
        }

        // Lay out, with the selection (or the composition) marked.
        let mut marks = Vec::new();
        if focused {
            if let Some(p) = &state.preedit {
                marks.push(Mark { span: p.clone(), background: Color32::TRANSPARENT, underline: true });
            } else if !state.selection.is_empty() {
                let background = ui.visuals().selection.bg_fill;
                marks.push(Mark { span: state.selection.range(), background, underline: false });
            }
        }
        let paragraph = lay_out(ui, self.text, &marks);
        let map = paragraph.caret_map();
        let lines = paragraph.lines().len().max(if self.multiline { self.desired_rows } else { 1 });
        let height = (lines as f32 * row_height + margin.sum().y).max(ui.spacing().interact_size.y);
        let (rect, _) = ui.allocate_exact_size(Vec2::new(width, height), Sense::hover());
        let mut response = ui.interact(rect, id, Sense::click_and_drag());
        let inner = rect - margin;

        // Where the paragraph goes: right-aligned when it reads right to left, scrolled
        // sideways in a one-line field so that the caret stays in view.
        let rtl = paragraph.direction().is_rtl();
        let text_width = paragraph.size().x;
        let overflow = (text_width - inner.width()).max(0.0);
        let (_, caret_x) = map.x_of(state.selection.caret);
        if !self.multiline {
            // Scroll counts from the start of the text: leftwards for right-to-left text.
            let from_start = if rtl { text_width - caret_x } else { caret_x };
            if from_start - state.scroll > inner.width() - 2.0 {
                state.scroll = from_start - inner.width() + 2.0;
            }
            if from_start < state.scroll {
                state.scroll = from_start;
            }
            state.scroll = state.scroll.clamp(0.0, overflow);
        }
        let origin_x = match (self.multiline, rtl) {
            (true, _) => inner.left(),
            (false, true) => inner.right() - text_width + state.scroll,
            (false, false) => inner.left() - state.scroll,
        };
        let line_top = |i: usize| map.lines().get(i).map_or(0.0, |l| l.top);
        let origin =
            egui::pos2(origin_x, inner.top() + ((row_height - line_height(&paragraph)) / 2.0).max(0.0));

        // Pointer: press places the caret (Shift extends), drag selects, double-click selects a
        // word, triple-click everything.
        if let Some(pos) = response.interact_pointer_pos() {
            let caret = map.at(pos.x - origin.x, pos.y - origin.y);
            let shift = ui.input(|i| i.modifiers.shift);
            if response.triple_clicked() {
                state.selection = Selection::all(self.text);
            } else if response.double_clicked() {
                let word = editing::word_at(self.text, caret.offset);
                state.selection = Selection::span(word.start, word.end);
            } else if ui.input(|i| i.pointer.any_pressed()) && response.is_pointer_button_down_on() {
                state.selection = state.selection.moved(caret, shift);
            } else if response.dragged() {
                state.selection = state.selection.moved(caret, true);
            }
            state.column = None;
            state.last_interaction = ui.input(|i| i.time);
            ui.memory_mut(|m| m.request_focus(id));
        }
        if response.hovered() {
            ui.set_cursor_icon(CursorIcon::Text);
        }

        paint_frame(ui, rect, &response, focused);
        let painter = ui.painter_at(inner.expand(1.0));
        if self.text.is_empty() && !self.hint.is_empty() {
            let color = ui.visuals().weak_text_color();
            let wrap = if self.multiline { inner.width() } else { f32::INFINITY };
            let hint = Paragraph::for_editing(
                ui.ctx(),
                &self.hint,
                base_direction(&self.hint),
                &font,
                color,
                wrap,
                &[],
            );
            let x = if hint.direction().is_rtl() { inner.right() - hint.size().x } else { inner.left() };
            hint.paint(&painter, egui::pos2(x, origin.y));
        }
        paragraph.paint(&painter, origin);

        if focused {
            // Where the caret is now, after this frame's clicks.
            let (caret_line, x) = map.x_of(state.selection.caret);
            let top = origin.y + line_top(caret_line);
            let caret_rect = Rect::from_min_size(
                egui::pos2(origin.x + x, top),
                Vec2::new(0.0, line_height(&paragraph).max(row_height)),
            );
            let since = ui.input(|i| i.time) - state.last_interaction;
            text_selection::visuals::paint_text_cursor(ui, &painter, caret_rect, since);
            state.caret_rect = Some(caret_rect);
            let to_global = ui.ctx().layer_transform_to_global(ui.layer_id()).unwrap_or_default();
            ui.output_mut(|o| {
                o.ime = Some(egui::output::IMEOutput {
                    purpose: egui::IMEPurpose::Normal,
                    rect: to_global * inner,
                    cursor_rect: to_global * caret_rect,
                    should_interrupt_composition: false,
                });
            });
        }

        if !focused {
            state.caret_rect = None;
        }
        if changed {
            response.mark_changed();
        }
        let hint = self.hint.clone();
        let text_now = self.text.clone();
        response.widget_info(|| WidgetInfo::text_edit(ui.is_enabled(), &previous_text, &text_now, &hint));
        ui.ctx().accesskit_node_builder(id, |b| {
            b.set_role(if multiline {
                accesskit::Role::MultilineTextInput
            } else {
                accesskit::Role::TextInput
            });
            b.set_value(text_now.clone());
            b.add_action(accesskit::Action::SetValue);
            b.add_action(accesskit::Action::ReplaceSelectedText);
        });
        ui.data_mut(|d| d.insert_temp(id, state));
        response
    }

    /// One input event while focused.
    fn handle(
        &mut self,
        ui: &Ui,
        id: Id,
        event: &Event,
        map: &CaretMap,
        state: &mut FieldState,
        undoer: &mut Undoer<Snapshot>,
    ) -> Outcome {
        let text = &mut *self.text;
        let sel = state.selection;
        let edit = edit_done;
        match event {
            Event::Text(s) if !s.is_empty() && s != "\n" && s != "\r" => {
                let s = if self.multiline { s.clone() } else { editing::one_line(s) };
                let target = state.preedit.take().map_or(sel, |p| Selection::span(p.start, p.end));
                edit(state, editing::replace(text, target, &s))
            }
            Event::Paste(s) if !s.is_empty() => {
                let s = if self.multiline { s.clone() } else { editing::one_line(s) };
                edit(state, editing::replace(text, sel, &s))
            }
            Event::Copy | Event::Cut if !sel.is_empty() => {
                ui.ctx().copy_text(text[sel.range()].to_owned());
                if matches!(event, Event::Cut) {
                    edit(state, editing::replace(text, sel, ""))
                } else {
                    Outcome::Moved
                }
            }
            Event::AccessKitActionRequest(accesskit::ActionRequest {
                action: accesskit::Action::ReplaceSelectedText,
                target_node,
                data: Some(accesskit::ActionData::Value(s)),
                ..
            }) if *target_node == id.accesskit_id() => edit(state, editing::replace(text, sel, s)),
            Event::Ime(ime) => self.ime(ime, state),
            Event::Key { key, pressed: true, modifiers, .. } => {
                self.key(ui, id, *key, *modifiers, map, state, undoer)
            }
            _ => Outcome::Nothing,
        }
    }

    /// An IME event: the composition shows in the text, underlined, until it is committed.
    fn ime(&mut self, ime: &ImeEvent, state: &mut FieldState) -> Outcome {
        let text = &mut *self.text;
        let target = state.preedit.clone().map_or(state.selection, |p| Selection::span(p.start, p.end));
        match ime {
            ImeEvent::Preedit { text: s, .. } if s.is_empty() && state.preedit.is_none() => Outcome::Nothing,
            ImeEvent::Preedit { text: s, .. } => {
                state.selection = editing::replace(text, target, s);
                let end = state.selection.caret.offset;
                state.preedit = (!s.is_empty()).then(|| end - s.len()..end);
                Outcome::Edited
            }
            ImeEvent::Commit(s) => {
                if s.is_empty() && state.preedit.is_none() {
                    return Outcome::Nothing;
                }
                state.preedit = None;
                state.selection = editing::replace(text, target, &editing::one_line(s));
                Outcome::Edited
            }
            ImeEvent::DeleteSurrounding { before_chars, after_chars } => {
                let o = state.selection.caret.offset;
                let start =
                    text[..o].char_indices().rev().nth(before_chars.saturating_sub(1)).map_or(0, |(i, _)| i);
                let start = if *before_chars == 0 { o } else { start };
                let end = text[o..].char_indices().nth(*after_chars).map_or(text.len(), |(i, _)| o + i);
                state.selection = editing::replace(text, Selection::span(start, end), "");
                Outcome::Edited
            }
            #[expect(deprecated)]
            ImeEvent::Enabled | ImeEvent::Disabled => Outcome::Nothing,
        }
    }

    /// A key press while focused.
    #[expect(clippy::too_many_arguments)]
    fn key(
        &mut self,
        ui: &Ui,
        id: Id,
        key: Key,
        modifiers: Modifiers,
        map: &CaretMap,
        state: &mut FieldState,
        undoer: &mut Undoer<Snapshot>,
    ) -> Outcome {
        let text = &mut *self.text;
        let sel = state.selection;
        let word = modifiers.alt || modifiers.command;
        let extend = modifiers.shift;
        let moved = |state: &mut FieldState, caret: Caret, keep_column: bool| {
            state.selection = state.selection.moved(caret, extend);
            if !keep_column {
                state.column = None;
            }
            Outcome::Moved
        };
        match key {
            Key::ArrowLeft | Key::ArrowRight => {
                let side = if key == Key::ArrowLeft { Side::Left } else { Side::Right };
                if !extend && !sel.is_empty() && !word {
                    // A selection collapses to its end on that side of the screen.
                    let ends = [Caret::before(sel.range().start), Caret::after(sel.range().end)];
                    let x = |c: Caret| map.x_of(c).1;
                    let pick =
                        if (side == Side::Left) == (x(ends[0]) <= x(ends[1])) { ends[0] } else { ends[1] };
                    return moved(state, pick, false);
                }
                let caret = if word {
                    // By words, in reading order: Left reads on in right-to-left text.
                    let rtl = base_direction(text).is_rtl() && has_strong(text);
                    let forward = (side == Side::Right) != rtl;
                    let o = sel.caret.offset;
                    if forward {
                        Caret::after(editing::next_word_end(text, o))
                    } else {
                        Caret::before(editing::previous_word_start(text, o))
                    }
                } else {
                    match map.step(sel.caret, side) {
                        Some(c) => c,
                        None => return Outcome::Moved,
                    }
                };
                moved(state, caret, false)
            }
            Key::ArrowUp | Key::ArrowDown if self.multiline => {
                let x = *state.column.get_or_insert(map.x_of(sel.caret).1);
                let lines = if key == Key::ArrowUp { -1 } else { 1 };
                let caret = map.vertical(sel.caret, lines, x).unwrap_or(if lines < 0 {
                    Caret::before(0)
                } else {
                    Caret::after(text.len())
                });
                moved(state, caret, true)
            }
            Key::Home | Key::End => {
                let (home, end) = if modifiers.command {
                    (Caret::before(0), Caret::after(text.len()))
                } else {
                    map.line_ends(sel.caret)
                };
                moved(state, if key == Key::Home { home } else { end }, false)
            }
            Key::A if modifiers.command => {
                state.selection = Selection::all(text);
                Outcome::Moved
            }
            Key::Backspace => {
                let new =
                    if word { editing::backspace_word(text, sel) } else { editing::backspace(text, sel) };
                if new == sel { Outcome::Moved } else { edit_done(state, new) }
            }
            Key::Delete => {
                let before = text.len();
                let new = editing::delete(text, sel);
                if text.len() == before { Outcome::Moved } else { edit_done(state, new) }
            }
            Key::Enter if self.multiline => edit_done(state, editing::replace(text, sel, "\n")),
            Key::Enter => {
                ui.memory_mut(|m| m.surrender_focus(id));
                Outcome::Done
            }
            Key::Z | Key::Y if modifiers.command => {
                let redo = key == Key::Y || modifiers.shift;
                let current = snapshot(text, sel);
                let restored = if redo { undoer.redo(&current) } else { undoer.undo(&current) }.cloned();
                match restored {
                    Some((t, anchor, caret)) => {
                        *text = t;
                        edit_done(state, Selection { anchor, caret: Caret::after(caret) }.clamped(text))
                    }
                    None => Outcome::Moved,
                }
            }
            _ => Outcome::Nothing,
        }
    }
}

impl Widget for TextField<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        self.show(ui)
    }
}

/// What an event did to the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Nothing,
    Moved,
    Edited,
    /// Editing ends (Enter in a one-line field): later events are not for this field.
    Done,
}

fn edit_done(state: &mut FieldState, new: Selection) -> Outcome {
    state.selection = new;
    state.column = None;
    Outcome::Edited
}

fn snapshot(text: &str, sel: Selection) -> Snapshot {
    (text.to_owned(), sel.anchor, sel.caret.offset)
}

/// Does the text hold a letter that says which way it reads?
fn has_strong(text: &str) -> bool {
    has_rtl(text) || text.chars().any(char::is_alphabetic)
}

/// The height of the paragraph's first line.
fn line_height(p: &Paragraph) -> f32 {
    p.lines().first().map_or(0.0, |l| l.galley.size().y)
}

/// A value set by assistive technology (AccessKit's SetValue), if any.
fn set_value_request(ui: &Ui, id: Id) -> Option<String> {
    ui.input(|i| {
        i.accesskit_action_requests(id, accesskit::Action::SetValue)
            .filter_map(|r| match &r.data {
                Some(accesskit::ActionData::Value(v)) => Some(v.to_string()),
                _ => None,
            })
            .last()
    })
}

/// The frame egui draws around its text fields: the editing background, and a stroke that
/// follows hover and focus.
fn paint_frame(ui: &Ui, rect: Rect, response: &Response, focused: bool) {
    let visuals = ui.visuals();
    let stroke: Stroke = if focused {
        visuals.selection.stroke
    } else if response.hovered() {
        visuals.widgets.hovered.bg_stroke
    } else {
        visuals.widgets.inactive.bg_stroke
    };
    let radius = visuals.widgets.inactive.corner_radius;
    ui.painter().rect(rect, radius, visuals.text_edit_bg_color(), stroke, egui::StrokeKind::Inside);
}
