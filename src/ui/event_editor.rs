//! The event panel: the selected event's details and the user's edits of it (date, title,
//! note, category, tags, hide, delete, group), and new events by hand. It only returns
//! [`EditAction`]s; the app applies them to the timeline, one undo point each.

use super::event_list::{flag_icons, short_date};
use super::i18n::{localize_digits, tr, wtr};
use super::{date_picker, mirror, text};
use crate::dates::{DateRange, Granularity, parse_user_date, widen};
use crate::timeline::category::CATEGORIES;
use crate::timeline::{Event, EventId, Origin, Timeline};
use chrono::NaiveDate;
use eframe::egui;

/// A change the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum EditAction {
    SetRange(EventId, DateRange),
    SetTitle(EventId, String),
    SetNote(EventId, String),
    /// `""` removes the category.
    SetCategory(EventId, String),
    SetTags(EventId, Vec<String>),
    SetHidden(EventId, bool),
    /// Pinned (starred): its label wins on the timeline.
    SetPinned(EventId, bool),
    /// Drops the user's edits of an extracted event.
    Revert(EventId),
    DeleteManual(EventId),
    Split(EventId),
    Merge(EventId, EventId),
    /// Select another source of the same group.
    Select(EventId),
    /// A new event from the reader's selection (or, without one, the reader's article).
    NewEvent,
    /// The date of an article, set by the user (`None` clears it): its relative dates are
    /// placed against it.
    SetArticleDate(crate::timeline::ArticleId, Option<NaiveDate>),
}

/// The edit buffers of the panel, reloaded when the selection or the event changes.
#[derive(Default)]
pub struct EventEditor {
    loaded: Option<(EventId, u64)>,
    date_text: String,
    date_error: bool,
    title: String,
    note: String,
    tags: String,
    custom_category: String,
    /// An event marked to be merged with the next one selected.
    pub merge_mark: Option<EventId>,
    /// The drawer is open: the editing fields show under the event's line (folded, only the
    /// line shows, so the reader and the list keep their room).
    pub open: bool,
}

/// How a date is written in the editor's field: ISO, which the field reads back.
pub fn iso_text(r: &DateRange) -> String {
    match r.granularity {
        Granularity::Day => r.start.to_string(),
        Granularity::Month => r.start.format("%Y-%m").to_string(),
        Granularity::Year => r.start.format("%Y").to_string(),
        _ => format!("{}/{}", r.start, r.end),
    }
}

/// Made by the user rather than found in the text (it can be deleted, not only hidden).
fn user_made(t: &Timeline, e: &Event) -> bool {
    e.origin == Origin::Manual
        || (e.origin == Origin::Detached && t.curation.edits.get(&e.id).is_some_and(|x| x.manual))
}

/// What the Delete key does to an event: deletes one the user made, hides one that was found
/// (a false positive; undo or "Show again" brings it back).
pub fn removal(t: &Timeline, e: &Event) -> Option<EditAction> {
    if user_made(t, e) {
        Some(EditAction::DeleteManual(e.id))
    } else if e.hidden {
        None
    } else {
        Some(EditAction::SetHidden(e.id, true))
    }
}

