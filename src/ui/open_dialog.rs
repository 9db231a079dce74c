//! Opening files: the system dialog (rfd) on a worker thread, and a path field for machines
//! where no dialog can be shown (no desktop portal and no zenity: rfd then returns nothing
//! without saying why).

use super::text;
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
    pub fn pick_project(&mut self) {
        self.purpose = Purpose::OpenProject;
        self.spawn(|| {
            rfd::FileDialog::new()
                .set_title("Open a Tarikh project")
                .add_filter("Tarikh projects", &["tarikh"])
                .add_filter("All files", &["*"])
                .pick_file()
                .map(|p| vec![p])
        });
    }

    pub fn save_project_as(&mut self, suggested: &str) {
        self.purpose = Purpose::SaveProjectAs;
        let name = suggested.to_string();
        self.spawn(move || {
            rfd::FileDialog::new()
                .set_title("Save the project as")
                .add_filter("Tarikh projects", &["tarikh"])
                .set_file_name(name)
                .save_file()
                .map(|p| vec![if p.extension().is_none() { p.with_extension("tarikh") } else { p }])
        });
    }

    pub fn relocate(&mut self, missing: PathBuf) {
        self.purpose = Purpose::Relocate(missing);
        self.spawn(|| {
            rfd::FileDialog::new().set_title("Where is this article now?").pick_file().map(|p| vec![p])
        });
    }

    pub fn pick_files(&mut self) {
        self.purpose = Purpose::Articles;
        self.spawn(|| {
            rfd::FileDialog::new()
                .set_title("Open articles")
                .add_filter("Articles", &["txt", "md", "html", "htm"])
                .add_filter("All files", &["*"])
                .pick_files()
        });
    }

    pub fn pick_folder(&mut self) {
        self.purpose = Purpose::Articles;
        self.spawn(|| {
            rfd::FileDialog::new().set_title("Open a folder of articles").pick_folder().map(|p| vec![p])
        });
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
                self.show_path_field(Some(
                    "The file dialog could not be shown. Install a desktop portal \
                     (xdg-desktop-portal) or zenity, or type a path here."
                        .into(),
                ));
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
            Purpose::SaveProjectAs => "Save the project as (path)",
            Purpose::OpenProject => "Open a project (path)",
            Purpose::Relocate(_) => "Locate the article (path)",
            Purpose::Articles => "Open a path",
        };
        let mut window = egui::Window::new(title).open(&mut open).collapsible(false);
        if matches!(self.purpose, Purpose::Relocate(_)) {
            // Beside the list of missing articles, not over it.
            window = window.anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -48.0));
        }
        window.show(ctx, |ui| {
            if let Some(m) = &self.message {
                text::label(ui, m);
            }
            let hint = match self.purpose {
                Purpose::SaveProjectAs => "/path/to/timeline.tarikh",
                Purpose::OpenProject => "/path/to/project.tarikh",
                Purpose::Relocate(_) => "/path/to/the/article.txt",
                Purpose::Articles => "/path/to/article.txt or a folder",
            };
            ui.horizontal(|ui| {
                let label = ui.label("Path").id;
                let edit = text::TextField::singleline(path)
                    .id(egui::Id::unique("open path"))
                    .hint_text(hint)
                    .desired_width(360.0)
                    .show(ui)
                    .labelled_by(label);
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let verb = if self.purpose == Purpose::SaveProjectAs { "Save" } else { "Open" };
                if (ui.button(verb).clicked() || enter) && !path.trim().is_empty() {
                    chosen = Some(PathBuf::from(path.trim()));
                }
            });
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
    (!portal && !zenity).then(|| {
        "No file dialog is available here (no desktop portal session and no zenity). \
         Install xdg-desktop-portal or zenity, or type a path:"
            .to_string()
    })
}
