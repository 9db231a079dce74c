//! The event list: sorted, searchable (loose Arabic matching), filtered by article and dates.

use super::i18n::{localize_digits, tr, wtr};
use super::{mirror, text};
use crate::dates::parse_phrase;
use crate::timeline::axis::day_number;
use crate::timeline::category::CATEGORIES;
use crate::timeline::style::article_color;
use crate::timeline::{Event, EventFilter, EventId, Origin, Timeline};
use eframe::egui::{self, Color32, FontId, Sense};
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    #[default]
    Date,
    Article,
    TextOrder,
}

const ROW_HEIGHT: f32 = 26.0;

#[derive(Default)]
pub struct EventList {
    pub filter: EventFilter,
    pub sort: SortOrder,
    from_text: String,
    to_text: String,
    /// Indices into `timeline.events`, in display order.
    visible: Vec<usize>,
    /// `mask[i]`: event `i` passes the filter (the timeline draws these).
    mask: Vec<bool>,
    revision: u64,
    built: Option<(u64, EventFilter, SortOrder)>,
    pub focus_search: bool,
    pub scroll_to_selected: bool,
}

/// A short date for the list: «2022-12-19», «2023-12-06 – 12-08», «2022-05».
pub fn short_date(e: &Event) -> String {
    use crate::dates::Granularity::*;
    let r = e.range;
    match r.granularity {
        Day => r.start.to_string(),
        Month => r.start.format("%Y-%m").to_string(),
        Year => r.start.format("%Y").to_string(),
        _ if r.start.format("%Y").to_string() == r.end.format("%Y").to_string() => {
            format!("{} – {}", r.start, r.end.format("%m-%d"))
        }
        _ => format!("{} – {}", r.start, r.end),
    }
}

/// Icons for flags, with what they mean (glyphs every bundled font has). The letters are the
/// same in every language (the legend is the tooltip); what they mean is translated.
pub fn flag_icons(e: &Event) -> Vec<(&'static str, String)> {
    let f = e.flags;
    let mut v = Vec::new();
    if f.relative {
        v.push(("R", tr!("flag-relative")));
    }
    if f.conflict {
        v.push(("!", tr!("flag-conflict")));
    }
    if f.approximate {
        v.push(("~", tr!("flag-approximate")));
    }
    if f.inferred_year {
        v.push(("?", tr!("flag-inferred-year")));
    }
    if f.hijri {
        v.push(("H", tr!("flag-hijri")));
    }
    if e.pinned {
        v.push(("P", tr!("flag-pinned")));
    }
    match e.origin {
        Origin::Extracted => {}
        Origin::Edited => v.push(("E", tr!("flag-edited"))),
        Origin::Manual => v.push(("+", tr!("flag-manual"))),
        Origin::Detached => v.push(("D", tr!("flag-detached"))),
    }
    if e.hidden {
        v.push(("X", tr!("flag-hidden")));
    }
    v
}

impl EventList {
    /// Rebuilds the visible rows when the events, the filter or the order changed.
    pub fn refresh(&mut self, t: &Timeline, generation: u64) {
        let key = (generation, self.filter.clone(), self.sort);
        if self.built.as_ref() == Some(&key) && self.mask.len() == t.events.len() {
            return;
        }
        let m = self.filter.matcher();
        // A group is one row and one marker: the event that leads it.
        self.mask = t.events.iter().enumerate().map(|(i, e)| t.leads_group(i) && m.matches(t, e)).collect();
        self.visible = (0..t.events.len()).filter(|&i| self.mask[i]).collect();
        match self.sort {
            SortOrder::Date => {}
            SortOrder::Article => {
                self.visible.sort_by_key(|&i| (t.events[i].article, t.events[i].range.start))
            }
            SortOrder::TextOrder => {
                self.visible.sort_by_key(|&i| (t.events[i].article, t.events[i].date_span.start))
            }
        }
        self.built = Some(key);
        self.revision += 1;
        // The rows moved (an edit re-sorted them, a filter changed): keep the selected row in view.
        self.scroll_to_selected = true;
    }

