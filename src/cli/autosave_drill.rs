//! `tarikh autosave-drill`: saves a project over and over, the way the app's autosave does,
//! so a test can kill it at random moments and check the file is always whole. Hidden from
//! `--help`; it exists for that test.

use crate::dates::DateRange;
use crate::project::{self, Project, ProjectArticle};
use crate::timeline::{EventEdit, EventId, SourceRef};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Saves `rounds` times (forever with 0). Each round changes the edits and stores the round
/// number in the view window, continuing from what is on disk, so that a test can see saves
/// are never lost or half-written.
pub fn run(path: &Path, edits: usize, rounds: u64) -> ExitCode {
    let mut p = match project::load(path) {
        Ok(p) => p,
        Err(_) if !path.exists() => seed_project(edits),
        Err(e) => {
            eprintln!("tarikh: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    let mut round = p.view.window.map_or(0, |(r, _)| r as u64);
    let first = round + 1;
    loop {
        round += 1;
        p.view.window = Some((round as f64, round as f64));
        // Vary the size, so writes end at different lengths.
        for (i, e) in p.curation.edits.values_mut().enumerate() {
            e.note = format!("ملاحظة {round} ").repeat(1 + (round as usize + i) % 7);
        }
        // As the app does: the backup is written at the first save of a session.
        if let Err(e) = project::save(path, &p, round == first) {
            eprintln!("tarikh: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        if rounds != 0 && round >= rounds {
            return ExitCode::SUCCESS;
        }
    }
}

fn seed_project(edits: usize) -> Project {
    let mut p = Project::default();
    p.articles.push(ProjectArticle { path: PathBuf::from("article.txt"), content_hash: 1, text: None });
    let day = chrono::NaiveDate::from_ymd_opt(2022, 12, 19).expect("a valid day");
    for i in 0..edits {
        let source = SourceRef {
            path: PathBuf::from("article.txt"),
            content_hash: 1,
            date_span: i * 10..i * 10 + 5,
            sentence_span: i * 10..i * 10 + 9,
            date_text: "19 ديسمبر 2022".into(),
            sentence: "عقدت القمة في مينسك يوم 19 ديسمبر 2022".into(),
            range: DateRange::day(day),
        };
        p.curation.edits.insert(EventId(i as u64 + 1), EventEdit::new(source));
    }
    p
}
