//! Opening files: the system dialog (rfd) on a worker thread, and a path field for machines
//! where no dialog can be shown (no desktop portal and no zenity: rfd then returns nothing
//! without saying why).

use eframe::egui;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// A dialog that answers faster than this most likely never showed.
const TOO_FAST: Duration = Duration::from_millis(150);

#[derive(Default)]
pub struct OpenDialog {
    pending: Option<(Receiver<Option<Vec<PathBuf>>>, Instant)>,
    path_field: Option<String>,
    message: Option<String>,
}

impl OpenDialog {
    pub fn pick_files(&mut self) {
        self.spawn(|| {
            rfd::FileDialog::new()
                .set_title("Open articles")
                .add_filter("Articles", &["txt", "md", "html", "htm"])
                .add_filter("All files", &["*"])
                .pick_files()
        });
    }

    pub fn pick_folder(&mut self) {
        self.spawn(|| {
            rfd::FileDialog::new().set_title("Open a folder of articles").pick_folder().map(|p| vec![p])
        });
    }

    fn spawn(&mut self, dialog: impl FnOnce() -> Option<Vec<PathBuf>> + Send + 'static) {
        if let Some(why) = no_dialog_available() {
            self.show_path_field(Some(why));
            return;
        }
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let _ = tx.send(dialog());
        });
        self.pending = Some((rx, Instant::now()));
    }

    /// Shows the path field, with a message saying why.
    pub fn show_path_field(&mut self, message: Option<String>) {
        self.path_field.get_or_insert_with(String::new);
        self.message = message;
    }

    /// Paths chosen in the dialog, once.
    pub fn poll(&mut self) -> Option<Vec<PathBuf>> {
        let (rx, started) = self.pending.as_ref()?;
        let answer = rx.try_recv().ok()?;
        let fast = started.elapsed() < TOO_FAST;
        self.pending = None;
        match answer {
            Some(paths) => Some(paths),
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
        egui::Window::new("Open a path").open(&mut open).collapsible(false).show(ctx, |ui| {
            if let Some(m) = &self.message {
                ui.label(m);
            }
            ui.horizontal(|ui| {
                let edit = ui.add(
                    egui::TextEdit::singleline(path)
                        .hint_text("/path/to/article.txt or a folder")
                        .desired_width(360.0),
                );
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button("Open").clicked() || enter) && !path.trim().is_empty() {
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
            self.pending = Some((rx, Instant::now() - TOO_FAST * 2));
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
