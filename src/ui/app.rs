//! The app: its state, what is remembered between runs, and the layout of the panels.

use super::errors::ErrorPanel;
use super::event_editor::{self, EditAction, EventEditor};
use super::event_list::EventList;
use super::event_list::{Batch, ListAction};
use super::export_dialog::ExportDialog;
use super::i18n::{self, Digits, Language, tr};
use super::loading::Loading;
use super::open_dialog::OpenDialog;
use super::project::{self, ProjectState};
use super::reader::Reader;
use super::timeline_view::{TimeDirection, TimelineView};
use super::{shortcuts, text};
use crate::dates::{self, DateRange};
use crate::project::{PreviousRun, SessionDir};
use crate::timeline::axis::{self, MonthNames};
use crate::timeline::lanes::LaneKind;
use crate::timeline::{EventId, Timeline};
use eframe::egui;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// How long a status message stays.
pub(super) const STATUS_SHOWN: std::time::Duration = std::time::Duration::from_secs(10);

/// What to open at start-up.
pub enum Start {
    /// Files from the command line (or "Open with Tarikh").
    Paths(Vec<PathBuf>),
    /// The last session's files, or the seeds when there is none.
    Restore { seeds: PathBuf },
}

/// Light, dark, or as the system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// What is remembered between runs (the window size is remembered by eframe).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Saved {
    #[serde(with = "crate::article::stored_path::vec")]
    pub open_paths: Vec<PathBuf>,
    pub show_list: bool,
    pub show_reader: bool,
    pub theme: Theme,
    pub month_names: MonthNames,
    /// The visible time window (x coordinates: days since 1970).
    pub view: Option<(f64, f64)>,
    pub selected: Option<u64>,
    /// The project open at exit (`None`: an untitled one, autosaved in the data folder).
    #[serde(with = "crate::article::stored_path::option")]
    pub project: Option<PathBuf>,
    #[serde(with = "crate::article::stored_path::vec")]
    pub recent_projects: Vec<PathBuf>,
    pub show_editor: bool,
    pub lanes: LaneKind,
    /// Show the Hijri tier under the timeline's axis.
    pub hijri_axis: bool,
    /// The event editor's drawer is open.
    pub editor_open: bool,
    /// The articles pane is shown.
    pub show_articles: bool,
    /// The interface's language; `None`: the system's (from its locale).
    pub language: Option<Language>,
    /// The digits of the Arabic interface.
    pub digits: Digits,
    /// Which way time runs on the timeline.
    pub time_direction: TimeDirection,
    /// The calendar the date picker shows (Gregorian or Hijri), as last chosen.
    pub picker_calendar: super::date_picker::Calendar,
}

impl Default for Saved {
    fn default() -> Self {
        Saved {
            open_paths: Vec::new(),
            show_list: true,
            show_reader: true,
            theme: Theme::System,
            month_names: MonthNames::Arabic,
            view: None,
            selected: None,
            project: None,
            recent_projects: Vec::new(),
            show_editor: true,
            lanes: LaneKind::Auto,
            hijri_axis: false,
            editor_open: true,
            show_articles: false,
            language: None,
            digits: Digits::Western,
            time_direction: TimeDirection::AsInterface,
            picker_calendar: Default::default(),
        }
    }
}

/// The whole app state.
pub struct TarikhApp {
    pub timeline: Timeline,
    pub selected: Option<EventId>,
    pub saved: Saved,
    pub loading: Option<Loading>,
    pub errors: ErrorPanel,
    pub list: EventList,
    pub articles: super::articles::ArticlesPane,
    pub reader: Reader,
    pub view: TimelineView,
    pub open_dialog: OpenDialog,
    pub export: ExportDialog,
    pub editor: EventEditor,
    pub project: ProjectState,
    /// The bundled sample articles (opened when there is nothing else).
    pub seeds: PathBuf,
    pub show_about: bool,
    pub show_shortcuts: bool,
    /// Bumped whenever the events change, so panels know to rebuild what they cache.
    pub generation: u64,
    pub status: String,
    /// The timeline panel's height, as last drawn (the editor's drawer is sized by it).
    pub(super) timeline_height: f32,
    pub(super) status_since: std::time::Instant,
    /// The selection of several events (Ctrl/Shift-click in the list, Ctrl-click or a
    /// Shift+drag box on the timeline), which batch actions apply to.
    pub marked: std::collections::BTreeSet<EventId>,
    /// Articles closed in this session, last closed last, to reopen.
    pub closed: Vec<crate::timeline::ClosedArticle>,
    /// The article the user asked to close, waiting for confirmation.
    pub confirm_close: Option<crate::timeline::ArticleId>,
    pub(super) window_title: String,
    /// File → Open extraction…: events of a batch run, their texts read from the corpus.
    pub extraction: super::open_extraction::Extractions,
}

