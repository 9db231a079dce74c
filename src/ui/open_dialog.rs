//! Opening files: the system dialog (rfd) on a worker thread, and a path field for machines
//! where no dialog can be shown (no desktop portal and no zenity: rfd then returns nothing
//! without saying why).

use super::i18n::{tr, wtr};
use super::{mirror, text};
use eframe::egui;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// A dialog that answers faster than this most likely never showed.
const TOO_FAST: Duration = Duration::from_millis(150);

/// What the chosen paths are for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Purpose {
    #[default]
    Articles,
    OpenProject,
    SaveProjectAs,
    /// A new place for the project's missing article that was at this path.
    Relocate(PathBuf),
}

/// A dialog running on its worker: its answer, when it started, what it is for.
type Pending = (Receiver<Option<Vec<PathBuf>>>, Instant, Purpose);

#[derive(Default)]
pub struct OpenDialog {
    /// Always ask with the path field (tests: a system dialog would wait for a person).
    pub path_field_only: bool,
    pending: Option<Pending>,
    path_field: Option<String>,
    message: Option<String>,
    purpose: Purpose,
}

impl OpenDialog {
    // The dialogs' words are looked up here, on the interface's thread: the dialog runs on
    // a worker, which does not speak the interface's language.

    pub fn pick_project(&mut self) {
        self.purpose = Purpose::OpenProject;
        let (title, projects, all) =
            (tr!("dialog-open-project"), tr!("dialog-filter-projects"), tr!("dialog-filter-all"));
        self.spawn(move || {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(projects, &["tarikh"])
                .add_filter(all, &["*"])
                .pick_file()
                .map(|p| vec![p])
        });
    }

    pub fn save_project_as(&mut self, suggested: &str) {
        self.purpose = Purpose::SaveProjectAs;
        let name = suggested.to_string();
        let (title, projects) = (tr!("dialog-save-project"), tr!("dialog-filter-projects"));
        self.spawn(move || {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(projects, &["tarikh"])
                .set_file_name(name)
                .save_file()
                .map(|p| vec![if p.extension().is_none() { p.with_extension("tarikh") } else { p }])
        });
    }

    pub fn relocate(&mut self, missing: PathBuf) {
        self.purpose = Purpose::Relocate(missing);
        let title = tr!("dialog-relocate");
        self.spawn(move || rfd::FileDialog::new().set_title(title).pick_file().map(|p| vec![p]));
    }

    pub fn pick_files(&mut self) {
        self.purpose = Purpose::Articles;
        let (title, articles, all) =
            (tr!("dialog-open-articles"), tr!("dialog-filter-articles"), tr!("dialog-filter-all"));
        self.spawn(move || {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(articles, &["txt", "md", "html", "htm"])
                .add_filter(all, &["*"])
                .pick_files()
        });
    }

    pub fn pick_folder(&mut self) {
        self.purpose = Purpose::Articles;
        let title = tr!("dialog-open-folder");
        self.spawn(move || rfd::FileDialog::new().set_title(title).pick_folder().map(|p| vec![p]));
    }

    fn spawn(&mut self, dialog: impl FnOnce() -> Option<Vec<PathBuf>> + Send + 'static) {
        if self.path_field_only {
            self.show_path_field(None);
            return;
        }
        if let Some(why) = no_dialog_available() {
            self.show_path_field(Some(why));
            return;
        }
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let _ = tx.send(dialog());
        });
        self.pending = Some((rx, Instant::now(), self.purpose.clone()));
    }

    /// Shows the path field for articles, with a message saying why.
    pub fn show_article_path_field(&mut self, message: Option<String>) {
        self.purpose = Purpose::Articles;
        self.show_path_field(message);
    }

    /// Shows the path field (for the current purpose), with a message saying why.
    fn show_path_field(&mut self, message: Option<String>) {
        self.path_field.get_or_insert_with(String::new);
        self.message = message;
    }

    /// Paths chosen in the dialog, once, with what they are for.
    pub fn poll(&mut self) -> Option<(Purpose, Vec<PathBuf>)> {
        let (rx, started, purpose) = self.pending.as_ref()?;
        let answer = rx.try_recv().ok()?;
        let fast = started.elapsed() < TOO_FAST;
        let purpose = purpose.clone();
        self.pending = None;
        match answer {
            Some(paths) => Some((purpose, paths)),
            None if fast => {
                self.show_path_field(Some(tr!("dialog-not-shown")));
                None
            }
            None => None, // the user cancelled
        }
    }

    /// The path field window.
    pub fn ui(&mut self, ctx: &egui::Context) {
        let Some(path) = &mut self.path_field else { return };
        let mut open = true;
        let mut chosen = None;
        let title = match self.purpose {
            Purpose::SaveProjectAs => tr!("path-save-project"),
            Purpose::OpenProject => tr!("path-open-project"),
            Purpose::Relocate(_) => tr!("path-relocate"),
            Purpose::Articles => tr!("path-open"),
        };
        let mut window =
            egui::Window::new(text::window_title(ctx, &title)).open(&mut open).collapsible(false);
        if matches!(self.purpose, Purpose::Relocate(_)) {
            // Beside the list of missing articles, not over it.
            let (align, offset) = mirror::anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -48.0));
            window = window.anchor(align, offset);
        }
        window.show(ctx, |ui| {
            mirror::page(ui, |ui| {
                if let Some(m) = &self.message {
                    text::label(ui, m);
                }
                let hint = match self.purpose {
                    Purpose::SaveProjectAs => tr!("path-hint-save-project"),
                    Purpose::OpenProject => tr!("path-hint-open-project"),
                    Purpose::Relocate(_) => tr!("path-hint-relocate"),
                    Purpose::Articles => tr!("path-hint-open"),
                };
                ui.horizontal(|ui| {
                    let label = text::message(ui, &tr!("path-label")).id;
                    let edit = text::TextField::singleline(path)
                        .id(egui::Id::unique("open path"))
                        .hint_text(hint)
                        .desired_width(360.0)
                        .show(ui)
                        .labelled_by(label);
                    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    let verb = if self.purpose == Purpose::SaveProjectAs {
                        wtr!(ui, "save")
                    } else {
                        wtr!(ui, "open")
                    };
                    if (ui.button(verb).clicked() || enter) && !path.trim().is_empty() {
                        chosen = Some(PathBuf::from(path.trim()));
                    }
                });
            })
        });
        if let Some(p) = chosen {
            self.path_field = None;
            self.message = None;
            self.pending = None;
            let (tx, rx) = channel();
            let _ = tx.send(Some(vec![p]));
            self.pending = Some((rx, Instant::now() - TOO_FAST * 2, self.purpose.clone()));
        } else if !open {
            self.path_field = None;
        }
    }
}

/// Why no system dialog can be shown here, if that can be told in advance.
fn no_dialog_available() -> Option<String> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let portal = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
    let zenity = std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("zenity").is_file()));
    (!portal && !zenity).then(|| tr!("dialog-none-available"))
}