    /// Bumped whenever the rows are rebuilt (the timeline's lanes follow).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// `mask()[i]`: event `i` is shown (passes the filter and leads its group, if any).
    pub fn mask(&self) -> &[bool] {
        &self.mask
    }

    /// The days the shown events cover (x: days since 1970), if any is shown.
    pub fn extent(&self, t: &Timeline) -> Option<(f64, f64)> {
        let shown = self.visible.iter().map(|&i| &t.events[i].range);
        let lo = shown.clone().map(|r| day_number(r.start)).reduce(f64::min)?;
        let hi = shown.map(|r| day_number(r.end) + 1.0).reduce(f64::max)?;
        Some((lo, hi))
    }

    pub fn visible_count(&self) -> usize {
        self.visible.len()
    }

    /// Whether event `i` passes the filter.
    pub fn shows(&self, i: usize) -> bool {
        self.mask.get(i).copied().unwrap_or(true)
    }

    /// The visible events in time order (for j/k), whatever the list's sort.
    pub fn visible_in_time(&self, t: &Timeline) -> Vec<usize> {
        (0..t.events.len()).filter(|&i| self.shows(i)).collect()
    }

    /// Shows the list; returns what the user did: a row clicked (with the modifiers held), or
    /// an action on the selection of several (`marked`).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        t: &Timeline,
        selected: Option<EventId>,
        marked: &BTreeSet<EventId>,
    ) -> Option<ListAction> {
        let mut clicked = None;
        ui.horizontal(|ui| {
            let search = text::TextField::singleline(&mut self.filter.query)
                .id(egui::Id::unique("search"))
                .hint_text(tr!("list-search-hint"))
                .desired_width(220.0)
                .show(ui);
            if std::mem::take(&mut self.focus_search) {
                search.request_focus();
            }
            egui::ComboBox::from_id_salt("sort").selected_text(sort_name(ui, self.sort)).show_ui(ui, |ui| {
                for sort in [SortOrder::Date, SortOrder::Article, SortOrder::TextOrder] {
                    ui.selectable_value(&mut self.sort, sort, sort_name(ui, sort));
                }
            });
        });
        self.filters_ui(ui, t);
        if let Some(batch) = batch_bar(ui, t, marked) {
            return Some(ListAction::Batch(batch));
        }
        ui.separator();
        let matcher = self.filter.matcher();
        if self.visible.is_empty() {
            no_match(ui, &self.filter, t);
            if ui.button(wtr!(ui, "list-clear-filters")).clicked() {
                self.filter = EventFilter { show_hidden: self.filter.show_hidden, ..EventFilter::default() };
                self.from_text.clear();
                self.to_text.clear();
            }
            return None;
        }
        if matcher.is_active() || self.filter.from.is_some() || self.filter.to.is_some() {
            let mut zoom = false;
            ui.horizontal(|ui| {
                text::weak(ui, &tr!("list-matches", shown = self.visible.len(), count = t.events.len()));
                let button = ui.small_button(wtr!(ui, "list-zoom-to-results"));
                zoom = text::hover_text(button, tr!("list-zoom-to-results-hint")).clicked();
            });
            if zoom {
                return Some(ListAction::ZoomToResults);
            }
        }
        let widths = [150.0, 28.0, 160.0];
        let article_w = 80.0;
        ui.horizontal(|ui| {
            for (w, h) in
                widths.iter().zip([tr!("list-column-date"), String::new(), tr!("list-column-written")])
            {
                let heading = match text::has_rtl(&h) {
                    true => text::widget_text(ui, &h),
                    false => egui::RichText::new(h).strong().into(),
                };
                ui.add_sized([*w, 16.0], egui::Label::new(heading));
            }
            text::strong(ui, &tr!("list-column-title"));
        });
        let mut area = egui::ScrollArea::vertical().id_salt("event rows").auto_shrink([false, false]);
        // The selected row is looked for only when it must be scrolled to (a walk of the rows).
        if std::mem::take(&mut self.scroll_to_selected)
            && let Some(row) = selected.and_then(|id| self.visible.iter().position(|&i| t.events[i].id == id))
        {
            let spacing = ui.spacing().item_spacing.y;
            let target = (row as f32 * (ROW_HEIGHT + spacing) - ui.available_height() / 2.0).max(0.0);
            area = area.vertical_scroll_offset(target);
        }
        let font = FontId::proportional(14.0);
        area.show_rows(ui, ROW_HEIGHT, self.visible.len(), |ui, rows| {
            for row in rows {
                let e = &t.events[self.visible[row]];
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(ui.available_width(), ROW_HEIGHT), Sense::hover());
                // The row's click area goes on top of its cells, so a click anywhere selects it.
                let hovered = ui.rect_contains_pointer(rect);
                let is_sel = Some(e.id) == selected;
                if is_sel {
                    ui.painter().rect_filled(rect, 3.0, ui.visuals().selection.bg_fill);
                } else if marked.contains(&e.id) {
                    ui.painter().rect_filled(rect, 3.0, ui.visuals().selection.bg_fill.gamma_multiply(0.45));
                } else if hovered {
                    ui.painter().rect_filled(rect, 3.0, ui.visuals().widgets.hovered.weak_bg_fill);
                }
                let [r, g, b] = article_color(e.article);
                let color = ui.visuals().text_color();
                // The columns run from the start side: right to left in Arabic.
                let mut child =
                    ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(mirror::row_layout()));
                let stripe_x = if mirror::is_rtl() { rect.right() - 4.0 } else { rect.left() };
                child.painter().rect_filled(
                    egui::Rect::from_min_size(egui::pos2(stripe_x, rect.top()), egui::vec2(4.0, ROW_HEIGHT)),
                    1.0,
                    Color32::from_rgb(r, g, b),
                );
                child.add_space(8.0);
                child.add_sized(
                    [widths[0] - 8.0, ROW_HEIGHT],
                    egui::Label::new(egui::RichText::new(localize_digits(&short_date(e))).monospace()),
                );
                child.allocate_ui(egui::vec2(widths[1], ROW_HEIGHT), |ui| {
                    for (icon, why) in flag_icons(e) {
                        text::hover_text(ui.label(icon), why);
                    }
                });
                child.allocate_ui(egui::vec2(widths[2], ROW_HEIGHT), |ui| {
                    ui.set_width(widths[2]);
                    text::cell(ui, &e.date_text, font.clone(), color, widths[2] - 6.0);
                });
                let title_w = (child.available_width() - article_w).max(60.0);
                child.allocate_ui(egui::vec2(title_w, ROW_HEIGHT), |ui| {
                    ui.set_width(title_w);
                    // The words the search found, marked.
                    let found = matcher.highlights(&e.title);
                    if found.is_empty() {
                        text::cell(ui, &e.title, font.clone(), color, title_w - 6.0);
                    } else {
                        let marks: Vec<text::Mark> = found
                            .into_iter()
                            .map(|span| text::Mark { span, background: search_color(ui), underline: false })
                            .collect();
                        let p =
                            text::Paragraph::new(ui, &e.title, font.clone(), color, title_w - 6.0, &marks);
                        text::paragraph(ui, &p);
                    }
                });
                let sources = t.sources_of(e).len();
                let name = if sources > 1 {
                    tr!("list-sources", count = sources)
                } else {
                    // The outlet if known, else the article's headline: not its file name.
                    let source = t.source_of_article(e.article);
                    if source.is_empty() {
                        t.title_of_article(e.article).to_string()
                    } else {
                        source.to_string()
                    }
                };
                child.allocate_ui(egui::vec2(article_w, ROW_HEIGHT), |ui| {
                    let small = egui::TextStyle::Small.resolve(ui.style());
                    text::cell(ui, &name, small, ui.visuals().weak_text_color(), article_w);
                });
                let resp = ui.interact(rect, ui.make_persistent_id(("event row", e.id)), Sense::click());
                if resp.clicked() {
                    clicked = Some(ListAction::Click(e.id, ui.input(|i| i.modifiers)));
                }
                resp.on_hover_ui(|ui| {
                    ui.set_max_width(420.0);
                    let (strong, weak) = (ui.visuals().text_color(), ui.visuals().weak_text_color());
                    let range = format!("{} — {}", e.range.start, e.range.end);
                    text::lines(
                        ui,
                        &[(&e.title, strong), (&range, strong), (t.title_of_article(e.article), weak)],
                    );
                });
            }
        });
        clicked
    }

    /// The rows from the selected event to `to`, as shown (Shift+click).
    pub fn range(&self, t: &Timeline, from: Option<EventId>, to: EventId) -> Vec<EventId> {
        let at = |id: EventId| self.visible.iter().position(|&i| t.events[i].id == id);
        let Some(b) = at(to) else { return vec![to] };
        let a = from.and_then(at).unwrap_or(b);
        self.visible[a.min(b)..=a.max(b)].iter().map(|&i| t.events[i].id).collect()
    }

    fn filters_ui(&mut self, ui: &mut egui::Ui, t: &Timeline) {
        egui::CollapsingHeader::new(wtr!(ui, "list-filters")).id_salt("filters").show(ui, |ui| {
            // Articles are switched on and off in the articles pane (View > Articles).
            let off = self.filter.hidden_articles.len();
            if off > 0 {
                ui.horizontal(|ui| {
                    text::message(ui, &tr!("list-articles-hidden", hidden = off, count = t.entries.len()));
                    if ui.small_button(wtr!(ui, "list-show-all")).clicked() {
                        self.filter.hidden_articles.clear();
                    }
                });
            }
            ui.horizontal(|ui| {
                text::message(ui, &tr!("list-category"));
                let shown = self.filter.category.clone().unwrap_or_else(|| tr!("list-category-all"));
                let shown = text::widget_text(ui, &shown);
                egui::ComboBox::from_id_salt("category filter").selected_text(shown).show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.filter.category, None, wtr!(ui, "list-category-all"));
                    for (id, _) in CATEGORIES {
                        ui.selectable_value(&mut self.filter.category, Some(id.to_string()), *id);
                    }
                    for c in user_categories(t) {
                        let name = text::widget_text(ui, &c);
                        ui.selectable_value(&mut self.filter.category, Some(c), name);
                    }
                });
                mirror::checkbox(ui, &mut self.filter.show_hidden, &tr!("list-show-hidden"));
            });
            ui.horizontal(|ui| {
                text::message(ui, &tr!("list-from"));
                date_field(ui, &mut self.from_text, &mut self.filter.from, true);
                text::message(ui, &tr!("list-to"));
                date_field(ui, &mut self.to_text, &mut self.filter.to, false);
            });
        });
    }
}