/// Tags as typed: separated by Latin or Arabic commas.
fn parse_tags(text: &str) -> Vec<String> {
    text.split([',', '،']).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

impl EventEditor {
    /// What was typed in the title, note and tags fields and not yet committed (Enter or
    /// leaving a field commits it): kept when the selection changes or the app closes.
    pub fn uncommitted(&self, t: &Timeline) -> Vec<EditAction> {
        let Some(e) = self.loaded.and_then(|(id, _)| t.event(id)) else { return Vec::new() };
        let mut v = Vec::new();
        if self.title.trim() != e.title && !self.title.trim().is_empty() {
            v.push(EditAction::SetTitle(e.id, self.title.trim().to_string()));
        }
        if self.note != e.note {
            v.push(EditAction::SetNote(e.id, self.note.clone()));
        }
        let tags = parse_tags(&self.tags);
        if tags != e.tags {
            v.push(EditAction::SetTags(e.id, tags));
        }
        v
    }

    fn load(&mut self, e: &Event, revision: u64) {
        self.loaded = Some((e.id, revision));
        self.date_text = iso_text(&e.range);
        self.date_error = false;
        self.title = e.title.clone();
        self.note = e.note.clone();
        self.tags = e.tags.join(", ");
        self.custom_category.clear();
    }

    /// Shows the panel for the selected event; returns what the user asked for.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        t: &Timeline,
        selected: Option<EventId>,
        can_add: bool,
    ) -> Vec<EditAction> {
        let mut out = Vec::new();
        // Another event selected (or none): what was typed for the last one is kept.
        if self.loaded.is_some_and(|(id, _)| Some(id) != selected) {
            out.extend(self.uncommitted(t));
            self.loaded = None;
        }
        let Some(e) = selected.and_then(|id| t.event(id)) else {
            ui.horizontal(|ui| {
                text::weak(ui, &tr!("editor-select-an-event"));
                if ui.add_enabled(can_add, egui::Button::new(wtr!(ui, "editor-new-event"))).clicked() {
                    out.push(EditAction::NewEvent);
                }
            });
            return out;
        };
        // Reload the buffers when another event is selected or the event changed (undo), but
        // not while the user is typing in one of them.
        let typing = ui.ctx().egui_wants_keyboard_input();
        if self.loaded.is_none_or(|(id, rev)| id != e.id || (rev != t.revision && !typing)) {
            self.load(e, t.revision);
        }
        let id = e.id;
        ui.horizontal(|ui| {
            let (label, hint) = if self.open {
                (wtr!(ui, "editor-fold"), tr!("editor-fold-hint"))
            } else {
                (wtr!(ui, "editor-open"), tr!("editor-open-hint"))
            };
            if text::hover_text(ui.button(label), hint).clicked() {
                self.open = !self.open;
            }
            ui.strong(localize_digits(&short_date(e)));
            for (icon, why) in flag_icons(e) {
                text::hover_text(ui.label(icon), why);
            }
            text::label(ui, &format!("«{}»", e.date_text));
            let weak = ui.visuals().weak_text_color();
            let name = format!("· {}", text::isolate(&t.article_of(e).file_name));
            text::label_with(ui, &name, egui::TextStyle::Body.resolve(ui.style()), weak, None);
            let sources = t.sources_of(e);
            if sources.len() > 1 {
                ui.separator();
                let k = sources.iter().position(|&i| t.events[i].id == id).unwrap_or(0);
                // «<» goes back: the arrows point the way the row reads.
                let (back, forward) = if mirror::is_rtl() { (">", "<") } else { ("<", ">") };
                if text::hover_text(ui.small_button(back), tr!("source-previous")).clicked() {
                    let prev = sources[(k + sources.len() - 1) % sources.len()];
                    out.push(EditAction::Select(t.events[prev].id));
                }
                text::message(ui, &tr!("source-of", number = k + 1, count = sources.len()));
                if text::hover_text(ui.small_button(forward), tr!("source-next")).clicked() {
                    out.push(EditAction::Select(t.events[sources[(k + 1) % sources.len()]].id));
                }
                if ui.button(wtr!(ui, "editor-split")).clicked() {
                    out.push(EditAction::Split(id));
                }
            }
        });
        if !self.open {
            return out;
        }
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            if user_made(t, e) {
                if text::hover_text(ui.button(wtr!(ui, "editor-delete")), tr!("editor-delete-hint")).clicked()
                {
                    out.push(EditAction::DeleteManual(id));
                }
            } else if e.hidden {
                if ui.button(wtr!(ui, "editor-show-again")).clicked() {
                    out.push(EditAction::SetHidden(id, false));
                }
            } else if text::hover_text(ui.button(wtr!(ui, "editor-hide")), tr!("editor-hide-hint")).clicked()
            {
                out.push(EditAction::SetHidden(id, true));
            }
            let pin = if e.pinned { wtr!(ui, "editor-unpin") } else { wtr!(ui, "editor-pin") };
            if text::hover_text(ui.button(pin), tr!("editor-pin-hint")).clicked() {
                out.push(EditAction::SetPinned(id, !e.pinned));
            }
            let edited = t.curation.edits.get(&id).is_some_and(|x| !x.manual && !x.is_noop());
            if ui.add_enabled(edited, egui::Button::new(wtr!(ui, "editor-revert"))).clicked() {
                out.push(EditAction::Revert(id));
            }
            ui.separator();
            match self.merge_mark.and_then(|m| t.event(m).map(|me| (m, me))) {
                Some((m, me)) if m != id => {
                    if text::hover_text(ui.button(wtr!(ui, "editor-merge")), me.title.clone()).clicked() {
                        out.push(EditAction::Merge(m, id));
                        self.merge_mark = None;
                    }
                    if ui.small_button(wtr!(ui, "editor-unmark")).clicked() {
                        self.merge_mark = None;
                    }
                }
                Some(_) => {
                    text::weak(ui, &tr!("editor-marked"));
                    if ui.small_button(wtr!(ui, "editor-unmark")).clicked() {
                        self.merge_mark = None;
                    }
                }
                None => {
                    let mark = ui.button(wtr!(ui, "editor-mark"));
                    if text::hover_text(mark, tr!("editor-mark-hint")).clicked() {
                        self.merge_mark = Some(id);
                    }
                }
            }
            ui.separator();
            if ui.add_enabled(can_add, egui::Button::new(wtr!(ui, "editor-new-event"))).clicked() {
                out.push(EditAction::NewEvent);
            }
        });
        ui.separator();
        // One row per field, its name at the start side (a grid would keep names at the left).
        field_row(ui, &tr!("editor-date"), |ui, label| self.date_row(ui, t, e, label, &mut out));
        field_row(ui, &tr!("editor-title"), |ui, label| {
            let field = egui::Id::unique("edit title");
            let r = text::TextField::singleline(&mut self.title)
                .id(field)
                .desired_width(ui.available_width())
                .show(ui)
                .labelled_by(label);
            if r.lost_focus() && self.title.trim() != e.title && !self.title.trim().is_empty() {
                out.push(EditAction::SetTitle(id, self.title.trim().to_string()));
            }
        });
        field_row(ui, &tr!("editor-note"), |ui, label| {
            let field = egui::Id::unique("edit note");
            let r = text::TextField::multiline(&mut self.note)
                .id(field)
                .desired_rows(2)
                .desired_width(ui.available_width())
                .show(ui)
                .labelled_by(label);
            if r.lost_focus() && self.note != e.note {
                out.push(EditAction::SetNote(id, self.note.clone()));
            }
        });
        field_row(ui, &tr!("editor-category"), |ui, _| self.category_row(ui, e, &mut out));
        field_row(ui, &tr!("editor-tags"), |ui, label| {
            let r = text::TextField::singleline(&mut self.tags)
                .id(egui::Id::unique("edit tags"))
                .hint_text(tr!("editor-tags-hint"))
                .desired_width(260.0)
                .show(ui)
                .labelled_by(label);
            let tags = parse_tags(&self.tags);
            if r.lost_focus() && tags != e.tags {
                out.push(EditAction::SetTags(id, tags));
            }
        });
        out
    }

    fn date_row(
        &mut self,
        ui: &mut egui::Ui,
        t: &Timeline,
        e: &Event,
        label: egui::Id,
        out: &mut Vec<EditAction>,
    ) {
        let id = e.id;
        let r = text::TextField::singleline(&mut self.date_text)
            .id(egui::Id::unique("edit date"))
            .hint_text(tr!("editor-date-hint"))
            .desired_width(210.0)
            .show(ui)
            .labelled_by(label);
        if r.lost_focus() {
            let anchor = t.entries.get(e.article).and_then(|x| x.dateline.as_ref()).map(|d| d.date);
            match parse_user_date(&self.date_text, anchor) {
                Some(range) => {
                    self.date_error = false;
                    if range != e.range {
                        out.push(EditAction::SetRange(id, range));
                    }
                }
                None => self.date_error = true,
            }
        }
        if self.date_error {
            text::hover_text(ui.colored_label(ui.visuals().warn_fg_color, "?"), tr!("editor-not-a-date"));
        }
        let (mut s, mut z) = (e.range.start, e.range.end);
        text::message(ui, &tr!("editor-from"));
        let picked_start = date_picker::date_button(ui, &mut s, "edit start").changed();
        text::message(ui, &tr!("editor-to"));
        let picked_end = date_picker::date_button(ui, &mut z, "edit end").changed();
        let mut g = e.range.granularity;
        egui::ComboBox::from_id_salt("edit granularity").selected_text(granularity_name(ui, g)).show_ui(
            ui,
            |ui| {
                for option in Granularity::ALL {
                    ui.selectable_value(&mut g, option, granularity_name(ui, option));
                }
            },
        );
        let new = if picked_end && g != Granularity::Range && z != e.range.end {
            // Picking an end different from the start makes it a range.
            Some(widen(s, z, if s == z { g } else { Granularity::Range }))
        } else if picked_start || picked_end || g != e.range.granularity {
            Some(widen(s, if g == Granularity::Range { z } else { s }, g))
        } else {
            None
        };
        if let Some(range) = new.filter(|r| *r != e.range) {
            out.push(EditAction::SetRange(id, range));
        }
    }

    fn category_row(&mut self, ui: &mut egui::Ui, e: &Event, out: &mut Vec<EditAction>) {
        let id = e.id;
        let current = e.category.clone().unwrap_or_default();
        let mut chosen = current.clone();
        // Ids, not Arabic labels: plain egui widgets do not shape Arabic.
        egui::ComboBox::from_id_salt("edit category")
            .selected_text(text::widget_text(
                ui,
                &if current.is_empty() { tr!("editor-no-category") } else { current.clone() },
            ))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, String::new(), wtr!(ui, "editor-no-category"));
                for (c, _) in CATEGORIES {
                    ui.selectable_value(&mut chosen, c.to_string(), *c);
                }
            });
        if chosen != current {
            out.push(EditAction::SetCategory(id, chosen));
        }
        if let Some(label) = CATEGORIES.iter().find(|(c, _)| *c == current).map(|(_, l)| *l) {
            text::label(ui, label);
        }
        let r = text::TextField::singleline(&mut self.custom_category)
            .id(egui::Id::unique("edit own category"))
            .hint_text(tr!("editor-own-category-hint"))
            .desired_width(120.0)
            .show(ui);
        if r.lost_focus() && !self.custom_category.trim().is_empty() {
            out.push(EditAction::SetCategory(id, self.custom_category.trim().to_string()));
            self.custom_category.clear();
        }
    }
}

