//! File → Open extraction…: the events of a batch run (`tarikh extract CORPUS -o EVENTS.jsonl`,
//! `.csv` or `.parquet`) on the timeline, read off the UI thread with progress. A file with more events than the
//! timeline shows ([`SHOWN_AT_MOST`]) is surveyed first and the user asked for a window (days,
//! source, words) before anything is kept. The articles' texts stay in the corpus until one is
//! shown in the reader ([`super::corpus_texts`]); without a sidecar naming the corpus, or with
//! the corpus moved, the user points at it.

use super::app::TarikhApp;
use super::corpus_texts::CorpusTexts;
use super::i18n::{tr, wtr};
use super::text;
use crate::article::LoadError;
use crate::corpus::{
    ArticleAt, ColumnNames, CorpusFormat, CorpusOrigin, EventWindow, ExtractionOrigin, ReadEvents, Survey,
    parse_published, read_events, survey, thousands,
};
use crate::project::ProjectExtraction;
use crate::timeline::extraction_place;
use eframe::egui;
use std::collections::{HashMap, HashSet, VecDeque};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, channel};

/// The most events put on the timeline from one file: a frame with this many stays usable
/// (see `benches/app.rs`). Beyond, a window is asked for.
pub const SHOWN_AT_MOST: u64 = 1_000_000;
/// No event line is shorter (its keys alone take ~230 bytes): a file under `limit × this`
/// bytes cannot hold more than `limit` events, and is not surveyed.
const SHORTEST_LINE: u64 = 200;

/// What File → Open extraction… is doing.
pub struct Extractions {
    /// The most events kept from one file.
    pub limit: u64,
    reading: Option<Reading>,
    filter: Option<FilterForm>,
    texts: Option<CorpusTexts>,
    /// The corpora of each events file opened (`None`: no sidecar).
    origins: HashMap<PathBuf, Option<ExtractionOrigin>>,
    /// An events file whose corpus the user is asked for: (events, corpus index, path typed,
    /// why).
    locate: Option<(PathBuf, usize, String, String)>,
    /// Events files whose corpus the user chose not to give (not asked again).
    dismissed: HashSet<PathBuf>,
    /// The path field (no system dialog, or tests).
    path_field: Option<String>,
    picking: Option<Receiver<Option<PathBuf>>>,
    /// The extractions read, with their windows, in order: saved in the project.
    opened: Vec<ProjectExtraction>,
    /// Extractions of a project waiting to be read, one after the other.
    queue: VecDeque<ProjectExtraction>,
    /// Articles of extractions the user closed (events file, place): not shown when their
    /// extraction is read again, and saved so in the project.
    closed: HashSet<(PathBuf, ArticleAt)>,
    /// Extractions being read for a project (kept in it even when they cannot be read).
    from_project: HashSet<PathBuf>,
}

impl Default for Extractions {
    fn default() -> Self {
        Extractions {
            limit: SHOWN_AT_MOST,
            reading: None,
            filter: None,
            texts: None,
            origins: HashMap::new(),
            locate: None,
            dismissed: HashSet::new(),
            path_field: None,
            picking: None,
            opened: Vec::new(),
            queue: VecDeque::new(),
            closed: HashSet::new(),
            from_project: HashSet::new(),
        }
    }
}

/// A file being read on a worker.
struct Reading {
    path: PathBuf,
    /// The window asked for (`None`: all, unless the file has too many events).
    window: Option<EventWindow>,
    rx: Receiver<Done>,
    read: Arc<AtomicU64>,
    size: u64,
    surveying: Arc<AtomicBool>,
}

enum Done {
    /// More events than can be shown: the user chooses a window.
    TooMany(Survey),
    Read(Result<ReadEvents, String>),
}

/// The window asked for before a large file is read.
struct FilterForm {
    path: PathBuf,
    survey: Survey,
    from: String,
    to: String,
    source: String,
    words: String,
    error: Option<String>,
}

impl Extractions {
    /// True while a file is being read.
    pub fn is_reading(&self) -> bool {
        self.reading.is_some()
    }

    /// True while the user is asked for a window.
    pub fn asks_for_window(&self) -> bool {
        self.filter.is_some()
    }

