//! `tarikh export` as a user runs it: every format written, counts printed that match the
//! files, and one file that fails never stops the others. (The formats themselves are tested
//! in `crates/tarikh-core/tests/export_data.rs` and `export_safety.rs`.)

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tarikh-export-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn export(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tarikh")).arg("export").args(args).output().unwrap()
}

fn all_formats(dir: &Path) -> Vec<std::ffi::OsString> {
    let mut args = Vec::new();
    for (flag, file) in [
        ("--png", "t.png"),
        ("--svg", "t.svg"),
        ("--json", "e.json"),
        ("--csv", "e.csv"),
        ("--xlsx", "e.xlsx"),
        ("--timelinejs", "tl.json"),
        ("--timelinejs-page", "tl.html"),
        ("--ics", "e.ics"),
    ] {
        args.push(flag.into());
        args.push(dir.join(file).into_os_string());
    }
    args
}

#[test]
fn the_export_command_writes_every_format_and_counts_what_it_wrote() {
    let dir = scratch("all");
    let mut args = all_formats(&dir);
    args.push(seeds().into_os_string());
    let out = export(&args.iter().map(|a| a.as_os_str()).collect::<Vec<_>>());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    for f in ["t.png", "t.svg", "e.json", "e.csv", "e.xlsx", "tl.json", "tl.html", "e.ics"] {
        assert!(std::fs::metadata(dir.join(f)).unwrap().len() > 100, "{f}");
    }
    // The count printed for the calendar is the count in it.
    let ics = std::fs::read_to_string(dir.join("e.ics")).unwrap();
    let n = ics.matches("BEGIN:VEVENT").count();
    assert!(err.contains(&format!("e.ics ({n} events)")), "{err}");
    assert_eq!(n, 25);
    // No temporary file is left behind.
    assert!(
        std::fs::read_dir(&dir).unwrap().all(|e| !e.unwrap().file_name().to_string_lossy().ends_with(".tmp"))
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_png_that_cannot_be_written_does_not_stop_the_other_files() {
    let dir = scratch("png-fails");
    let png = dir.join("missing/t.png");
    let out = export(&[
        "--png".as_ref(),
        png.as_os_str(),
        "--json".as_ref(),
        dir.join("e.json").as_os_str(),
        "--csv".as_ref(),
        dir.join("e.csv").as_os_str(),
        seeds().as_os_str(),
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("t.png not written"), "the failure is named: {err}");
    for f in ["e.json", "e.csv"] {
        assert!(std::fs::metadata(dir.join(f)).unwrap().len() > 100, "{f} written anyway: {err}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
