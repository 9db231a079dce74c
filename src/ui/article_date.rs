//! The article's date in the reader's header: the dateline found in the text, or one the user
//! gives. An article pasted without its dateline has its «أمس» and «الأسبوع الماضي» unplaced
//! until the user says when it was published.

use super::i18n::{localize_digits, tr, wtr};
use super::text;
use crate::dates::{Granularity, parse_user_date};
use crate::timeline::{ArticleId, Entry};
use chrono::NaiveDate;
use eframe::egui;

/// The header's date, shown or being typed.
#[derive(Default)]
pub struct ArticleDate {
    /// The article whose date is being typed, and what was typed.
    editing: Option<(ArticleId, String)>,
    /// What was typed is not a day.
    error: bool,
}

impl ArticleDate {
    /// Shows the date of article `id`; returns the user's new date for it (`Some(None)`: the
    /// user's date is cleared, the one found in the text, if any, applies again).
    pub fn ui(&mut self, ui: &mut egui::Ui, entry: &Entry, id: ArticleId) -> Option<Option<NaiveDate>> {
        if self.editing.as_ref().is_some_and(|(a, _)| *a != id) {
            self.editing = None;
        }
        let mut out = None;
        if let Some((_, typed)) = &mut self.editing {
            let label = text::message(ui, &tr!("article-date")).id;
            let field = egui::Id::unique("article date");
            let r = text::TextField::singleline(typed)
                .id(field)
                .hint_text(tr!("article-date-hint"))
                .desired_width(170.0)
                .show(ui)
                .labelled_by(label);
            let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button(wtr!(ui, "article-date-set")).clicked() || enter {
                match parse_user_date(typed, None).filter(|r| r.granularity == Granularity::Day) {
                    Some(r) => {
                        out = Some(Some(r.start));
                        self.editing = None;
                        self.error = false;
                    }
                    None => self.error = true,
                }
            }
            if self.error {
                text::colored(ui, ui.visuals().warn_fg_color, &tr!("article-date-not-a-day"));
            }
            if ui.button(wtr!(ui, "cancel")).clicked() {
                self.editing = None;
                self.error = false;
            }
            return out;
        }
        let start_editing = |this: &mut Self, from: Option<NaiveDate>| {
            this.editing = Some((id, from.map(|d| d.to_string()).unwrap_or_default()));
            this.error = false;
        };
        match (&entry.dateline, entry.user_date) {
            (Some(d), Some(_)) => {
                text::message(ui, &tr!("article-dated-by-you", date = localize_digits(&d.date.to_string())));
                if ui.small_button(wtr!(ui, "article-date-change")).clicked() {
                    start_editing(self, Some(d.date));
                }
                let clear = ui.small_button(wtr!(ui, "article-date-clear"));
                if text::hover_text(clear, tr!("article-date-clear-hint")).clicked() {
                    out = Some(None);
                }
            }
            (Some(d), None) => {
                text::message(ui, &tr!("article-dateline", date = localize_digits(&d.date.to_string())));
                let change = ui.small_button(wtr!(ui, "article-date-change"));
                if text::hover_text(change, tr!("article-date-change-hint")).clicked() {
                    start_editing(self, Some(d.date));
                }
            }
            (None, _) => {
                text::weak(ui, &tr!("article-no-dateline"));
                let set = ui.button(wtr!(ui, "article-date-give"));
                if text::hover_text(set, tr!("article-date-give-hint")).clicked() {
                    start_editing(self, None);
                }
            }
        }
        out
    }
}