    /// The extractions read so far, their windows and the articles closed, for the project.
    pub fn opened(&self) -> Vec<ProjectExtraction> {
        let mut opened = self.opened.clone();
        for x in &mut opened {
            x.closed = self.closed.iter().filter(|(p, _)| *p == x.path).map(|(_, at)| *at).collect();
            x.closed.sort_unstable();
        }
        opened
    }

    /// A project's extractions replace what was opened: they are read one after the other.
    pub fn reopen(&mut self, extractions: Vec<ProjectExtraction>) {
        self.opened.clear();
        self.origins.clear();
        self.texts = None;
        self.closed =
            extractions.iter().flat_map(|x| x.closed.iter().map(|at| (x.path.clone(), *at))).collect();
        self.from_project.clear();
        self.queue = extractions.into();
    }

    /// An article was closed (`true`) or reopened by the user: an extraction's is remembered.
    pub fn article_closed(&mut self, path: &std::path::Path, closed: bool) {
        let Some(place) = extraction_place(path) else { return };
        if closed {
            self.closed.insert(place);
        } else {
            self.closed.remove(&place);
        }
    }
}

/// Starts reading the next extraction of a project, if any and nothing is being read.
pub fn next_queued(app: &mut TarikhApp, ctx: &egui::Context) {
    if app.extraction.reading.is_some() || app.extraction.filter.is_some() {
        return;
    }
    if let Some(x) = app.extraction.queue.pop_front() {
        app.extraction.from_project.insert(x.path.clone());
        open(app, ctx, x.path, Some(x.window));
    }
}

/// File → Open extraction…: the system dialog, else the path field.
pub fn pick(app: &mut TarikhApp) {
    if app.open_dialog.path_field_only {
        app.extraction.path_field = Some(String::new());
        return;
    }
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let picked = rfd::FileDialog::new()
            .set_title(tr!("extraction-dialog-title"))
            .add_filter(tr!("extraction-filter-events"), &["jsonl", "ndjson", "csv", "parquet", "pq"])
            .add_filter(tr!("extraction-filter-all"), &["*"])
            .pick_file();
        let _ = tx.send(picked);
    });
    app.extraction.picking = Some(rx);
}

/// Starts reading an events file; `window` is `None` on opening (a large file is surveyed and
/// a window asked for), the user's window afterwards.
pub fn open(app: &mut TarikhApp, ctx: &egui::Context, path: PathBuf, window: Option<EventWindow>) {
    let (tx, rx) = channel();
    let read = Arc::new(AtomicU64::new(0));
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    let surveying = Arc::new(AtomicBool::new(false));
    let limit = app.extraction.limit;
    let (r, s, p, ctx2, w) = (read.clone(), surveying.clone(), path.clone(), ctx.clone(), window.clone());
    std::thread::spawn(move || {
        let window = w;
        if window.is_none() && size > limit.saturating_mul(SHORTEST_LINE) {
            s.store(true, Ordering::Relaxed);
            match survey(&p, &r) {
                Ok(found) if found.events > limit => {
                    let _ = tx.send(Done::TooMany(found));
                    ctx2.request_repaint();
                    return;
                }
                Ok(_) => {}
                Err(e) => {
                    let _ = tx.send(Done::Read(Err(e)));
                    ctx2.request_repaint();
                    return;
                }
            }
            s.store(false, Ordering::Relaxed);
            r.store(0, Ordering::Relaxed);
        }
        let _ = tx.send(Done::Read(read_events(&p, &window.unwrap_or_default(), limit, &r)));
        ctx2.request_repaint();
    });
    app.extraction.reading = Some(Reading { path, window, rx, read, size, surveying });
}

/// An extraction opened, with its window, for the project to name.
fn remember(app: &mut TarikhApp, path: &std::path::Path, window: Option<EventWindow>) {
    let x = ProjectExtraction {
        path: path.to_path_buf(),
        window: window.unwrap_or_default(),
        closed: Vec::new(),
    };
    if !app.extraction.opened.contains(&x) {
        app.extraction.opened.push(x);
    }
}