impl TarikhApp {
    /// The app. `data_dir` is where untitled work is autosaved and crashes are noticed
    /// (`None` in tests: nothing is written there).
    pub fn new(cc: &eframe::CreationContext<'_>, start: Start, data_dir: Option<PathBuf>) -> Self {
        text::install_fonts(&cc.egui_ctx);
        let saved: Saved = cc.storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY)).unwrap_or_default();
        let mut app = Self::empty(saved);
        app.speak();
        app.apply_theme(&cc.egui_ctx);
        let mut previous = PreviousRun::Clean;
        if let Some(dir) = data_dir {
            let mut session = SessionDir::new(dir);
            match session.lock() {
                Ok(p) => previous = p,
                Err(e) => app.set_status(tr!(
                    "status-autosave-off",
                    path = text::path_text(&session.dir),
                    error = e.to_string()
                )),
            }
            if let PreviousRun::Running(pid) = previous {
                // Another window owns the autosave: this one keeps its own.
                session.autosave_name = format!("autosave-{}.tarikh", std::process::id());
                app.set_status(tr!("status-another-running", pid = pid.to_string()));
            }
            app.project = ProjectState::new(Some(session));
        }
        let ctx = &cc.egui_ctx;
        match start {
            Start::Paths(p) => {
                project::keep_untitled_aside(&mut app);
                app.saved.project = None;
                app.open_paths(ctx, p);
            }
            Start::Restore { seeds } => {
                app.seeds = seeds.clone();
                project::startup(&mut app, ctx, previous, seeds);
            }
        }
        app
    }

    /// The interface's language: the one chosen in View → Language, else the system's.
    pub fn language(&self) -> Language {
        self.saved.language.unwrap_or_else(i18n::system_language)
    }

    /// Speaks the interface's language (and digits) on this thread from now on: called each
    /// frame and when the user switches.
    pub fn speak(&self) {
        i18n::set_interface(i18n::Interface { language: self.language(), digits: self.saved.digits });
    }

    /// Shows the interface in `language` (tests, View → Language).
    pub fn set_language(&mut self, language: Language) {
        self.saved.language = Some(language);
        self.speak();
    }

    /// Which way time runs on the timeline: as set, else as the interface reads.
    pub fn time_runs_right_to_left(&self) -> bool {
        self.saved.time_direction.right_to_left(self.language())
    }

    /// An app with nothing loaded (tests build on this).
    pub fn empty(saved: Saved) -> Self {
        let mut view = TimelineView::default();
        view.view = saved.view;
        TarikhApp {
            timeline: Timeline::default(),
            selected: None,
            saved,
            loading: None,
            errors: ErrorPanel::default(),
            list: EventList::default(),
            reader: Reader::default(),
            view,
            open_dialog: OpenDialog::default(),
            export: ExportDialog::default(),
            editor: EventEditor::default(),
            project: ProjectState::new(None),
            seeds: PathBuf::new(),
            show_about: false,
            show_shortcuts: false,
            generation: 0,
            status: String::new(),
            timeline_height: 330.0,
            status_since: std::time::Instant::now(),
            closed: Vec::new(),
            articles: Default::default(),
            marked: Default::default(),
            confirm_close: None,
            window_title: String::new(),
            extraction: Default::default(),
        }
    }

    /// Opens files and folders: the same path for the dialog, drag-and-drop, the command line
    /// and the path field. Loading runs on a worker; the window stays responsive.
    pub fn open_paths(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            return;
        }
        let mut all = paths;
        if let Some(l) = self.loading.take() {
            // A load is under way: fold its result in first, then start the new one.
            self.finish_loading(ctx, l.wait());
        }
        all.dedup();
        let ctx2 = ctx.clone();
        self.loading = Some(Loading::start(all, move || ctx2.request_repaint()));
    }

    fn finish_loading(&mut self, ctx: &egui::Context, loaded: super::loading::Loaded) {
        let files = loaded.analysed.len();
        // The first articles in: show all their events (frames drawn while loading set a
        // window around today).
        let first = self.timeline.entries.is_empty() && !project::loading_project(self);
        let known = self.timeline.duplicates.len();
        let added = self.timeline.add_analysed(loaded.analysed);
        let failed = loaded.errors.len();
        self.errors.add(loaded.errors);
        self.generation += 1;
        let duplicates = &self.timeline.duplicates[known..];
        let originals: std::collections::BTreeSet<&PathBuf> = duplicates.iter().map(|d| &d.of).collect();
        debug_assert_eq!(files - added, duplicates.len());
        self.set_status(tr!(
            "status-opened",
            count = added,
            duplicates = duplicates.len(),
            originals = originals.len(),
            failed = failed,
            seconds = (loaded.seconds as f64 * 100.0).round() / 100.0
        ));
        self.remember_open_paths();
        if project::loading_project(self) {
            project::after_load(self);
        }
        project::relocated(self);
        // Restore the selection of the last session once its article is back.
        if self.selected.is_none()
            && let Some(id) = self.saved.selected.map(EventId)
            && self.timeline.event(id).is_some()
        {
            self.select(id);
        }
        if self.view.view.is_none() || first {
            self.view.fit_all = true;
        }
        ctx.request_repaint();
    }

    fn remember_open_paths(&mut self) {
        // An extraction's articles are not files: the session does not reopen them one by one.
        let files = self
            .timeline
            .entries
            .iter()
            .filter(|e| crate::timeline::extraction_place(&e.article.path).is_none());
        self.saved.open_paths = files.map(|e| e.article.path.clone()).collect();
    }

    /// Polls the worker; call once per frame.
    pub fn poll_loading(&mut self, ctx: &egui::Context) {
        if let Some(l) = &self.loading
            && let Some(loaded) = l.poll()
        {
            self.loading = None;
            self.finish_loading(ctx, loaded);
        }
    }

    /// Waits for a load to finish (tests, and code paths without a window).
    pub fn wait_for_loading(&mut self, ctx: &egui::Context) {
        if let Some(l) = self.loading.take() {
            self.finish_loading(ctx, l.wait());
        }
    }

    /// Selects an event: the reader opens its article at its sentence, the timeline shows it.
    pub fn select(&mut self, id: EventId) {
        let Some(e) = self.timeline.event(id) else { return };
        self.selected = Some(id);
        self.saved.selected = Some(id.0);
        self.reader.show_event(e);
        self.view.reveal = Some(id);
        self.list.scroll_to_selected = true;
    }

    pub fn clear_selection(&mut self) {
        self.selected = None;
        self.saved.selected = None;
        self.marked.clear();
    }

    /// What the user did in the articles pane.
    pub fn apply_articles_action(&mut self, action: super::articles::ArticlesAction) {
        use super::articles::ArticlesAction as A;
        let key =
            |t: &crate::timeline::Timeline, a: usize| t.entries[a].article.path.to_string_lossy().to_string();
        let hidden = &mut self.list.filter.hidden_articles;
        match action {
            A::Show(a, true) => {
                hidden.remove(&key(&self.timeline, a));
            }
            A::Show(a, false) => {
                hidden.insert(key(&self.timeline, a));
            }
            A::ShowAll => hidden.clear(),
            A::ShowNone => {
                *hidden = (0..self.timeline.entries.len()).map(|a| key(&self.timeline, a)).collect()
            }
            A::Rename(a, title, source) => {
                if self.timeline.rename_article(a, title, source) {
                    self.generation += 1;
                }
            }
            A::Read(a) => {
                self.reader.show_article(a);
                self.saved.show_reader = true;
            }
        }
    }

    /// A click in the list (alone, Ctrl, Shift) or an action on the selection of several.
    pub fn apply_list_action(&mut self, action: ListAction) {
        match action {
            ListAction::Click(id, m) if m.command => {
                if self.marked.is_empty()
                    && let Some(s) = self.selected
                {
                    self.marked.insert(s);
                }
                self.toggle_marked(id);
            }
            ListAction::Click(id, m) if m.shift => {
                let range = self.list.range(&self.timeline, self.selected, id);
                self.marked.extend(range);
            }
            ListAction::Click(id, _) => {
                self.marked.clear();
                self.select(id);
            }
            ListAction::Batch(b) => self.apply_batch(b),
            ListAction::ZoomToResults => {
                if let Some((lo, hi)) = self.list.extent(&self.timeline) {
                    self.view.show_window(lo, hi);
                }
            }
        }
    }

    /// Applies one action to every event of the selection of several, as one undoable step.
    pub fn apply_batch(&mut self, b: Batch) {
        let ids: Vec<EventId> = self.marked.iter().copied().collect();
        let t = &mut self.timeline;
        let done = match b {
            Batch::Hide => t.edit_events(&ids, |e| e.hidden = true),
            Batch::Category(c) => t.edit_events(&ids, |e| e.category = Some(c.clone())),
            Batch::Tag(tag) => t.edit_events(&ids, |e| {
                if !e.tags.contains(&tag) {
                    e.tags.push(tag.clone());
                }
            }),
            Batch::Merge => t.merge_all(&ids),
            Batch::Pin => t.edit_events(&ids, |e| e.pinned = true),
            Batch::Clear => {
                self.marked.clear();
                false
            }
        };
        if done {
            self.generation += 1;
            self.set_status(tr!("status-batch-changed", count = ids.len()));
        }
    }

    /// Puts an event into the selection of several, or takes it out.
    pub fn toggle_marked(&mut self, id: EventId) {
        if !self.marked.remove(&id) {
            self.marked.insert(id);
        }
    }

    /// Selects the next (`+1`) or previous (`-1`) event in time among the visible ones.
    pub fn step_selection(&mut self, dir: i32) {
        let order = self.list.visible_in_time(&self.timeline);
        if order.is_empty() {
            return;
        }
        let at = self.selected.and_then(|id| order.iter().position(|&i| self.timeline.events[i].id == id));
        let next = match at {
            Some(p) => (p as i64 + dir as i64).clamp(0, order.len() as i64 - 1) as usize,
            None if dir > 0 => 0,
            None => order.len() - 1,
        };
        self.select(self.timeline.events[order[next]].id);
    }

    /// Asks before closing the article shown in the reader (File → Close article, Ctrl+W).
    pub fn ask_close_article(&mut self) {
        self.confirm_close = self.reader.article.filter(|&a| a < self.timeline.entries.len());
    }

    /// Closes the article shown in the reader. It can be reopened (Edit → Reopen closed
    /// article) with the user's work on it: edits stay in the project while it is closed.
    pub fn close_current_article(&mut self) {
        let Some(id) = self.reader.article.filter(|&a| a < self.timeline.entries.len()) else { return };
        if self.selected.and_then(|s| self.timeline.event(s)).is_some_and(|e| e.article == id) {
            self.clear_selection();
        }
        let Some(closed) = self.timeline.close_article(id) else { return };
        self.extraction.article_closed(&closed.entry.article.path, true);
        self.reader.article_closed(id);
        self.generation += 1;
        self.remember_open_paths();
        self.set_status(tr!("status-closed", name = closed.entry.article.file_name.clone()));
        self.closed.push(closed);
    }

    /// Brings back the article closed last, with its events and the user's work on them.
    pub fn reopen_closed_article(&mut self) {
        let Some(closed) = self.closed.pop() else { return };
        let name = closed.entry.article.file_name.clone();
        self.extraction.article_closed(&closed.entry.article.path, false);
        self.timeline.reopen_article(closed);
        self.generation += 1;
        self.remember_open_paths();
        self.set_status(tr!("status-reopened", name = name));
    }

    /// Makes the status message older (tests: time passing without waiting for it).
    pub fn age_status(&mut self, by: std::time::Duration) {
        self.status_since = self.status_since.checked_sub(by).unwrap_or(self.status_since);
    }

    /// A message in the status bar; it fades after a while, so it never goes stale.
    pub fn set_status(&mut self, message: impl Into<String>) {
        self.status = message.into();
        self.status_since = std::time::Instant::now();
    }

    pub fn apply_theme(&self, ctx: &egui::Context) {
        ctx.set_theme(match self.saved.theme {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        });
    }

    /// Applies an edit from the event panel (one undo point).
    pub fn apply_edit(&mut self, a: EditAction) {
        let t = &mut self.timeline;
        match a {
            EditAction::SetRange(id, r) => {
                let done = t.edit_event(id, |e| e.range = Some(r));
                // Follow the event if it moved out of view.
                let (s, u) = (axis::day_number(r.start), axis::day_number(r.end) + 1.0);
                if self.view.view.is_none_or(|(x0, x1)| u < x0 || s > x1) {
                    self.view.reveal = Some(id);
                }
                done
            }
            EditAction::SetTitle(id, s) => t.edit_event(id, |e| e.title = Some(s)),
            EditAction::SetNote(id, s) => t.edit_event(id, |e| e.note = s),
            EditAction::SetCategory(id, c) => t.edit_event(id, |e| e.category = Some(c)),
            EditAction::SetTags(id, tags) => t.edit_event(id, |e| e.tags = tags),
            EditAction::SetHidden(id, h) => t.edit_event(id, |e| e.hidden = h),
            EditAction::SetPinned(id, p) => t.edit_event(id, |e| e.pinned = p),
            EditAction::Revert(id) => t.revert(id),
            EditAction::DeleteManual(id) => {
                let done = t.delete_manual(id);
                self.clear_selection();
                done
            }
            EditAction::Split(id) => t.split(id),
            EditAction::Merge(a, b) => t.merge(a, b),
            EditAction::Select(id) => {
                self.select(id);
                false
            }
            EditAction::NewEvent => {
                self.new_event();
                false
            }
            EditAction::SetArticleDate(article, date) => t.set_article_date(article, date),
        };
        self.generation += 1;
    }

    /// A new event by hand: from the reader's selection (its date, if it holds one, is read
    /// by the engine), else a blank one in the reader's article.
    pub fn new_event(&mut self) {
        let Some(article) = self.reader.article.filter(|&a| a < self.timeline.entries.len()) else { return };
        let entry = &self.timeline.entries[article];
        let anchor = entry.dateline.as_ref().map(|d| d.date);
        let fallback = DateRange::day(anchor.unwrap_or_else(|| chrono::Local::now().date_naive()));
        let selected = self.reader.selection.clone().filter(|s| entry.article.text.get(s.clone()).is_some());
        let (sentence, date, range) = match selected {
            Some(sel) => {
                let found = dates::parse_phrase(&entry.article.text[sel.clone()], anchor)
                    .and_then(|m| Some((m.span, m.range?)));
                match found {
                    Some((span, range)) => (sel.clone(), sel.start + span.start..sel.start + span.end, range),
                    None => (sel.clone(), sel.start..sel.start, fallback),
                }
            }
            None => (0..0, 0..0, fallback),
        };
        let title = if sentence.is_empty() { tr!("new-event-title") } else { String::new() };
        if let Some(id) = self.timeline.add_manual(article, sentence, date, range, &title) {
            self.reader.selection = None;
            self.generation += 1;
            self.select(id);
        }
    }

    pub fn undo(&mut self) {
        if self.timeline.undo() {
            self.generation += 1;
            self.set_status(tr!("status-undone"));
        }
    }

    pub fn redo(&mut self) {
        if self.timeline.redo() {
            self.generation += 1;
            self.set_status(tr!("status-redone"));
        }
    }

    pub(super) fn handle_keys(&mut self, ctx: &egui::Context) {
        if ctx.input_mut(|i| i.consume_shortcut(&shortcuts::SAVE_AS)) {
            self.open_dialog.save_project_as(project::DEFAULT_FILE);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&shortcuts::SAVE)) {
            project::save(self);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&shortcuts::OPEN_PROJECT)) {
            self.open_dialog.pick_project();
        }
        if ctx.input_mut(|i| i.consume_shortcut(&shortcuts::OPEN)) {
            self.open_dialog.pick_files();
        }
        if ctx.input_mut(|i| i.consume_shortcut(&shortcuts::QUIT)) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&shortcuts::CLOSE)) {
            self.ask_close_article();
        }
        if ctx.input_mut(|i| i.consume_shortcut(&shortcuts::FIND)) {
            self.list.focus_search = true;
        }
        // Plain keys, and undo/redo of the timeline, act only when no text field has the
        // keyboard (a field has its own undo).
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        if ctx.input_mut(|i| i.consume_shortcut(&shortcuts::REDO) || i.consume_shortcut(&shortcuts::REDO_Y)) {
            self.redo();
        }
        if ctx.input_mut(|i| i.consume_shortcut(&shortcuts::UNDO)) {
            self.undo();
        }
        // Every press counts: six quick presses of `j` within one frame are six steps.
        let (next, prev, esc, delete) = ctx.input(|i| {
            (
                i.num_presses(egui::Key::J) + i.num_presses(egui::Key::ArrowDown),
                i.num_presses(egui::Key::K) + i.num_presses(egui::Key::ArrowUp),
                i.key_pressed(egui::Key::Escape),
                i.key_pressed(egui::Key::Delete),
            )
        });
        // Esc that closes a menu or a popup is for it, not for the selection.
        let esc = esc && !egui::Popup::is_any_open(ctx) && self.confirm_close.is_none();
        if delete
            && let Some(a) = self
                .selected
                .and_then(|id| self.timeline.event(id))
                .and_then(|e| event_editor::removal(&self.timeline, e))
        {
            self.apply_edit(a);
        }
        if next > 0 || prev > 0 {
            self.step_selection(next as i32 - prev as i32);
        }
        if esc {
            self.clear_selection();
        }
    }
}
