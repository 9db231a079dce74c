//! The app's side of projects: New / Open / Save / Save as, autosave, restore after a crash,
//! missing and changed articles, and the windows that tell the user about them.

use super::app::TarikhApp;
use super::i18n::{tr, wtr};
use super::{mirror, text};
use crate::article::{self, Reason};
use crate::project::{
    self, Autosave, PreviousRun, Project, ProjectArticle, ProjectError, ProjectExtraction, ProjectView,
    ProjectWriter, SessionDir, Written, backup_path,
};
use crate::timeline::lanes::LaneKind;
use crate::timeline::{self, Timeline};
use eframe::egui;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The file name a new project is offered under.
pub const DEFAULT_FILE: &str = "timeline.tarikh";

/// How many recent projects the File menu lists.
const RECENT: usize = 8;

/// A project that could not be opened.
pub struct OpenProblem {
    pub path: PathBuf,
    pub message: String,
    /// A readable backup beside it, to offer.
    pub backup: Option<PathBuf>,
}

/// The project side of the app state.
pub struct ProjectState {
    /// The project's file; `None` for an untitled project (autosaved in the data folder).
    pub path: Option<PathBuf>,
    /// The data folder; `None` in tests (an untitled project is then not autosaved).
    pub session: Option<SessionDir>,
    pub autosave: Autosave,
    /// Saves go through it, off the UI thread.
    pub writer: ProjectWriter,
    /// Put the articles' texts into the project file.
    pub embed_texts: bool,
    /// Articles of the opened project that are not where it says, not embedded either.
    pub missing: Vec<ProjectArticle>,
    /// Missing articles being loaded from a new place: (old path, new path).
    pub relocating: Vec<(PathBuf, PathBuf)>,
    /// Articles whose text changed since the project was saved (re-extracted).
    pub changed: Vec<PathBuf>,
    /// The opened project's articles, to tell changed ones once they are loaded.
    expected: Vec<ProjectArticle>,
    /// The view to restore once the project's articles are loaded.
    pending_view: Option<ProjectView>,
    pub problem: Option<OpenProblem>,
    /// After a crash: the autosaved project to offer back.
    pub crash_offer: Option<PathBuf>,
    pub save_error: Option<String>,
    /// The backup was written in this session (it is written once, at the first save).
    pub backed_up: bool,
    /// The user closed the "Project articles" window.
    pub articles_window_closed: bool,
    /// Where the last autosave went and when.
    pub last_saved: Option<(PathBuf, chrono::DateTime<chrono::Local>)>,
}

impl ProjectState {
    pub fn new(session: Option<SessionDir>) -> Self {
        ProjectState {
            path: None,
            session,
            autosave: Autosave::new(0),
            writer: ProjectWriter::new(),
            embed_texts: false,
            missing: Vec::new(),
            relocating: Vec::new(),
            changed: Vec::new(),
            expected: Vec::new(),
            pending_view: None,
            problem: None,
            crash_offer: None,
            save_error: None,
            backed_up: false,
            articles_window_closed: false,
            last_saved: None,
        }
    }

    /// Where the project is written: its file, or the autosave of an untitled project.
    pub fn target(&self) -> Option<PathBuf> {
        self.path.clone().or_else(|| self.session.as_ref().map(|s| s.autosave_path()))
    }

    /// The name shown in the title bar.
    pub fn name(&self) -> String {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(|| tr!("project-untitled"), |n| n.to_string_lossy().to_string())
    }
}

/// What to open at start-up when no files are given.
pub fn startup(app: &mut TarikhApp, ctx: &egui::Context, previous: PreviousRun, seeds: PathBuf) {
    if let PreviousRun::Running(_) = previous {
        // The other window has the last project open: two windows saving one file would
        // overwrite each other. This one starts untitled.
        app.open_paths(ctx, vec![seeds]);
        return;
    }
    let named = app.saved.project.clone().filter(|p| p.exists());
    let autosave = app.project.session.as_ref().map(|s| s.autosave_path()).filter(|p| p.exists());
    if previous == PreviousRun::Crashed
        && let Some(p) = named.clone().or(autosave.clone())
    {
        app.project.crash_offer = Some(p);
        return;
    }
    if let Some(p) = named {
        open_project(app, ctx, &p, true);
    } else if let Some(p) = autosave {
        open_project(app, ctx, &p, false);
    } else if !app.saved.open_paths.is_empty() {
        // Before projects, Tarikh remembered the open files: carry them over.
        let p = Project::from_session(&app.saved.open_paths, app.saved.view, app.saved.selected);
        apply_project(app, ctx, p, None);
    } else {
        app.open_paths(ctx, vec![seeds]);
    }
}

