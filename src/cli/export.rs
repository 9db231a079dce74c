//! `tarikh export --png OUT --svg OUT [--from --to --width --theme] --json OUT --csv OUT
//! --timelinejs OUT --ics OUT PATHS...`.

use crate::export::{
    PictureOptions, svg_to_png, to_ics, to_json, to_svg, to_timelinejs, write_atomic, write_csv,
};
use crate::timeline::Timeline;
use std::path::PathBuf;
use std::process::ExitCode;

/// Where each format goes (each is optional).
pub struct Outputs<'a> {
    pub png: &'a Option<PathBuf>,
    pub svg: &'a Option<PathBuf>,
    pub picture: PictureOptions,
    pub json: &'a Option<PathBuf>,
    pub csv: &'a Option<PathBuf>,
    pub timelinejs: &'a Option<PathBuf>,
    pub ics: &'a Option<PathBuf>,
}

pub fn run(paths: &[PathBuf], project: &Option<PathBuf>, out: Outputs<'_>) -> ExitCode {
    if [out.png, out.svg, out.json, out.csv, out.timelinejs, out.ics].iter().all(|o| o.is_none()) {
        eprintln!("error: nothing to write: give --png, --svg, --json, --csv, --timelinejs or --ics");
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
    let mut files: Vec<(&PathBuf, Vec<u8>)> = Vec::new();
    if out.png.is_some() || out.svg.is_some() {
        let svg = to_svg(&t, &out.picture);
        if let Some(p) = out.png {
            match svg_to_png(&svg) {
                Ok(png) => files.push((p, png)),
                Err(e) => {
                    eprintln!("error: cannot draw {}: {e}", p.display());
                    return ExitCode::from(1);
                }
            }
        }
        if let Some(p) = out.svg {
            files.push((p, svg.into_bytes()));
        }
    }
    if let Some(p) = out.json {
        files.push((p, serde_json::to_vec_pretty(&to_json(&t)).unwrap_or_default()));
    }
    if let Some(p) = out.csv {
        let mut bytes = Vec::new();
        let _ = write_csv(&t, &mut bytes);
        files.push((p, bytes));
    }
    if let Some(p) = out.timelinejs {
        files.push((p, serde_json::to_vec_pretty(&to_timelinejs(&t)).unwrap_or_default()));
    }
    if let Some(p) = out.ics {
        files.push((p, to_ics(&t).into_bytes()));
    }
    let mut failed = false;
    for (path, bytes) in files {
        match write_atomic(path, &bytes) {
            Ok(()) => eprintln!("wrote {} ({} events)", path.display(), t.exported().count()),
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", path.display());
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
    out: &Outputs<'a>,
) -> Option<&'a PathBuf> {
    let same = |a: &std::path::Path, b: &std::path::Path| {
        a == b
            || std::fs::canonicalize(a).ok().is_some_and(|a| std::fs::canonicalize(b).is_ok_and(|b| a == b))
    };
    let inputs: Vec<&PathBuf> = paths.iter().chain(project.iter()).filter(|p| p.is_file()).collect();
    [out.png, out.svg, out.json, out.csv, out.timelinejs, out.ics]
        .into_iter()
        .flatten()
        .find(|o| inputs.iter().any(|i| same(o, i)))
}
