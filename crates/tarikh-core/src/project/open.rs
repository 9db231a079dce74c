//! A project's timeline without a window (the command line, tests): its articles read from
//! their files, or from the texts embedded in the project when the files are gone, and the
//! user's work applied.

use super::{Project, ProjectArticle};
use crate::article::{self, LoadError};
use crate::timeline::Timeline;

/// The timeline of a project, and the articles that could be found nowhere.
pub fn timeline_of(p: &Project) -> (Timeline, Vec<ProjectArticle>) {
    let mut articles = Vec::new();
    let mut errors: Vec<LoadError> = Vec::new();
    let mut missing = Vec::new();
    for a in &p.articles {
        let loaded = match (a.path.exists(), &a.text) {
            (true, _) => article::load_file(&a.path),
            (false, Some(text)) => article::load_bytes(&a.path, text.as_bytes()),
            (false, None) => {
                missing.push(a.clone());
                continue;
            }
        };
        match loaded {
            Ok(x) => articles.push(x),
            Err(e) => errors.push(e),
        }
    }
    let mut t = Timeline::default();
    t.errors = errors;
    t.add_articles(articles);
    t.set_curation(p.curation.clone());
    (t, missing)
}