/// What the user did in the list.
#[derive(Debug, Clone, PartialEq)]
pub enum ListAction {
    /// A row clicked: alone it selects, with Ctrl it goes in or out of the selection of
    /// several, with Shift the rows from the selected one to it go in.
    Click(EventId, egui::Modifiers),
    /// An action on the selection of several.
    Batch(Batch),
    /// Fit the timeline to the events the search and filters let through.
    ZoomToResults,
}

/// An action on several events at once (one undoable step).
#[derive(Debug, Clone, PartialEq)]
pub enum Batch {
    Hide,
    Category(String),
    Tag(String),
    Merge,
    Pin,
    Clear,
}

/// The bar over the list while several events are selected.
fn batch_bar(ui: &mut egui::Ui, t: &Timeline, marked: &BTreeSet<EventId>) -> Option<Batch> {
    if marked.is_empty() {
        return None;
    }
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        text::strong(ui, &tr!("batch-selected", count = marked.len()));
        if text::hover_text(ui.button(wtr!(ui, "batch-hide")), tr!("batch-hide-hint")).clicked() {
            action = Some(Batch::Hide);
        }
        let category = wtr!(ui, "batch-category");
        egui::ComboBox::from_id_salt("batch category").selected_text(category).show_ui(ui, |ui| {
            for (id, _) in CATEGORIES {
                if ui.selectable_label(false, *id).clicked() {
                    action = Some(Batch::Category(id.to_string()));
                }
            }
            for c in user_categories(t) {
                if ui.selectable_label(false, text::widget_text(ui, &c)).clicked() {
                    action = Some(Batch::Category(c));
                }
            }
        });
        let id = egui::Id::unique("batch tag");
        let mut tag: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
        let field = text::TextField::singleline(&mut tag)
            .id(egui::Id::unique("batch tag field"))
            .hint_text(tr!("batch-tag-hint"))
            .desired_width(90.0)
            .show(ui);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(wtr!(ui, "batch-tag")).clicked() || enter) && !tag.trim().is_empty() {
            action = Some(Batch::Tag(tag.trim().to_string()));
            tag.clear();
        }
        ui.data_mut(|d| d.insert_temp(id, tag));
        let merge = ui.add_enabled(marked.len() > 1, egui::Button::new(wtr!(ui, "batch-merge")));
        if text::hover_text(merge, tr!("batch-merge-hint")).clicked() {
            action = Some(Batch::Merge);
        }
        if text::hover_text(ui.button(wtr!(ui, "batch-pin")), tr!("batch-pin-hint")).clicked() {
            action = Some(Batch::Pin);
        }
        if ui.button(wtr!(ui, "batch-clear")).clicked() {
            action = Some(Batch::Clear);
        }
    });
    action
}

