//! The articles pane: every open article as a reader names it — its headline, outlet and date —
//! with how many events it gives and its file; shown or hidden on the timeline (all or none at
//! once), sorted, filtered, and renamed (title and source, kept in the project, undoable).

use super::i18n::{localize_digits, tr, wtr};
use super::{mirror, text};
use crate::dates::normalize_str;
use crate::timeline::{ArticleId, Timeline};
use eframe::egui::{self, FontId};

/// How the pane sorts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ArticleSort {
    #[default]
    Opened,
    Title,
    Source,
    Date,
    Events,
}

/// What the user asked for in the pane.
#[derive(Debug, Clone, PartialEq)]
pub enum ArticlesAction {
    /// Show (`true`) or hide an article's events.
    Show(ArticleId, bool),
    ShowAll,
    ShowNone,
    Rename(ArticleId, Option<String>, Option<String>),
    /// Open it in the reader.
    Read(ArticleId),
}

#[derive(Default)]
pub struct ArticlesPane {
    pub sort: ArticleSort,
    pub filter: String,
    /// The article being renamed, and the title and source typed so far.
    renaming: Option<(ArticleId, String, String)>,
    /// Events per article, counted once per change of the events.
    counts: (u64, Vec<usize>),
}

impl ArticlesPane {
    /// The pane; `shown(a)` tells whether an article's events are shown.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        t: &Timeline,
        generation: u64,
        shown: impl Fn(ArticleId) -> bool,
    ) -> Option<ArticlesAction> {
        let mut action = None;
        if self.counts.0 != generation || self.counts.1.len() != t.entries.len() {
            let mut counts = vec![0; t.entries.len()];
            for e in t.events.iter().filter(|e| !e.hidden) {
                if let Some(c) = counts.get_mut(e.article) {
                    *c += 1;
                }
            }
            self.counts = (generation, counts);
        }
        ui.horizontal_wrapped(|ui| {
            text::strong(ui, &tr!("articles-count", count = t.entries.len()));
            if text::hover_text(ui.small_button(wtr!(ui, "articles-all")), tr!("articles-all-hint")).clicked()
            {
                action = Some(ArticlesAction::ShowAll);
            }
            if text::hover_text(ui.small_button(wtr!(ui, "articles-none")), tr!("articles-none-hint"))
                .clicked()
            {
                action = Some(ArticlesAction::ShowNone);
            }
            egui::ComboBox::from_id_salt("article sort").selected_text(sort_name(ui, self.sort)).show_ui(
                ui,
                |ui| {
                    for s in [
                        ArticleSort::Opened,
                        ArticleSort::Title,
                        ArticleSort::Source,
                        ArticleSort::Date,
                        ArticleSort::Events,
                    ] {
                        ui.selectable_value(&mut self.sort, s, sort_name(ui, s));
                    }
                },
            );
        });
        text::TextField::singleline(&mut self.filter)
            .id(egui::Id::unique("articles filter"))
            .hint_text(tr!("articles-filter-hint"))
            .desired_width(ui.available_width())
            .show(ui);
        ui.separator();
        let query = normalize_str(self.filter.trim());
        let mut order: Vec<ArticleId> = (0..t.entries.len())
            .filter(|&a| {
                query.is_empty()
                    || normalize_str(&format!("{} {}", t.title_of_article(a), t.source_of_article(a)))
                        .contains(&query)
            })
            .collect();
        let counts = &self.counts.1;
        match self.sort {
            ArticleSort::Opened => {}
            ArticleSort::Title => order.sort_by_cached_key(|&a| t.title_of_article(a).to_string()),
            ArticleSort::Source => order.sort_by_cached_key(|&a| t.source_of_article(a).to_string()),
            ArticleSort::Date => order.sort_by_key(|&a| t.entries[a].dateline.as_ref().map(|d| d.date)),
            ArticleSort::Events => {
                order.sort_by_key(|&a| std::cmp::Reverse(counts.get(a).copied().unwrap_or(0)))
            }
        }
        let font = FontId::proportional(14.0);
        let row_h = 44.0;
        egui::ScrollArea::vertical().id_salt("articles").auto_shrink([false, false]).show_rows(
            ui,
            row_h,
            order.len(),
            |ui, rows| {
                for &a in &order[rows] {
                    if let Some(act) = self.row(ui, t, a, shown(a), &font) {
                        action = Some(act);
                    }
                }
            },
        );
        action
    }

    fn row(
        &mut self,
        ui: &mut egui::Ui,
        t: &Timeline,
        a: ArticleId,
        shown: bool,
        font: &FontId,
    ) -> Option<ArticlesAction> {
        let mut action = None;
        let entry = &t.entries[a];
        if let Some((_, title, source)) = self.renaming.as_mut().filter(|(r, _, _)| *r == a) {
            let mut cancel = false;
            ui.horizontal(|ui| {
                let width = (ui.available_width() - 150.0).max(80.0) / 2.0;
                text::TextField::singleline(title)
                    .id(egui::Id::unique(("rename title", a)))
                    .hint_text(tr!("articles-rename-title"))
                    .desired_width(width)
                    .show(ui);
                text::TextField::singleline(source)
                    .id(egui::Id::unique(("rename source", a)))
                    .hint_text(tr!("articles-rename-source"))
                    .desired_width(width)
                    .show(ui);
                if ui.button(wtr!(ui, "articles-rename")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Enter))
                {
                    action = Some(ArticlesAction::Rename(a, Some(title.clone()), Some(source.clone())));
                }
                if ui.button(wtr!(ui, "cancel")).clicked() {
                    cancel = true;
                }
            });
            if cancel || action.is_some() {
                self.renaming = None;
            }
            ui.separator();
            return action;
        }
        ui.horizontal(|ui| {
            let mut on = shown;
            if text::hover_text(ui.checkbox(&mut on, ""), tr!("articles-show-hint")).changed() {
                action = Some(ArticlesAction::Show(a, on));
            }
            mirror::vertical(ui, |ui| {
                let title = t.title_of_article(a);
                let color = ui.visuals().text_color();
                let name = text::cell(ui, title, font.clone(), color, ui.available_width() - 70.0);
                if name.interact(egui::Sense::click()).clicked() {
                    action = Some(ArticlesAction::Read(a));
                }
                let source = t.source_of_article(a);
                let date = entry
                    .dateline
                    .as_ref()
                    .map(|d| localize_digits(&d.date.to_string()))
                    .unwrap_or_else(|| tr!("articles-no-date"));
                let count = self.counts.1.get(a).copied().unwrap_or(0);
                let source =
                    if source.is_empty() { tr!("articles-unknown-source") } else { source.to_string() };
                let details = tr!(
                    "articles-details",
                    source = source,
                    date = date,
                    count = count,
                    file = entry.article.file_name.clone()
                );
                let weak = ui.visuals().weak_text_color();
                let line =
                    text::cell(ui, &details, FontId::proportional(11.0), weak, ui.available_width() - 70.0);
                text::hover_text(line, entry.article.path.display().to_string());
            });
            if ui.small_button(wtr!(ui, "articles-rename")).clicked() {
                self.renaming =
                    Some((a, t.title_of_article(a).to_string(), t.source_of_article(a).to_string()));
            }
        });
        action
    }
}

fn sort_name(ui: &egui::Ui, s: ArticleSort) -> egui::WidgetText {
    match s {
        ArticleSort::Opened => wtr!(ui, "sort-as-opened"),
        ArticleSort::Title => wtr!(ui, "sort-by-title"),
        ArticleSort::Source => wtr!(ui, "sort-by-source"),
        ArticleSort::Date => wtr!(ui, "sort-by-date"),
        ArticleSort::Events => wtr!(ui, "sort-by-events"),
    }
}