/// Waits for the file being read, and for a project's extractions queued after it (tests,
/// and paths without a window).
pub fn wait(app: &mut TarikhApp, ctx: &egui::Context) {
    while let Some(r) = app.extraction.reading.take() {
        if let Ok(done) = r.rx.recv() {
            finish(app, ctx, r.path, r.window, done);
        }
        next_queued(app, ctx);
    }
}

fn finish(app: &mut TarikhApp, ctx: &egui::Context, path: PathBuf, window: Option<EventWindow>, done: Done) {
    let read = match done {
        Done::TooMany(survey) => {
            app.extraction.filter = Some(FilterForm {
                path,
                from: survey.first.map(|d| d.to_string()).unwrap_or_default(),
                to: survey.last.map(|d| d.to_string()).unwrap_or_default(),
                survey,
                source: String::new(),
                words: String::new(),
                error: None,
            });
            return;
        }
        Done::Read(Err(reason)) => {
            app.set_status(reason.clone());
            // A project's extraction that cannot be read now (its drive not mounted, say)
            // stays in the project: the next save must not forget it.
            if app.extraction.from_project.remove(&path) {
                remember(app, &path, window);
            }
            app.errors.add(vec![LoadError { path, reason: reason.into() }]);
            return;
        }
        Done::Read(Ok(read)) => read,
    };
    let mut errors: Vec<LoadError> =
        read.bad.iter().map(|b| LoadError { path: path.clone(), reason: b.to_string().into() }).collect();
    let unshown = read.bad_count - read.bad.len() as u64;
    if unshown > 0 {
        errors.push(LoadError {
            path: path.clone(),
            reason: tr!("extraction-more-bad-lines", count = thousands(unshown)).into(),
        });
    }
    app.errors.add(errors);
    let closed = &app.extraction.closed;
    let articles: Vec<_> =
        read.articles.into_iter().filter(|a| !closed.contains(&(path.clone(), a.at))).collect();
    let added = app.timeline.add_extracted(&path, articles);
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let more = read.matched - read.kept;
    let mut status = tr!(
        "extraction-opened",
        articles = thousands(added as u64),
        events = thousands(read.kept),
        file = text::isolate(&name)
    );
    if read.bad_count > 0 {
        status += &tr!("extraction-opened-bad", count = thousands(read.bad_count));
    }
    if more > 0 {
        status += &tr!("extraction-opened-more", count = thousands(more));
    }
    app.set_status(status);
    app.extraction.from_project.remove(&path);
    remember(app, &path, window);
    app.extraction.origins.insert(path, read.origin);
    app.generation += 1;
    app.view.fit_all = true;
    ctx.request_repaint();
}

/// Once per frame: the worker's results, the picked file, and the text of the article shown
/// when it is still in its corpus.
pub fn frame(app: &mut TarikhApp, ctx: &egui::Context) {
    if let Some(rx) = &app.extraction.picking
        && let Ok(picked) = rx.try_recv()
    {
        app.extraction.picking = None;
        if let Some(p) = picked {
            open(app, ctx, p, None);
        }
    }
    if let Some(r) = &app.extraction.reading
        && let Ok(done) = r.rx.try_recv()
    {
        let r = app.extraction.reading.take().expect("checked above");
        finish(app, ctx, r.path, r.window, done);
    }
    next_queued(app, ctx);
    ask_for_shown_text(app, ctx);
    let answers = app.extraction.texts.as_mut().map(CorpusTexts::poll).unwrap_or_default();
    for answer in answers {
        let Some(id) = app.timeline.entries.iter().position(|e| e.article.path == answer.article) else {
            continue;
        };
        let given = answer.result.and_then(|article| app.timeline.give_text(id, article));
        if let Err(reason) = given {
            app.set_status(reason.clone());
            app.errors.add(vec![LoadError { path: answer.article, reason: reason.into() }]);
        }
        ctx.request_repaint();
    }
}

