//! `tarikh export --png OUT --svg OUT [--outlines] [--from --to --width --theme] --json OUT
//! --csv OUT --xlsx OUT --timelinejs OUT --timelinejs-page OUT --ics OUT [--language]
//! PATHS...`: every requested file is made on its own, so one that fails (a PNG too large to
//! draw, a folder that cannot be written) never stops the others; the failures are named and
//! the exit status is 1.

use crate::export::{ExportOptions, Format, export, write_atomic};
use crate::timeline::Timeline;
use std::path::PathBuf;
use std::process::ExitCode;

/// The files to write, each with its format, and how.
pub struct Outputs {
    pub files: Vec<(Format, PathBuf)>,
    pub options: ExportOptions,
}

pub fn run(paths: &[PathBuf], project: &Option<PathBuf>, out: Outputs) -> ExitCode {
    if out.files.is_empty() {
        eprintln!(
            "error: nothing to write: give --png, --svg, --json, --csv, --xlsx, --timelinejs, --timelinejs-page or --ics"
        );
        return ExitCode::from(1);
    }
    if let Some(clash) = output_over_input(paths, project, &out) {
        eprintln!("error: {}: an output would overwrite an input; nothing was written", clash.display());
        return ExitCode::from(1);
    }
    let mut missing_articles = false;
    let mut t = match project {
        // The curated timeline: the user's edits, hand-made events and groups.
        Some(p) => match crate::project::load(p) {
            Ok(proj) => {
                let (t, missing) = crate::project::timeline_of(&proj);
                for m in &missing {
                    eprintln!("error: {}: not found (and not embedded in the project)", m.path.display());
                }
                missing_articles = !missing.is_empty();
                t
            }
            Err(e) => {
                eprintln!("error: {}: {e}", p.display());
                return ExitCode::from(1);
            }
        },
        None => Timeline::default(),
    };
    if !paths.is_empty() {
        let more = Timeline::load(paths);
        t.errors.extend(more.errors);
        t.add_articles(more.entries.into_iter().map(|e| e.article).collect());
    }
    for e in &t.errors {
        eprintln!("error: {e}");
    }
    if let Some(s) = crate::timeline::duplicates_summary(&t.duplicates) {
        eprintln!("note: {s} (the same text under another name)");
    }
    let mut failed = false;
    let mut warned: Vec<String> = Vec::new();
    for (format, path) in &out.files {
        let result = export(&t, *format, &out.options).and_then(|x| {
            write_atomic(path, &x.bytes).map_err(|e| format!("cannot write it: {e}"))?;
            Ok(x)
        });
        match result {
            Ok(x) => {
                for w in x.warnings {
                    if !warned.contains(&w) {
                        eprintln!("warning: {w}");
                        warned.push(w);
                    }
                }
                match x.events {
                    Some(n) => {
                        eprintln!("wrote {} ({n} event{})", path.display(), if n == 1 { "" } else { "s" })
                    }
                    None => eprintln!("wrote {}", path.display()),
                }
            }
            Err(e) => {
                eprintln!("error: {} not written: {e}", path.display());
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else if t.errors.is_empty() && !missing_articles {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

/// An output path that names the project or an article given as input (`--json P.tarikh
/// --project P.tarikh` would replace the user's project with an export).
fn output_over_input<'a>(
    paths: &[PathBuf],
    project: &Option<PathBuf>,
    out: &'a Outputs,
) -> Option<&'a PathBuf> {
    let same = |a: &std::path::Path, b: &std::path::Path| {
        a == b
            || std::fs::canonicalize(a).ok().is_some_and(|a| std::fs::canonicalize(b).is_ok_and(|b| a == b))
    };
    let inputs: Vec<&PathBuf> = paths.iter().chain(project.iter()).filter(|p| p.is_file()).collect();
    out.files.iter().map(|(_, o)| o).find(|o| inputs.iter().any(|i| same(o, i)))
}
