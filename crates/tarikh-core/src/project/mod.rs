//! Projects: a `.tarikh` file holding the articles, the user's work on their events and the
//! view, saved atomically with a backup, and autosaved.
//!
//! No UI here: the app and the command line both use it.

mod autosave;
mod file;
mod open;
mod session;
mod unique_keys;
mod writer;

pub use autosave::Autosave;
pub use file::{
    FORMAT, MAX_PROJECT_BYTES, Project, ProjectArticle, ProjectError, ProjectExtraction, ProjectView, SCHEMA,
    backup_path, load, load_bytes, save,
};
pub use open::timeline_of;
pub use session::{PreviousRun, SessionDir};
pub use writer::{ProjectWriter, Written};