/// Asks the corpus reader for the reader's article when its text is not loaded.
fn ask_for_shown_text(app: &mut TarikhApp, ctx: &egui::Context) {
    let Some(entry) = app.reader.article.and_then(|a| app.timeline.entries.get(a)) else { return };
    if !entry.article.text.is_empty() {
        return;
    }
    let Some((events, at)) = extraction_place(&entry.article.path) else { return };
    let x = &mut app.extraction;
    let ctx2 = ctx.clone();
    let texts = x.texts.get_or_insert_with(|| CorpusTexts::start(move || ctx2.request_repaint()));
    let origin = x.origins.get(&events).and_then(Option::as_ref);
    if let Err(why) = texts.ask(&entry.article.path, at, origin)
        && x.locate.is_none()
        && !x.dismissed.contains(&events)
    {
        x.locate = Some((events, at.corpus, String::new(), why));
    }
}

/// The user's answer to «where is the corpus?».
fn locate(app: &mut TarikhApp, events: PathBuf, corpus: usize, path: PathBuf) {
    let Some(format) = CorpusFormat::of_path(&path) else {
        let why = tr!("extraction-not-a-corpus", path = text::path_text(&path));
        app.extraction.locate = Some((events, corpus, path.display().to_string(), why));
        return;
    };
    let origin = app.extraction.origins.entry(events).or_default();
    let o = origin.get_or_insert_with(ExtractionOrigin::default);
    match o.corpora.get_mut(corpus) {
        Some(c) => {
            c.path = path;
            c.format = CorpusOrigin::new(PathBuf::new(), format, ColumnNames::default(), 0).format;
        }
        // No sidecar: every event is taken to come from this corpus.
        None => o.corpora = vec![CorpusOrigin::new(path, format, ColumnNames::default(), u64::MAX)],
    }
}

/// The windows: the path field, the progress of a read, the window asked for, the corpus asked
/// for.
pub fn windows(app: &mut TarikhApp, ctx: &egui::Context) {
    path_field(app, ctx);
    if let Some(r) = &app.extraction.reading {
        let done = r.read.load(Ordering::Relaxed);
        let frac = if r.size == 0 { 0.0 } else { done as f32 / r.size as f32 };
        let percent = format!("{:.0}", frac * 100.0);
        let what = if r.surveying.load(Ordering::Relaxed) {
            tr!("extraction-counting", percent = percent)
        } else {
            tr!("extraction-reading", percent = percent)
        };
        let title = text::window_title(ctx, &tr!("extraction-opening-title"));
        egui::Window::new(title).collapsible(false).resizable(false).show(ctx, |ui| {
            text::label(ui, &text::path_text(&r.path));
            ui.add(egui::ProgressBar::new(frac).desired_width(320.0).text(what));
        });
        ctx.request_repaint_after(std::time::Duration::from_millis(100));
    }
    if let Some(t) = &app.extraction.texts
        && !t.pending.is_empty()
    {
        let frac = t.progress();
        egui::Window::new(text::window_title(ctx, &tr!("extraction-corpus-title")))
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.add(
                    egui::ProgressBar::new(frac)
                        .desired_width(320.0)
                        .text(tr!("extraction-corpus-indexed", percent = format!("{:.0}", frac * 100.0))),
                );
            });
        ctx.request_repaint_after(std::time::Duration::from_millis(100));
    }
    filter_form(app, ctx);
    locate_form(app, ctx);
}

fn path_field(app: &mut TarikhApp, ctx: &egui::Context) {
    let Some(path) = &mut app.extraction.path_field else { return };
    let mut open_it = None;
    let mut shown = true;
    egui::Window::new(text::window_title(ctx, &tr!("extraction-path-title")))
        .open(&mut shown)
        .collapsible(false)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                let label = ui.label(wtr!(ui, "extraction-path")).id;
                text::TextField::singleline(path)
                    .id(egui::Id::unique("extraction path"))
                    .hint_text("/path/to/events.jsonl")
                    .desired_width(360.0)
                    .show(ui)
                    .labelled_by(label);
                if ui.button(wtr!(ui, "extraction-open")).clicked() && !path.trim().is_empty() {
                    open_it = Some(PathBuf::from(path.trim()));
                }
            });
        });
    if let Some(p) = open_it {
        app.extraction.path_field = None;
        open(app, ctx, p, None);
    } else if !shown {
        app.extraction.path_field = None;
    }
}