/// A row of the panel: the field's name (at the start side, in a column of its own width),
/// then the field, which `add` shows given the name's id (to label it for screen readers).
fn field_row(ui: &mut egui::Ui, name: &str, add: impl FnOnce(&mut egui::Ui, egui::Id)) {
    ui.horizontal(|ui| {
        let label = ui
            .allocate_ui_with_layout(egui::vec2(FIELD_NAME_WIDTH, 18.0), mirror::row_layout(), |ui| {
                ui.set_width(FIELD_NAME_WIDTH);
                text::message(ui, name).id
            })
            .inner;
        add(ui, label);
    });
}

/// The width of the fields' names.
const FIELD_NAME_WIDTH: f32 = 64.0;

/// How the editor names a granularity (in English as the data files write it: `day`,
/// `part-of-month`).
fn granularity_name(ui: &egui::Ui, g: Granularity) -> egui::WidgetText {
    let name = match g {
        Granularity::Day => tr!("granularity-day"),
        Granularity::Month => tr!("granularity-month"),
        Granularity::Year => tr!("granularity-year"),
        Granularity::PartOfMonth => tr!("granularity-part-of-month"),
        Granularity::PartOfYear => tr!("granularity-part-of-year"),
        Granularity::Range => tr!("granularity-range"),
        Granularity::Decade => tr!("granularity-decade"),
        Granularity::Century => tr!("granularity-century"),
        Granularity::PartOfDecade => tr!("granularity-part-of-decade"),
        Granularity::PartOfCentury => tr!("granularity-part-of-century"),
    };
    text::widget_text(ui, &name)
}