/// Opens a project file. `named`: it becomes the current project's file (else it is the
/// autosave of an untitled project and is opened as untitled).
pub fn open_project(app: &mut TarikhApp, ctx: &egui::Context, path: &Path, named: bool) {
    match project::load(path) {
        Ok(p) => {
            apply_project(app, ctx, p, named.then(|| path.to_path_buf()));
            if named {
                remember_recent(app, path);
            }
        }
        Err(e) => report_problem(app, path, &e),
    }
}

/// Replaces the current project by the one in `path` (File → Open project, Recent projects):
/// the current one is saved (or, untitled, kept aside) only once the new one has been read, so
/// a damaged file leaves everything as it was.
pub fn switch_project(app: &mut TarikhApp, ctx: &egui::Context, path: &Path) {
    match project::load(path) {
        Ok(p) => {
            if app.project.path.is_some() {
                write(app);
            } else {
                keep_untitled_aside(app);
            }
            apply_project(app, ctx, p, Some(path.to_path_buf()));
            remember_recent(app, path);
        }
        Err(e) => report_problem(app, path, &e),
    }
}

fn report_problem(app: &mut TarikhApp, path: &Path, e: &ProjectError) {
    let backup = Some(backup_path(path)).filter(|b| project::load(b).is_ok());
    app.project.problem = Some(OpenProblem { path: path.to_path_buf(), message: describe(e), backup });
}

fn describe(e: &ProjectError) -> String {
    let error = match e {
        ProjectError::Io(io) => {
            let why = match io.get_ref().and_then(|inner| inner.downcast_ref::<Reason>()) {
                Some(reason) => super::errors::reason_text(reason),
                None => super::errors::reason_text(&Reason::of_io(io)),
            };
            tr!("project-error-io", error = why)
        }
        ProjectError::NotAProject => tr!("project-error-not-a-project"),
        ProjectError::Truncated(at) => tr!("project-error-truncated", at = at.clone()),
        ProjectError::Corrupt(why) => tr!("project-error-corrupt", why = why.clone()),
        ProjectError::FutureVersion { found } => {
            tr!("project-error-future", found = *found, schema = project::SCHEMA)
        }
    };
    tr!("project-problem", error = error)
}

/// Replaces what is open by a project.
pub fn apply_project(app: &mut TarikhApp, ctx: &egui::Context, p: Project, path: Option<PathBuf>) {
    // A load under way belongs to what is being replaced: its result is dropped.
    app.loading = None;
    app.project.backed_up = false;
    app.timeline = Timeline::default();
    app.clear_selection();
    app.reader = Default::default();
    app.generation += 1;
    app.timeline.set_curation(p.curation.clone());
    app.project.path = path;
    app.project.missing.clear();
    app.project.changed.clear();
    app.project.articles_window_closed = false;
    app.project.relocating.clear();
    app.project.embed_texts = p.articles.iter().any(|a| a.text.is_some());
    let mut extractions = p.extractions.clone();
    let mut to_load = Vec::new();
    let mut embedded = Vec::new();
    for a in &p.articles {
        // An article of an extraction listed by an older version: its extraction is read
        // again (all of it) rather than the article called missing.
        if let Some((events, _)) = timeline::extraction_place(&a.path)
            && !a.path.exists()
            && events.is_file()
        {
            if !extractions.iter().any(|x| x.path == events) {
                extractions.push(ProjectExtraction { path: events, ..ProjectExtraction::default() });
            }
            continue;
        }
        if a.path.exists() {
            to_load.push(a.path.clone());
        } else if let Some(text) = &a.text {
            embedded.push((a.path.clone(), text.clone()));
        } else {
            app.project.missing.push(a.clone());
        }
    }
    // Embedded texts stand in for files that are gone.
    let articles: Vec<_> =
        embedded.iter().filter_map(|(path, text)| article::load_bytes(path, text.as_bytes()).ok()).collect();
    app.timeline.add_articles(articles);
    app.project.expected = p.articles.clone();
    app.project.pending_view = Some(p.view.clone());
    app.list.filter = p.view.filter.clone();
    app.saved.lanes = if p.view.lanes_by_category { LaneKind::Categories } else { p.view.lanes };
    app.saved.hijri_axis = p.view.hijri_axis;
    app.view.collapsed = p.view.folded.iter().cloned().collect();
    app.view.view = p.view.window;
    app.view.fit_all = p.view.window.is_none();
    // What is on disk is this revision: nothing to autosave yet.
    app.project.autosave = Autosave::new(app.timeline.revision);
    app.extraction.reopen(extractions);
    super::open_extraction::next_queued(app, ctx);
    if to_load.is_empty() {
        after_load(app);
    } else {
        app.open_paths(ctx, to_load);
    }
}