/// What to say when nothing matches: what was searched, and where.
fn no_match(ui: &mut egui::Ui, f: &EventFilter, t: &Timeline) {
    ui.add_space(12.0);
    text::strong(ui, &tr!("list-no-match"));
    if !f.query.trim().is_empty() {
        text::label(ui, &format!("«{}»", f.query.trim()));
    }
    let mut limits = Vec::new();
    if let Some(d) = f.from {
        limits.push(tr!("list-limit-from", date = localize_digits(&d.to_string())));
    }
    if let Some(d) = f.to {
        limits.push(tr!("list-limit-to", date = localize_digits(&d.to_string())));
    }
    if let Some(c) = &f.category {
        limits.push(tr!("list-limit-category", category = c.clone()));
    }
    if !f.hidden_articles.is_empty() {
        limits.push(tr!("list-limit-articles", hidden = f.hidden_articles.len(), count = t.entries.len()));
    }
    if !limits.is_empty() {
        text::weak(ui, &limits.join(&tr!("list-separator")));
    }
}

/// The background of words the search found.
pub fn search_color(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgba_unmultiplied(200, 170, 40, 110)
    } else {
        Color32::from_rgba_unmultiplied(255, 200, 0, 150)
    }
}

/// Categories the user made up (not in the built-in list), in the order first used.
pub fn user_categories(t: &Timeline) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for e in t.curation.edits.values() {
        if let Some(c) = e.category.as_ref().filter(|c| !c.is_empty())
            && !CATEGORIES.iter().any(|(id, _)| id == c)
            && !v.contains(c)
        {
            v.push(c.clone());
        }
    }
    v
}

