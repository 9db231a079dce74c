//! The window's layout, frame by frame: the menu bar, the status bar, the event panel's
//! drawer, the timeline, the side panels (articles at the start of reading, the event list at
//! its end: swapped in Arabic), the reader, and the windows over them.

use super::app::{STATUS_SHOWN, TarikhApp};
use super::event_editor::EditAction;
use super::i18n::{tr, wtr};
use super::open_dialog::Purpose;
use super::timeline_view::{Look, TimelineAction};
use super::{menu, mirror, project, text};
use eframe::egui;
use std::path::PathBuf;

impl TarikhApp {
    /// The window that asks before an article is closed.
    fn close_confirmation(&mut self, ctx: &egui::Context) {
        let Some(id) = self.confirm_close else { return };
        let Some(entry) = self.timeline.entries.get(id) else {
            self.confirm_close = None;
            return;
        };
        let (mut close, mut cancel) = (false, false);
        let title = text::window_title(ctx, &tr!("close-article-title"));
        egui::Window::new(title).collapsible(false).resizable(false).show(ctx, |ui| {
            mirror::page(ui, |ui| {
                text::label(ui, &entry.article.title);
                text::message(ui, &tr!("close-article-explained"));
                ui.horizontal(|ui| {
                    close = ui.button(wtr!(ui, "close-article-confirm")).clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Enter));
                    cancel = ui.button(wtr!(ui, "cancel")).clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Escape));
                });
            })
        });
        if close {
            self.close_current_article();
        }
        if close || cancel {
            self.confirm_close = None;
        }
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        egui::Panel::bottom("status").show(ui, |ui| {
            mirror::page(ui, |ui| ui.horizontal(|ui| self.status_line(ui)));
        });
    }

    fn status_line(&mut self, ui: &mut egui::Ui) {
        if let Some(l) = &self.loading {
            let (done, total) = l.progress();
            let frac = if total == 0 { 0.0 } else { done as f32 / total as f32 };
            let progress = text::widget_text(ui, &tr!("status-loading", done = done, total = total));
            ui.add(egui::ProgressBar::new(frac).desired_width(220.0).text(progress));
            ui.spinner();
            return;
        }
        let shown = self.list.visible_count();
        text::message(
            ui,
            &tr!(
                "status-counts",
                articles = self.timeline.entries.len(),
                events = self.timeline.events.len(),
                shown = shown
            ),
        );
        let unplaced = self.timeline.unplaced.len();
        match self.timeline.unplaced.first() {
            // Where they are: an article without a date, which the user can give.
            Some(u) => {
                let link = ui.link(wtr!(ui, "status-unplaced", count = unplaced));
                if text::hover_text(link, tr!("status-unplaced-hint")).clicked() {
                    let (a, s, d) = (u.article, u.sentence_span.clone(), u.date_span.clone());
                    self.reader.show_place(a, s, d);
                    self.saved.show_reader = true;
                }
            }
            None => {
                text::weak(ui, &tr!("status-unplaced", count = 0));
            }
        }
        // A message stays for a while, then goes: «Undone» must not read as news later.
        let age = self.status_since.elapsed();
        if !self.status.is_empty() && age < STATUS_SHOWN {
            ui.separator();
            let font = egui::TextStyle::Body.resolve(ui.style());
            text::label_with(ui, &self.status, font, ui.visuals().weak_text_color(), None);
            ui.ctx().request_repaint_after(STATUS_SHOWN - age);
        }
        if let Some(last) = self.closed.last()
            && text::hover_text(
                ui.small_button(wtr!(ui, "status-reopen")),
                tr!("status-reopen-hint", name = last.entry.article.file_name.clone()),
            )
            .clicked()
        {
            self.reopen_closed_article();
        }
    }

    /// The event panel: a drawer under the timeline; returns the edits asked for.
    fn event_panel(&mut self, ui: &mut egui::Ui) -> Vec<EditAction> {
        let can_add = self.reader.article.is_some() && !self.timeline.entries.is_empty();
        // With nothing selected the panel is one line; its full size comes with a selection.
        let selected = self.selected.is_some_and(|id| self.timeline.event(id).is_some());
        self.editor.open = self.saved.editor_open;
        // Opened, it takes at most 40% of what the reader would have without it (the height
        // under the timeline, as last drawn), so the reader and the list keep their room.
        let below_timeline = ui.available_rect_before_wrap().height() - self.timeline_height;
        let max = (below_timeline * 0.4).max(90.0);
        let (editor, timeline) = (&mut self.editor, &self.timeline);
        let sel = self.selected;
        let actions = if selected && editor.open {
            egui::Panel::bottom("event editor")
                .resizable(true)
                .default_size(215.0_f32.min(max))
                .max_size(max)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("event panel")
                        .auto_shrink([false, false])
                        .show(ui, |ui| mirror::page(ui, |ui| editor.ui(ui, timeline, sel, can_add)))
                        .inner
                })
                .inner
        } else {
            egui::Panel::bottom("event editor (folded)")
                .resizable(false)
                .show(ui, |ui| mirror::page(ui, |ui| editor.ui(ui, timeline, sel, can_add)))
                .inner
        };
        self.saved.editor_open = self.editor.open;
        actions
    }

    fn timeline_panel(&mut self, ui: &mut egui::Ui) {
        // Sizes in proportion to the window, so that a small window still has room for each.
        let window = ui.ctx().content_rect().size();
        let timeline_h = (window.y * 0.38).clamp(150.0, 330.0);
        let look = Look {
            names: self.saved.month_names,
            lanes: self.saved.lanes,
            hijri: self.saved.hijri_axis,
            right_to_left: self.time_runs_right_to_left(),
        };
        egui::Panel::top("timeline").resizable(true).default_size(timeline_h).min_size(140.0).show(
            ui,
            |ui| {
                self.timeline_height = ui.max_rect().height();
                let action = self.view.ui(
                    ui,
                    &self.timeline,
                    &self.list,
                    self.generation,
                    self.selected,
                    &self.marked,
                    &look,
                );
                match action {
                    Some(TimelineAction::Select(id)) => {
                        self.marked.clear();
                        self.select(id);
                        self.view.reveal = None; // clicked on the timeline: it is in view already
                    }
                    Some(TimelineAction::Toggle(id)) => self.toggle_marked(id),
                    Some(TimelineAction::SelectMany(ids)) => self.marked.extend(ids),
                    None => {}
                }
                self.saved.view = self.view.view;
            },
        );
    }

    /// The articles pane (at the start of reading) and the event list (at its end).
    fn side_panels(&mut self, ui: &mut egui::Ui) {
        let window = ui.ctx().content_rect().size();
        if self.saved.show_articles {
            mirror::start_panel("articles").resizable(true).default_size(320.0).min_size(200.0).show(
                ui,
                |ui| {
                    let filter = &self.list.filter;
                    let shown = |a: usize| {
                        let key = self.timeline.entries[a].article.path.to_string_lossy().to_string();
                        !filter.hidden_articles.contains(&key)
                    };
                    let action =
                        mirror::page(ui, |ui| self.articles.ui(ui, &self.timeline, self.generation, shown));
                    if let Some(action) = action {
                        self.apply_articles_action(action);
                    }
                },
            );
        }
        if self.saved.show_list {
            let list_w = (window.x * 0.45).clamp(260.0, 660.0);
            mirror::end_panel("events").resizable(true).default_size(list_w).min_size(220.0).show(ui, |ui| {
                let action =
                    mirror::page(ui, |ui| self.list.ui(ui, &self.timeline, self.selected, &self.marked));
                if let Some(action) = action {
                    self.apply_list_action(action);
                }
            });
        }
    }

    fn reader_panel(&mut self, ui: &mut egui::Ui) {
        egui::CentralPanel::default().show(ui, |ui| {
            if !self.saved.show_reader {
                mirror::page(ui, |ui| text::weak(ui, &tr!("reader-hidden")));
                return;
            }
            let picked =
                mirror::page(ui, |ui| self.reader.ui(ui, &self.timeline, self.selected, &self.list.filter));
            if let Some(id) = picked {
                self.select(id);
            }
            if std::mem::take(&mut self.reader.new_event_requested) {
                self.new_event();
            }
            if let Some((article, date)) = self.reader.date_requested.take() {
                self.apply_edit(EditAction::SetArticleDate(article, date));
            }
        });
    }

    /// The window's title: the project's name, a dot while unsaved, the app's name.
    fn update_window_title(&mut self, ctx: &egui::Context) {
        // The system draws the title with its own bidi: the name goes in an isolate.
        let dirty = self.project.autosave.dirty() && self.project.path.is_some();
        let title = tr!("window-title", project = self.project.name(), unsaved = dirty as u8);
        if self.window_title != title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

impl eframe::App for TarikhApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.speak();
        if super::termination::close_requested() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.poll_loading(ctx);
        super::open_extraction::frame(self, ctx);
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.open_paths(ctx, dropped);
        }
        if let Some((purpose, paths)) = self.open_dialog.poll() {
            let first = paths.first().cloned();
            match (purpose, first) {
                (Purpose::Articles, _) => self.open_paths(ctx, paths),
                (Purpose::OpenProject, Some(p)) => project::switch_project(self, ctx, &p),
                (Purpose::SaveProjectAs, Some(p)) => project::save_as(self, p),
                (Purpose::Relocate(old), Some(p)) => project::relocate(self, ctx, old, p),
                (_, None) => {}
            }
        }
        self.handle_keys(ctx);
        project::autosave(self, ctx);
        self.update_window_title(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.speak();
        let ctx = ui.ctx().clone();
        super::date_picker::set_calendar(&ctx, self.saved.picker_calendar);
        menu::menu_bar(self, ui);
        self.status_bar(ui);
        self.errors.ui(ui);
        if self.saved.show_editor {
            for a in self.event_panel(ui) {
                self.apply_edit(a);
            }
        }
        self.list.refresh(&self.timeline, self.generation);
        self.timeline_panel(ui);
        self.side_panels(ui);
        self.reader_panel(ui);
        self.open_dialog.ui(&ctx);
        super::open_extraction::windows(self, &ctx);
        self.export.ui(&ctx, &self.timeline, self.view.view, self.saved.month_names);
        menu::windows(self, &ctx);
        self.close_confirmation(&ctx);
        let seeds = self.seeds.clone();
        project::windows(self, &ctx, &seeds);
        self.saved.picker_calendar = super::date_picker::calendar(&ctx);
        super::first_frame(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.saved);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // What is typed in the event panel and not yet committed is kept.
        for a in self.editor.uncommitted(&self.timeline) {
            self.apply_edit(a);
        }
        // A project that failed to open is not the current one, so nothing is overwritten.
        if self.project.crash_offer.is_none() {
            project::write(self);
        }
        if let Some(s) = self.project.session.clone()
            && self.project.save_error.is_none()
        {
            if !s.owns_lock() && self.project.path.is_none() {
                // A second window's own autosave: kept aside if it holds work, else removed.
                project::keep_untitled_aside(self);
                let _ = std::fs::remove_file(s.autosave_path());
            }
            s.unlock();
        }
    }
}