fn filter_form(app: &mut TarikhApp, ctx: &egui::Context) {
    let limit = app.extraction.limit;
    let Some(f) = &mut app.extraction.filter else { return };
    let mut go = None;
    let mut shown = true;
    egui::Window::new(text::window_title(ctx, &tr!("extraction-window-title")))
        .open(&mut shown)
        .collapsible(false)
        .show(ctx, |ui| {
            let s = &f.survey;
            let span = match (s.first, s.last) {
                (Some(a), Some(b)) => tr!("extraction-span", from = a.to_string(), to = b.to_string()),
                _ => String::new(),
            };
            text::label(
                ui,
                &tr!(
                    "extraction-holds",
                    file = text::path_text(&f.path),
                    events = thousands(s.events),
                    span = span,
                    limit = thousands(limit)
                ),
            );
            egui::Grid::new("extraction window").num_columns(2).show(ui, |ui| {
                for (name, value, hint, id) in [
                    (tr!("extraction-from"), &mut f.from, "YYYY-MM-DD", "extraction from"),
                    (tr!("extraction-to"), &mut f.to, "YYYY-MM-DD", "extraction to"),
                    (tr!("extraction-words"), &mut f.words, "قمة مينسك", "extraction words"),
                ] {
                    let label = ui.label(text::widget_text(ui, &name)).id;
                    text::TextField::singleline(value)
                        .id(egui::Id::unique(id))
                        .hint_text(hint)
                        .desired_width(240.0)
                        .show(ui)
                        .labelled_by(label);
                    ui.end_row();
                }
                ui.label(wtr!(ui, "extraction-source"));
                let chosen = if f.source.is_empty() { tr!("extraction-any") } else { f.source.clone() };
                egui::ComboBox::from_id_salt("extraction source")
                    .selected_text(text::widget_text(ui, &chosen))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut f.source, String::new(), wtr!(ui, "extraction-any"));
                        for (name, n) in s.sources.iter().take(50) {
                            let item = text::widget_text(ui, &format!("{name} ({})", thousands(*n)));
                            ui.selectable_value(&mut f.source, name.clone(), item);
                        }
                    });
                ui.end_row();
            });
            if let Some(e) = &f.error {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            if ui.button(wtr!(ui, "extraction-open-these")).clicked() {
                let day = |s: &str| parse_published(s);
                match (day(&f.from), day(&f.to)) {
                    (Ok(from), Ok(to)) => {
                        let words = f.words.split_whitespace().map(str::to_string).collect();
                        let source = Some(f.source.clone()).filter(|s| !s.is_empty());
                        go = Some(EventWindow { from, to, source, words });
                    }
                    (Err(e), _) | (_, Err(e)) => f.error = Some(e),
                }
            }
        });
    if let Some(window) = go {
        let path = f.path.clone();
        app.extraction.filter = None;
        open(app, ctx, path, Some(window));
    } else if !shown {
        app.extraction.filter = None;
    }
}

fn locate_form(app: &mut TarikhApp, ctx: &egui::Context) {
    let Some((events, corpus, typed, why)) = &mut app.extraction.locate else { return };
    let mut chosen = None;
    let mut shown = true;
    egui::Window::new(text::window_title(ctx, &tr!("extraction-locate-title")))
        .open(&mut shown)
        .collapsible(false)
        .show(ctx, |ui| {
            text::label(ui, &format!("{}: {why}", text::path_text(events)));
            ui.horizontal(|ui| {
                let label = ui.label(wtr!(ui, "extraction-corpus")).id;
                text::TextField::singleline(typed)
                    .id(egui::Id::unique("extraction corpus"))
                    .hint_text("/path/to/corpus.jsonl")
                    .desired_width(360.0)
                    .show(ui)
                    .labelled_by(label);
                if ui.button(wtr!(ui, "extraction-use-corpus")).clicked() && !typed.trim().is_empty() {
                    chosen = Some(PathBuf::from(typed.trim()));
                }
            });
        });
    if let Some(p) = chosen {
        let (events, corpus) = (events.clone(), *corpus);
        app.extraction.locate = None;
        locate(app, events, corpus, p);
    } else if !shown {
        let events = events.clone();
        app.extraction.dismissed.insert(events);
        app.extraction.locate = None;
    }
}