/// A date typed as ISO or in Arabic («مارس 2022»), parsed by the date engine.
fn date_field(ui: &mut egui::Ui, text: &mut String, value: &mut Option<chrono::NaiveDate>, start: bool) {
    let id = egui::Id::unique(("date filter", start));
    let r = text::TextField::singleline(text)
        .id(id)
        .hint_text(tr!("list-date-hint"))
        .desired_width(120.0)
        .show(ui);
    if r.changed() {
        let trimmed = text.trim();
        *value = if trimmed.is_empty() {
            None
        } else if let Ok(d) = chrono::NaiveDate::parse_from_str(trimmed, "%Y-%m-%d") {
            Some(d)
        } else {
            parse_phrase(trimmed, None).and_then(|m| m.range).map(|r| if start { r.start } else { r.end })
        };
    }
    if !text.trim().is_empty() && value.is_none() {
        text::hover_text(ui.colored_label(ui.visuals().warn_fg_color, "?"), tr!("list-not-a-date"));
    }
}

/// How the sort menu names an order.
fn sort_name(ui: &egui::Ui, sort: SortOrder) -> egui::WidgetText {
    match sort {
        SortOrder::Date => wtr!(ui, "sort-by-date"),
        SortOrder::Article => wtr!(ui, "sort-by-article"),
        SortOrder::TextOrder => wtr!(ui, "sort-in-text-order"),
    }
}