/// Whether the load under way is a project's.
pub fn loading_project(app: &TarikhApp) -> bool {
    app.project.pending_view.is_some()
}

/// Called when a project's load finishes: tells changed articles and restores its view.
pub fn after_load(app: &mut TarikhApp) {
    for a in std::mem::take(&mut app.project.expected) {
        let now = app.timeline.entries.iter().find(|e| e.article.path == a.path);
        if let Some(e) = now
            && a.content_hash != 0
            && e.article.content_hash != a.content_hash
        {
            app.project.changed.push(a.path.clone());
        }
    }
    if let Some(v) = app.project.pending_view.take() {
        // Frames drawn while loading moved the window; put the project's back.
        app.view.view = v.window;
        app.view.fit_all = v.window.is_none();
        if let Some(id) = v.selected
            && app.timeline.event(id).is_some()
        {
            app.select(id);
            app.view.reveal = None;
        }
    }
    // Loading is not an edit: the autosave starts from here.
    app.project.autosave = Autosave::new(app.timeline.revision);
    if app.project.path.is_none() {
        // An untitled project's articles still go to disk, so it can be restored.
        app.project.autosave.observe(app.timeline.revision + 1, Instant::now());
    }
}

/// The project of what is open now.
pub fn capture(app: &TarikhApp) -> Project {
    let view = ProjectView {
        window: app.view.view,
        selected: app.selected,
        filter: app.list.filter.clone(),
        lanes_by_category: false,
        lanes: app.saved.lanes,
        folded: app.view.collapsed.iter().cloned().collect(),
        hijri_axis: app.saved.hijri_axis,
    };
    let mut p = Project::capture(&app.timeline, view, app.project.embed_texts)
        .with_extractions(app.extraction.opened());
    // While a project's articles load, they are not in the timeline yet: keep them as the
    // project lists them.
    for a in &app.project.expected {
        if !p.articles.iter().any(|x| x.path == a.path) && !app.project.missing.contains(a) {
            p.articles.push(a.clone());
        }
    }
    // Articles still missing stay in the project, so relocating them later is possible.
    p.articles.extend(app.project.missing.iter().cloned());
    p
}

/// Writes the project to its file (or the untitled autosave) and waits for it, after any
/// autosave under way. Returns false on failure.
pub fn write(app: &mut TarikhApp) -> bool {
    let Some(target) = app.project.target() else { return true };
    // Earlier saves first: one of them may have written the backup already.
    app.project.writer.wait_idle();
    take_finished(app);
    let (project, backup, revision) = (capture(app), backup_due(app), app.timeline.revision);
    let written = app.project.writer.write_now(target, project, backup, revision);
    let ok = written.result.is_ok();
    record(app, written);
    ok
}

/// The backup is the project as it was when opened (the first save of a session writes it), so
/// a bad state saved again and again never reaches it.
fn backup_due(app: &TarikhApp) -> bool {
    !app.project.backed_up
}

/// What a finished save means for the app: the revision on disk, the time shown, or an error.
fn record(app: &mut TarikhApp, w: Written) {
    match w.result {
        // A save of the project open before this one (still in the queue when the user opened
        // another) says nothing about this one.
        Ok(()) if app.project.target().as_ref() != Some(&w.path) => {}
        Ok(()) => {
            app.project.backed_up |= w.backup;
            app.project.autosave.saved(w.revision);
            app.project.save_error = None;
            app.project.last_saved = Some((w.path, chrono::Local::now()));
        }
        Err(e) => {
            app.project.autosave.failed(Instant::now());
            app.project.save_error = Some(tr!(
                "project-not-saved-because",
                path = text::path_text(&w.path),
                error = e.to_string()
            ));
        }
    }
}

fn take_finished(app: &mut TarikhApp) {
    for w in app.project.writer.finished() {
        record(app, w);
    }
}

/// Once per frame: a few seconds after a change, hands the project to the writer thread.
pub fn autosave(app: &mut TarikhApp, ctx: &egui::Context) {
    take_finished(app);
    if app.project.crash_offer.is_some() {
        return;
    }
    let now = Instant::now();
    app.project.autosave.observe(app.timeline.revision, now);
    if app.project.writer.busy() {
        // Poll for the result; the next autosave waits for this one.
        ctx.request_repaint_after(Duration::from_millis(50));
        return;
    }
    if app.project.autosave.due(now)
        && let Some(target) = app.project.target()
    {
        let backup = backup_due(app);
        // Only one save is in flight at a time, so the backup flag it was given is current.
        app.project.writer.write(target, capture(app), backup, app.timeline.revision);
        ctx.request_repaint_after(Duration::from_millis(50));
    } else if let Some(wait) = app.project.autosave.wait(now) {
        ctx.request_repaint_after(wait);
    }
}

/// File → Save: to the project's file, or ask where.
pub fn save(app: &mut TarikhApp) {
    match app.project.path.clone() {
        Some(_) => {
            if write(app) {
                app.set_status(tr!("status-saved", name = app.project.name()));
            }
        }
        None => app.open_dialog.save_project_as(DEFAULT_FILE),
    }
}

/// File → Save as: the chosen path becomes the project's file.
pub fn save_as(app: &mut TarikhApp, path: PathBuf) {
    let path = if path.extension().is_none() { path.with_extension("tarikh") } else { path };
    // Another file is being written: its current version (if any) goes to its backup.
    app.project.backed_up = false;
    let old = app.project.path.replace(path.clone());
    if write(app) {
        remember_recent(app, &path);
        app.set_status(tr!("status-saved", name = text::path_text(&path)));
        // The untitled autosave is now a named project: the autosave is no longer needed.
        if old.is_none()
            && let Some(s) = &app.project.session
        {
            let _ = std::fs::remove_file(s.autosave_path());
        }
    } else {
        app.project.path = old;
    }
}

/// File → New: an empty untitled project. Untitled work is never overwritten: it is kept
/// aside in the data folder and listed under Recent projects.
pub fn new_project(app: &mut TarikhApp, ctx: &egui::Context) {
    if app.project.path.is_some() {
        write(app);
    }
    keep_untitled_aside(app);
    app.saved.project = None;
    apply_project(app, ctx, Project::default(), None);
    app.set_status(tr!("status-new-project"));
}

/// Moves the untitled autosave aside when it holds user work.
pub fn keep_untitled_aside(app: &mut TarikhApp) {
    let Some(s) = app.project.session.clone() else { return };
    let auto = s.autosave_path();
    let has_work = project::load(&auto).is_ok_and(|p| !p.curation.is_empty());
    if has_work && let Ok(to) = s.keep_aside(&auto) {
        app.set_status(tr!("status-kept-aside", path = text::path_text(&to)));
        remember_recent(app, &to);
    }
}

fn remember_recent(app: &mut TarikhApp, path: &Path) {
    let r = &mut app.saved.recent_projects;
    r.retain(|p| p != path);
    r.insert(0, path.to_path_buf());
    r.truncate(RECENT);
    if app.project.path.as_deref() == Some(path) {
        app.saved.project = Some(path.to_path_buf());
    }
}

/// The project's missing article that was at `old` is at `path` now. It stays listed as
/// missing until it has loaded from there.
pub fn relocate(app: &mut TarikhApp, ctx: &egui::Context, old: PathBuf, path: PathBuf) {
    if app.project.missing.iter().any(|a| a.path == old) {
        // The edits of the article go with it to its new place.
        app.timeline.relocate_sources(&old, &path);
        app.project.relocating.push((old, path.clone()));
        app.open_paths(ctx, vec![path]);
    }
}

/// Called when any load finishes: relocated articles that loaded are no longer missing.
pub fn relocated(app: &mut TarikhApp) {
    let loaded = |p: &PathBuf| app.timeline.entries.iter().any(|e| &e.article.path == p);
    let done: Vec<PathBuf> =
        app.project.relocating.iter().filter(|(_, new)| loaded(new)).map(|(old, _)| old.clone()).collect();
    app.project.missing.retain(|a| !done.contains(&a.path));
    app.project.relocating.retain(|(old, _)| !done.contains(old));
}

/// The windows: restore after a crash, a project that could not be opened, missing and
/// changed articles, save errors.
pub fn windows(app: &mut TarikhApp, ctx: &egui::Context, seeds: &Path) {
    if let Some(path) = app.project.crash_offer.clone() {
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("restore after crash")).show(ctx, |ui| {
            mirror::page(ui, |ui| {
                text::heading(ui, &tr!("crash-heading"));
                let when = std::fs::metadata(&path)
                    .and_then(|m| m.modified())
                    .map(|t| {
                        chrono::DateTime::<chrono::Local>::from(t).format("%Y-%m-%d %H:%M:%S").to_string()
                    })
                    .unwrap_or_default();
                text::label(ui, &tr!("crash-saved-at", time = when, path = text::path_text(&path)));
                ui.horizontal(|ui| {
                    if ui.button(wtr!(ui, "crash-restore")).clicked() {
                        choice = Some(true);
                    }
                    if ui.button(wtr!(ui, "crash-start-afresh")).clicked() {
                        choice = Some(false);
                    }
                });
            })
        });
        match choice {
            Some(true) => {
                app.project.crash_offer = None;
                let named = app.saved.project.as_deref() == Some(path.as_path());
                open_project(app, ctx, &path, named);
            }
            Some(false) => {
                app.project.crash_offer = None;
                if app.saved.project.as_deref() != Some(path.as_path()) {
                    keep_untitled_aside(app);
                }
                app.saved.project = None;
                app.open_paths(ctx, vec![seeds.to_path_buf()]);
            }
            None => {}
        }
    }
    if app.project.problem.is_some() {
        let mut close = false;
        let mut open_backup = None;
        let p = app.project.problem.as_ref().expect("checked");
        let title = text::window_title(ctx, &tr!("problem-title"));
        egui::Window::new(title).collapsible(false).show(ctx, |ui| {
            mirror::page(ui, |ui| {
                text::label(ui, &tr!("problem-path", path = text::path_text(&p.path)));
                text::colored(ui, ui.visuals().error_fg_color, &p.message);
                ui.horizontal(|ui| {
                    if let Some(b) = &p.backup {
                        if text::hover_text(ui.button(wtr!(ui, "problem-open-backup")), text::path_text(b))
                            .clicked()
                        {
                            open_backup = Some((b.clone(), p.path.clone()));
                        }
                    } else {
                        text::weak(ui, &tr!("problem-no-backup"));
                    }
                    if ui.button(wtr!(ui, "close")).clicked() {
                        close = true;
                    }
                });
            })
        });
        if let Some((b, original)) = open_backup {
            app.project.problem = None;
            if let Ok(p) = project::load(&b) {
                // Saved under a new name: the damaged file is never overwritten.
                let stem = original.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
                let recovered = original.with_file_name(format!("{stem} (recovered).tarikh"));
                apply_project(app, ctx, p, Some(recovered.clone()));
                app.set_status(tr!("status-backup-opened", path = text::path_text(&recovered)));
            }
        } else if close {
            app.project.problem = None;
        }
    }
    if !app.project.articles_window_closed
        && (!app.project.missing.is_empty() || !app.project.changed.is_empty())
    {
        let mut open = true;
        let mut locate: Option<PathBuf> = None;
        let mut forget = None;
        let title = text::window_title(ctx, &tr!("project-articles-title"));
        egui::Window::new(title).open(&mut open).default_width(480.0).show(ctx, |ui| {
            mirror::page(ui, |ui| {
                if !app.project.missing.is_empty() {
                    text::message(ui, &tr!("project-articles-missing"));
                    for (n, a) in app.project.missing.iter().enumerate() {
                        ui.horizontal(|ui| {
                            text::label(ui, &text::path_text(&a.path));
                            if ui.button(wtr!(ui, "project-articles-locate")).clicked() {
                                locate = Some(a.path.clone());
                            }
                            let remove = ui.small_button(wtr!(ui, "project-articles-remove"));
                            if text::hover_text(remove, tr!("project-articles-remove-hint")).clicked() {
                                forget = Some(n);
                            }
                        });
                    }
                }
                if !app.project.changed.is_empty() {
                    ui.separator();
                    text::message(ui, &tr!("project-articles-changed"));
                    for p in &app.project.changed {
                        text::label(ui, &text::path_text(p));
                    }
                }
            })
        });
        if let Some(old) = locate {
            app.open_dialog.relocate(old);
        }
        if let Some(n) = forget {
            app.project.missing.remove(n);
            app.timeline.revision += 1;
        }
        if !open {
            app.project.articles_window_closed = true;
        }
    }
    if let Some(e) = app.project.save_error.clone() {
        let title = text::window_title(ctx, &tr!("not-saved-title"));
        egui::Window::new(title).collapsible(false).show(ctx, |ui| {
            mirror::page(ui, |ui| {
                let font = egui::TextStyle::Body.resolve(ui.style());
                text::label_with(ui, &e, font, ui.visuals().error_fg_color, None);
                text::message(ui, &tr!("not-saved-still-open"));
                ui.horizontal(|ui| {
                    if ui.button(wtr!(ui, "not-saved-try-again")).clicked() {
                        write(app);
                    }
                    if ui.button(wtr!(ui, "not-saved-elsewhere")).clicked() {
                        app.open_dialog.save_project_as(DEFAULT_FILE);
                    }
                    if ui.button(wtr!(ui, "dismiss")).clicked() {
                        app.project.save_error = None;
                    }
                });
            })
        });
    }
}
